package assistant_test

import (
	"context"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

func TestStats(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	mk := func(emp, mgr string, start time.Time, edit func(c *conversation.Conversation)) {
		c, err := w.a.Create(ctx, assistant.CreateRequest{
			Employee:     conversation.Participant{Name: "E", Email: emp, TimeZone: "Europe/Madrid"},
			Manager:      conversation.Participant{Name: "M", Email: mgr, TimeZone: "Europe/Madrid"},
			MeetingStart: start,
		})
		if err != nil {
			t.Fatal(err)
		}
		if edit != nil {
			edit(c)
			if err := w.store.Update(ctx, c); err != nil {
				t.Fatal(err)
			}
		}
	}
	march := time.Date(2027, 3, 12, 10, 0, 0, 0, time.UTC)
	april := time.Date(2027, 4, 2, 10, 0, 0, 0, time.UTC)
	mk("a@example.com", "tom@example.com", march, func(c *conversation.Conversation) {
		c.Answers = []conversation.Answer{{Question: 1, Text: "private", At: march}}
		c.Status = conversation.StatusFollowingUp
		c.Steps = []conversation.Step{
			{Number: 1, Text: "private", Status: conversation.StepDone, Progress: []conversation.ProgressNote{{CheckIn: 1, Status: conversation.StepInProgress}, {CheckIn: 2, Status: conversation.StepDone}}},
			{Number: 2, Text: "private", Status: conversation.StepBlocked, Progress: []conversation.ProgressNote{{CheckIn: 1, Status: conversation.StepBlocked}}},
		}
	})
	mk("b@example.com", "tom@example.com", march.Add(24*time.Hour), func(c *conversation.Conversation) { c.Status = conversation.StatusCancelled })
	mk("c@example.com", "ida@example.com", march, nil)
	mk("d@example.com", "tom@example.com", april, nil)

	rows, err := w.a.Stats(ctx, time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	want := []assistant.StatsRow{
		{Manager: "ida@example.com", Month: "2027-03", Conversations: 1},
		{Manager: "tom@example.com", Month: "2027-03", Conversations: 2, Prepped: 1, StepsAgreed: 1, CheckInsAnswered: 2, Cancelled: 1},
		{Manager: "tom@example.com", Month: "2027-04", Conversations: 1},
	}
	if len(rows) != len(want) {
		t.Fatalf("rows %+v, want %+v", rows, want)
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("row %d: %+v, want %+v", i, rows[i], want[i])
		}
	}
	if rows, err := w.a.Stats(ctx, april, time.Time{}); err != nil || len(rows) != 1 || rows[0].Month != "2027-04" {
		t.Errorf("from April: %+v, %v", rows, err)
	}
}

func TestNextEmail(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	c := w.create(t)
	job, ok := w.a.NextEmail(c)
	if !ok || job.Kind != conversation.JobPrep {
		t.Fatalf("next of a new conversation: %+v %v, want the prep", job, ok)
	}
	w.now = job.At
	if err := w.a.RunJob(ctx, job); err != nil {
		t.Fatal(err)
	}
	c, _ = w.a.Get(ctx, c.ID)
	next, ok := w.a.NextEmail(c)
	if !ok || next.Kind == conversation.JobPrep || !next.At.After(job.At) {
		t.Fatalf("next after the prep: %+v %v, want a later email", next, ok)
	}
	if _, err := w.a.Cancel(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	c, _ = w.a.Get(ctx, c.ID)
	if j, ok := w.a.NextEmail(c); ok {
		t.Errorf("next of a cancelled conversation: %+v", j)
	}
}
