package ses

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

var _ assistant.Mailer = (*Mailer)(nil)

// Limits SES v2 puts on one message.
const (
	MaxRecipients = 50
	MaxRawBytes   = 40 << 20
)

// API is the part of the SES v2 client the Mailer uses; *sesv2.Client implements it.
type API interface {
	SendEmail(ctx context.Context, in *sesv2.SendEmailInput, optFns ...func(*sesv2.Options)) (*sesv2.SendEmailOutput, error)
}

// TagConversation is the message tag naming the conversation an email belongs
// to; SES puts it in the email's bounce and complaint events.
const TagConversation = "conversation"

// Mailer sends email with SES v2. Make it with New; it is safe for concurrent use.
type Mailer struct {
	client           API
	configurationSet string
}

// New returns a Mailer sending through client, with configurationSet ("" for
// none) on every message.
func New(client API, configurationSet string) *Mailer {
	return &Mailer{client: client, configurationSet: configurationSet}
}

// Send sends e as it is: one SendEmail call with the raw message. It returns
// SES's MessageId.
func (m *Mailer) Send(ctx context.Context, e assistant.Email) (string, error) {
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
		in.EmailTags = []types.MessageTag{{Name: aws.String(TagConversation), Value: aws.String(e.Conversation)}}
	}
	out, err := m.client.SendEmail(ctx, in)
	if err != nil {
		return "", classify(err, "send email %s to %s", e.MessageID, strings.Join(e.To, ", "))
	}
	return aws.ToString(out.MessageId), nil
}

func check(e assistant.Email) error {
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

// classify maps an SES error to the port's codes; see the package doc.
func classify(err error, format string, args ...any) error {
	cause := fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), err)
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return conversation.Unavailable(cause, "The mail service did not answer in time; try again later.")
	}
	var api smithy.APIError
	if errors.As(err, &api) {
		switch api.ErrorCode() {
		case "TooManyRequestsException", "LimitExceededException", "ThrottlingException", "Throttling",
			"InternalServiceErrorException", "ServiceUnavailable":
			return conversation.Unavailable(cause, "The mail service is busy; try again later.")
		case "MessageRejected", "BadRequestException":
			return &conversation.Error{Code: conversation.EINVALID, Message: "The mail service refused the message or its address for good.", Err: cause}
		}
	}
	var resp *awshttp.ResponseError
	if errors.As(err, &resp) && resp.HTTPStatusCode() >= 500 {
		return conversation.Unavailable(cause, "The mail service is unavailable; try again later.")
	}
	var send *smithyhttp.RequestSendError
	if errors.As(err, &send) {
		return conversation.Unavailable(cause, "The mail service could not be reached; try again later.")
	}
	return &conversation.Error{Code: conversation.EINTERNAL, Message: "Internal error.", Err: cause}
}
