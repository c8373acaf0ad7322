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

// The transition an email announces is stored with its claim: a wrap-up whose
// send failed leaves the conversation awaiting the steps (so a steps reply is
// taken), and its retry, by another delivery after the lease, sends it.
func TestTransitionGoesWithClaim(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	ctx := context.Background()
	wrapup := w.job(t, conversation.JobWrapUp)
	w.now = c.MeetingEnd()
	w.mail.fail = func(conversation.Email) error {
		return conversation.Unavailable(errors.New("timeout"), "SES did not answer.")
	}
	if err := w.a.RunJob(assistant.WithOwner(ctx, "d1"), wrapup); !conversation.Retryable(err) {
		t.Fatalf("RunJob = %v, want a retryable error", err)
	}
	got, _ := w.a.Get(ctx, c.ID)
	if got.Status != conversation.StatusAwaitingSteps || got.Sent("wrapup") {
		t.Fatalf("after a failed send: status %s, sent %v; want awaiting_steps, not sent", got.Status, got.Sent("wrapup"))
	}
	w.mail.fail = nil
	w.now = w.now.Add(assistant.DefaultSendLease)
	if err := w.a.RunJob(assistant.WithOwner(ctx, "d2"), wrapup); err != nil || len(w.mail.sent) != 1 {
		t.Fatalf("retry after the lease: %v, %d sent; want the wrap-up sent", err, len(w.mail.sent))
	}
	if got, _ := w.a.Get(ctx, c.ID); !got.Sent("wrapup") || got.Status != conversation.StatusAwaitingSteps {
		t.Errorf("after the retry: status %s, sent %v", got.Status, got.Sent("wrapup"))
	}
}

// A steps reply that arrives after the meeting ended is applied even if the
// wrap-up's transition was never stored (the conversation still says scheduled).
func TestStepsReplyAppliesLostTransition(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	ctx := context.Background()
	addr, err := w.tokens.Address("reply.example.com", c.ID, conversation.Purpose{Kind: conversation.ReplySteps})
	if err != nil {
		t.Fatal(err)
	}
	w.now = c.MeetingEnd().Add(2 * time.Hour)
	body := "1. Shadow the tech lead in planning\r\n2. Finish the AWS course\r\n"
	out, err := w.a.Receive(ctx, message(addr, "steps-1@mail.example.com", body, "Ana <ana@example.com>"))
	if err != nil || out.Result != assistant.ResultApplied {
		t.Fatalf("Receive = %+v, %v", out, err)
	}
	got, _ := w.a.Get(ctx, c.ID)
	if got.Status != conversation.StatusFollowingUp || len(got.Steps) != 2 {
		t.Errorf("status %s with %d steps; want following_up with 2", got.Status, len(got.Steps))
	}
	if len(w.mail.sent) != 1 || !strings.Contains(string(w.mail.sent[0].Raw), "X-Careerconv-Email: plan") {
		t.Errorf("%d emails sent, want the plan", len(w.mail.sent))
	}
}
