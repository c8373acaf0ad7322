package invite

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // zones must load on hosts without a zoneinfo database (Lambda's provided.al2023)

	"github.com/emersion/go-ical"
	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // calendars in other charsets than UTF-8
	"github.com/teambition/rrule-go"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// The iMIP methods careerconv acts on (RFC 5546).
const (
	MethodRequest = "REQUEST"
	MethodCancel  = "CANCEL"
	MethodReply   = "REPLY"
)

// MaxCalendarBytes bounds the calendar part read from one message.
const MaxCalendarBytes = 1 << 20

// Bounds on walking a series: how many occurrences are looked at, how far
// back it may start and how far ahead its next occurrence is looked for (years).
const (
	maxOccurrences = 10000
	maxSeriesAge   = 10
	seriesHorizon  = 2
)

// Person is the organizer or an attendee.
type Person struct {
	Name  string // the CN parameter, may be empty
	Email string // lower-cased
}

// Invite is the one meeting an iMIP message describes.
type Invite struct {
	// Method is the calendar's METHOD, upper-cased: REQUEST, CANCEL, REPLY…
	Method string
	// UID identifies the event across updates; Sequence orders its revisions.
	UID      string
	Sequence int
	// Organizer is who sent the invite; Attendees are the guests other than the
	// organizer, rooms and resources.
	Organizer Person
	Attendees []Person
	Summary   string
	// Start and End are the meeting's instants, in UTC. For a recurring series
	// they are those of its next occurrence after now. Zero in a CANCEL that
	// carries no times.
	Start, End time.Time
	// TimeZone is the IANA name of the zone the meeting was planned in.
	TimeZone string
	// Recurring is set when the invite is a series (RRULE) or one occurrence of one.
	Recurring bool
	// RecurrenceID is the original start (UTC) of the occurrence an invite or
	// cancellation is about, when it is about one occurrence of a series; zero
	// for a whole event or series.
	RecurrenceID time.Time
}

// Minutes is the meeting's length in whole minutes.
func (inv *Invite) Minutes() int { return int(inv.End.Sub(inv.Start) / time.Minute) }

func invalid(format string, args ...any) error {
	return conversation.Errorf(conversation.EINVALID, format, args...)
}

// Read finds the calendar of a raw email (the first text/calendar or
// application/ics part, inline or attached, in any transfer encoding) and reads
// its invite. now picks the next occurrence of a recurring series.
func Read(raw []byte, now time.Time) (*Invite, error) {
	ics, err := Calendar(raw)
	if err != nil {
		return nil, err
	}
	return Parse(ics, now)
}

// Calendar returns the decoded body of the first calendar part of a raw email.
// A message without one is an EINVALID error saying so.
func Calendar(raw []byte) ([]byte, error) {
	e, err := message.Read(bytes.NewReader(raw))
	if e == nil {
		return nil, &conversation.Error{Code: conversation.EINVALID, Message: "The message could not be read.", Err: err}
	}
	var found []byte
	errFound := errors.New("found")
	err = e.Walk(func(_ []int, part *message.Entity, err error) error {
		if err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
			return err
		}
		if !isCalendar(part.Header) {
			return nil
		}
		b, rerr := io.ReadAll(io.LimitReader(part.Body, MaxCalendarBytes+1))
		if rerr != nil {
			return rerr
		}
		if len(b) > MaxCalendarBytes {
			return invalid("The calendar in the message is larger than %d KB.", MaxCalendarBytes>>10)
		}
		found = b
		return errFound
	})
	switch {
	case errors.Is(err, errFound):
		return found, nil
	case conversation.ErrorCode(err) == conversation.EINVALID:
		return nil, err
	case err != nil:
		return nil, &conversation.Error{Code: conversation.EINVALID, Message: "The message could not be read.", Err: err}
	}
	return nil, invalid("The message holds no calendar invitation. Add careerconv as a guest of the meeting in your calendar instead of writing to it.")
}

// isCalendar reports whether a part is an iCalendar object: text/calendar, or an
// attachment typed application/ics or application/octet-stream named *.ics.
func isCalendar(h message.Header) bool {
	t, params, _ := h.ContentType()
	switch strings.ToLower(t) {
	case "text/calendar", "application/ics", "text/x-vcalendar":
		return true
	case "application/octet-stream":
		name := params["name"]
		if _, dp, err := h.ContentDisposition(); err == nil && dp["filename"] != "" {
			name = dp["filename"]
		}
		return strings.HasSuffix(strings.ToLower(name), ".ics")
	}
	return false
}

// Parse reads an iCalendar object holding one event (a series may come with
// overridden occurrences of the same UID).
func Parse(ics []byte, now time.Time) (*Invite, error) {
	cal, err := decode(ics)
	if err != nil {
		return nil, &conversation.Error{Code: conversation.EINVALID, Message: "The calendar in the message is not valid iCalendar.", Err: err}
	}
	inv := &Invite{Method: strings.ToUpper(strings.TrimSpace(text(cal.Props, ical.PropMethod)))}
	if inv.Method == "" {
		return nil, invalid("The calendar has no METHOD, so it is not an invitation. Add careerconv as a guest of the meeting in your calendar instead of forwarding the event.")
	}
	var master *ical.Component
	var overrides []*ical.Component
	for _, c := range cal.Children {
		if c.Name != ical.CompEvent {
			continue
		}
		uid := strings.TrimSpace(text(c.Props, ical.PropUID))
		switch {
		case uid == "":
			return nil, invalid("The event in the calendar has no UID.")
		case inv.UID == "":
			inv.UID = uid
		case uid != inv.UID:
			return nil, invalid("The calendar holds several different events; careerconv needs an invitation to one meeting.")
		}
		if c.Props.Get(ical.PropRecurrenceID) == nil {
			if master != nil {
				return nil, invalid("The calendar holds the same event twice.")
			}
			master = c
		} else {
			overrides = append(overrides, c)
		}
	}
	if inv.UID == "" {
		return nil, invalid("The calendar holds no event.")
	}
	if len(inv.UID) > 500 {
		return nil, invalid("The event's UID is longer than 500 characters.")
	}
	main := master
	if main == nil {
		main = overrides[0]
	}
	if s := text(main.Props, ical.PropSequence); s != "" {
		if inv.Sequence, err = strconv.Atoi(strings.TrimSpace(s)); err != nil || inv.Sequence < 0 {
			return nil, invalid("The event's SEQUENCE %q is not a number.", s)
		}
	}
	inv.Summary = strings.TrimSpace(text(main.Props, ical.PropSummary))
	if inv.Organizer, err = person(main.Props.Get(ical.PropOrganizer)); err != nil {
		return nil, invalid("The event has no organizer with an email address.")
	}
	for _, p := range main.Props.Values(ical.PropAttendee) {
		switch strings.ToUpper(p.Params.Get(ical.ParamCalendarUserType)) {
		case "ROOM", "RESOURCE":
			continue
		}
		a, err := person(&p)
		if err != nil || a.Email == inv.Organizer.Email || slices.ContainsFunc(inv.Attendees, func(o Person) bool { return o.Email == a.Email }) {
			continue
		}
		inv.Attendees = append(inv.Attendees, a)
	}
	if inv.Method == MethodCancel || inv.Method == MethodReply {
		// Times are optional in these; read them only when they are there.
		if master == nil {
			inv.Recurring = true
			if inv.RecurrenceID, err = instant(cal, main.Props.Get(ical.PropRecurrenceID)); err != nil {
				return nil, err
			}
		}
		if main.Props.Get(ical.PropDateTimeStart) != nil {
			if err := inv.setTimes(cal, main); err != nil && inv.Method == MethodCancel {
				inv.Start, inv.End, inv.TimeZone = time.Time{}, time.Time{}, ""
			}
		}
		return inv, nil
	}
	if master == nil {
		// An update of one occurrence of a series: that occurrence is the meeting.
		inv.Recurring = true
		if inv.RecurrenceID, err = instant(cal, main.Props.Get(ical.PropRecurrenceID)); err != nil {
			return nil, err
		}
		return inv, inv.setTimes(cal, main)
	}
	if err := inv.setTimes(cal, master); err != nil {
		return nil, err
	}
	if master.Props.Get(ical.PropRecurrenceRule) == nil {
		return inv, nil
	}
	return inv, inv.nextOccurrence(cal, master, overrides, now)
}

// decode runs the iCalendar decoder, which panics on some malformed content
// lines (an index out of range in its parameter reader): that is an error here.
func decode(ics []byte) (cal *ical.Calendar, err error) {
	defer func() {
		if r := recover(); r != nil {
			cal, err = nil, fmt.Errorf("ical decoder: %v", r)
		}
	}()
	return ical.NewDecoder(bytes.NewReader(ics)).Decode()
}

// setTimes reads DTSTART and DTEND (or DURATION) of ev.
func (inv *Invite) setTimes(cal *ical.Calendar, ev *ical.Component) error {
	start := ev.Props.Get(ical.PropDateTimeStart)
	if start == nil {
		return invalid("The event has no start time.")
	}
	if isDate(start) {
		return invalid("The event lasts all day. careerconv prepares a meeting at a set time: give the meeting a start and an end time.")
	}
	loc, zone, err := zoneOf(cal, start)
	if err != nil {
		return err
	}
	if inv.Start, err = at(start, loc); err != nil {
		return err
	}
	switch end, dur := ev.Props.Get(ical.PropDateTimeEnd), ev.Props.Get(ical.PropDuration); {
	case end != nil:
		if isDate(end) {
			return invalid("The event's end is a date without a time; give the meeting an end time.")
		}
		endLoc, _, err := zoneOf(cal, end)
		if err != nil {
			return err
		}
		if inv.End, err = at(end, endLoc); err != nil {
			return err
		}
	case dur != nil:
		d, err := dur.Duration()
		if err != nil {
			return invalid("The event's DURATION %q is not valid.", dur.Value)
		}
		inv.End = inv.Start.Add(d)
	default:
		inv.End = inv.Start
	}
	inv.Start, inv.End, inv.TimeZone = inv.Start.UTC(), inv.End.UTC(), zone
	if !inv.End.After(inv.Start) {
		return invalid("The event ends when it starts; give the meeting an end time.")
	}
	return nil
}

// nextOccurrence moves Start and End to the first occurrence of the series that
// starts after now and is not excluded or cancelled, using an override's times
// where the series has one.
func (inv *Invite) nextOccurrence(cal *ical.Calendar, master *ical.Component, overrides []*ical.Component, now time.Time) error {
	inv.Recurring = true
	startProp := master.Props.Get(ical.PropDateTimeStart)
	loc, _, err := zoneOf(cal, startProp)
	if err != nil {
		return err
	}
	first, err := at(startProp, loc)
	if err != nil {
		return err
	}
	opt, err := master.Props.RecurrenceRule()
	if err != nil || opt == nil {
		return invalid("The event's recurrence rule (RRULE) is not valid.")
	}
	if first.Before(now.AddDate(-maxSeriesAge, 0, 0)) {
		return invalid("The recurring event started more than %d years ago; send an invite for the next meeting alone.", maxSeriesAge)
	}
	rule, err := boundedRule(opt, first, now.AddDate(seriesHorizon, 0, 0))
	if err != nil {
		return err
	}
	excluded := map[time.Time]bool{}
	for _, p := range master.Props.Values(ical.PropExceptionDates) {
		for _, v := range strings.Split(p.Value, ",") {
			q := p
			q.Value = v
			if t, err := at(&q, loc); err == nil {
				excluded[t.UTC()] = true
			}
		}
	}
	length := inv.End.Sub(inv.Start)
	next := rule.Iterator()
	for range maxOccurrences {
		t, ok := next()
		if !ok {
			break
		}
		if !t.After(now) || excluded[t.UTC()] {
			continue
		}
		inv.Start, inv.End = t.UTC(), t.Add(length).UTC()
		cancelled := false
		for _, o := range overrides {
			rid, err := instant(cal, o.Props.Get(ical.PropRecurrenceID))
			if err != nil || !rid.Equal(t) {
				continue
			}
			if strings.EqualFold(text(o.Props, ical.PropStatus), "CANCELLED") {
				cancelled = true
				break
			}
			if err := inv.setTimes(cal, o); err != nil {
				return err
			}
		}
		if !cancelled && inv.Start.After(now) {
			return nil
		}
	}
	return invalid("The recurring event has no occurrence in the %d years after %s.", seriesHorizon, now.UTC().Format("2 January 2006"))
}

// boundedRule builds a recurrence rule whose occurrences can be walked in
// bounded time: at most daily, one time of day, and ending by until (or sooner).
// A rule beyond that (every minute, many times a day) is no meeting series and
// would take a decoder of untrusted mail minutes to walk.
func boundedRule(opt *rrule.ROption, start, until time.Time) (*rrule.RRule, error) {
	switch {
	case opt.Freq != rrule.YEARLY && opt.Freq != rrule.MONTHLY && opt.Freq != rrule.WEEKLY && opt.Freq != rrule.DAILY:
		return nil, invalid("The meeting repeats more often than daily; careerconv prepares a meeting series of at most one a day.")
	case len(opt.Byhour) > 1 || len(opt.Byminute) > 1 || len(opt.Bysecond) > 1:
		return nil, invalid("The meeting repeats several times a day; careerconv prepares a meeting series of at most one a day.")
	}
	opt.Dtstart = start
	if opt.Until.IsZero() || opt.Until.After(until) {
		opt.Until = until
	}
	rule, err := rrule.NewRRule(*opt)
	if err != nil {
		return nil, invalid("The event's recurrence rule (RRULE) is not valid.")
	}
	return rule, nil
}

// instant reads a date-time property (RECURRENCE-ID) as an instant.
func instant(cal *ical.Calendar, p *ical.Prop) (time.Time, error) {
	if p == nil {
		return time.Time{}, invalid("The event has no RECURRENCE-ID.")
	}
	if isDate(p) {
		return time.Time{}, invalid("The event lasts all day. careerconv prepares a meeting at a set time: give the meeting a start and an end time.")
	}
	loc, _, err := zoneOf(cal, p)
	if err != nil {
		return time.Time{}, err
	}
	t, err := at(p, loc)
	return t.UTC(), err
}

func isDate(p *ical.Prop) bool {
	return p.ValueType() == ical.ValueDate || len(strings.TrimSpace(p.Value)) == len("20060102")
}

// at parses a DATE-TIME value in loc (a value ending in Z is UTC).
func at(p *ical.Prop, loc *time.Location) (time.Time, error) {
	v := strings.TrimSpace(p.Value)
	if strings.HasSuffix(v, "Z") {
		loc = time.UTC
		v = strings.TrimSuffix(v, "Z")
	}
	t, err := time.ParseInLocation("20060102T150405", v, loc)
	if err != nil {
		return time.Time{}, invalid("The event's %s %q is not a date and time.", p.Name, p.Value)
	}
	return t, nil
}

// person reads an ORGANIZER or ATTENDEE: a mailto: address and its CN.
func person(p *ical.Prop) (Person, error) {
	if p == nil {
		return Person{}, errors.New("missing")
	}
	v := strings.TrimSpace(p.Value)
	if len(v) >= 7 && strings.EqualFold(v[:7], "mailto:") {
		v = v[7:]
	}
	a, err := mail.ParseAddress(v)
	if err != nil {
		if a, err = mail.ParseAddress("<" + v + ">"); err != nil {
			return Person{}, fmt.Errorf("calendar user %q: %w", p.Value, err)
		}
	}
	name := strings.TrimSpace(p.Params.Get(ical.ParamCommonName))
	if dec, err := new(mime.WordDecoder).DecodeHeader(name); err == nil {
		name = dec
	}
	if strings.EqualFold(name, a.Address) {
		name = ""
	}
	return Person{Name: name, Email: strings.ToLower(a.Address)}, nil
}

func text(props ical.Props, name string) string {
	p := props.Get(name)
	if p == nil {
		return ""
	}
	if s, err := p.Text(); err == nil {
		return s
	}
	return p.Value
}
