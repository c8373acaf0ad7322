package conversation

import (
	"strings"
	"testing"
	"time"
)

// Adjustments keep what they change: a dropped step keeps its text and
// progress and gets its last status back; every change names who made it.
func TestAdjustSteps(t *testing.T) {
	at := time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC)
	c := &Conversation{}
	if err := c.SetSteps([]Step{{Text: "Lead the migration"}, {Text: "Shadow on-call"}}); err != nil {
		t.Fatal(err)
	}
	c.ApplyProgress(1, []ProgressUpdate{{Step: 2, Status: StepBlocked, Note: "no rota"}}, at)
	if _, err := c.AddStep("Present at the guild", "2027-03-31", "employee", "m1", at); err != nil || len(c.Steps) != 3 || c.Steps[2].Number != 3 {
		t.Fatalf("AddStep: %v, %+v", err, c.Steps)
	}
	if _, err := c.SetStepStatus(2, StepDropped, ChangeDrop, "manager", "m2", at); err != nil {
		t.Fatal(err)
	}
	if s := c.Steps[1]; s.Text != "Shadow on-call" || len(s.Progress) != 1 || s.Status != StepDropped {
		t.Fatalf("a dropped step lost something: %+v", s)
	}
	if got := c.RestoreStatus(2); got != StepBlocked {
		t.Errorf("RestoreStatus = %s, want its status before the drop, blocked", got)
	}
	if _, err := c.EditStep(3, "", "2027-04-30", "manager", "m3", at); err != nil || c.Steps[2].Text != "Present at the guild" || c.Steps[2].Due != "2027-04-30" {
		t.Fatalf("EditStep of the due date only: %v, %+v", err, c.Steps[2])
	}
	if _, err := c.EditStep(3, "Present at the guild", "2027-04-30", "manager", "m4", at); ErrorCode(err) != EINVALID {
		t.Errorf("an edit that changes nothing = %v, want EINVALID", err)
	}
	for _, n := range []int{0, 4} {
		if _, err := c.SetStepStatus(n, StepDone, ChangeStatus, "employee", "m5", at); ErrorCode(err) != EINVALID {
			t.Errorf("SetStepStatus(%d) = %v, want EINVALID", n, err)
		}
	}
	var log []string
	for _, ch := range c.Journey.Changes {
		log = append(log, ch.By+" "+string(ch.Op))
	}
	if got := strings.Join(log, ", "); got != "employee add, manager drop, manager change" {
		t.Errorf("changes = %s", got)
	}
	for range MaxSteps {
		_, _ = c.AddStep("More", "", "employee", "m6", at)
	}
	if len(c.Steps) != MaxSteps {
		t.Errorf("%d steps, want at most %d", len(c.Steps), MaxSteps)
	}
}

// The journey's lists are bounded; a note on a reply that moved nothing is not kept.
func TestJourneyBounds(t *testing.T) {
	var j Journey
	j.AddNote(MovedNote{Message: "m0"})
	if len(j.Notes) != 0 {
		t.Error("a note without moved steps was kept")
	}
	for i := range MaxRecord + 5 {
		j.AddEntry(Entry{Kind: EntryWin, Text: strings.Repeat("x", MaxEntryLen+10), Message: string(rune('a' + i%26))})
		j.MarkApplied(string(rune('a'+i%26)) + "x")
	}
	if len(j.Record) != MaxRecord || len(j.Record[0].Text) != MaxEntryLen {
		t.Errorf("%d entries of %d bytes, want %d of %d", len(j.Record), len(j.Record[0].Text), MaxRecord, MaxEntryLen)
	}
	if !j.Applied("ax") || j.Applied("nope") {
		t.Error("Applied does not tell the replies the journey applied")
	}
}

func TestProposeNext(t *testing.T) {
	madrid, _ := time.LoadLocation("Europe/Madrid")
	c := &Conversation{Employee: Participant{TimeZone: "Europe/Madrid"}, MeetingStart: time.Date(2027, 3, 12, 10, 30, 0, 0, madrid)}
	s := DefaultSchedule()
	// 13 weeks after Fri 11 Jun 2027 is Fri 10 Sep 2027: a working day, at the meeting's 10:30.
	if got, want := s.ProposeNext(c, time.Date(2027, 6, 11, 7, 0, 0, 0, time.UTC)), time.Date(2027, 9, 10, 10, 30, 0, 0, madrid); !got.Equal(want) {
		t.Errorf("ProposeNext = %v, want %v", got, want)
	}
	// From a Saturday + 13 weeks: the Monday after.
	if got, want := s.ProposeNext(c, time.Date(2027, 6, 12, 7, 0, 0, 0, time.UTC)), time.Date(2027, 9, 13, 10, 30, 0, 0, madrid); !got.Equal(want) {
		t.Errorf("ProposeNext from a Saturday = %v, want %v", got, want)
	}
	now := time.Date(2027, 7, 1, 9, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		m    time.Month
		want time.Time
	}{
		{time.September, time.Date(2027, 9, 13, 10, 30, 0, 0, madrid)}, // Sun 12 Sep: Monday
		{time.February, time.Date(2028, 2, 14, 10, 30, 0, 0, madrid)},  // next year; Sat 12 Feb: Monday
		{time.July, time.Date(2027, 7, 12, 10, 30, 0, 0, madrid)},      // this month, more than a week ahead
		{time.June, time.Date(2028, 6, 12, 10, 30, 0, 0, madrid)},      // past this year: next year
	} {
		if got := s.ProposeIn(c, tt.m, now); !got.Equal(tt.want) {
			t.Errorf("ProposeIn(%s) = %v, want %v", tt.m, got.In(madrid), tt.want)
		}
	}
	// A month's last day on a weekend: the Friday before, still in the month.
	c.MeetingStart = time.Date(2027, 1, 31, 10, 30, 0, 0, madrid)
	if got := s.ProposeIn(c, time.October, now); got.Month() != time.October || got.Weekday() != time.Friday {
		t.Errorf("ProposeIn(October, day 31) = %v, want the Friday before Sun 31 Oct", got.In(madrid))
	}
}
