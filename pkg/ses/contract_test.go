package ses_test

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mailertest"
	"github.com/careerconv/careerconv/pkg/ses"
)

var contractDomains atomic.Int64

// The SES mailer passes the same contract as the outbox.
func TestMailerContract(t *testing.T) {
	mailertest.Run(t, func(t *testing.T) (conversation.Mailer, string, mailertest.Sent) {
		domain := fmt.Sprintf("contract%d.mail.example.com", contractDomains.Add(1))
		c, _, emu := client(t, domain)
		from := "careerconv@" + domain
		return ses.New(c, ""), from, func(tb testing.TB) [][]byte {
			var out [][]byte
			for _, m := range sentMessages(tb, emu) {
				if strings.EqualFold(m.Source, from) || strings.Contains(m.Source, "<"+from+">") {
					out = append(out, []byte(m.Raw))
				}
			}
			return out
		}
	})
}
