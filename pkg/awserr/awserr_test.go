package awserr_test

import (
	"context"
	"errors"
	"net/http"
	"testing"

	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/careerconv/careerconv/pkg/awserr"
	"github.com/careerconv/careerconv/pkg/conversation"
)

func TestClassify(t *testing.T) {
	status := func(code int, err error) error {
		return &awshttp.ResponseError{ResponseError: &smithyhttp.ResponseError{
			Response: &smithyhttp.Response{Response: &http.Response{StatusCode: code}}, Err: err,
		}}
	}
	svc := awserr.Service{Name: "thing", Codes: map[string]func(smithy.APIError, error) error{
		"Gone": func(_ smithy.APIError, cause error) error {
			return &conversation.Error{Code: conversation.ENOTFOUND, Err: cause}
		},
	}}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"s3SlowDown", &smithy.GenericAPIError{Code: "SlowDown"}, conversation.EUNAVAILABLE},
		{"bandwidth", &smithy.GenericAPIError{Code: "BandwidthLimitExceeded"}, conversation.EUNAVAILABLE},
		{"requestTimeout", &smithy.GenericAPIError{Code: "RequestTimeout"}, conversation.EUNAVAILABLE},
		{"status429", status(429, errors.New("slow")), conversation.EUNAVAILABLE},
		{"status503", status(503, errors.New("down")), conversation.EUNAVAILABLE},
		{"serverFault", &smithy.GenericAPIError{Code: "SomethingNew", Fault: smithy.FaultServer}, conversation.EUNAVAILABLE},
		{"network", &smithyhttp.RequestSendError{Err: errors.New("connection reset")}, conversation.EUNAVAILABLE},
		{"cancelled", context.Canceled, conversation.EUNAVAILABLE},
		{"own code", &smithy.GenericAPIError{Code: "Gone"}, conversation.ENOTFOUND},
		{"accessDenied", status(403, &smithy.GenericAPIError{Code: "AccessDeniedException", Fault: smithy.FaultClient}), conversation.EINTERNAL},
		{"status400", status(400, &smithy.GenericAPIError{Code: "ValidationException"}), conversation.EINTERNAL},
		{"coded", conversation.Errorf(conversation.EINVALID, "bad"), conversation.EINVALID},
	}
	for _, tt := range tests {
		err := svc.Classify(tt.err, "doing %s", "it")
		if got := conversation.ErrorCode(err); got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("%s: %v (code %q); want %q, wrapping the cause", tt.name, err, got, tt.want)
		}
	}
}
