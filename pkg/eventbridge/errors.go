package eventbridge

import (
	"context"
	"errors"
	"fmt"

	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// classify maps a Scheduler error to the port's codes; see the package doc.
func classify(err error, format string, args ...any) error {
	cause := fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), err)
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return conversation.Unavailable(cause, "The scheduler did not answer in time; try again later.")
	}
	var api smithy.APIError
	if errors.As(err, &api) {
		switch api.ErrorCode() {
		case "ThrottlingException", "InternalServerException", "ServiceUnavailable", "TooManyRequestsException":
			return conversation.Unavailable(cause, "The scheduler is busy; try again later.")
		}
	}
	var resp *awshttp.ResponseError
	if errors.As(err, &resp) && resp.HTTPStatusCode() >= 500 {
		return conversation.Unavailable(cause, "The scheduler is unavailable; try again later.")
	}
	var send *smithyhttp.RequestSendError
	if errors.As(err, &send) {
		return conversation.Unavailable(cause, "The scheduler could not be reached; try again later.")
	}
	return &conversation.Error{Code: conversation.EINTERNAL, Message: "Internal error.", Err: cause}
}
