package handlers

import (
	"context"
	"errors"
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

func TestVerdictProblem(t *testing.T) {
	v := func(s string) events.SimpleEmailVerdict { return events.SimpleEmailVerdict{Status: s} }
	pass := events.SimpleEmailReceipt{SpamVerdict: v("PASS"), VirusVerdict: v("PASS"), SPFVerdict: v("PASS"), DKIMVerdict: v("PASS"), DMARCVerdict: v("PASS")}
	tests := []struct {
		name string
		edit func(*events.SimpleEmailReceipt)
		want string
	}{
		{"all pass", func(*events.SimpleEmailReceipt) {}, ""},
		{"virus", func(r *events.SimpleEmailReceipt) { r.VirusVerdict = v("FAIL") }, "virus verdict FAIL"},
		{"spam", func(r *events.SimpleEmailReceipt) { r.SpamVerdict = v("FAIL") }, "spam verdict FAIL"},
		{"dmarc", func(r *events.SimpleEmailReceipt) { r.DMARCVerdict = v("FAIL") }, "DMARC verdict FAIL"},
		{"spf and dkim", func(r *events.SimpleEmailReceipt) { r.SPFVerdict, r.DKIMVerdict = v("FAIL"), v("fail") }, "SPF and DKIM verdicts FAIL"},
		{"spf alone (forwarded mail)", func(r *events.SimpleEmailReceipt) { r.SPFVerdict = v("FAIL") }, ""},
		{"gray spam", func(r *events.SimpleEmailReceipt) { r.SpamVerdict = v("GRAY") }, ""},
		{"processing failed", func(r *events.SimpleEmailReceipt) { r.VirusVerdict = v("PROCESSING_FAILED") }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := pass
			tt.edit(&r)
			if got := verdictProblem(r); got != tt.want {
				t.Errorf("verdictProblem = %q, want %q", got, tt.want)
			}
		})
	}
}

// rawMail is a RawMail answering with err.
type rawMail struct{ err error }

func (r rawMail) Fetch(context.Context, string) ([]byte, error) { return nil, r.err }
func (r rawMail) Delete(context.Context, string) error          { return r.err }

// A message refused before the assistant (failed verdict, missing or oversized
// object) is dropped with its reason; a transient failure goes back to Lambda.
func TestInboundDropsOrRetries(t *testing.T) {
	ev := func(spam string) events.SimpleEmailEvent {
		rec := events.SimpleEmailRecord{}
		rec.SES.Mail.MessageID = "m1"
		rec.SES.Receipt.SpamVerdict.Status = spam
		return events.SimpleEmailEvent{Records: []events.SimpleEmailRecord{rec}}
	}
	tests := []struct {
		name    string
		event   events.SimpleEmailEvent
		raw     error
		wantErr bool
		detail  string
	}{
		{"failed verdict", ev("FAIL"), nil, false, "spam verdict FAIL"},
		{"missing object", ev("PASS"), conversation.Errorf(conversation.ENOTFOUND, "No inbound message m1."), false, "No inbound message m1."},
		{"too large", ev("PASS"), conversation.Errorf(conversation.EINVALID, "Inbound message m1 is too large."), false, "Inbound message m1 is too large."},
		{"S3 unavailable", ev("PASS"), conversation.Unavailable(errors.New("503"), "S3 unavailable."), true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := &Inbound{Raw: rawMail{tt.raw}}
			out, err := h.Handle(context.Background(), tt.event)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Handle error = %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			if len(out) != 1 || out[0].Result != assistant.ResultRejected || out[0].Detail != tt.detail {
				t.Errorf("outcomes = %+v, want one rejected with %q", out, tt.detail)
			}
		})
	}
}

// An invite must come from an authenticated sender: SPF or DKIM passes.
func TestInviteVerdictProblem(t *testing.T) {
	v := func(s string) events.SimpleEmailVerdict { return events.SimpleEmailVerdict{Status: s} }
	for _, tt := range []struct {
		spf, dkim string
		ok        bool
	}{
		{"PASS", "PASS", true}, {"PASS", "FAIL", true}, {"GRAY", "PASS", true},
		{"GRAY", "GRAY", false}, {"FAIL", "GRAY", false}, {"PROCESSING_FAILED", "PROCESSING_FAILED", false},
	} {
		got := inviteVerdictProblem(events.SimpleEmailReceipt{SPFVerdict: v(tt.spf), DKIMVerdict: v(tt.dkim)})
		if (got == "") != tt.ok {
			t.Errorf("SPF %s DKIM %s: %q, want ok=%v", tt.spf, tt.dkim, got, tt.ok)
		}
	}
}
