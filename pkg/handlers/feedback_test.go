package handlers

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/embedded"
	"github.com/careerconv/careerconv/pkg/mailcompose"
	"github.com/careerconv/careerconv/pkg/outbox"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/careerconv/careerconv/pkg/token"
)

// sesFeedback is an SES event as EventBridge delivers it.
func sesFeedback(t *testing.T, detailType string, detail map[string]any) events.CloudWatchEvent {
	t.Helper()
	b, err := json.Marshal(detail)
	if err != nil {
		t.Fatal(err)
	}
	return events.CloudWatchEvent{Source: "aws.ses", DetailType: detailType, Detail: b}
}

// A permanent bounce or a complaint marks the recipient undeliverable on the
// conversation its tag (or Message-ID) names, and no further email goes to them;
// a transient bounce, a repeated event or an erased conversation changes nothing.
func TestFeedbackMarksUndeliverable(t *testing.T) {
	ctx := context.Background()
	db, err := embedded.Open(filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tokens, _ := token.ParseKeys("1:0123456789abcdef0123")
	bank := questions.Default()
	now := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	out := filepath.Join(t.TempDir(), "outbox")
	a, err := assistant.New(assistant.Config{
		Store: db.Store(), Mailer: &outbox.Mailer{Dir: out}, Scheduler: db.Scheduler(), Bank: bank, Tokens: tokens,
		Composer:      &mailcompose.Composer{From: "careerconv <cc@mail.example.com>", MessageDomain: "mail.example.com", Bank: bank},
		InboundDomain: "reply.example.com", Now: func() time.Time { return now },
	})
	if err != nil {
		t.Fatal(err)
	}
	c, err := a.Create(ctx, assistant.CreateRequest{
		Employee:     conversation.Participant{Name: "Ana", Email: "ana@example.com", TimeZone: "Europe/Madrid"},
		Manager:      conversation.Participant{Name: "Tom", Email: "tom@example.com", TimeZone: "Europe/Madrid"},
		MeetingStart: time.Date(2027, 3, 12, 10, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	h := &Feedback{Assistant: a}
	bounce := func(kind, to string) map[string]any {
		return map[string]any{"eventType": "Bounce",
			"bounce": map[string]any{"bounceType": kind, "bounceSubType": "General", "bouncedRecipients": []any{map[string]any{"emailAddress": to}}},
			"mail":   map[string]any{"messageId": "0100-ses", "tags": map[string]any{"conversation": []string{c.ID}}}}
	}
	complaint := map[string]any{"eventType": "Complaint",
		"complaint": map[string]any{"complainedRecipients": []any{map[string]any{"emailAddress": "Tom@Example.com"}}},
		"mail":      map[string]any{"messageId": "0100-ses", "commonHeaders": map[string]any{"messageId": "<cc." + c.ID + ".preread@mail.example.com>"}}}
	steps := []struct {
		name              string
		event             events.CloudWatchEvent
		employee, manager bool // undeliverable after
	}{
		{"transient bounce", sesFeedback(t, "Email Bounced", bounce("Transient", "ana@example.com")), false, false},
		{"permanent bounce", sesFeedback(t, "Email Bounced", bounce("Permanent", "ana@example.com")), true, false},
		{"the same again", sesFeedback(t, "Email Bounced", bounce("Permanent", "ana@example.com")), true, false},
		{"complaint named by Message-ID", sesFeedback(t, "Email Complaint Received", complaint), true, true},
	}
	for _, s := range steps {
		if err := h.Handle(ctx, s.event); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got, err := a.Get(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if (got.Employee.Undeliverable != "") != s.employee || (got.Manager.Undeliverable != "") != s.manager {
			t.Errorf("%s: employee %q, manager %q; want undeliverable %v, %v", s.name, got.Employee.Undeliverable, got.Manager.Undeliverable, s.employee, s.manager)
		}
	}
	got, _ := a.Get(ctx, c.ID)
	bounced := 0
	for _, e := range got.History {
		if e.Kind == conversation.EventBounced {
			bounced++
		}
	}
	if bounced != 2 {
		t.Errorf("%d bounced events recorded, want 2 (the repeat changes nothing)", bounced)
	}
	now = time.Date(2027, 3, 5, 8, 0, 0, 0, time.UTC)
	if err := a.RunJob(ctx, conversation.Job{ConversationID: c.ID, Kind: conversation.JobPrep, Generation: 1}); err != nil {
		t.Fatal(err)
	}
	if sent, _ := outbox.List(out); len(sent) != 0 {
		t.Errorf("%d emails sent to an undeliverable employee", len(sent))
	}
	if err := a.Erase(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if err := h.Handle(ctx, sesFeedback(t, "Email Bounced", bounce("Permanent", "ana@example.com"))); err != nil {
		t.Errorf("bounce for an erased conversation: %v", err)
	}
}
