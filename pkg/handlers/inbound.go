package handlers

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/aws/aws-lambda-go/events"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

// Inbound handles SES receipt events. SES has already stored the raw message
// (the event carries headers only); Inbound checks SES's verdicts, fetches the
// message and hands it to the assistant.
type Inbound struct {
	Assistant *assistant.Assistant
	Raw       conversation.RawMail
	Log       *slog.Logger
}

// Handle processes every record of the event. Messages refused for a reason (a
// failed verdict, a missing or oversized object, a forged or unreadable reply)
// are logged with the reason and dropped; a transient failure is returned so
// Lambda retries the event, which is safe because Receive is idempotent.
func (h *Inbound) Handle(ctx context.Context, ev events.SimpleEmailEvent) ([]assistant.Outcome, error) {
	log := logger(h.Log)
	ctx = owned(ctx)
	var outcomes []assistant.Outcome
	for _, rec := range ev.Records {
		id := rec.SES.Mail.MessageID
		why := verdictProblem(rec.SES.Receipt)
		if why == "" && h.Assistant.InviteAddressed(rec.SES.Receipt.Recipients) {
			why = inviteVerdictProblem(rec.SES.Receipt)
		}
		if why != "" {
			log.Warn("inbound dropped", "ses_message", id, "reason", why)
			outcomes = append(outcomes, assistant.Outcome{Result: assistant.ResultRejected, Detail: why})
			continue
		}
		raw, err := h.Raw.Fetch(ctx, id)
		if err != nil {
			if conversation.Retryable(err) {
				return outcomes, fmt.Errorf("fetch inbound %s: %w", id, err)
			}
			log.Warn("inbound dropped", "ses_message", id, "reason", conversation.ErrorMessage(err))
			outcomes = append(outcomes, assistant.Outcome{Result: assistant.ResultRejected, Detail: conversation.ErrorMessage(err)})
			continue
		}
		out, err := h.Assistant.Receive(assistant.WithRawMessage(ctx, id), raw, rec.SES.Receipt.Recipients...)
		if err != nil && !assistant.IsDropped(err) {
			return outcomes, fmt.Errorf("receive %s: %w", id, err)
		}
		if err != nil {
			log.Warn("inbound dropped", "ses_message", id, "conversation", out.Conversation, "reason", out.Detail)
		}
		outcomes = append(outcomes, out)
	}
	return outcomes, nil
}

// verdictProblem returns why SES's verdicts make a message unacceptable, or "".
// A virus or spam verdict of FAIL refuses it; so does a DMARC FAIL, or SPF and DKIM
// both failing (a forged sender). GRAY and PROCESSING_FAILED are let through: the
// reply token and the sender check still stand guard.
func verdictProblem(r events.SimpleEmailReceipt) string {
	fail := func(v events.SimpleEmailVerdict) bool { return strings.EqualFold(v.Status, "FAIL") }
	switch {
	case fail(r.VirusVerdict):
		return "virus verdict FAIL"
	case fail(r.SpamVerdict):
		return "spam verdict FAIL"
	case fail(r.DMARCVerdict):
		return "DMARC verdict FAIL"
	case fail(r.SPFVerdict) && fail(r.DKIMVerdict):
		return "SPF and DKIM verdicts FAIL"
	}
	return ""
}

// inviteVerdictProblem returns why SES's verdicts make an invite unacceptable,
// or "". An invite starts a conversation and is answered, so its sender must be
// authenticated: SPF or DKIM must PASS (the allowed domains are checked on the
// From address these verdicts vouch for). Refused invites get no answer, so a
// forged sender draws no mail.
func inviteVerdictProblem(r events.SimpleEmailReceipt) string {
	pass := func(v events.SimpleEmailVerdict) bool { return strings.EqualFold(v.Status, "PASS") }
	if !pass(r.SPFVerdict) && !pass(r.DKIMVerdict) {
		return fmt.Sprintf("invite sender not authenticated (SPF %s, DKIM %s)", r.SPFVerdict.Status, r.DKIMVerdict.Status)
	}
	return ""
}
