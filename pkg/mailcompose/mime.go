package mailcompose

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"mime"
	"net/mail"
	"slices"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/emersion/go-message"
)

// envelope is everything about one email but its text.
type envelope struct {
	name   string // email name: Message-ID and X-Careerconv-Email
	to, cc []conversation.Participant
	// from is the person the email speaks for, shown in From's display name.
	from    conversation.Participant
	replyTo string
	thread  conversation.Thread
	// root names the email this one is threaded under ("" for a thread root).
	root        string
	now         time.Time
	attachments []attachment
	// alternative is a third part of the multipart/alternative, after the text
	// and HTML: an iMIP text/calendar, where calendars look for it.
	alternative *attachment
}

type attachment struct {
	contentType string
	params      map[string]string
	filename    string
	data        []byte
}

// dateLayout is RFC 5322's date-time.
const dateLayout = "Mon, 02 Jan 2006 15:04:05 -0700"

// render writes email name from v and builds the MIME message.
func (c *Composer) render(name string, v *view, e envelope, conv *conversation.Conversation) (conversation.Email, error) {
	subject, text, html, err := write(name, v)
	if err != nil {
		return conversation.Email{}, fmt.Errorf("render %s email of conversation %s: %w", e.name, conv.ID, err)
	}
	id := c.MessageID(conv, e.name)
	raw, err := c.build(conv, id, subject, text, html, e)
	if err != nil {
		return conversation.Email{}, fmt.Errorf("build %s email of conversation %s: %w", e.name, conv.ID, err)
	}
	from, _ := c.from() // checked by check: the envelope sender is the product
	var rcpt []string
	for _, p := range slices.Concat(e.to, e.cc) {
		rcpt = append(rcpt, p.Email)
	}
	return conversation.Email{From: from.Address, To: rcpt, MessageID: id, Raw: raw, ReplyTo: e.replyTo}, nil
}

// build writes the RFC 5322 message.
func (c *Composer) build(conv *conversation.Conversation, id, subject, text, html string, e envelope) ([]byte, error) {
	from, err := c.sender(e.from)
	if err != nil {
		return nil, err
	}
	to, err := addresses(e.to)
	if err != nil {
		return nil, err
	}
	cc, err := addresses(e.cc)
	if err != nil {
		return nil, err
	}
	if len(to) == 0 {
		return nil, conversation.Errorf(conversation.EINVALID, "The %s email has no recipient.", e.name)
	}

	// Fields in the order they are written.
	var fields [][2]string
	add := func(k, v string) { fields = append(fields, [2]string{k, v}) }
	add("From", from.String())
	add("To", to)
	if cc != "" {
		add("Cc", cc)
	}
	if e.replyTo != "" {
		a, err := mail.ParseAddress(e.replyTo)
		if err != nil || a.Name != "" || strings.ContainsAny(e.replyTo, "\r\n") {
			return nil, conversation.Errorf(conversation.EINVALID, "The reply address %q is not valid.", e.replyTo)
		}
		add("Reply-To", (&mail.Address{Name: c.product(), Address: a.Address}).String())
	}
	add("Subject", mime.QEncoding.Encode("utf-8", oneLine(subject)))
	now := e.now
	if now.IsZero() {
		return nil, conversation.Errorf(conversation.EINVALID, "The %s email needs a date.", e.name)
	}
	add("Date", now.Format(dateLayout))
	add("Message-ID", "<"+id+">")
	if refs := c.references(conv, e); len(refs) > 0 {
		if irt := cleanID(e.thread.MessageID); irt != "" {
			add("In-Reply-To", "<"+irt+">")
		}
		add("References", "<"+strings.Join(refs, "> <")+">")
	}
	// RFC 3834: a machine wrote it, so out-of-office responders stay quiet;
	// replies from people are still welcome.
	add("Auto-Submitted", "auto-generated")
	add("X-Auto-Response-Suppress", "OOF, AutoReply")
	add("X-Careerconv-Email", idPart(e.name))
	add("MIME-Version", "1.0")

	// go-message writes the field added last first: Content-Type goes in first so it
	// comes out last, after MIME-Version.
	var h message.Header
	if len(e.attachments) == 0 {
		h.SetContentType("multipart/alternative", map[string]string{"boundary": boundary(id, "alt")})
	} else {
		h.SetContentType("multipart/mixed", map[string]string{"boundary": boundary(id, "mixed")})
	}
	for _, f := range slices.Backward(fields) {
		h.Add(f[0], f[1])
	}
	var buf bytes.Buffer
	if len(e.attachments) == 0 {
		w, err := message.CreateWriter(&buf, h)
		if err != nil {
			return nil, fmt.Errorf("write header: %w", err)
		}
		if err := writeAlternatives(w, text, html); err != nil {
			return nil, err
		}
		if err := writeInlinePart(w, e.alternative); err != nil {
			return nil, err
		}
		if err := w.Close(); err != nil {
			return nil, fmt.Errorf("close message: %w", err)
		}
		return buf.Bytes(), nil
	}

	w, err := message.CreateWriter(&buf, h)
	if err != nil {
		return nil, fmt.Errorf("write header: %w", err)
	}
	var ah message.Header
	ah.SetContentType("multipart/alternative", map[string]string{"boundary": boundary(id, "alt")})
	aw, err := w.CreatePart(ah)
	if err != nil {
		return nil, fmt.Errorf("create alternative part: %w", err)
	}
	if err := writeAlternatives(aw, text, html); err != nil {
		return nil, err
	}
	if err := aw.Close(); err != nil {
		return nil, fmt.Errorf("close alternative part: %w", err)
	}
	for _, a := range e.attachments {
		var ph message.Header
		params := map[string]string{"name": a.filename}
		for k, v := range a.params {
			params[k] = v
		}
		ph.SetContentType(a.contentType, params)
		ph.SetContentDisposition("attachment", map[string]string{"filename": a.filename})
		ph.Set("Content-Transfer-Encoding", "base64")
		pw, err := w.CreatePart(ph)
		if err != nil {
			return nil, fmt.Errorf("create attachment: %w", err)
		}
		if _, err := pw.Write(a.data); err != nil {
			return nil, fmt.Errorf("write attachment: %w", err)
		}
		if err := pw.Close(); err != nil {
			return nil, fmt.Errorf("close attachment: %w", err)
		}
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("close message: %w", err)
	}
	return buf.Bytes(), nil
}

func writeAlternatives(w *message.Writer, text, html string) error {
	for _, p := range []struct{ typ, body string }{{"text/plain", text}, {"text/html", html}} {
		var h message.Header
		h.SetContentType(p.typ, map[string]string{"charset": "utf-8"})
		h.Set("Content-Transfer-Encoding", "quoted-printable")
		pw, err := w.CreatePart(h)
		if err != nil {
			return fmt.Errorf("create %s part: %w", p.typ, err)
		}
		if _, err := io.WriteString(pw, p.body); err != nil {
			return fmt.Errorf("write %s part: %w", p.typ, err)
		}
		if err := pw.Close(); err != nil {
			return fmt.Errorf("close %s part: %w", p.typ, err)
		}
	}
	return nil
}

// references returns the References of e: its thread root, then the answered
// message's references and the answered message itself, without duplicates and
// bounded to maxReferences (the root and the latest kept).
func (c *Composer) references(conv *conversation.Conversation, e envelope) []string {
	var refs []string
	if e.root != "" {
		refs = append(refs, c.deliveredID(conv, e.root))
	}
	for _, r := range append(slices.Clone(e.thread.References), e.thread.MessageID) {
		if r = cleanID(r); r != "" && !slices.Contains(refs, r) {
			refs = append(refs, r)
		}
	}
	if len(refs) > maxReferences {
		refs = append(refs[:1], refs[len(refs)-maxReferences+1:]...)
	}
	return refs
}

// deliveredID is the Message-ID the mailboxes have for the sent email named
// email: the provider's ID from the send ledger when the provider replaces ours
// (see Composer.ProviderDomain), else ours.
func (c *Composer) deliveredID(conv *conversation.Conversation, email string) string {
	s, ok := conv.SendOf(email)
	if !ok || s.State != conversation.SendSent {
		return c.MessageID(conv, email)
	}
	switch id := cleanID(s.ProviderID); {
	case id == "":
	case strings.Contains(id, "@"): // a full Message-ID (the outbox returns ours)
		return id
	case strings.TrimSpace(c.ProviderDomain) != "":
		if full := cleanID(id + "@" + strings.TrimSpace(c.ProviderDomain)); full != "" {
			return full
		}
	}
	return c.MessageID(conv, email)
}

// cleanID strips angle brackets and anything that could break a header from a
// Message-ID taken from an inbound message.
func cleanID(id string) string {
	id = strings.TrimSpace(id)
	id = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
	if strings.ContainsAny(id, "<> \t\r\n\"") || len(id) > 500 {
		return ""
	}
	return id
}

// boundary is a MIME boundary derived from the Message-ID, so a re-render is
// byte-identical.
func boundary(id, part string) string {
	sum := sha256.Sum256([]byte(id + "\x00" + part))
	return "cc-" + part + "-" + hex.EncodeToString(sum[:12])
}

// addresses formats participants as an address list; net/mail encodes names
// (RFC 2047 or quoting), so a name cannot inject a header.
func addresses(ps []conversation.Participant) (string, error) {
	var out []string
	for _, p := range ps {
		a, err := mail.ParseAddress(p.Email)
		if err != nil || a.Name != "" || strings.ContainsAny(p.Email, "\r\n") {
			return "", conversation.Errorf(conversation.EINVALID, "The address %q is not valid.", p.Email)
		}
		out = append(out, (&mail.Address{Name: oneLine(p.Name), Address: a.Address}).String())
	}
	return strings.Join(out, ", "), nil
}
