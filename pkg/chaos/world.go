package chaos

import (
	"bytes"
	"context"
	"fmt"
	"net/mail"
	"strings"
	"sync"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// provider stands for the mail provider behind the Mailer: it records every
// message the real Mailer accepted, in order, by Message-ID.
type provider struct {
	conversation.Mailer

	mu       sync.Mutex
	accepted []accepted
	count    map[string]int // Message-ID → acceptances
}

type accepted struct {
	conversation, name, messageID, inReplyTo, replyTo string
}

// Send implements conversation.Mailer.
func (p *provider) Send(ctx context.Context, e conversation.Email) (string, error) {
	id, err := p.Mailer.Send(ctx, e)
	if err != nil {
		return "", err
	}
	a := accepted{messageID: e.MessageID}
	if m, err := mail.ReadMessage(bytes.NewReader(e.Raw)); err == nil {
		a.name = m.Header.Get("X-Careerconv-Email")
		a.inReplyTo = strings.Trim(m.Header.Get("In-Reply-To"), "<> ")
		if r, err := mail.ParseAddress(m.Header.Get("Reply-To")); err == nil {
			a.replyTo = r.Address
		}
	}
	// Message-IDs are cc.<conversation>.<email>@domain (mailcompose.MessageID).
	if parts := strings.SplitN(e.MessageID, ".", 3); len(parts) == 3 {
		a.conversation = parts[1]
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.accepted = append(p.accepted, a)
	p.count[e.MessageID]++
	return id, nil
}

// since returns the acceptances after the first n.
func (p *provider) since(n int) []accepted {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]accepted(nil), p.accepted[n:]...)
}

// inbox is the raw-mail store the mail receiver writes (S3 on AWS): in memory here.
type inbox struct {
	mu  sync.Mutex
	raw map[string][]byte
}

func (in *inbox) put(id string, raw []byte) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.raw[id] = raw
}

// Delete implements conversation.RawMail.
func (in *inbox) Delete(_ context.Context, id string) error {
	in.mu.Lock()
	defer in.mu.Unlock()
	delete(in.raw, id)
	return nil
}

// Fetch implements conversation.RawMail.
func (in *inbox) Fetch(_ context.Context, id string) ([]byte, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	raw, ok := in.raw[id]
	if !ok {
		return nil, conversation.Errorf(conversation.ENOTFOUND, "No inbound message %q.", id)
	}
	return raw, nil
}

// replyBody is what the employee writes back to each email that asks for a reply.
func replyBody(name string) (string, bool) {
	switch {
	case name == conversation.EmailPrep:
		return "1. I would like to lead the platform team within a year.\r\n\r\n" +
			"2. Shipping the billing migration without an outage.\r\n\r\n" +
			"3. More say in architecture decisions.\r\n", true
	case name == conversation.EmailWrapUp:
		return "1. Shadow the tech lead in planning by 2027-05-30\r\n" +
			"2. Finish the AWS architecture course\r\n" +
			"3. Mentor the two new graduates\r\n", true
	case strings.HasPrefix(name, conversation.EmailCheckIn):
		return "1 done\r\n2 in progress: halfway through\r\n3 blocked: the graduates start late\r\n", true
	}
	return "", false
}

// reply renders the employee's reply to an accepted email.
func renderReply(from string, a accepted, messageID string) []byte {
	body, _ := replyBody(a.name)
	return fmt.Appendf(nil, "From: %s\r\nTo: %s\r\nSubject: Re: %s\r\nDate: Mon, 01 Mar 2027 10:00:00 +0000\r\n"+
		"Message-ID: <%s>\r\nIn-Reply-To: <%s>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s",
		from, a.replyTo, a.name, messageID, a.messageID, body)
}
