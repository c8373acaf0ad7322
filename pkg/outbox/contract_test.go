package outbox_test

import (
	"os"
	"testing"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mailertest"
	"github.com/careerconv/careerconv/pkg/outbox"
)

// The outbox passes the same contract as the SES mailer.
func TestMailerContract(t *testing.T) {
	mailertest.Run(t, func(t *testing.T) (conversation.Mailer, string, mailertest.Sent) {
		dir := t.TempDir()
		return &outbox.Mailer{Dir: dir}, "careerconv@mail.example.com", func(tb testing.TB) [][]byte {
			files, err := outbox.List(dir)
			if err != nil {
				tb.Fatal(err)
			}
			var out [][]byte
			for _, f := range files {
				raw, err := os.ReadFile(f)
				if err != nil {
					tb.Fatal(err)
				}
				out = append(out, raw)
			}
			return out
		}
	})
}
