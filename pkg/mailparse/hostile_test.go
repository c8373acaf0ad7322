package mailparse

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/mime"
)

// TestParseAdversarial parses the hostile messages of the benchmarks: each
// is refused with a clear error or read as valid UTF-8 text.
func TestParseAdversarial(t *testing.T) {
	for name, raw := range adversarialMessages() {
		t.Run(name, func(t *testing.T) {
			m, err := mime.Parse(raw)
			if err != nil {
				if !errors.Is(err, mime.ErrNotMessage) && !errors.Is(err, mime.ErrTooLarge) {
					t.Errorf("unexpected error: %v", err)
				}
				return
			}
			if !utf8.ValidString(m.Text) {
				t.Error("invalid UTF-8 text")
			}
		})
	}
}
