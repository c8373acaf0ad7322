package conversation_test

import (
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// A pause moves the check-ins and the review not sent yet by the same number
// of days, the first to the pause's end; one ending before the next check-in
// moves nothing.
func TestPause(t *testing.T) {
	s := conversation.DefaultSchedule()
	c := valid()
	c.Employee.TimeZone, c.Manager.TimeZone = "Europe/London", "Europe/London"
	c.MeetingStart = time.Date(2027, 1, 14, 14, 0, 0, 0, time.UTC) // a Thursday
	now := time.Date(2027, 1, 20, 12, 0, 0, 0, time.UTC)
	at := func(kind conversation.JobKind, seq int) time.Time {
		for _, j := range s.Jobs(c, time.Time{}) {
			if j.Kind == kind && j.Seq == seq {
				return j.At
			}
		}
		t.Fatalf("no %s %d", kind, seq)
		return time.Time{}
	}
	c1, c2, review := at(conversation.JobCheckIn, 1), at(conversation.JobCheckIn, 2), at(conversation.JobReview, 0)
	if moved, err := s.Pause(c, time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC), now); err != nil || moved {
		t.Fatalf("a pause before check-in 1 (%v): moved %v, %v", c1, moved, err)
	}
	moved, err := s.Pause(c, time.Date(2027, 3, 10, 0, 0, 0, 0, time.UTC), now)
	if err != nil || !moved {
		t.Fatalf("pause until 10 March: moved %v, %v", moved, err)
	}
	if got := at(conversation.JobCheckIn, 1); got.Format(time.DateOnly) != "2027-03-10" || got.Hour() != 9 {
		t.Errorf("check-in 1 at %v, want 2027-03-10 09:00 London", got)
	}
	shift := at(conversation.JobCheckIn, 1).Sub(c1)
	if d := at(conversation.JobCheckIn, 2).Sub(c2); d < shift-72*time.Hour || d > shift+72*time.Hour {
		t.Errorf("check-in 2 moved %v, check-in 1 %v: want about the same", d, shift)
	}
	if !at(conversation.JobReview, 0).After(review.Add(shift - 72*time.Hour)) {
		t.Errorf("the review did not move with the check-ins")
	}
	for _, bad := range []time.Time{now.AddDate(0, 0, -1), now.AddDate(1, 0, 0)} {
		if _, err := s.Pause(c, bad, now); conversation.ErrorCode(err) != conversation.EINVALID {
			t.Errorf("pause until %v: %v, want EINVALID", bad, err)
		}
	}
}

// An alias counts as its participant; private answers never reach the manager's copy.
func TestAliasesAndPrivate(t *testing.T) {
	c := valid()
	at := time.Now()
	if err := c.AddAlias("employee", "Maya.Ng@Example.com", at); err != nil {
		t.Fatal(err)
	}
	if role, p, ok := c.RoleOf("maya.ng@example.com"); !ok || role != "employee" || p.Email != c.Employee.Email {
		t.Errorf("RoleOf(alias) = %s %s %v", role, p.Email, ok)
	}
	for _, addr := range []string{c.Manager.Email, c.Employee.Email, "maya.ng@example.com"} {
		if err := c.AddAlias("employee", addr, at); conversation.ErrorCode(err) != conversation.EINVALID {
			t.Errorf("AddAlias(%s): %v, want EINVALID", addr, err)
		}
	}
	if _, _, ok := c.RoleOf("someone@example.com"); ok {
		t.Error("a stranger has a role")
	}
	c.Answers = []conversation.Answer{{Question: 1, Text: "one"}, {Question: 4, Text: "four"}}
	c.Choices.Private = []int{4}
	m := c.ForManager()
	if len(m.Answers) != 1 || m.Answers[0].Question != 1 || len(c.Answers) != 2 {
		t.Errorf("ForManager answers %+v (original %d), want only 1", m.Answers, len(c.Answers))
	}
}
