package assistant_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

// message is a plain reply with the given From header lines.
func message(to, msgID, body string, from ...string) []byte {
	var b strings.Builder
	for _, f := range from {
		fmt.Fprintf(&b, "From: %s\r\n", f)
	}
	fmt.Fprintf(&b, "To: %s\r\nSubject: Re: prep\r\nDate: Tue, 09 Mar 2027 19:00:00 +0100\r\nMessage-ID: <%s>\r\n"+
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n", to, msgID, body)
	return []byte(b.String())
}

func prepAddress(t *testing.T, w *world, id string) string {
	t.Helper()
	addr, err := w.tokens.Address("reply.example.com", id, conversation.Purpose{Kind: conversation.ReplyPrep})
	if err != nil {
		t.Fatal(err)
	}
	return addr
}

// Only a From header with exactly one strictly parsed address counts, and only its
// address is compared: a display name shaped like the employee's address, a
// second From header or a second address is refused with the reason.
func TestStrictSender(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	addr := prepAddress(t, w, c.ID)
	ctx := context.Background()
	const answer = "1. I want to lead the platform team."
	tests := []struct {
		name string
		from []string
		why  string // "" when accepted
	}{
		{"display name spoof", []string{"ana@example.com <mallory@evil.test>"}, "does not parse strictly"},
		{"quoted display name spoof", []string{`"ana@example.com" <mallory@evil.test>`}, "not the expected participant"},
		{"two From headers", []string{"ana@example.com", "mallory@evil.test"}, "2 From headers"},
		{"two addresses", []string{"ana@example.com, mallory@evil.test"}, "holds 2 addresses"},
		{"address then junk", []string{"Ana <ana@example.com> mallory@evil.test"}, "does not parse strictly"},
		{"unclosed angle bracket", []string{"Ana <ana@example.com"}, "does not parse strictly"},
		{"the employee, any case and charset", []string{"=?windows-1252?Q?Ana_Jos=E9?= <ANA@Example.com>"}, ""},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := w.a.Receive(ctx, message(addr, fmt.Sprintf("m%d@mail.example.com", i), answer, tt.from...))
			if tt.why == "" {
				if err != nil || out.Result != assistant.ResultApplied {
					t.Fatalf("Receive = %+v, %v; want applied", out, err)
				}
				return
			}
			if conversation.ErrorCode(err) != conversation.EFORBIDDEN || out.Result != assistant.ResultRejected || !strings.Contains(out.Detail, tt.why) {
				t.Errorf("Receive = %+v, %v; want rejected because %s", out, err, tt.why)
			}
		})
	}
}

// A forged message that reuses the Message-ID of a real reply, and arrives first,
// is refused without making the real reply a duplicate.
func TestForgedMessageIDDoesNotShadowTheReply(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	addr := prepAddress(t, w, c.ID)
	ctx := context.Background()
	const id = "CAF=real-reply@mail.gmail.com"
	if _, err := w.a.Receive(ctx, message(addr, id, "1. Nothing.", "mallory@evil.test")); conversation.ErrorCode(err) != conversation.EFORBIDDEN {
		t.Fatalf("forged message: %v, want EFORBIDDEN", err)
	}
	out, err := w.a.Receive(ctx, message(addr, id, "1. I want to lead the platform team.", "Ana <ana@example.com>"))
	if err != nil || out.Result != assistant.ResultApplied {
		t.Fatalf("real reply after the forgery = %+v, %v; want applied", out, err)
	}
	got, err := w.a.Get(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := got.Answer(1); !ok || !strings.Contains(a.Text, "platform team") {
		t.Errorf("answer 1 = %+v, want the real reply's", a)
	}
	again, err := w.a.Receive(ctx, message(addr, id, "1. I want to lead the platform team.", "Ana <ana@example.com>"))
	if err != nil || again.Result != assistant.ResultDuplicate {
		t.Errorf("the real reply again = %+v, %v; want duplicate", again, err)
	}
}

// When SES reports a verified DKIM signature, one that verified (or SES's SPF pass
// for the envelope sender) must belong to the sender's domain: a message signed
// only by another domain under the employee's address is refused.
func TestDKIMAlignment(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	addr := prepAddress(t, w, c.ID)
	ctx := context.Background()
	tests := []struct {
		name, results string
		refused       bool
	}{
		{"aligned signature", "amazonses.com; spf=fail smtp.mailfrom=x@evil.test; dkim=pass header.i=@example.com; dmarc=pass header.from=example.com", false},
		{"subdomain signature", "amazonses.com; dkim=pass header.d=mail.example.com", false},
		{"other signer, aligned SPF", "amazonses.com; spf=pass (spf=pass) smtp.mailfrom=ana@example.com; dkim=pass header.i=@tenant.onmicrosoft.com", false},
		{"signed by someone else only", "amazonses.com; spf=pass smtp.mailfrom=bounce@evil.test; dkim=pass header.i=@evil.test; dmarc=none", true},
		{"no signature verified", "amazonses.com; spf=pass smtp.mailfrom=x@evil.test; dkim=fail header.i=@evil.test", false},
		{"not SES's report", "mx.evil.test; dkim=pass header.d=evil.test", false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := append([]byte("Authentication-Results: "+tt.results+"\r\n"), message(addr, fmt.Sprintf("dkim%d@mail.example.com", i), "1. I want to lead the team.", "Ana <ana@example.com>")...)
			out, err := w.a.Receive(ctx, raw)
			if tt.refused {
				if conversation.ErrorCode(err) != conversation.EFORBIDDEN || !strings.Contains(out.Detail, "DKIM verified only for evil.test") {
					t.Errorf("Receive = %+v, %v; want refused for the foreign signature", out, err)
				}
				return
			}
			if err != nil || out.Result != assistant.ResultApplied {
				t.Errorf("Receive = %+v, %v; want applied", out, err)
			}
		})
	}
}
