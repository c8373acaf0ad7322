// Package awserr is the one classifier of AWS SDK errors the adapters share
// (dynamo, ses, eventbridge, s3mail): whether a failure is transient is the
// SDK's own answer, from its retryer's lists (retry.DefaultThrottles and
// retry.DefaultRetryables: throttling codes, 5xx answers, 429, connection
// errors, timeouts), so the adapters agree with each other and with the
// retries the SDK already made.
//
//	cancelled or timed-out context           EUNAVAILABLE  "… did not answer in time"
//	a service-specific code (Service.Codes)  what the adapter decides
//	a throttle (SDK list)                    EUNAVAILABLE  "… is busy"
//	retryable (SDK list), a server fault     EUNAVAILABLE  "… is unavailable"
//	(the service's own error says so), a
//	cut-off body
//	anything else                            EINTERNAL
package awserr

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/smithy-go"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Service names the dependency in messages and holds its own codes.
type Service struct {
	// Name is how messages call it: "The <Name> is busy; try again later."
	Name string
	// Codes maps an API error code to the error to return, given the
	// error and the cause (what was being done, wrapping the SDK's error);
	// nil means the general rules decide.
	Codes map[string]func(api smithy.APIError, cause error) error
}

var (
	throttles  = retry.IsErrorThrottles(retry.DefaultThrottles)
	retryables = retry.IsErrorRetryables(retry.DefaultRetryables)
)

// Classify turns an SDK error into a coded domain error that wraps it; format
// and args say what was being done. An error that is coded already is only
// wrapped.
func (s Service) Classify(err error, format string, args ...any) error {
	cause := fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), err)
	var coded *conversation.Error
	if errors.As(err, &coded) {
		return cause
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return conversation.Unavailable(cause, "The %s did not answer in time; try again later.", s.Name)
	}
	var api smithy.APIError
	if errors.As(err, &api) {
		if f, ok := s.Codes[api.ErrorCode()]; ok && f != nil {
			if e := f(api, cause); e != nil {
				return e
			}
		}
	}
	if throttles.IsErrorThrottle(err) == aws.TrueTernary {
		return conversation.Unavailable(cause, "The %s is busy; try again later.", s.Name)
	}
	serverFault := api != nil && api.ErrorFault() == smithy.FaultServer
	if retryables.IsErrorRetryable(err) == aws.TrueTernary || serverFault || errors.Is(err, io.ErrUnexpectedEOF) {
		return conversation.Unavailable(cause, "The %s is unavailable; try again later.", s.Name)
	}
	return &conversation.Error{Code: conversation.EINTERNAL, Message: "Internal error.", Err: cause}
}
