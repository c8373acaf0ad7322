package mailcompose

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/emersion/go-ical"
)

// checkInMinutes is the length of a check-in event in the calendar.
const checkInMinutes = 15

// calendar writes the plan's iCalendar (METHOD:PUBLISH): one event per check-in, with
// a UID stable per conversation and check-in so a corrected plan updates the same
// events. SEQUENCE follows the conversation's generation, which a reschedule bumps.
func (c *Composer) calendar(conv *conversation.Conversation, checkIns []time.Time, now time.Time) ([]byte, error) {
	if len(checkIns) == 0 {
		return nil, conversation.Errorf(conversation.EINVALID, "The plan of conversation %s has no check-in dates.", conv.ID)
	}
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropProductID, "-//careerconv//"+icsText(c.product())+"//EN")
	cal.Props.SetText(ical.PropMethod, "PUBLISH")
	cal.Props.SetText(ical.PropCalendarScale, "GREGORIAN")

	var desc strings.Builder
	fmt.Fprintf(&desc, "Your steps agreed with %s:\n", oneLine(conv.Manager.Name))
	for _, s := range conv.Steps {
		fmt.Fprintf(&desc, "%d. %s", s.Number, clipRunes(oneLine(s.Text), 200))
		if d := humanDue(s.Due); d != "" {
			fmt.Fprintf(&desc, " (by %s)", d)
		}
		desc.WriteString("\n")
	}
	fmt.Fprintf(&desc, "%s will email you that day: reply with how each step is going.", c.product())

	for i, at := range checkIns {
		if at.IsZero() {
			return nil, conversation.Errorf(conversation.EINVALID, "Check-in %d of conversation %s has no date.", i+1, conv.ID)
		}
		ev := ical.NewEvent()
		ev.Props.SetText(ical.PropUID, c.MessageID(conv, fmt.Sprintf("%s%d", EmailCheckIn, i+1)))
		ev.Props.SetDateTime(ical.PropDateTimeStamp, now.UTC())
		ev.Props.SetDateTime(ical.PropDateTimeStart, at.UTC())
		ev.Props.SetDateTime(ical.PropDateTimeEnd, at.UTC().Add(checkInMinutes*time.Minute))
		ev.Props.SetText(ical.PropSummary, fmt.Sprintf("Career check-in %d: %s and %s", i+1, oneLine(conv.Employee.Name), oneLine(conv.Manager.Name)))
		ev.Props.SetText(ical.PropDescription, desc.String())
		seq := ical.NewProp(ical.PropSequence)
		seq.Value = fmt.Sprint(max(conv.Generation, 0))
		ev.Props.Set(seq)
		ev.Props.SetText(ical.PropTransparency, "TRANSPARENT")
		ev.Props.SetText(ical.PropClass, "PRIVATE")
		cal.Children = append(cal.Children, ev.Component)
	}
	var buf bytes.Buffer
	if err := ical.NewEncoder(&buf).Encode(cal); err != nil {
		return nil, fmt.Errorf("encode calendar of conversation %s: %w", conv.ID, err)
	}
	return buf.Bytes(), nil
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
