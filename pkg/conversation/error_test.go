package conversation_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/careerconv/careerconv/pkg/conversation"
)

func TestErrorHelpers(t *testing.T) {
	cause := errors.New("connection reset by peer at 10.0.0.7")
	tests := []struct {
		name      string
		err       error
		code      string
		message   string
		field     string
		retryable bool
	}{
		{"nil", nil, "", "", "", false},
		{"coded", conversation.Errorf(conversation.ENOTFOUND, "No conversation %s.", "x"), conversation.ENOTFOUND, "No conversation x.", "", false},
		{"wrapped", fmt.Errorf("load: %w", conversation.Errorf(conversation.ECONFLICT, "Changed.")), conversation.ECONFLICT, "Changed.", "", false},
		{"field", fmt.Errorf("create: %w", conversation.FieldErrorf("employee.email", "Bad %s.", "email")), conversation.EINVALID, "Bad email.", "employee.email", false},
		{"unavailable", conversation.Unavailable(cause, "Mail is down."), conversation.EUNAVAILABLE, "Mail is down.", "", true},
		{"plain error", cause, conversation.EINTERNAL, "Internal error.", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := conversation.ErrorCode(tc.err); got != tc.code {
				t.Errorf("ErrorCode = %q, want %q", got, tc.code)
			}
			if got := conversation.ErrorMessage(tc.err); got != tc.message {
				t.Errorf("ErrorMessage = %q, want %q", got, tc.message)
			}
			if got := conversation.ErrorField(tc.err); got != tc.field {
				t.Errorf("ErrorField = %q, want %q", got, tc.field)
			}
			if got := conversation.Retryable(tc.err); got != tc.retryable {
				t.Errorf("Retryable = %v, want %v", got, tc.retryable)
			}
		})
	}
	if err := conversation.Unavailable(cause, "Mail is down."); !errors.Is(err, cause) {
		t.Error("Unavailable does not unwrap to its cause")
	}
}
