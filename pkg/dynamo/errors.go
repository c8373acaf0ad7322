package dynamo

import (
	"strings"

	"github.com/aws/smithy-go"

	"github.com/careerconv/careerconv/pkg/awserr"
	"github.com/careerconv/careerconv/pkg/conversation"
)

// service classifies DynamoDB's errors (awserr): besides the SDK's transient
// ones, a transaction conflict is transient and an item over 400 KB is the
// caller's EINVALID.
var service = awserr.Service{Name: "conversation store", Codes: map[string]func(smithy.APIError, error) error{
	"TransactionConflictException": func(_ smithy.APIError, cause error) error {
		return conversation.Unavailable(cause, "The conversation store is busy; try again later.")
	},
	"ValidationException": func(api smithy.APIError, cause error) error {
		if strings.Contains(api.ErrorMessage(), "size has exceeded") {
			return &conversation.Error{Code: conversation.EINVALID, Message: "The conversation is too large to store.", Err: cause}
		}
		return nil
	},
}}

// classify turns an SDK error into a coded domain error; format and args say
// what was being done.
func classify(err error, format string, args ...any) error {
	return service.Classify(err, format, args...)
}

// internal wraps an unexpected failure.
func internal(err error) error {
	return &conversation.Error{Code: conversation.EINTERNAL, Message: "Internal error.", Err: err}
}

// encodeError is encode's error as the caller gets it: a conversation too
// large to store is the caller's EINVALID, anything else internal.
func encodeError(err error) error {
	if conversation.ErrorCode(err) == conversation.EINVALID {
		return err
	}
	return internal(err)
}
