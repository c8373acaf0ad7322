package assistant

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/invite"
	"github.com/careerconv/careerconv/pkg/mime"
)

// InviteConfig turns on starting conversations from calendar invites (iMIP,
// RFC 6047): a manager adds the invite address as a guest of the meeting.
type InviteConfig struct {
	// Address receives invites; "" means careers@<InboundDomain>.
	Address string
	// Domains are the organisation's email domains (a subdomain counts too):
	// only organizers in them may start a conversation, and only for an
	// employee in them. Empty allows every domain.
	Domains []string
}

func (c InviteConfig) withDefaults(inboundDomain string) *InviteConfig {
	c.Address = strings.ToLower(strings.TrimSpace(c.Address))
	if c.Address == "" {
		c.Address = "careers@" + strings.ToLower(inboundDomain)
	}
	var domains []string
	for _, d := range c.Domains {
		if d = strings.Trim(strings.ToLower(strings.TrimSpace(d)), "@."); d != "" {
			domains = append(domains, d)
		}
	}
	c.Domains = domains
	return &c
}

// The results of Receive for invites, besides applied and duplicate.
const (
	// ResultRefused: the invite was answered with the reason nothing was done.
	ResultRefused = "refused"
	// ResultIgnored: nothing to do and nothing to answer (a calendar reply, a
	// cancellation of something careerconv does not hold).
	ResultIgnored = "ignored"
)

// What an invite did, for InviteAnswer.Result.
const (
	InviteCreated     = "created"
	InviteRescheduled = "rescheduled"
	InviteCancelled   = "cancelled"
	InviteRefused     = "refused"
)

// maxGuestsNamed bounds the guests a refusal names.
const maxGuestsNamed = 5

// purposeInvite is the Outcome.Purpose of mail to the invite address.
const purposeInvite = "invite"

// InviteAnswer is careerconv's answer to a calendar invite: the confirmation
// to its organizer (with an iMIP REPLY accepting it) or the reason nothing was done.
type InviteAnswer struct {
	// Result is InviteCreated, InviteRescheduled, InviteCancelled or InviteRefused.
	Result string
	// To receives the answer: the organizer, or the sender of a refused invite.
	To conversation.Participant
	// Address is careerconv's invite address, the guest that accepts.
	Address string
	// Invite is the invite answered; nil when the message held none.
	Invite *invite.Invite
	// Conversation is the conversation started, moved or cancelled; nil when refused.
	Conversation *conversation.Conversation
	// Jobs are the conversation's timed emails from now on (created, rescheduled).
	Jobs []conversation.Job
	// Reason says what was wrong, for the organizer (refused).
	Reason string
	// Thread is the invite message, so the answer threads under it.
	Thread conversation.Thread
}

// InviteAddress returns the address invites are sent to, or "" when invites are off.
func (a *Assistant) InviteAddress() string {
	if a.invites == nil {
		return ""
	}
	return a.invites.Address
}

// InviteAddressed reports whether any of the addresses is the invite address.
func (a *Assistant) InviteAddressed(addrs []string) bool {
	return a != nil && a.invites != nil && slices.ContainsFunc(addrs, func(s string) bool { return strings.EqualFold(strings.TrimSpace(s), a.invites.Address) })
}

// allowedDomain reports whether addr is in one of the configured domains.
func (a *Assistant) allowedDomain(addr string) bool {
	if len(a.invites.Domains) == 0 {
		return true
	}
	_, dom, ok := strings.Cut(strings.ToLower(addr), "@")
	return ok && slices.ContainsFunc(a.invites.Domains, func(d string) bool { return dom == d || strings.HasSuffix(dom, "."+d) })
}

// ours reports whether addr is careerconv's own (the invite address or any
// address of the inbound domain), which is never the employee.
func (a *Assistant) ours(addr string) bool {
	return strings.EqualFold(addr, a.invites.Address) || strings.HasSuffix(strings.ToLower(addr), "@"+strings.ToLower(a.domain))
}

// invitation is one message to the invite address on its way through.
type invitation struct {
	a      *Assistant
	msg    *mime.Message
	from   string // the sender, strictly parsed
	hash   string
	inv    *invite.Invite
	thread conversation.Thread
}

// receiveInvite handles a message sent to the invite address: a REQUEST
// creates the conversation (or, with a higher SEQUENCE, reschedules it), a
// CANCEL cancels it, a REPLY is ignored. The conversation's ID derives from
// the event's UID, so a redelivered or repeated invite finds what the first
// one did. Whatever is refused is answered with the reason; nothing is created.
func (a *Assistant) receiveInvite(ctx context.Context, msg *mime.Message, raw []byte) (Outcome, error) {
	from, why := strictSender(raw)
	if why != "" {
		// Answering a sender who cannot be told for sure could mail anyone.
		return rejected("", purposeInvite, why), conversation.Errorf(conversation.EFORBIDDEN, "The sender cannot be told for sure: %s.", why)
	}
	r := invitation{a: a, msg: msg, from: from, hash: messageHash(msg.MessageID, raw), thread: conversation.Thread{MessageID: msg.MessageID, References: msg.References}}
	inv, err := invite.Read(raw, a.Now())
	if err != nil {
		if msg.Automatic != "" {
			return rejected("", purposeInvite, msg.Automatic), conversation.Errorf(conversation.EINVALID, "Automatic mail to the invite address is ignored.")
		}
		if conversation.ErrorCode(err) != conversation.EINVALID {
			return Outcome{}, err
		}
		return r.refuse(ctx, conversation.ErrorMessage(err))
	}
	r.inv = inv
	switch inv.Method {
	case invite.MethodReply:
		a.log.Info("invite reply ignored", "uid", inv.UID, "from", from)
		return Outcome{Purpose: purposeInvite, Result: ResultIgnored, Detail: "a calendar reply needs no answer"}, nil
	case invite.MethodRequest, invite.MethodCancel:
	default:
		return r.refuse(ctx, fmt.Sprintf("careerconv reads meeting invitations and their cancellations; this calendar is a %s.", inv.Method))
	}
	switch {
	case from != inv.Organizer.Email:
		return r.refuse(ctx, fmt.Sprintf("careerconv takes an invite only from its organizer: this one is organized by %s and was sent by %s.", inv.Organizer.Email, from))
	case !a.allowedDomain(inv.Organizer.Email):
		return r.refuse(ctx, fmt.Sprintf("Only organizers with an address in %s can start a career conversation with careerconv.", strings.Join(a.invites.Domains, ", ")))
	}
	c, err := a.store.Get(ctx, keyedID(calendarKey(inv.UID)))
	switch code := conversation.ErrorCode(err); {
	case code == conversation.ENOTFOUND:
		c = nil
	case err != nil:
		return Outcome{}, fmt.Errorf("load conversation of invite %s: %w", inv.UID, err)
	case c.Manager.Email != inv.Organizer.Email:
		return r.refuse(ctx, "This meeting's career conversation was started by its earlier organizer; careerconv takes its changes only from them.")
	}
	if inv.Method == invite.MethodCancel {
		return r.cancel(ctx, c)
	}
	return r.request(ctx, c)
}

// employee returns the one guest who is not the organizer nor careerconv, or
// the reason there is not exactly one.
func (r invitation) employee() (invite.Person, string) {
	var guests []invite.Person
	for _, p := range r.inv.Attendees {
		if !r.a.ours(p.Email) {
			guests = append(guests, p)
		}
	}
	switch {
	case len(guests) == 0:
		return invite.Person{}, "careerconv prepares a career conversation between the organizer and one employee, and this invite has no other guest. Add the employee as a guest, keep careerconv's address, and send the invite again."
	case len(guests) > 1:
		var names []string
		for _, g := range guests[:min(len(guests), maxGuestsNamed)] {
			names = append(names, g.Email)
		}
		if len(guests) > maxGuestsNamed {
			names = append(names, fmt.Sprintf("and %d more", len(guests)-maxGuestsNamed))
		}
		return invite.Person{}, fmt.Sprintf("careerconv prepares a career conversation between the organizer and one employee, and this invite has %d other guests (%s). Send careerconv an invite with only the employee as a guest.", len(guests), strings.Join(names, ", "))
	case !r.a.allowedDomain(guests[0].Email):
		return invite.Person{}, fmt.Sprintf("careerconv starts career conversations only with employees whose address is in %s; %s is not.", strings.Join(r.a.invites.Domains, ", "), guests[0].Email)
	}
	return guests[0], ""
}

// request creates the conversation of a new invite, or applies an update.
func (r invitation) request(ctx context.Context, c *conversation.Conversation) (Outcome, error) {
	a, inv := r.a, r.inv
	emp, why := r.employee()
	if why != "" {
		return r.refuse(ctx, why)
	}
	if c == nil {
		req := CreateRequest{
			Employee:       conversation.Participant{Name: personName(emp), Email: emp.Email, TimeZone: inv.TimeZone},
			Manager:        conversation.Participant{Name: personName(invite.Person{Name: firstNonEmpty(inv.Organizer.Name, r.msg.FromName), Email: inv.Organizer.Email}), Email: inv.Organizer.Email, TimeZone: inv.TimeZone},
			MeetingStart:   inv.Start,
			MeetingMinutes: inv.Minutes(),
			CalendarUID:    inv.UID, CalendarSequence: inv.Sequence,
			// One conversation per event: its ID derives from the UID.
			IdempotencyKey: calendarKey(inv.UID),
		}
		created, existed, err := a.create(ctx, req)
		switch code := conversation.ErrorCode(err); {
		case err == nil && !existed:
			return r.confirm(ctx, created, InviteCreated, ResultApplied)
		case err == nil:
			c = created // stored meanwhile by a concurrent delivery of the same invite
		case code == conversation.EINVALID:
			return r.refuse(ctx, conversation.ErrorMessage(err))
		case code != conversation.ECONFLICT:
			return Outcome{}, err
		default: // stored meanwhile by a concurrent delivery of another revision
			if c, err = a.store.Get(ctx, keyedID(calendarKey(inv.UID))); err != nil {
				return Outcome{}, fmt.Errorf("load conversation of invite %s: %w", inv.UID, err)
			}
		}
	}
	if !inv.RecurrenceID.IsZero() && !inv.RecurrenceID.Equal(c.MeetingStart) {
		return Outcome{Conversation: c.ID, Purpose: purposeInvite, Result: ResultIgnored, Detail: "another occurrence changed"}, nil
	}
	if inv.Sequence <= c.CalendarSequence {
		// A duplicate (or an older revision): change nothing, but send the
		// confirmation if the delivery that applied it failed before sending.
		result := InviteCreated
		if c.Generation > 1 {
			result = InviteRescheduled
		}
		if c.Status == conversation.StatusCancelled {
			return Outcome{Conversation: c.ID, Purpose: purposeInvite, Result: ResultDuplicate, Detail: "conversation cancelled"}, nil
		}
		return r.confirm(ctx, c, result, ResultDuplicate)
	}
	if c.Status == conversation.StatusCancelled {
		return r.refuse(ctx, "This meeting's career conversation was cancelled. To start a new one, send careerconv a new invitation.")
	}
	if c.Status != conversation.StatusScheduled {
		if inv.Recurring {
			// A series edited after its meeting careerconv prepared: nothing to do.
			return Outcome{Conversation: c.ID, Purpose: purposeInvite, Result: ResultIgnored, Detail: "meeting already held"}, nil
		}
		return r.refuse(ctx, "The meeting has taken place, so careerconv is following up on it and a change to the invite changes nothing. For a new career conversation, send a new invitation.")
	}
	if emp.Email != c.Employee.Email {
		return r.refuse(ctx, fmt.Sprintf("This meeting's career conversation is with %s. To hold one with %s instead, cancel this meeting and send careerconv a new invitation.", c.Employee.Email, emp.Email))
	}
	result := InviteRescheduled
	if !c.MeetingStart.Equal(inv.Start) || c.MeetingMinutes != inv.Minutes() {
		// Reschedule first, the sequence after: a redelivery after a failure
		// in between finds the meeting moved and only records the sequence.
		// The organizer hears of it in the confirmation; the employee by a notice.
		moved, err := a.reschedule(ctx, c.ID, inv.Start, inv.Minutes(), conversation.NoticeEmployee)
		switch code := conversation.ErrorCode(err); {
		case code == conversation.EINVALID || code == conversation.ECONFLICT:
			return r.refuse(ctx, conversation.ErrorMessage(err))
		case err != nil:
			return Outcome{}, err
		}
		c = moved
	} else if !movedSinceConfirmed(c) {
		result = "" // nothing a person would notice changed: nothing to confirm
	}
	c, err := a.update(ctx, c.ID, nil, func(c *conversation.Conversation) error {
		if inv.Sequence <= c.CalendarSequence {
			return errNoChange
		}
		c.CalendarSequence = inv.Sequence
		return nil
	})
	if err != nil {
		return Outcome{}, err
	}
	if result == "" {
		detail := fmt.Sprintf("sequence %d, meeting unchanged", inv.Sequence)
		if _, err := r.received(ctx, c, detail); err != nil {
			return Outcome{}, err
		}
		return Outcome{Conversation: c.ID, Purpose: purposeInvite, Result: ResultApplied, Detail: detail}, nil
	}
	return r.confirm(ctx, c, result, ResultApplied)
}

// cancel cancels the conversation of a cancelled invite.
func (r invitation) cancel(ctx context.Context, c *conversation.Conversation) (Outcome, error) {
	a, inv := r.a, r.inv
	switch {
	case c == nil:
		return Outcome{Purpose: purposeInvite, Result: ResultIgnored, Detail: "no conversation for this invite"}, nil
	case !inv.RecurrenceID.IsZero() && !inv.RecurrenceID.Equal(c.MeetingStart):
		return Outcome{Conversation: c.ID, Purpose: purposeInvite, Result: ResultIgnored, Detail: "another occurrence was cancelled"}, nil
	case inv.Sequence < c.CalendarSequence:
		return Outcome{Conversation: c.ID, Purpose: purposeInvite, Result: ResultDuplicate, Detail: "an older cancellation"}, nil
	case c.Status == conversation.StatusCancelled:
		return r.confirm(ctx, c, InviteCancelled, ResultDuplicate)
	case c.Status != conversation.StatusScheduled:
		return r.refuse(ctx, "The meeting has taken place, so careerconv keeps following up on the steps you agreed. To stop it, ask HR to cancel the conversation.")
	}
	c, err := a.cancel(ctx, c.ID, conversation.NoticeEmployee)
	if err != nil {
		return Outcome{}, err
	}
	return r.confirm(ctx, c, InviteCancelled, ResultApplied)
}

// movedSinceConfirmed reports whether the meeting was rescheduled after the
// organizer's last confirmation went out (a delivery that moved it failed
// before confirming).
func movedSinceConfirmed(c *conversation.Conversation) bool {
	moved, confirmed := -1, -1
	for i, e := range c.History {
		switch {
		case e.Kind == conversation.EventRescheduled:
			moved = i
		case e.Kind == conversation.EventSent && strings.HasPrefix(e.Email, conversation.EmailInvite+"-"):
			confirmed = i
		}
	}
	return moved > confirmed
}

// received records the invite message in the conversation's history, once,
// with the mail receiver's ID of its raw copy, so erasing the conversation
// deletes it too.
func (r invitation) received(ctx context.Context, c *conversation.Conversation, detail string) (*conversation.Conversation, error) {
	if c.Seen(r.hash) {
		return c, nil
	}
	return r.a.update(ctx, c.ID, c, func(c *conversation.Conversation) error {
		if c.Seen(r.hash) {
			return errNoChange
		}
		c.Record(conversation.Event{At: r.a.Now(), Kind: conversation.EventReceived, Email: purposeInvite, To: r.from, Detail: detail, Message: r.hash, Raw: rawOf(ctx)})
		return nil
	})
}

// inviteEmailName names the confirmation of invite revision seq in the ledger.
func inviteEmailName(seq int) string { return fmt.Sprintf("invite-%d", seq) }

// confirm sends the organizer the confirmation of what the invite did (once
// per revision: the send ledger) and records it.
func (r invitation) confirm(ctx context.Context, c *conversation.Conversation, result, outcome string) (Outcome, error) {
	a, now := r.a, r.a.Now()
	name := inviteEmailName(c.CalendarSequence)
	if result == InviteCancelled {
		name = "invite-cancelled"
	}
	out := Outcome{Conversation: c.ID, Purpose: purposeInvite, Result: outcome, Detail: fmt.Sprintf("%s, meeting %s", result, c.MeetingStart.Format(time.RFC3339))}
	c, err := r.received(ctx, c, result)
	if err != nil {
		return Outcome{}, err
	}
	if c.Sent(name) {
		return out, nil
	}
	_, err = a.send(ctx, c.ID, c, outgoing{name: name, to: []string{c.Manager.Email},
		build: func(c *conversation.Conversation) (conversation.Email, error) {
			ans := InviteAnswer{Result: result, To: c.Manager, Address: a.invites.Address, Invite: r.inv, Conversation: c, Thread: r.thread}
			if result != InviteCancelled {
				ans.Jobs = a.schedule.Jobs(c, now)
			}
			return a.compose.Invite(ans, now)
		}})
	a.log.Info("invite", "conversation", c.ID, "result", result, "outcome", outcome)
	return out, err
}

// refusalRetention is how long the record of a refusal's answer is kept.
const refusalRetention = 30 * 24 * time.Hour

// refusalParticipant stands for both participants of a refusal's record, which
// names no one.
var refusalParticipant = conversation.Participant{Name: "refused invite", Email: "refused-invite@careerconv.invalid", TimeZone: "UTC"}

// refuse answers the sender with why nothing was done, once per message. The
// send ledger lives in a conversation, so the answer's claim goes in a record of
// the refusal: cancelled, naming no one (not the sender either), deleted after
// refusalRetention; it never starts anything.
func (r invitation) refuse(ctx context.Context, why string) (Outcome, error) {
	a, now := r.a, r.a.Now()
	to := conversation.Participant{Name: personName(invite.Person{Name: r.msg.FromName, Email: r.from}), Email: r.from, TimeZone: "UTC"}
	if r.inv != nil && r.inv.TimeZone != "" {
		to.TimeZone = r.inv.TimeZone
	}
	record := &conversation.Conversation{
		ID: keyedID("invite refusal " + r.hash), Employee: refusalParticipant, Manager: refusalParticipant,
		Status: conversation.StatusCancelled, Generation: 1, CreatedAt: now, UpdatedAt: now, ExpiresAt: now.Add(refusalRetention),
	}
	record.Record(conversation.Event{At: now, Kind: conversation.EventRejected, Detail: "invite refused", Message: r.hash})
	if err := a.store.Create(ctx, record); err != nil {
		got, gerr := a.store.Get(ctx, record.ID)
		if gerr != nil {
			return Outcome{}, fmt.Errorf("record invite refusal: %w", err)
		}
		record = got // a delivery before this one recorded it
	}
	out := Outcome{Purpose: purposeInvite, Result: ResultRefused, Detail: why}
	ans := InviteAnswer{Result: InviteRefused, To: to, Address: a.invites.Address, Invite: r.inv, Reason: why, Thread: r.thread}
	_, err := a.send(ctx, record.ID, record, outgoing{name: "invite-refused", to: []string{r.from},
		build: func(*conversation.Conversation) (conversation.Email, error) { return a.compose.Invite(ans, now) }})
	a.log.Warn("invite refused", "from", r.from, "why", why)
	return out, err
}

// calendarKey is the idempotency key of the conversation an event starts: its
// ID derives from the event's UID (hashed: a UID may be long).
func calendarKey(uid string) string {
	sum := sha256.Sum256([]byte(uid))
	return "calendar:" + hex.EncodeToString(sum[:])
}

// personName is a participant's name: the calendar's CN, or one made from the
// address ("jane.doe@…" → "Jane Doe"), without what a header cannot hold.
func personName(p invite.Person) string {
	name := strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r == '<' || r == '>' || r == '"' || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, p.Name)), " ")
	if name != "" && !strings.Contains(name, "@") {
		return conversation.ClipText(name, conversation.MaxNameLen)
	}
	local, _, _ := strings.Cut(p.Email, "@")
	words := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' || r == '+' })
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	if len(words) == 0 {
		return p.Email
	}
	return conversation.ClipText(strings.Join(words, " "), conversation.MaxNameLen)
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
