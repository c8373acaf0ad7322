package mailcompose

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/emersion/go-ical"
)

// checkInMinutes is the length of a check-in event in the calendar.
const checkInMinutes = 15

// calendarMethod is the iTIP method of a calendar file (RFC 5546).
type calendarMethod string

const (
	calendarPublish calendarMethod = "PUBLISH" // add or update the check-ins
	calendarCancel  calendarMethod = "CANCEL"  // remove them
)

// calendars writes one iCalendar file for each of people, each with one event per
// check-in worded for that person. UIDs are stable per conversation, check-in and
// person, so a corrected plan or a reschedule updates the same events and a
// cancellation (METHOD:CANCEL, STATUS:CANCELLED) removes them. SEQUENCE grows with
// every change: the generation (a reschedule bumps it), plus every plan,
// reschedule or cancellation sent before, plus one for a cancellation.
func (c *Composer) calendars(conv *conversation.Conversation, checkIns []time.Time, method calendarMethod, now time.Time, people ...conversation.Participant) ([]attachment, error) {
	if len(checkIns) == 0 {
		return nil, conversation.Errorf(conversation.EINVALID, "The plan of conversation %s has no check-in dates.", conv.ID)
	}
	for i, at := range checkIns {
		if at.IsZero() {
			return nil, conversation.Errorf(conversation.EINVALID, "Check-in %d of conversation %s has no date.", i+1, conv.ID)
		}
	}
	var files []attachment
	for _, p := range people {
		data, err := c.calendar(conv, p, checkIns, method, now)
		if err != nil {
			return nil, err
		}
		files = append(files, attachment{
			contentType: "text/calendar",
			params:      map[string]string{"charset": "utf-8", "method": string(method)},
			filename:    calendarFile(conv, p),
			data:        data,
		})
	}
	return files, nil
}

// calendarFile names p's calendar file: "check-ins-jane.ics".
func calendarFile(conv *conversation.Conversation, p conversation.Participant) string {
	name := strings.ToLower(idPart(firstName(p.Name, p.Email)))
	if p.Email == conv.Manager.Email && strings.EqualFold(firstName(p.Name, p.Email), firstName(conv.Employee.Name, conv.Employee.Email)) {
		name += "-manager"
	}
	return "check-ins-" + name + ".ics"
}

// calendarSequence is the SEQUENCE of every event of conv's calendars now.
func calendarSequence(conv *conversation.Conversation, method calendarMethod) int {
	seq := max(conv.Generation, 0)
	for _, e := range conv.History {
		if e.Kind == conversation.EventSent && (strings.HasPrefix(e.Email, conversation.EmailPlan) || strings.HasPrefix(e.Email, conversation.EmailRescheduled) || strings.HasPrefix(e.Email, conversation.EmailCancelled)) {
			seq++
		}
	}
	if method == calendarCancel {
		seq++
	}
	return seq
}

// calendar writes p's calendar of the check-ins.
func (c *Composer) calendar(conv *conversation.Conversation, p conversation.Participant, checkIns []time.Time, method calendarMethod, now time.Time) ([]byte, error) {
	from, err := c.from()
	if err != nil {
		return nil, err
	}
	manager := p.Email == conv.Manager.Email
	emp, mgr := firstName(conv.Employee.Name, conv.Employee.Email), firstName(conv.Manager.Name, conv.Manager.Email)
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropProductID, "-//careerconv//"+icsText(c.product())+"//EN")
	cal.Props.SetText(ical.PropMethod, string(method))
	cal.Props.SetText(ical.PropCalendarScale, "GREGORIAN")

	var steps strings.Builder
	for _, s := range conv.Steps {
		fmt.Fprintf(&steps, "\n%d. %s", s.Number, clipRunes(oneLine(s.Text), 200))
		if d := humanDue(s.Due); d != "" {
			fmt.Fprintf(&steps, " (by %s)", d)
		}
	}
	seq := ical.NewProp(ical.PropSequence)
	seq.Value = fmt.Sprint(calendarSequence(conv, method))
	for i, at := range checkIns {
		n := i + 1
		ev := ical.NewEvent()
		uid := c.MessageID(conv, fmt.Sprintf("%s%d", conversation.EmailCheckIn, n))
		summary := fmt.Sprintf("Career check-in %d of %d: how are your steps going?", n, len(checkIns))
		desc := fmt.Sprintf("%s emails you this morning: reply with a line per step, e.g. \"1 done\".\nYour steps, agreed with %s:%s", c.product(), mgr, steps.String())
		if manager {
			uid = c.MessageID(conv, fmt.Sprintf("%s%d-manager", conversation.EmailCheckIn, n))
			summary = fmt.Sprintf("%s's career check-in %d of %d", emp, n, len(checkIns))
			desc = fmt.Sprintf("%s asks %s this morning how the steps you agreed are going. A word from you helps.\n%s's steps:%s", c.product(), emp, emp, steps.String())
		}
		ev.Props.SetText(ical.PropUID, uid)
		ev.Props.SetDateTime(ical.PropDateTimeStamp, now.UTC())
		ev.Props.SetDateTime(ical.PropDateTimeStart, at.UTC())
		ev.Props.SetDateTime(ical.PropDateTimeEnd, at.UTC().Add(checkInMinutes*time.Minute))
		ev.Props.SetText(ical.PropSummary, summary)
		ev.Props.SetText(ical.PropDescription, desc)
		ev.Props.Set(seq)
		ev.Props.SetText(ical.PropTransparency, "TRANSPARENT")
		ev.Props.SetText(ical.PropClass, "PRIVATE")
		org := ical.NewProp(ical.PropOrganizer)
		org.Value = "mailto:" + from.Address
		org.Params.Set(ical.ParamCommonName, icsParam(c.product()))
		ev.Props.Set(org)
		if method == calendarCancel {
			ev.Props.SetText(ical.PropStatus, "CANCELLED")
			att := ical.NewProp(ical.PropAttendee)
			att.Value = "mailto:" + p.Email
			att.Params.Set(ical.ParamCommonName, icsParam(p.Name))
			ev.Props.Set(att)
		}
		cal.Children = append(cal.Children, ev.Component)
	}
	var buf bytes.Buffer
	if err := ical.NewEncoder(&buf).Encode(cal); err != nil {
		return nil, fmt.Errorf("encode calendar of conversation %s: %w", conv.ID, err)
	}
	return foldLines(buf.Bytes()), nil
}

// maxLineOctets is RFC 5545's limit on a content line, without the CRLF.
const maxLineOctets = 75

// foldLines folds every content line longer than 75 octets (RFC 5545 3.1): CRLF
// and a space before the next 74 octets, never inside a UTF-8 sequence.
func foldLines(data []byte) []byte {
	var out bytes.Buffer
	for _, line := range bytes.SplitAfter(data, []byte("\r\n")) {
		body := bytes.TrimSuffix(line, []byte("\r\n"))
		limit := maxLineOctets
		for len(body) > limit {
			cut := limit
			for cut > 0 && !utf8.RuneStart(body[cut]) {
				cut--
			}
			out.Write(body[:cut])
			out.WriteString("\r\n ")
			body = body[cut:]
			limit = maxLineOctets - 1
		}
		out.Write(body)
		if bytes.HasSuffix(line, []byte("\r\n")) {
			out.WriteString("\r\n")
		}
	}
	return out.Bytes()
}

// humanDue formats an ISO due date: "28 Feb 2027"; anything else is shown as is.
func humanDue(due string) string {
	due = strings.TrimSpace(due)
	if due == "" {
		return ""
	}
	if d, err := time.Parse(time.DateOnly, due); err == nil {
		return d.Format("2 Jan 2006")
	}
	return oneLine(due)
}

// icsText keeps a product name safe inside PRODID.
func icsText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ';' || r == ',' || r == ':' || r == '\\' || r < ' ' {
			return '-'
		}
		return r
	}, s)
}

// icsParam is a name on one line as an iCalendar parameter value (a CN), which
// may not hold a double quote (RFC 5545 3.1): each becomes an apostrophe, so
// `Bob "The Boss"` does not fail the calendar, and with it the email.
func icsParam(s string) string {
	return strings.ReplaceAll(oneLine(s), `"`, "'")
}
