package ses

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/smithy-go"

	"github.com/careerconv/careerconv/pkg/awserr"
	"github.com/careerconv/careerconv/pkg/conversation"
)

var _ conversation.Mailer = (*Mailer)(nil)

// Limits SES v2 puts on one message.
const (
	MaxRecipients = 50
	MaxRawBytes   = 40 << 20
)

// API is the part of the SES v2 client the Mailer uses; *sesv2.Client implements it.
type API interface {
	SendEmail(ctx context.Context, in *sesv2.SendEmailInput, optFns ...func(*sesv2.Options)) (*sesv2.SendEmailOutput, error)
}

// Mailer sends email with SES v2. Make it with New; it is safe for concurrent use.
type Mailer struct {
	client           API
	configurationSet string

	// perRecipient is the pace (see Pace); 0 sends at once.
	perRecipient time.Duration
	mu           sync.Mutex
	next         time.Time // when the next send may start
}

// Pace makes m send at most rate recipients a second, and returns m. SES counts
// every recipient against the account's maximum send rate and refuses what goes
// over it; a function that sends on its share of that rate (the rate divided by
// its reserved concurrency) never meets the limit, however many jobs fall due at
// 09:00: they wait in Lambda's queue instead (retried for up to six hours), not
// in failed sends that end in the dead-letter queue after two retries. A send
// waits for its turn, or gives up with EUNAVAILABLE when ctx ends first. A rate
// of 0 or less sends at once.
func (m *Mailer) Pace(rate float64) *Mailer {
	m.perRecipient = 0
	if rate > 0 {
		m.perRecipient = time.Duration(float64(time.Second) / rate)
	}
	return m
}

// wait takes the next turn to send to recipients.
func (m *Mailer) wait(ctx context.Context, recipients int) error {
	if m.perRecipient <= 0 {
		return nil
	}
	m.mu.Lock()
	at := time.Now()
	if m.next.After(at) {
		at = m.next
	}
	m.next = at.Add(time.Duration(recipients) * m.perRecipient)
	m.mu.Unlock()
	d := time.Until(at)
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// New returns a Mailer sending through client, with configurationSet ("" for
// none) on every message.
func New(client API, configurationSet string) *Mailer {
	return &Mailer{client: client, configurationSet: configurationSet}
}

// Send sends e as it is: one SendEmail call with the raw message. It returns
// SES's MessageId.
func (m *Mailer) Send(ctx context.Context, e conversation.Email) (string, error) {
	if err := check(e); err != nil {
		return "", err
	}
	in := &sesv2.SendEmailInput{
		FromEmailAddress: aws.String(e.From),
		Destination:      &types.Destination{ToAddresses: e.To},
		Content:          &types.EmailContent{Raw: &types.RawMessage{Data: e.Raw}},
	}
	if m.configurationSet != "" {
		in.ConfigurationSetName = aws.String(m.configurationSet)
	}
	if e.Conversation != "" {
		// Bounce and complaint events carry the tags: they name the conversation.
		in.EmailTags = []types.MessageTag{{Name: aws.String(conversation.TagConversation), Value: aws.String(e.Conversation)}}
	}
	if err := m.wait(ctx, len(e.To)); err != nil {
		return "", classify(err, "wait to send email %s", e.MessageID)
	}
	out, err := m.client.SendEmail(ctx, in)
	if err != nil {
		return "", classify(err, "send email %s to %s", e.MessageID, strings.Join(e.To, ", "))
	}
	return aws.ToString(out.MessageId), nil
}

func check(e conversation.Email) error {
	if err := e.Validate(); err != nil {
		return err
	}
	switch {
	case len(e.To) > MaxRecipients:
		return conversation.FieldErrorf("to", "An email may have at most %d recipients.", MaxRecipients)
	case len(e.Raw) > MaxRawBytes:
		return conversation.FieldErrorf("raw", "The email is larger than %d MB.", MaxRawBytes>>20)
	}
	return nil
}

// service classifies SES's errors (awserr). MessageRejected is a permanent
// refusal of the message or its address (EINVALID), except when SES says an
// identity is not verified: the sending domain before its verification, or a
// recipient while the account is in the sandbox. That is the deployment's
// set-up, not the participant's address: EUNAVAILABLE, so the send is retried
// and nobody is marked undeliverable (careerconv remote check says what is missing).
var service = awserr.Service{Name: "mail service", Codes: map[string]func(smithy.APIError, error) error{
	"MessageRejected": func(api smithy.APIError, cause error) error {
		if strings.Contains(strings.ToLower(api.ErrorMessage()), "not verified") {
			return conversation.Unavailable(cause, "SES refused the message because an identity is not verified (the sending domain, or a recipient in the SES sandbox); it is sent once the set-up is complete.")
		}
		return &conversation.Error{Code: conversation.EINVALID, Message: "The mail service refused the message or its address for good.", Err: cause}
	},
	"BadRequestException": func(_ smithy.APIError, cause error) error {
		return &conversation.Error{Code: conversation.EINVALID, Message: "The mail service refused the message or its address for good.", Err: cause}
	},
}}

// classify maps an SES error to the port's codes; see the package doc.
func classify(err error, format string, args ...any) error {
	return service.Classify(err, format, args...)
}
