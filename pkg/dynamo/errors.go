package dynamo

import (
	"context"
	"errors"
	"fmt"
	"strings"

	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// classify turns an SDK error into a coded domain error; format and args say
// what was being done.
func classify(err error, format string, args ...any) error {
	what := fmt.Sprintf(format, args...)
	cause := fmt.Errorf("%s: %w", what, err)
	var coded *conversation.Error
	if errors.As(err, &coded) {
		return cause
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return conversation.Unavailable(cause, "The conversation store did not answer in time; try again later.")
	}
	var api smithy.APIError
	if errors.As(err, &api) {
		switch api.ErrorCode() {
		case "ProvisionedThroughputExceededException", "ThrottlingException", "RequestLimitExceeded",
			"LimitExceededException", "InternalServerError", "ServiceUnavailable",
			"TransactionConflictException", "TransactionInProgressException":
			return conversation.Unavailable(cause, "The conversation store is busy; try again later.")
		case "ValidationException":
			if strings.Contains(api.ErrorMessage(), "size has exceeded") {
				return &conversation.Error{Code: conversation.EINVALID, Message: "The conversation is too large to store.", Err: cause}
			}
		}
	}
	var resp *awshttp.ResponseError
	if errors.As(err, &resp) && resp.HTTPStatusCode() >= 500 {
		return conversation.Unavailable(cause, "The conversation store is unavailable; try again later.")
	}
	var send *smithyhttp.RequestSendError
	if errors.As(err, &send) {
		return conversation.Unavailable(cause, "The conversation store could not be reached; try again later.")
	}
	return internal(cause)
}

// internal wraps an unexpected failure.
func internal(err error) error {
	return &conversation.Error{Code: conversation.EINTERNAL, Message: "Internal error.", Err: err}
}
