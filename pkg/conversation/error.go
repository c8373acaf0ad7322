package conversation

import (
	"errors"
	"fmt"
)

// Error codes. Only EUNAVAILABLE and EINTERNAL are worth a retry; the others are answers.
const (
	ECONFLICT    = "conflict"    // the thing exists already, or changed underneath us
	EINTERNAL    = "internal"    // a bug or an unexpected failure
	EINVALID     = "invalid"     // the input is wrong; the message says what to change
	ENOTFOUND    = "not_found"   // no such thing
	EFORBIDDEN   = "forbidden"   // a forged token, a sender who is not the participant
	EUNAVAILABLE = "unavailable" // a dependency failed transiently: retry later
)

// Error is a domain error with a code and a message fit for the user.
type Error struct {
	Code    string
	Message string
	// Field names the input field at fault, when there is one.
	Field string
	// Err is an underlying cause, kept for logs and errors.Is; never shown to users.
	Err error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an Error with code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldErrorf returns an EINVALID error about one input field.
func FieldErrorf(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Unavailable wraps a transient failure of a dependency.
func Unavailable(err error, format string, args ...any) *Error {
	return &Error{Code: EUNAVAILABLE, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first Error in err's chain, EINTERNAL for any other
// non-nil error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the user-facing message of err: an Error's Message, or a generic
// text for anything else so internal details never reach a user.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	default:
		return "Internal error."
	}
}

// ErrorField returns the input field an EINVALID error is about, or "".
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}

// Retryable reports whether err is worth retrying (a transient or unknown failure).
func Retryable(err error) bool {
	switch ErrorCode(err) {
	case EUNAVAILABLE, EINTERNAL:
		return true
	}
	return false
}
