package assistant_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

// lostAnswer is a Store whose next Create happens but reports failure, as a
// timed-out or retried conditional write does.
type lostAnswer struct {
	conversation.Store
	err error
}

func (s *lostAnswer) Create(ctx context.Context, c *conversation.Conversation) error {
	if err := s.Store.Create(ctx, c); err != nil {
		return err
	}
	err := s.err
	s.err = nil
	return err
}

func request(key string, start time.Time) assistant.CreateRequest {
	return assistant.CreateRequest{
		Employee:       conversation.Participant{Name: "Ana", Email: "ana@example.com", TimeZone: "Europe/Madrid"},
		Manager:        conversation.Participant{Name: "Tom", Email: "tom@example.com", TimeZone: "Europe/Madrid"},
		MeetingStart:   start,
		IdempotencyKey: key,
	}
}

func count(t *testing.T, w *world) int {
	t.Helper()
	page, err := w.a.List(context.Background(), conversation.ListQuery{Employee: "ana@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	return len(page.Conversations)
}

// A retried create with the same Idempotency-Key returns the same conversation; the
// key reused for another meeting is a conflict.
func TestCreateIdempotencyKey(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	start := time.Date(2027, 3, 12, 10, 0, 0, 0, time.UTC)
	first, err := w.a.Create(ctx, request("hr-42", start))
	if err != nil {
		t.Fatal(err)
	}
	w.now = w.now.Add(time.Hour)
	again, err := w.a.Create(ctx, request("hr-42", start))
	if err != nil || again.ID != first.ID {
		t.Fatalf("retry = %v, %v; want conversation %s", again, err, first.ID)
	}
	if n := count(t, w); n != 1 {
		t.Errorf("%d conversations after a retry, want 1", n)
	}
	_, err = w.a.Create(ctx, request("hr-42", start.Add(24*time.Hour)))
	if conversation.ErrorCode(err) != conversation.ECONFLICT {
		t.Errorf("key reused for another meeting: %v, want ECONFLICT", err)
	}
	other, err := w.a.Create(ctx, request("hr-43", start.Add(24*time.Hour)))
	if err != nil || other.ID == first.ID {
		t.Errorf("another key: %v, %v; want a new conversation", other, err)
	}
}

// A store write that happened but reported failure is resolved by reading it
// back: the create succeeds, its jobs stay scheduled, and HR's retry (same key)
// finds the same conversation.
func TestCreateAmbiguousStoreErrorReadsBack(t *testing.T) {
	for name, failure := range map[string]error{
		"timeout":          conversation.Unavailable(errors.New("timeout"), "DynamoDB did not answer."),
		"condition failed": conversation.Errorf(conversation.ECONFLICT, "Conversation exists already."),
	} {
		t.Run(name, func(t *testing.T) {
			w := newWorld(t)
			store := &lostAnswer{Store: w.store, err: failure}
			w.rebuild(t, store)
			ctx := context.Background()
			start := time.Date(2027, 3, 12, 10, 0, 0, 0, time.UTC)
			for _, key := range []string{"", "hr-7"} {
				store.err = failure
				c, err := w.a.Create(ctx, request(key, start.Add(time.Duration(len(key))*time.Hour)))
				if err != nil {
					t.Fatalf("key %q: Create = %v; want the stored conversation", key, err)
				}
				if got, err := w.a.Get(ctx, c.ID); err != nil || got.ID != c.ID {
					t.Errorf("key %q: Get = %v, %v", key, got, err)
				}
			}
			if n := count(t, w); n != 2 {
				t.Errorf("%d conversations, want 2", n)
			}
			if len(w.sched.jobs) != 16 || w.sched.cancelled != 0 {
				t.Errorf("%d jobs scheduled, %d cancelled; want 16 and none cancelled", len(w.sched.jobs), w.sched.cancelled)
			}
		})
	}
}

// A job is judged on the stored state and the clock: a prep delivered after the
// meeting started (a late redrive) sends nothing.
func TestLatePrepJobSendsNothing(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	w.now = c.MeetingStart.Add(time.Minute)
	if err := w.a.RunJob(context.Background(), w.job(t, conversation.JobPrep)); err != nil {
		t.Fatal(err)
	}
	if len(w.mail.sent) != 0 {
		t.Errorf("a prep went out after the meeting started")
	}
}

// An import is retried safely (its natural key finds the conversation it
// created), and a row whose meeting was cancelled creates it anew, once.
func TestImportNaturalKey(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	csv := "employee_name,employee_email,employee_time_zone,manager_name,manager_email,manager_time_zone,meeting_start\n" +
		"Ana,ana@example.com,Europe/Madrid,Tom,tom@example.com,Europe/Madrid,2027-03-12T10:00:00Z\n"
	first, err := w.a.Import(ctx, strings.NewReader(csv), assistant.ImportOptions{})
	if err != nil || len(first.Created) != 1 {
		t.Fatalf("first import: %+v, %v", first, err)
	}
	id := first.Created[0].Conversation
	again, err := w.a.Import(ctx, strings.NewReader(csv), assistant.ImportOptions{})
	if err != nil || len(again.Skipped) != 1 || again.Skipped[0].Conversation != id {
		t.Fatalf("import again: %+v, %v; want the row skipped as %s", again, err, id)
	}
	if _, err := w.a.Cancel(ctx, id); err != nil {
		t.Fatal(err)
	}
	var created string
	for range 2 {
		res, err := w.a.Import(ctx, strings.NewReader(csv), assistant.ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case created == "" && len(res.Created) == 1 && res.Created[0].Conversation != id:
			created = res.Created[0].Conversation
		case created != "" && len(res.Skipped) == 1 && res.Skipped[0].Conversation == created:
		default:
			t.Fatalf("import after the cancel: %+v; want one new conversation, then it skipped", res)
		}
	}
	if n := count(t, w); n != 2 {
		t.Errorf("%d conversations, want the cancelled one and its replacement", n)
	}
}

// A reschedule retried after a write that happened but reported failure moves
// the meeting once: one new generation.
func TestRescheduleRetried(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	ctx := context.Background()
	to := c.MeetingStart.Add(7 * 24 * time.Hour)
	for range 2 {
		got, err := w.a.Reschedule(ctx, c.ID, to, 0)
		if err != nil || got.Generation != 2 || !got.MeetingStart.Equal(to) {
			t.Fatalf("Reschedule = generation %d at %v, %v; want generation 2 at %v", got.Generation, got.MeetingStart, err, to)
		}
	}
}
