package mailcompose

import (
	"bytes"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"github.com/emersion/go-ical"
	"github.com/emersion/go-message"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/invite"
)

// inviteView is what the invite answer shows besides the shared view.
type inviteView struct {
	Result        string // created, rescheduled, cancelled, refused
	Summary       string // the event's title
	EmployeeEmail string
	Address       string // careerconv's invite address
	Recurring     bool
	Reason        string
	Plan          []plannedEmail
	CheckIns      []string
}

// plannedEmail is one timed email of the conversation, for the organizer.
type plannedEmail struct {
	When     string
	Kind     string // prep, nudge, preread, wrapup, review
	Employee string
}

// Invite renders careerconv's answer to a calendar invite, from a.Address to a.To: for a
// created or rescheduled conversation, what will happen when and how to stop it,
// with an iMIP REPLY (text/calendar; method=REPLY) accepting the invite for
// a.Address; for a cancelled one, that nothing more will be sent; for a refused
// invite, the reason, with a REPLY declining it when there was an invite.
func (c *Composer) Invite(a assistant.InviteAnswer, now time.Time) (conversation.Email, error) {
	if c == nil {
		return conversation.Email{}, conversation.Errorf(conversation.EINTERNAL, "No mail composer configured.")
	}
	if addr, err := mail.ParseAddress(a.Address); err != nil || addr.Address != a.Address || strings.ContainsAny(a.Address, "\r\n:;") {
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "The invite address %q is not valid.", a.Address)
	}
	conv := a.Conversation
	switch {
	case a.Result == assistant.InviteRefused:
		conv = c.inviteStandIn(a)
	case a.Result != assistant.InviteCreated && a.Result != assistant.InviteRescheduled && a.Result != assistant.InviteCancelled:
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "Unknown invite result %q.", a.Result)
	case conv == nil:
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "A %s invite needs its conversation.", a.Result)
	}
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	if strings.TrimSpace(a.To.Email) == "" {
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "The invite answer needs a recipient.")
	}
	v := c.view(conv, a.To, now)
	iv := &inviteView{Result: a.Result, EmployeeEmail: conv.Employee.Email, Address: a.Address, Reason: strings.TrimSpace(a.Reason)}
	if a.Invite != nil {
		iv.Summary, iv.Recurring = clipRunes(oneLine(a.Invite.Summary), 120), a.Invite.Recurring
	}
	d := c.dates(conv, a.To, now)
	for _, j := range a.Jobs {
		if j.Kind == conversation.JobCheckIn {
			iv.CheckIns = append(iv.CheckIns, d.day(j.At))
			continue
		}
		iv.Plan = append(iv.Plan, plannedEmail{When: d.at(j.At), Kind: string(j.Kind), Employee: v.Employee})
	}
	v.Invite = iv
	switch a.Result {
	case assistant.InviteCreated:
		v.Summary = v.Product + " will help with your career conversation with " + v.Employee + " on " + v.Meeting + "."
	case assistant.InviteRescheduled:
		v.Summary = "Your career conversation with " + v.Employee + " has moved to " + v.Meeting + "."
	case assistant.InviteCancelled:
		v.Summary = "Cancelled: " + v.Product + " sends nothing more about your career conversation with " + v.Employee + "."
	default:
		v.Summary = v.Product + " could not use your invite."
	}
	e := envelope{
		name:   answerName(conversation.EmailInvite+"-"+a.Result, a.Thread, now),
		to:     []conversation.Participant{a.To},
		thread: a.Thread,
		now:    now,
	}
	partstat := map[string]string{assistant.InviteCreated: "ACCEPTED", assistant.InviteRescheduled: "ACCEPTED", assistant.InviteRefused: "DECLINED"}[a.Result]
	if partstat != "" && a.Invite != nil && a.Invite.Method == invite.MethodRequest {
		ics, err := c.inviteReply(a, partstat, now)
		if err != nil {
			return conversation.Email{}, err
		}
		e.alternative = &attachment{
			contentType: "text/calendar",
			params:      map[string]string{"charset": "utf-8", "method": "REPLY"},
			data:        ics,
		}
	}
	// The answer comes from the guest it speaks for: calendars apply a REPLY
	// whose sender is the attendee it names.
	from := *c
	from.MessageDomain, from.From = c.messageDomain(), (&mail.Address{Name: c.product(), Address: a.Address}).String()
	return from.render(conversation.EmailInvite, v, e, conv)
}

// inviteStandIn is the conversation a refused invite would have started, for
// the parts every email shares (names, meeting time). It has no ID (the
// Message-ID names the answer by the hash of the invite's) and no employee: a
// refused invite has none careerconv would name.
func (c *Composer) inviteStandIn(a assistant.InviteAnswer) *conversation.Conversation {
	conv := &conversation.Conversation{
		Manager:  a.To,
		Employee: conversation.Participant{Name: "your team member", Email: "unknown@invalid", TimeZone: a.To.TimeZone},
	}
	if a.Invite != nil {
		conv.MeetingStart = a.Invite.Start
	}
	return conv
}

// inviteReply writes the iMIP REPLY (RFC 5546 3.2.3) in which a.Address answers
// the invite with partstat: same UID and SEQUENCE (and RECURRENCE-ID when the
// invite was for one occurrence), the organizer, and careerconv as the attendee.
func (c *Composer) inviteReply(a assistant.InviteAnswer, partstat string, now time.Time) ([]byte, error) {
	inv := a.Invite
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropProductID, "-//careerconv//"+icsText(c.product())+"//EN")
	cal.Props.SetText(ical.PropMethod, "REPLY")
	ev := ical.NewEvent()
	ev.Props.SetText(ical.PropUID, inv.UID)
	ev.Props.SetDateTime(ical.PropDateTimeStamp, now.UTC())
	seq := ical.NewProp(ical.PropSequence)
	seq.Value = fmt.Sprint(max(inv.Sequence, 0))
	ev.Props.Set(seq)
	if !inv.RecurrenceID.IsZero() {
		ev.Props.SetDateTime(ical.PropRecurrenceID, inv.RecurrenceID.UTC())
	}
	if !inv.Start.IsZero() && inv.RecurrenceID.IsZero() && !inv.Recurring {
		ev.Props.SetDateTime(ical.PropDateTimeStart, inv.Start.UTC())
		ev.Props.SetDateTime(ical.PropDateTimeEnd, inv.End.UTC())
	}
	if s := oneLine(inv.Summary); s != "" {
		ev.Props.SetText(ical.PropSummary, s)
	}
	org := ical.NewProp(ical.PropOrganizer)
	org.Value = "mailto:" + inv.Organizer.Email
	if n := icsParam(inv.Organizer.Name); n != "" {
		org.Params.Set(ical.ParamCommonName, n)
	}
	ev.Props.Set(org)
	att := ical.NewProp(ical.PropAttendee)
	att.Value = "mailto:" + a.Address
	att.Params.Set(ical.ParamCommonName, icsParam(c.product()))
	att.Params.Set(ical.ParamParticipationStatus, partstat)
	ev.Props.Set(att)
	if partstat == "DECLINED" {
		ev.Props.SetText(ical.PropComment, oneLine(a.Reason))
	}
	cal.Children = append(cal.Children, ev.Component)
	var buf bytes.Buffer
	if err := ical.NewEncoder(&buf).Encode(cal); err != nil {
		return nil, fmt.Errorf("encode invite reply for %s: %w", inv.UID, err)
	}
	return buf.Bytes(), nil
}

// writeInlinePart writes a (when not nil) as one more part of w, base64-encoded
// and without a disposition: an iMIP calendar inside the multipart/alternative,
// as calendar clients send and read it (RFC 6047).
func writeInlinePart(w *message.Writer, a *attachment) error {
	if a == nil {
		return nil
	}
	var h message.Header
	h.SetContentType(a.contentType, a.params)
	h.Set("Content-Transfer-Encoding", "base64")
	pw, err := w.CreatePart(h)
	if err != nil {
		return fmt.Errorf("create %s part: %w", a.contentType, err)
	}
	if _, err := pw.Write(a.data); err != nil {
		return fmt.Errorf("write %s part: %w", a.contentType, err)
	}
	if err := pw.Close(); err != nil {
		return fmt.Errorf("close %s part: %w", a.contentType, err)
	}
	return nil
}
