package conversation_test

import (
	"fmt"
	"regexp"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

func zone(tb testing.TB, name string) *time.Location {
	tb.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		tb.Fatalf("load %s: %v", name, err)
	}
	return loc
}

var jobNamePattern = regexp.MustCompile(`^[0-9A-Za-z_.-]{1,64}$`)

func TestJobNameRoundTrip(t *testing.T) {
	id := conversation.NewID()
	for _, j := range []conversation.Job{
		{ConversationID: id, Kind: conversation.JobPrep},
		{ConversationID: id, Kind: conversation.JobNudge, Generation: 1},
		{ConversationID: id, Kind: conversation.JobPreread, Generation: 7},
		{ConversationID: id, Kind: conversation.JobWrapUp, Generation: 12},
		{ConversationID: id, Kind: conversation.JobCheckIn, Seq: 3, Generation: 2},
		{ConversationID: id, Kind: conversation.JobReview, Generation: 1 << 30},
	} {
		name := j.Name()
		t.Run(name, func(t *testing.T) {
			if !jobNamePattern.MatchString(name) {
				t.Errorf("name %q is not a valid schedule name", name)
			}
			got, err := conversation.ParseJobName(name)
			if err != nil {
				t.Fatalf("ParseJobName: %v", err)
			}
			if got != j {
				t.Errorf("ParseJobName = %+v, want %+v", got, j)
			}
		})
	}
	withTime := conversation.Job{ConversationID: id, Kind: conversation.JobPrep, At: time.Now(), TimeZone: "Europe/London"}
	if withTime.Name() != (conversation.Job{ConversationID: id, Kind: conversation.JobPrep}).Name() {
		t.Error("At or TimeZone change a job's name")
	}
}

func TestParseJobNameRefuses(t *testing.T) {
	id := conversation.NewID()
	for _, name := range []string{
		"",
		"prep",
		id,
		id + "-prep-0",
		id + "-prep-0-g0-x",
		id + "-prep-0-0",
		id + "-prep-0-g",
		id + "-prep-0-gx",
		id + "-prep-x-g0",
		id + "-prep--1-g0",
		id + "-prep-0-g-1",
		id + "-party-0-g0",
		id + "-PREP-0-g0",
		"ABCDEFGHIJKLMNOP-prep-0-g0",
		"short-prep-0-g0",
		id + "-prep-0.5-g0",
	} {
		t.Run(name, func(t *testing.T) {
			if j, err := conversation.ParseJobName(name); conversation.ErrorCode(err) != conversation.EINVALID {
				t.Errorf("ParseJobName(%q) = %+v, %v; want EINVALID", name, j, err)
			}
		})
	}
}

func TestJobEmail(t *testing.T) {
	tests := map[conversation.Job]string{
		{Kind: conversation.JobPrep}:                "prep",
		{Kind: conversation.JobPreread, Seq: 0}:     "preread",
		{Kind: conversation.JobCheckIn, Seq: 1}:     "checkin1",
		{Kind: conversation.JobCheckIn, Seq: 3}:     "checkin3",
		{Kind: conversation.JobReview, Seq: 0}:      "review",
		{Kind: conversation.JobWrapUp, Seq: 0}:      "wrapup",
		{Kind: conversation.JobNudge, Seq: 0}:       "nudge",
		{Kind: conversation.JobPrep, Generation: 4}: "prep", // the generation does not make a new email
	}
	for j, want := range tests {
		if got := j.Email(); got != want {
			t.Errorf("%+v.Email() = %q, want %q", j, got, want)
		}
	}
}

func TestJobValidate(t *testing.T) {
	good := conversation.Job{ConversationID: conversation.NewID(), Kind: conversation.JobCheckIn, Seq: 1, Generation: 1}
	if err := good.Validate(); err != nil {
		t.Fatalf("Validate(%+v): %v", good, err)
	}
	tests := map[string]func(j *conversation.Job){
		"no conversation":     func(j *conversation.Job) { j.ConversationID = "" },
		"bad conversation":    func(j *conversation.Job) { j.ConversationID = "../../etc/passwd" },
		"unknown kind":        func(j *conversation.Job) { j.Kind = "party" },
		"empty kind":          func(j *conversation.Job) { j.Kind = "" },
		"negative seq":        func(j *conversation.Job) { j.Seq = -1 },
		"negative generation": func(j *conversation.Job) { j.Generation = -1 },
	}
	for name, edit := range tests {
		t.Run(name, func(t *testing.T) {
			j := good
			edit(&j)
			if err := j.Validate(); conversation.ErrorCode(err) != conversation.EINVALID {
				t.Errorf("Validate(%+v) = %v, want EINVALID", j, err)
			}
		})
	}
}

// planned is one expected job: its kind and seq, when, and in which zone.
type planned struct {
	kind conversation.JobKind
	seq  int
	at   time.Time
	zone string
}

// meeting returns a conversation of an employee in empZone and a manager in
// mgrZone, generation 4, meeting at start for minutes.
func meeting(start time.Time, minutes int, empZone, mgrZone string) *conversation.Conversation {
	return &conversation.Conversation{
		ID:             conversation.NewID(),
		Employee:       conversation.Participant{Name: "Ann", Email: "ann@example.com", TimeZone: empZone},
		Manager:        conversation.Participant{Name: "Mo", Email: "mo@example.com", TimeZone: mgrZone},
		MeetingStart:   start,
		MeetingMinutes: minutes,
		Generation:     4,
	}
}

func TestScheduleJobs(t *testing.T) {
	london, kolkata, newYork := zone(t, "Europe/London"), zone(t, "Asia/Kolkata"), zone(t, "America/New_York")
	const lon, kol, nyc = "Europe/London", "Asia/Kolkata", "America/New_York"
	tests := []struct {
		name string
		c    *conversation.Conversation
		now  time.Time
		want []planned
	}{
		{
			// British Summer Time starts on 28 March 2027: the prep is in GMT, the meeting in BST.
			name: "London across the spring DST change",
			c:    meeting(time.Date(2027, 4, 1, 14, 0, 0, 0, london), 60, lon, nyc),
			now:  time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC),
			want: []planned{
				{conversation.JobPrep, 0, time.Date(2027, 3, 25, 9, 0, 0, 0, time.UTC), lon},
				{conversation.JobNudge, 0, time.Date(2027, 3, 30, 8, 0, 0, 0, time.UTC), lon},
				{conversation.JobPreread, 0, time.Date(2027, 3, 31, 13, 0, 0, 0, time.UTC), nyc},
				{conversation.JobWrapUp, 0, time.Date(2027, 4, 1, 14, 0, 0, 0, time.UTC), lon},
				{conversation.JobCheckIn, 1, time.Date(2027, 4, 29, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 2, time.Date(2027, 5, 27, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 3, time.Date(2027, 6, 24, 9, 0, 0, 0, london), lon},
				{conversation.JobReview, 0, time.Date(2027, 7, 1, 13, 0, 0, 0, time.UTC), nyc}, // 09:00 EDT
			},
		},
		{
			// British Summer Time ends on 31 October 2027: the prep is in BST, the meeting in GMT.
			name: "London across the autumn DST change",
			c:    meeting(time.Date(2027, 11, 3, 10, 0, 0, 0, london), 30, lon, lon),
			now:  time.Date(2027, 10, 1, 0, 0, 0, 0, time.UTC),
			want: []planned{
				{conversation.JobPrep, 0, time.Date(2027, 10, 27, 8, 0, 0, 0, time.UTC), lon},
				{conversation.JobNudge, 0, time.Date(2027, 11, 1, 9, 0, 0, 0, time.UTC), lon},
				{conversation.JobPreread, 0, time.Date(2027, 11, 2, 10, 0, 0, 0, time.UTC), lon},
				{conversation.JobWrapUp, 0, time.Date(2027, 11, 3, 10, 30, 0, 0, time.UTC), lon},
				{conversation.JobCheckIn, 1, time.Date(2027, 12, 1, 9, 0, 0, 0, time.UTC), lon},
				{conversation.JobCheckIn, 2, time.Date(2027, 12, 29, 9, 0, 0, 0, time.UTC), lon},
				{conversation.JobCheckIn, 3, time.Date(2028, 1, 26, 9, 0, 0, 0, time.UTC), lon},
				{conversation.JobReview, 0, time.Date(2028, 2, 2, 9, 0, 0, 0, time.UTC), lon},
			},
		},
		{
			name: "Kolkata employee, New York manager",
			c:    meeting(time.Date(2027, 2, 10, 15, 0, 0, 0, kolkata), 90, kol, nyc),
			now:  time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
			want: []planned{
				{conversation.JobPrep, 0, time.Date(2027, 2, 3, 3, 30, 0, 0, time.UTC), kol},
				{conversation.JobNudge, 0, time.Date(2027, 2, 8, 9, 0, 0, 0, kolkata), kol},
				{conversation.JobPreread, 0, time.Date(2027, 2, 9, 9, 30, 0, 0, time.UTC), nyc},
				{conversation.JobWrapUp, 0, time.Date(2027, 2, 10, 11, 0, 0, 0, time.UTC), kol},
				{conversation.JobCheckIn, 1, time.Date(2027, 3, 10, 9, 0, 0, 0, kolkata), kol},
				{conversation.JobCheckIn, 2, time.Date(2027, 4, 7, 9, 0, 0, 0, kolkata), kol},
				{conversation.JobCheckIn, 3, time.Date(2027, 5, 5, 9, 0, 0, 0, kolkata), kol},
				{conversation.JobReview, 0, time.Date(2027, 5, 12, 9, 0, 0, 0, newYork), nyc},
			},
		},
		{
			// 04:00 in Kolkata is the evening before in UTC and New York: the local date counts.
			name: "Kolkata early morning meeting",
			c:    meeting(time.Date(2027, 2, 10, 4, 0, 0, 0, kolkata), 60, kol, nyc),
			now:  time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
			want: []planned{
				{conversation.JobPrep, 0, time.Date(2027, 2, 3, 9, 0, 0, 0, kolkata), kol},
				{conversation.JobNudge, 0, time.Date(2027, 2, 8, 9, 0, 0, 0, kolkata), kol},
				{conversation.JobPreread, 0, time.Date(2027, 2, 8, 22, 30, 0, 0, time.UTC), nyc},
				{conversation.JobWrapUp, 0, time.Date(2027, 2, 9, 23, 30, 0, 0, time.UTC), kol},
				{conversation.JobCheckIn, 1, time.Date(2027, 3, 10, 9, 0, 0, 0, kolkata), kol},
				{conversation.JobCheckIn, 2, time.Date(2027, 4, 7, 9, 0, 0, 0, kolkata), kol},
				{conversation.JobCheckIn, 3, time.Date(2027, 5, 5, 9, 0, 0, 0, kolkata), kol},
				{conversation.JobReview, 0, time.Date(2027, 5, 11, 9, 0, 0, 0, newYork), nyc},
			},
		},
		{
			name: "meeting on a Saturday: check-ins and review move to Monday",
			c:    meeting(time.Date(2027, 3, 13, 10, 0, 0, 0, london), 60, lon, nyc),
			now:  time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
			want: []planned{
				{conversation.JobPrep, 0, time.Date(2027, 3, 6, 9, 0, 0, 0, london), lon}, // a Saturday: preparation may come at the weekend
				{conversation.JobNudge, 0, time.Date(2027, 3, 11, 9, 0, 0, 0, london), lon},
				{conversation.JobPreread, 0, time.Date(2027, 3, 12, 10, 0, 0, 0, london), nyc},
				{conversation.JobWrapUp, 0, time.Date(2027, 3, 13, 11, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 1, time.Date(2027, 4, 12, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 2, time.Date(2027, 5, 10, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 3, time.Date(2027, 6, 7, 9, 0, 0, 0, london), lon},
				{conversation.JobReview, 0, time.Date(2027, 6, 14, 9, 0, 0, 0, newYork), nyc},
			},
		},
		{
			name: "meeting in three days: prep at once, nudge too close",
			c:    meeting(time.Date(2027, 4, 1, 14, 0, 0, 0, london), 60, lon, nyc),
			now:  time.Date(2027, 3, 29, 10, 0, 0, 0, time.UTC),
			want: []planned{
				{conversation.JobPrep, 0, time.Date(2027, 3, 29, 10, 0, 0, 0, time.UTC), lon},
				{conversation.JobPreread, 0, time.Date(2027, 3, 31, 13, 0, 0, 0, time.UTC), nyc},
				{conversation.JobWrapUp, 0, time.Date(2027, 4, 1, 14, 0, 0, 0, time.UTC), lon},
				{conversation.JobCheckIn, 1, time.Date(2027, 4, 29, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 2, time.Date(2027, 5, 27, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 3, time.Date(2027, 6, 24, 9, 0, 0, 0, london), lon},
				{conversation.JobReview, 0, time.Date(2027, 7, 1, 9, 0, 0, 0, newYork), nyc},
			},
		},
		{
			name: "meeting in four days: prep at once, nudge kept",
			c:    meeting(time.Date(2027, 4, 1, 14, 0, 0, 0, london), 60, lon, nyc),
			now:  time.Date(2027, 3, 28, 6, 0, 0, 0, time.UTC),
			want: []planned{
				{conversation.JobPrep, 0, time.Date(2027, 3, 28, 6, 0, 0, 0, time.UTC), lon},
				{conversation.JobNudge, 0, time.Date(2027, 3, 30, 8, 0, 0, 0, time.UTC), lon},
				{conversation.JobPreread, 0, time.Date(2027, 3, 31, 13, 0, 0, 0, time.UTC), nyc},
				{conversation.JobWrapUp, 0, time.Date(2027, 4, 1, 14, 0, 0, 0, time.UTC), lon},
				{conversation.JobCheckIn, 1, time.Date(2027, 4, 29, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 2, time.Date(2027, 5, 27, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 3, time.Date(2027, 6, 24, 9, 0, 0, 0, london), lon},
				{conversation.JobReview, 0, time.Date(2027, 7, 1, 9, 0, 0, 0, newYork), nyc},
			},
		},
		{
			name: "meeting in two hours: prep and pre-read at once",
			c:    meeting(time.Date(2027, 4, 1, 14, 0, 0, 0, london), 60, lon, nyc),
			now:  time.Date(2027, 4, 1, 11, 0, 0, 0, time.UTC),
			want: []planned{
				{conversation.JobPrep, 0, time.Date(2027, 4, 1, 11, 0, 0, 0, time.UTC), lon},
				{conversation.JobPreread, 0, time.Date(2027, 4, 1, 11, 0, 0, 0, time.UTC), nyc},
				{conversation.JobWrapUp, 0, time.Date(2027, 4, 1, 14, 0, 0, 0, time.UTC), lon},
				{conversation.JobCheckIn, 1, time.Date(2027, 4, 29, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 2, time.Date(2027, 5, 27, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 3, time.Date(2027, 6, 24, 9, 0, 0, 0, london), lon},
				{conversation.JobReview, 0, time.Date(2027, 7, 1, 9, 0, 0, 0, newYork), nyc},
			},
		},
		{
			name: "meeting already over: what is past runs at once",
			c:    meeting(time.Date(2027, 4, 1, 14, 0, 0, 0, london), 60, lon, nyc),
			now:  time.Date(2027, 4, 2, 12, 0, 0, 0, time.UTC),
			want: []planned{
				{conversation.JobPrep, 0, time.Date(2027, 4, 2, 12, 0, 0, 0, time.UTC), lon},
				{conversation.JobPreread, 0, time.Date(2027, 4, 2, 12, 0, 0, 0, time.UTC), nyc},
				{conversation.JobWrapUp, 0, time.Date(2027, 4, 2, 12, 0, 0, 0, time.UTC), lon},
				{conversation.JobCheckIn, 1, time.Date(2027, 4, 29, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 2, time.Date(2027, 5, 27, 9, 0, 0, 0, london), lon},
				{conversation.JobCheckIn, 3, time.Date(2027, 6, 24, 9, 0, 0, 0, london), lon},
				{conversation.JobReview, 0, time.Date(2027, 7, 1, 9, 0, 0, 0, newYork), nyc},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			jobs := conversation.DefaultSchedule().Jobs(tc.c, tc.now)
			if len(jobs) != len(tc.want) {
				t.Errorf("got %d jobs, want %d:\n%s", len(jobs), len(tc.want), show(jobs))
			}
			for i := 0; i < len(jobs) && i < len(tc.want); i++ {
				j, w := jobs[i], tc.want[i]
				if j.Kind != w.kind || j.Seq != w.seq || !j.At.Equal(w.at) || j.TimeZone != w.zone {
					t.Errorf("job %d = %s %d at %s (%s), want %s %d at %s (%s)", i,
						j.Kind, j.Seq, j.At.Format(time.RFC3339), j.TimeZone, w.kind, w.seq, w.at.UTC().Format(time.RFC3339), w.zone)
				}
				if j.ConversationID != tc.c.ID || j.Generation != tc.c.Generation {
					t.Errorf("job %d is of conversation %q generation %d, want %q generation %d", i, j.ConversationID, j.Generation, tc.c.ID, tc.c.Generation)
				}
				if j.At.Location() != time.UTC {
					t.Errorf("job %d At is in %v, want UTC", i, j.At.Location())
				}
				if err := j.Validate(); err != nil {
					t.Errorf("job %d does not validate: %v", i, err)
				}
				if j.At.Before(tc.now) {
					t.Errorf("job %d is in the past: %s", i, j.At)
				}
				if i > 0 && j.At.Before(jobs[i-1].At) {
					t.Errorf("job %d comes before job %d", i, i-1)
				}
			}
		})
	}
}

func TestScheduleJobsSundayMeeting(t *testing.T) {
	london := zone(t, "Europe/London")
	c := meeting(time.Date(2027, 3, 14, 10, 0, 0, 0, london), 60, "Europe/London", "Europe/London")
	for _, j := range conversation.DefaultSchedule().Jobs(c, time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)) {
		if j.Kind != conversation.JobCheckIn && j.Kind != conversation.JobReview {
			continue
		}
		local := j.At.In(london)
		if local.Weekday() != time.Monday || local.Hour() != 9 || local.Minute() != 0 {
			t.Errorf("%s %d at %s, want a Monday 09:00 (the Sunday moved on a day)", j.Kind, j.Seq, local.Format(time.RFC1123))
		}
	}
}

func TestScheduleJobsOffsetsAreConfiguration(t *testing.T) {
	s := conversation.DefaultSchedule()
	s.CheckIns = []time.Duration{14 * 24 * time.Hour}
	s.MorningHour = 7
	c := meeting(time.Date(2027, 4, 1, 14, 0, 0, 0, time.UTC), 60, "UTC", "UTC")
	jobs := s.Jobs(c, time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC))
	var checkIns int
	for _, j := range jobs {
		if j.Kind == conversation.JobCheckIn {
			checkIns++
			if want := time.Date(2027, 4, 15, 7, 0, 0, 0, time.UTC); !j.At.Equal(want) {
				t.Errorf("check-in at %s, want %s", j.At, want)
			}
		}
	}
	if checkIns != 1 {
		t.Errorf("%d check-ins, want 1", checkIns)
	}
	if jobs[0].At.Hour() != 7 {
		t.Errorf("prep at %s, want 07:00", jobs[0].At)
	}
}

func show(jobs []conversation.Job) string {
	s := ""
	for _, j := range jobs {
		s += fmt.Sprintf("  %s %d at %s (%s)\n", j.Kind, j.Seq, j.At.Format(time.RFC3339), j.TimeZone)
	}
	return s
}
