package assistant

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	stdmime "mime"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/mime"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mailparse"
	"github.com/careerconv/careerconv/pkg/token"
)

// Outcome says what became of one inbound message.
type Outcome struct {
	Conversation string `json:"conversation,omitempty"`
	// Purpose is what the reply was for: prep, steps, checkin<N>.
	Purpose string `json:"purpose,omitempty"`
	// Result is applied, duplicate, unreadable or rejected.
	Result string `json:"result"`
	// Detail is a one-line summary: what was stored, or why nothing was.
	Detail string `json:"detail,omitempty"`
}

// The results of Receive.
const (
	ResultApplied    = "applied"
	ResultDuplicate  = "duplicate"
	ResultUnreadable = "unreadable"
	ResultRejected   = "rejected"
)

// maxRejectedEvents bounds how many rejected messages one conversation records,
// so forged mail cannot push the real history out.
const maxRejectedEvents = 20

// Receive handles one raw inbound message, as delivered by SES or the local SMTP
// listener: it finds the signed reply address, checks the sender, reads the reply
// for its purpose (answers, steps or progress), stores what it understood and
// answers with a receipt (or a polite note when nothing could be read).
//
// Bad input returns an EINVALID or EFORBIDDEN error (and a rejected Outcome):
// the message is dropped with that reason and must not be retried. Transient
// failures return other errors, so the caller retries; a retried or duplicated
// message changes nothing twice and sends nothing twice.
//
// recipients are the envelope recipients the mail receiver saw (SES's
// receipt.recipients); the reply address is looked for there first, then in the
// To, Cc and Delivered-To headers, so a reply whose address was Bcc'd still counts.
// A reply without one (sent to the From address, or by a client that dropped
// Reply-To) is found by the email it answers: In-Reply-To, then References,
// name careerconv's or the provider's Message-ID of a sent email (Store.FindMessage),
// whose reply address then counts as the reply's; the sender is checked the same.
// Mail for the invite address (envelope recipients first, the headers without
// them) is a calendar invite instead: see InviteConfig.
func (a *Assistant) Receive(ctx context.Context, raw []byte, recipients ...string) (Outcome, error) {
	if a.mailer == nil {
		return Outcome{}, errNoMail
	}
	msg, err := mime.Parse(raw)
	if err != nil {
		return rejected("", "", err.Error()), &conversation.Error{Code: conversation.EINVALID, Message: "The message could not be read.", Err: err}
	}
	if a.InviteAddressed(recipients) || len(recipients) == 0 && a.InviteAddressed(msg.To) {
		return a.receiveInvite(ctx, msg, raw)
	}
	if why := msg.Automatic; why != "" {
		return rejected("", "", why), conversation.Errorf(conversation.EINVALID, "Automatic replies are ignored (%s).", why)
	}
	tok := ""
	for _, addr := range append(slices.Clone(recipients), msg.To...) {
		if t, ok := token.FromAddress(addr, a.domain); ok {
			tok = t
			break
		}
	}
	if a.tokens == nil {
		return Outcome{}, errNoTokens
	}
	// signed: the sender wrote to the signed reply address, so holds an email
	// careerconv sent (or its forward), not only a Message-ID.
	signed := tok != ""
	if tok == "" {
		// The reply address was lost (a reply to From, a client that dropped
		// Reply-To): the email it answers still names its reply address.
		if tok, err = a.threadToken(ctx, msg); err != nil {
			return Outcome{}, err
		}
	}
	if tok == "" {
		return rejected("", "", "not addressed to a reply address"), conversation.Errorf(conversation.EINVALID, "The message is not addressed to a reply address of %s.", a.domain)
	}
	hash := messageHash(msg.MessageID, raw)
	id, purpose, err := a.tokens.Verify(tok)
	if err != nil {
		named, _, _ := strings.Cut(tok, "-")
		a.recordRejected(ctx, named, hash, msg.From, "reply address does not verify")
		return rejected(named, "", "reply address does not verify"), &conversation.Error{Code: conversation.EFORBIDDEN, Message: "The reply address does not verify.", Err: err}
	}
	c, err := a.store.Get(ctx, id)
	if conversation.ErrorCode(err) == conversation.ENOTFOUND {
		return rejected(id, purpose.String(), "conversation not found"), conversation.Errorf(conversation.EINVALID, "The conversation no longer exists.")
	}
	if err != nil {
		return Outcome{}, fmt.Errorf("load conversation %s: %w", id, err)
	}
	if c.Status == conversation.StatusCancelled {
		// Nothing more is stored; the reply still gets an answer saying so.
		purpose = conversation.Purpose{Kind: conversation.ReplyInfo}
	}
	from, why := strictSender(raw)
	if why != "" {
		a.recordRejected(ctx, id, hash, msg.From, why)
		return rejected(id, purpose.String(), why), conversation.Errorf(conversation.EFORBIDDEN, "The sender cannot be told for sure: %s.", why)
	}
	sender := from
	if _, p, ok := c.RoleOf(from); ok {
		from = p.Email // a confirmed alias counts as its participant's known address
	}
	if !allowedSender(c, purpose, from) {
		if _, _, known := c.RoleOf(sender); !known && signed {
			if err := a.answerStranger(ctx, c, msg, raw, purpose, hash, sender); err != nil {
				return Outcome{}, err
			}
		}
		a.recordRejected(ctx, id, hash, from, "sender is not a participant")
		return rejected(id, purpose.String(), "sender "+from+" is not the expected participant"),
			conversation.Errorf(conversation.EFORBIDDEN, "The sender is not the expected participant.")
	}
	if cmds, ok := a.commandsOf(msg); ok && (!c.Seen(hash) || len(c.Choices.MadeBy(hash)) > 0) {
		return a.receiveCommands(ctx, c, msg, purpose, hash, from, sender, cmds)
	}
	if purpose.Kind == conversation.ReplyReview {
		if out, handled, err := a.receiveReview(ctx, c, msg, purpose, hash, from); handled {
			return out, err
		}
		// Not about the next conversation (a win, a thank-you): a reply to an
		// email that asks nothing.
		purpose = conversation.Purpose{Kind: conversation.ReplyInfo}
	}
	if j, ok, err := a.readJourney(c, msg, purpose, hash, from); err != nil {
		return rejected(id, purpose.String(), err.Error()), &conversation.Error{Code: conversation.EINVALID, Message: "The reply could not be read.", Err: err}
	} else if ok {
		return a.receiveJourney(ctx, c, msg, purpose, hash, from, j)
	}
	stepTexts := make([]string, len(c.Steps))
	for i, s := range c.Steps {
		stepTexts[i] = s.Text
	}
	reply, err := mailparse.ReadMessage(msg, purpose.Kind, mailparse.ReadOptions{Questions: a.bank.Questions(), Now: a.Now(), Steps: len(c.Steps), StepTexts: stepTexts})
	if err != nil {
		return rejected(id, purpose.String(), err.Error()), &conversation.Error{Code: conversation.EINVALID, Message: "The reply could not be read.", Err: err}
	}
	r := inbound{a: a, msg: msg, reply: reply, purpose: purpose, hash: hash, from: from}
	return r.apply(ctx, c)
}

// maxThreadLookups bounds the Message-IDs of In-Reply-To and References looked up.
const maxThreadLookups = 10

// threadToken returns the reply token of the email msg answers, found by its
// In-Reply-To, then its References from the newest, or "" when none is an
// email careerconv sent. The token is verified, and the sender checked, as
// if the reply had been sent to its address.
func (a *Assistant) threadToken(ctx context.Context, msg *mime.Message) (string, error) {
	ids := []string{msg.InReplyTo}
	for _, r := range slices.Backward(msg.References) {
		ids = append(ids, r)
	}
	var tried []string
	for _, id := range ids {
		k := conversation.MessageKey(id)
		if k == "" || slices.Contains(tried, k) {
			continue
		}
		if tried = append(tried, k); len(tried) > maxThreadLookups {
			break
		}
		l, err := a.store.FindMessage(ctx, k)
		switch {
		case conversation.ErrorCode(err) == conversation.ENOTFOUND:
			continue
		case err != nil:
			return "", fmt.Errorf("look up the email %s answers: %w", k, err)
		}
		a.log.Info("reply found by its thread", "conversation", l.Conversation, "email", l.Email)
		return l.Token, nil
	}
	return "", nil
}

// inbound is one verified reply on its way into a conversation.
type inbound struct {
	a       *Assistant
	msg     *mime.Message
	reply   *mailparse.Reply
	purpose conversation.Purpose
	hash    string
	from    string
}

// apply stores what the reply says (the message hash goes into the history in
// the same write, so it is applied once), then sends the answer to it (once: the
// send ledger). A retry, or a second delivery of the message, finds it applied
// and sends the answer if that is still missing.
func (r inbound) apply(ctx context.Context, c *conversation.Conversation) (Outcome, error) {
	a, now := r.a, r.a.Now()
	out := Outcome{Conversation: c.ID, Purpose: r.purpose.String(), Result: ResultApplied}
	if c.Seen(r.hash) {
		out.Result = ResultDuplicate
	}
	updates := r.reply.Progress
	var applied, refused []conversation.ProgressUpdate
	unreadable := false
	var cv *conversation.CV
	var cvNote CVNote
	if r.purpose.Kind == conversation.ReplyPrep && !c.Seen(r.hash) {
		var err error
		if cv, cvNote, err = a.takeCV(ctx, c, r.msg, r.reply.Text, r.hash, now); err != nil {
			return Outcome{}, err
		}
	}
	replaced := ""
	store := func(c *conversation.Conversation) error {
		switch r.purpose.Kind {
		case conversation.ReplyPrep:
			changed := c.SetAnswers(r.reply.Answers, now)
			// Notes of several replies add up, newest last.
			c.Notes = conversation.AddNotes(c.Notes, r.reply.Notes)
			replaced = keepCV(c, cv)
			unreadable = len(r.reply.Answers) == 0 && strings.TrimSpace(r.reply.Notes) == "" && cv == nil
			out.Detail = "answers " + joinInts(changed)
			switch {
			case cv != nil && cv.Key != "":
				out.Detail += "; a CV file"
			case cv != nil:
				out.Detail += "; a profile link"
			case cvNote.Refused != "" || cvNote.Why != "":
				out.Detail += "; an attachment not kept"
			}
		case conversation.ReplyNotes:
			// The manager's notes for the meeting: kept for him, never in the record.
			c.ManagerNotes = conversation.AddNotes(c.ManagerNotes, r.reply.Text)
			out.Detail = "notes for the meeting"
			if strings.TrimSpace(r.reply.Text) == "" {
				out.Detail = "an empty reply"
			}
		case conversation.ReplyInfo:
			out.Detail = "a reply to an email that asks nothing"
		case conversation.ReplySteps:
			steps := make([]conversation.Step, 0, len(r.reply.Steps))
			for _, s := range r.reply.Steps {
				st := conversation.Step{Text: s.Text}
				if s.Due != nil {
					st.Due = *s.Due
				}
				steps = append(steps, st)
			}
			if unreadable = c.SetSteps(steps) != nil; unreadable {
				break
			}
			// Steps agreed after the meeting move the conversation on, whatever
			// transition an earlier failure kept from being stored.
			if c.Status == conversation.StatusScheduled && !now.Before(c.MeetingEnd()) {
				if err := c.Transition(conversation.StatusAwaitingSteps); err != nil {
					return err
				}
			}
			if c.Status == conversation.StatusAwaitingSteps {
				if err := c.Transition(conversation.StatusFollowingUp); err != nil {
					return err
				}
			}
			out.Detail = fmt.Sprintf("%d steps", len(c.Steps))
		case conversation.ReplyCheckIn:
			applied, refused = r.applyProgress(c, updates, now)
			unreadable = len(applied) == 0
			out.Detail = fmt.Sprintf("progress on %d steps", len(applied))
		}
		kind := conversation.EventReceived
		if unreadable {
			out.Result, out.Detail, kind = ResultUnreadable, "nothing understood", conversation.EventUnreadable
		}
		c.Record(conversation.Event{At: now, Kind: kind, Email: r.purpose.String(), To: r.from, Detail: out.Detail, Message: r.hash, Raw: rawOf(ctx)})
		return nil
	}
	// One owner for the claims stored with the reply and the sends that use them.
	ctx = WithOwner(ctx, ownerOf(ctx))
	var answers []outgoing
	stored := false
	var err error
	c, err = a.update(ctx, c.ID, c, func(c *conversation.Conversation) error {
		stored, answers = false, nil
		if c.Seen(r.hash) {
			// The first delivery stored it; answer it from the record in case that
			// delivery failed before answering (the send ledger stops a second answer).
			for _, e := range c.History {
				if e.Message == r.hash && (e.Kind == conversation.EventReceived || e.Kind == conversation.EventUnreadable) {
					out.Detail, unreadable = e.Detail, e.Kind == conversation.EventUnreadable
				}
			}
			applied, refused = c.CheckProgress(updates)
			return errNoChange
		}
		if err := store(c); err != nil {
			return err
		}
		// The answers are claimed in this write: one write for the reply and
		// the emails it calls for.
		var err error
		if answers, err = r.answers(c, unreadable, applied, refused, cvNote); err != nil {
			return err
		}
		stored = true
		return a.claimAll(ctx, c, answers)
	})
	if err != nil {
		return Outcome{}, err
	}
	if replaced != "" && a.files != nil {
		if err := a.files.Delete(ctx, replaced); err != nil {
			a.log.Warn("delete a replaced CV", "conversation", c.ID, "err", err)
		}
	}
	if !stored {
		if cv == nil && c.CV != nil && c.CV.Message == r.hash { // a retry: the first delivery kept it
			cvNote = CVNote{Kept: c.CV.Name, Link: c.CV.Key == ""}
			if cvNote.Link {
				cvNote.Kept = c.CV.Link
			}
		}
		if answers, err = r.answers(c, unreadable, applied, refused, cvNote); err != nil {
			return out, err
		}
	}
	if err := a.sendAll(ctx, c, answers); err != nil {
		return out, err
	}
	a.log.Info("reply", "conversation", c.ID, "purpose", out.Purpose, "result", out.Result, "detail", out.Detail)
	return out, nil
}

// answers are the emails the reply calls for, as c stands once it is stored:
// its receipt, plan, progress receipt or unreadable note; the manager's update
// on answers after his pre-read; his note on the steps a check-in moved.
func (r inbound) answers(c *conversation.Conversation, unreadable bool, applied, refused []conversation.ProgressUpdate, cv CVNote) ([]outgoing, error) {
	a, now := r.a, r.a.Now()
	addr, err := a.replyAddress(c.ID, r.purpose)
	if err != nil {
		return nil, err
	}
	thread := conversation.Thread{MessageID: r.msg.MessageID, References: r.msg.References}
	name := conversation.EmailReceipt
	var build func(c *conversation.Conversation) (conversation.Email, error)
	to := c.Employee
	if r.from == c.Manager.Email {
		to = c.Manager
	}
	switch {
	case r.purpose.Kind == conversation.ReplyNotes || r.purpose.Kind == conversation.ReplyInfo:
		// A reply to an email that asks nothing gets a short answer, never a bounce;
		// the manager's notes are shown back to him.
		name = conversation.EmailNoted
		notes, p := "", conversation.Purpose{Kind: conversation.ReplyInfo}
		if r.purpose.Kind == conversation.ReplyNotes && to.Email == c.Manager.Email {
			p = r.purpose
		}
		if addr, err = a.replyAddress(c.ID, p); err != nil {
			return nil, err
		}
		build = func(c *conversation.Conversation) (conversation.Email, error) {
			if p.Kind == conversation.ReplyNotes {
				notes = c.ManagerNotes
			}
			return a.compose.Noted(c, to, notes, addr, thread, now)
		}
	case unreadable:
		name = conversation.EmailUnreadable
		build = func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.Unreadable(c, to, conversation.Purpose{Kind: r.purpose.Kind}, addr, thread, now)
		}
	case r.purpose.Kind == conversation.ReplyPrep:
		changed := slices.Sorted(maps.Keys(r.reply.Answers))
		build = func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.Receipt(c, changed, r.reply.Unplaced, cv, addr, thread, now)
		}
	case r.purpose.Kind == conversation.ReplySteps:
		name = conversation.EmailPlan
		build = func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.Plan(c, a.checkIns(c, now), r.reply.Unplaced, addr, thread, now)
		}
	case r.purpose.Kind == conversation.ReplyCheckIn:
		name = conversation.EmailProgress
		build = func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.ProgressReceipt(c, r.purpose.CheckIn, applied, refused, r.reply.Unplaced, addr, thread, now)
		}
	}
	name += "-" + r.hash[:12]
	out := []outgoing{{name: name, to: []string{r.from}, build: build,
		check: func(c *conversation.Conversation) error {
			if c.Status == conversation.StatusCancelled && !strings.HasPrefix(name, conversation.EmailNoted) {
				return skipError{"cancelled"}
			}
			return nil
		}}}
	if r.purpose.Kind == conversation.ReplyPrep && !unreadable {
		o, ok, err := r.lateUpdate(c, now)
		if err != nil || !ok {
			return out, err
		}
		out = append(out, o)
	}
	o, ok, err := a.movedNote(c, r.hash)
	if err != nil || !ok {
		return out, err
	}
	return append(out, o), nil
}

// lateUpdate passes answers that arrive after the pre-read and before the meeting
// on to the manager: only what this reply changed, once per reply. ok is false
// when there is nothing to pass on.
func (r inbound) lateUpdate(c *conversation.Conversation, now time.Time) (o outgoing, ok bool, err error) {
	a := r.a
	changed := slices.DeleteFunc(slices.Sorted(maps.Keys(r.reply.Answers)), c.Choices.IsPrivate)
	notes := strings.TrimSpace(r.reply.Notes)
	if !c.Sent(conversation.EmailPreread) || c.Status != conversation.StatusScheduled || !now.Before(c.MeetingStart) || len(changed) == 0 && notes == "" {
		return o, false, nil
	}
	name := conversation.EmailUpdate + "-" + r.hash[:12]
	if c.Sent(name) || undeliverable(c, []string{c.Manager.Email}) {
		return o, false, nil
	}
	addr, err := a.replyAddress(c.ID, conversation.Purpose{Kind: conversation.ReplyNotes})
	if err != nil {
		return o, false, err
	}
	return outgoing{name: name, to: []string{c.Manager.Email},
		build: func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.PrereadUpdate(c, changed, notes, addr, now)
		},
		check: func(c *conversation.Conversation) error {
			if c.Status != conversation.StatusScheduled {
				return skipError{"the meeting happened or was cancelled"}
			}
			return nil
		}}, true, nil
}

// recordRejected notes a refused message on the conversation it names, if that
// exists, at most maxRejectedEvents times. Failures are only logged: the message
// is refused either way.
func (a *Assistant) recordRejected(ctx context.Context, id, hash, from, why string) {
	if !conversation.ValidID(id) {
		return
	}
	_, err := a.update(ctx, id, nil, func(c *conversation.Conversation) error {
		n := 0
		for _, e := range c.History {
			if e.Kind == conversation.EventRejected {
				n++
			}
		}
		refusedBefore := slices.ContainsFunc(c.History, func(e conversation.Event) bool {
			return e.Kind == conversation.EventRejected && e.Message == hash
		})
		if refusedBefore || n >= maxRejectedEvents {
			return errNoChange
		}
		c.Record(conversation.Event{At: a.Now(), Kind: conversation.EventRejected, To: conversation.ClipText(from, 254), Detail: why, Message: hash, Raw: rawOf(ctx)})
		return nil
	})
	if err != nil && conversation.ErrorCode(err) != conversation.ENOTFOUND {
		a.log.Warn("record rejected reply", "conversation", id, "err", err)
	}
	a.log.Warn("reply rejected", "conversation", id, "from", from, "why", why)
}

// strictSender returns the one address of the message's one From header, lower-
// cased, or why the sender cannot be told for sure: no or several From headers,
// several addresses, or a From that does not parse strictly. Only the address
// counts; a display name (even one shaped like an address) is never compared.
func strictSender(raw []byte) (from, why string) {
	if bytes.HasPrefix(raw, []byte("From ")) { // an mbox separator line
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			raw = raw[i+1:]
		}
	}
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return "", "the headers do not parse"
	}
	froms := m.Header["From"]
	switch {
	case len(froms) == 0:
		return "", "no From header"
	case len(froms) > 1:
		return "", fmt.Sprintf("%d From headers", len(froms))
	}
	parser := mail.AddressParser{WordDecoder: &stdmime.WordDecoder{
		// Display names are never compared: any charset will do.
		CharsetReader: func(_ string, in io.Reader) (io.Reader, error) { return in, nil },
	}}
	list, err := parser.ParseList(froms[0])
	switch {
	case err != nil:
		return "", "the From header does not parse strictly"
	case len(list) != 1:
		return "", fmt.Sprintf("the From header holds %d addresses", len(list))
	}
	from = strings.ToLower(list[0].Address)
	if why := unaligned(m.Header, from); why != "" {
		return "", why
	}
	return from, ""
}

// receiverID is the authserv-id of the Authentication-Results header SES puts on
// top of every message it receives.
const receiverID = "amazonses.com"

// unaligned returns why the message's authentication does not vouch for from, or
// "": when SES reports a DKIM signature that verified, some verified signature
// (or SES's SPF pass for the envelope sender) must belong to from's domain (or
// share it as a parent or subdomain). A message signed only by other domains
// is someone else's mail under the participant's name. Without SES's report
// (local delivery) or without a verified signature it has no opinion: SES's
// verdicts are checked before.
func unaligned(h mail.Header, from string) string {
	results := h["Authentication-Results"]
	if len(results) == 0 {
		return ""
	}
	parts := strings.Split(results[0], ";") // the topmost: the one SES added
	if strings.ToLower(strings.TrimSpace(parts[0])) != receiverID {
		return ""
	}
	_, fromDomain, _ := strings.Cut(from, "@")
	aligned := func(d string) bool {
		d = strings.ToLower(strings.Trim(d, ". "))
		return d != "" && (d == fromDomain || strings.HasSuffix(d, "."+fromDomain) || strings.HasSuffix(fromDomain, "."+d))
	}
	var signers []string
	ok := false
	for _, p := range parts[1:] {
		fields := strings.Fields(p)
		if len(fields) == 0 {
			continue
		}
		method, result, _ := strings.Cut(strings.ToLower(fields[0]), "=")
		if result != "pass" {
			continue
		}
		for _, f := range fields[1:] {
			k, v, _ := strings.Cut(f, "=")
			v = strings.TrimSuffix(v, ";")
			if i := strings.LastIndexByte(v, '@'); i >= 0 {
				v = v[i+1:]
			}
			switch {
			case method == "dkim" && (strings.EqualFold(k, "header.d") || strings.EqualFold(k, "header.i")):
				signers = append(signers, strings.ToLower(v))
				ok = ok || aligned(v)
			case method == "spf" && strings.EqualFold(k, "smtp.mailfrom"):
				ok = ok || aligned(v)
			}
		}
	}
	if len(signers) == 0 || ok {
		return ""
	}
	return "DKIM verified only for " + strings.Join(slices.Compact(slices.Sorted(slices.Values(signers))), ", ") + ", not the sender's domain"
}

func allowedSender(c *conversation.Conversation, p conversation.Purpose, from string) bool {
	from = strings.ToLower(from)
	switch p.Kind {
	case conversation.ReplyNotes, conversation.ReplyMoved: // the pre-read and the note on moved steps go to the manager only
		return from == c.Manager.Email
	case conversation.ReplySteps, conversation.ReplyInfo, conversation.ReplyReview: // the wrap-up, the review and notices go to both
		return from == c.Employee.Email || from == c.Manager.Email
	}
	return from == c.Employee.Email
}

// messageHash identifies an inbound message: its Message-ID, or its bytes when it has none.
func messageHash(messageID string, raw []byte) string {
	var sum [32]byte
	if messageID != "" {
		sum = sha256.Sum256([]byte(strings.ToLower(messageID)))
	} else {
		sum = sha256.Sum256(raw)
	}
	return hex.EncodeToString(sum[:16])
}

func joinInts(ns []int) string {
	if len(ns) == 0 {
		return "none changed"
	}
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ", ")
}

func rejected(id, purpose, why string) Outcome {
	return Outcome{Conversation: id, Purpose: purpose, Result: ResultRejected, Detail: why}
}

// IsDropped reports whether err from Receive means the message is refused for good
// (bad input, forged) rather than failed transiently.
func IsDropped(err error) bool {
	return err != nil && !conversation.Retryable(err)
}
