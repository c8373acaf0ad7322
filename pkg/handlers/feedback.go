package handlers

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"

	"github.com/aws/aws-lambda-go/events"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

// Feedback handles SES's bounce and complaint events, which the configuration
// set's event destination puts on EventBridge: a permanent bounce or a complaint
// marks the recipients undeliverable on the conversation the email belonged to
// (named by the message's conversation tag, else by its Message-ID); no further
// email goes to them, and the API shows it. A transient bounce changes nothing.
type Feedback struct {
	Assistant *assistant.Assistant
	Log       *slog.Logger
}

// sesEvent is the part of SES's event (EventBridge detail) Feedback reads.
type sesEvent struct {
	EventType string `json:"eventType"`
	Bounce    *struct {
		BounceType        string      `json:"bounceType"`
		BounceSubType     string      `json:"bounceSubType"`
		BouncedRecipients []recipient `json:"bouncedRecipients"`
	} `json:"bounce"`
	Complaint *struct {
		ComplainedRecipients  []recipient `json:"complainedRecipients"`
		ComplaintFeedbackType string      `json:"complaintFeedbackType"`
	} `json:"complaint"`
	Mail struct {
		MessageID     string              `json:"messageId"`
		Tags          map[string][]string `json:"tags"`
		CommonHeaders struct {
			MessageID string `json:"messageId"`
		} `json:"commonHeaders"`
	} `json:"mail"`
}

type recipient struct {
	EmailAddress string `json:"emailAddress"`
}

// Handle marks the recipients of one event. An event that is not a bounce or a
// complaint, or names no conversation, is logged and dropped; a transient
// failure is returned so Lambda retries (marking twice changes nothing).
func (h *Feedback) Handle(ctx context.Context, ev events.CloudWatchEvent) error {
	log := logger(h.Log)
	var e sesEvent
	if err := json.Unmarshal(ev.Detail, &e); err != nil {
		log.Warn("feedback dropped", "reason", "detail is not an SES event", "err", err)
		return nil
	}
	var addrs []string
	why := ""
	switch {
	case e.Bounce != nil && strings.EqualFold(e.Bounce.BounceType, "Permanent"):
		why = "Bounced for good (" + e.Bounce.BounceSubType + ")."
		for _, r := range e.Bounce.BouncedRecipients {
			addrs = append(addrs, r.EmailAddress)
		}
	case e.Complaint != nil:
		why = "The recipient marked our email as spam."
		for _, r := range e.Complaint.ComplainedRecipients {
			addrs = append(addrs, r.EmailAddress)
		}
	default:
		log.Info("feedback ignored", "type", e.EventType, "ses_message", e.Mail.MessageID)
		return nil
	}
	id := conversationOf(e)
	if id == "" || len(addrs) == 0 {
		log.Warn("feedback dropped", "reason", "names no conversation or recipient", "ses_message", e.Mail.MessageID)
		return nil
	}
	if err := h.Assistant.Undeliverable(ctx, id, addrs, why); err != nil {
		if conversation.Retryable(err) {
			return fmt.Errorf("mark undeliverable on %s: %w", id, err)
		}
		log.Warn("feedback dropped", "conversation", id, "reason", conversation.ErrorMessage(err))
		return nil
	}
	log.Info("recipients undeliverable", "conversation", id, "type", e.EventType)
	return nil
}

// conversationOf finds the conversation an event's email belonged to: its tag,
// else the cc.<conversation>.<email>@… Message-ID careerconv gives every email.
func conversationOf(e sesEvent) string {
	if v := e.Mail.Tags[conversation.TagConversation]; len(v) == 1 && conversation.ValidID(v[0]) {
		return v[0]
	}
	id := strings.Trim(e.Mail.CommonHeaders.MessageID, "<> ")
	if parts := strings.SplitN(id, ".", 3); len(parts) == 3 && parts[0] == "cc" && conversation.ValidID(parts[1]) {
		return parts[1]
	}
	return ""
}
