// Package mailertest is the contract every conversation.Mailer passes: the outbox
// stand-in and the SES mailer run the same suite, so what works (or is refused)
// locally works (or is refused) on AWS.
package mailertest

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Sent returns the raw messages the mailer has delivered so far, in any order.
type Sent func(tb testing.TB) [][]byte

// Run runs the suite; open returns a fresh mailer whose From domain may send
// (From is careerconv@<domain>) and the way to see what it delivered.
func Run(t *testing.T, open func(t *testing.T) (m conversation.Mailer, from string, sent Sent)) {
	t.Run("DeliversTheMessageAsBuilt", func(t *testing.T) {
		m, from, sent := open(t)
		e := Email(from, "ana@example.com", "contract-1")
		id, err := m.Send(context.Background(), e)
		if err != nil {
			t.Fatal(err)
		}
		if id == "" {
			t.Error("Send returned no provider message ID; the send ledger keeps it for threading")
		}
		got := sent(t)
		if len(got) != 1 || !bytes.Equal(bytes.TrimRight(got[0], "\r\n"), bytes.TrimRight(e.Raw, "\r\n")) {
			t.Fatalf("delivered %d messages; want exactly the one sent, byte for byte", len(got))
		}
	})
	t.Run("RefusesWhatCannotBeSent", func(t *testing.T) {
		m, from, sent := open(t)
		for name, edit := range map[string]func(*conversation.Email){
			"no recipient":  func(e *conversation.Email) { e.To = nil },
			"bad recipient": func(e *conversation.Email) { e.To = []string{"ana@"} },
			"bad sender":    func(e *conversation.Email) { e.From = "careerconv" },
			"no content":    func(e *conversation.Email) { e.Raw = nil },
		} {
			e := Email(from, "ana@example.com", "contract-bad")
			edit(&e)
			if _, err := m.Send(context.Background(), e); conversation.ErrorCode(err) != conversation.EINVALID {
				t.Errorf("%s: Send = %v, want EINVALID", name, err)
			}
		}
		if got := sent(t); len(got) != 0 {
			t.Errorf("%d refused messages were delivered", len(got))
		}
	})
	t.Run("ConcurrentSends", func(t *testing.T) {
		m, from, sent := open(t)
		const n = 8
		var wg sync.WaitGroup
		errs := make(chan error, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := m.Send(context.Background(), Email(from, "ana@example.com", fmt.Sprintf("contract-c%d", i)))
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Error(err)
			}
		}
		if got := sent(t); len(got) != n {
			t.Errorf("%d of %d concurrent sends delivered", len(got), n)
		}
	})
}

// Email is a small valid message from from to to with Message-ID id@<from's domain>.
func Email(from, to, id string) conversation.Email {
	raw := fmt.Sprintf("From: careerconv <%s>\r\nTo: <%s>\r\nSubject: Contract test\r\nMessage-ID: <%s@contract.test>\r\n"+
		"Date: Mon, 04 Jan 2027 09:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello.\r\n", from, to, id)
	return conversation.Email{From: from, To: []string{to}, MessageID: id + "@contract.test", Raw: []byte(raw)}
}
