package ses

import (
	"context"
	"errors"
	"net/http"
	"testing"

	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/aws/aws-sdk-go-v2/service/sesv2/types"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// fakeAPI records what it was asked to send and answers with err.
type fakeAPI struct {
	got []*sesv2.SendEmailInput
	err error
}

func (f *fakeAPI) SendEmail(_ context.Context, in *sesv2.SendEmailInput, _ ...func(*sesv2.Options)) (*sesv2.SendEmailOutput, error) {
	f.got = append(f.got, in)
	if f.err != nil {
		return nil, f.err
	}
	return &sesv2.SendEmailOutput{MessageId: new("ses-1")}, nil
}

var good = conversation.Email{From: "a@careerconv.test", To: []string{"zoe@example.com", "mo@example.org"}, MessageID: "m@x", Raw: []byte("Subject: x\r\n\r\nbody\r\n")}

func TestSendInput(t *testing.T) {
	tests := []struct {
		name   string
		set    string
		wantCS *string
	}{
		{"noConfigurationSet", "", nil},
		{"configurationSet", "careerconv-events", new("careerconv-events")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := &fakeAPI{}
			if _, err := New(api, tt.set).Send(context.Background(), good); err != nil {
				t.Fatal(err)
			}
			if len(api.got) != 1 {
				t.Fatalf("%d SendEmail calls, want 1", len(api.got))
			}
			in := api.got[0]
			if *in.FromEmailAddress != good.From || len(in.Destination.ToAddresses) != 2 || string(in.Content.Raw.Data) != string(good.Raw) {
				t.Errorf("input from %q to %v raw %q; want the email as given", *in.FromEmailAddress, in.Destination.ToAddresses, in.Content.Raw.Data)
			}
			if in.Content.Simple != nil || in.Content.Template != nil {
				t.Errorf("input has simple or template content besides raw")
			}
			if (in.ConfigurationSetName == nil) != (tt.wantCS == nil) || tt.wantCS != nil && *in.ConfigurationSetName != *tt.wantCS {
				t.Errorf("configuration set = %v, want %v", in.ConfigurationSetName, tt.wantCS)
			}
		})
	}
}

func TestErrorCodes(t *testing.T) {
	status := func(code int) error {
		return &awshttp.ResponseError{ResponseError: &smithyhttp.ResponseError{
			Response: &smithyhttp.Response{Response: &http.Response{StatusCode: code}}, Err: errors.New("boom"),
		}}
	}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"tooManyRequests", &types.TooManyRequestsException{}, conversation.EUNAVAILABLE},
		{"limitExceeded", &types.LimitExceededException{}, conversation.EUNAVAILABLE},
		{"throttling", &smithy.GenericAPIError{Code: "ThrottlingException"}, conversation.EUNAVAILABLE},
		{"internal", &types.InternalServiceErrorException{}, conversation.EUNAVAILABLE},
		{"status502", status(502), conversation.EUNAVAILABLE},
		{"network", &smithyhttp.RequestSendError{Err: errors.New("reset")}, conversation.EUNAVAILABLE},
		{"deadline", context.DeadlineExceeded, conversation.EUNAVAILABLE},
		{"unverifiedIdentity", &types.MessageRejected{Message: new("Email address is not verified. The following identities failed the check in region EU-WEST-1: careerconv@mail.example.com")}, conversation.EUNAVAILABLE},
		{"rejected", &types.MessageRejected{Message: new("Illegal address")}, conversation.EINVALID},
		{"badRequest", &types.BadRequestException{}, conversation.EINVALID},
		{"mailFromNotVerified", &types.MailFromDomainNotVerifiedException{}, conversation.EINTERNAL},
		{"accountSuspended", &types.AccountSuspendedException{}, conversation.EINTERNAL},
		{"sendingPaused", &types.SendingPausedException{}, conversation.EINTERNAL},
		{"configurationSetMissing", &types.NotFoundException{}, conversation.EINTERNAL},
		{"accessDenied", &smithy.GenericAPIError{Code: "AccessDeniedException"}, conversation.EINTERNAL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(&fakeAPI{err: tt.err}, "").Send(context.Background(), good)
			if code := conversation.ErrorCode(err); code != tt.want {
				t.Errorf("Send failing with %v: %v (code %q), want %q", tt.err, err, code, tt.want)
			}
			if !errors.Is(err, tt.err) {
				t.Errorf("error %v does not wrap %v", err, tt.err)
			}
		})
	}
}

func TestUnsendableIsInvalidWithoutACall(t *testing.T) {
	many := make([]string, MaxRecipients+1)
	for i := range many {
		many[i] = "x@example.com"
	}
	tests := []struct {
		name  string
		edit  func(e *conversation.Email)
		field string
	}{
		{"noFrom", func(e *conversation.Email) { e.From = "" }, "from"},
		{"badFrom", func(e *conversation.Email) { e.From = "not an address" }, "from"},
		{"noRecipients", func(e *conversation.Email) { e.To = nil }, "to"},
		{"tooManyRecipients", func(e *conversation.Email) { e.To = many }, "to"},
		{"injectedRecipient", func(e *conversation.Email) { e.To = []string{"zoe@example.com\r\nBcc: x@evil.test"} }, "to"},
		{"empty", func(e *conversation.Email) { e.Raw = nil }, "raw"},
		{"tooLarge", func(e *conversation.Email) { e.Raw = make([]byte, MaxRawBytes+1) }, "raw"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := good
			tt.edit(&e)
			api := &fakeAPI{}
			_, err := New(api, "").Send(context.Background(), e)
			if code := conversation.ErrorCode(err); code != conversation.EINVALID || conversation.ErrorField(err) != tt.field {
				t.Errorf("Send: %v (code %q, field %q), want %q on %q", err, code, conversation.ErrorField(err), conversation.EINVALID, tt.field)
			}
			if len(api.got) != 0 {
				t.Errorf("an unsendable email reached SES")
			}
		})
	}
}

// An email of a conversation is tagged with it, so its bounce and complaint
// events name the conversation; the provider's message ID comes back.
func TestSendTagsConversation(t *testing.T) {
	api := &fakeAPI{}
	e := good
	e.Conversation = "abcdefghijklmnop"
	id, err := New(api, "set").Send(context.Background(), e)
	if err != nil || id != "ses-1" {
		t.Fatalf("Send = %q, %v; want ses-1", id, err)
	}
	tags := api.got[0].EmailTags
	if len(tags) != 1 || *tags[0].Name != conversation.TagConversation || *tags[0].Value != e.Conversation {
		t.Errorf("tags = %+v, want conversation=%s", tags, e.Conversation)
	}
	if _, err := New(api, "set").Send(context.Background(), good); err != nil || len(api.got[1].EmailTags) != 0 {
		t.Errorf("an email of no conversation: %v, tags %+v", err, api.got[1].EmailTags)
	}
}
