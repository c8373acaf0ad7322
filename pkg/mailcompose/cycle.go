package mailcompose

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

// The emails that link one cycle to the next: the answer to a reply to the
// review (the next conversation booked, a date proposed, asked again later),
// the reminder after "not now", and what the next prep and pre-read show of
// the last cycle.

// lastView is what the prep and the pre-read show of the previous cycle.
type lastView struct {
	// Title heads the section; Lines are its lines, worded for the recipient.
	Title   string
	Lines   []string
	Date    string      // the previous meeting's day
	Wanted  string      // her answer to question 1 then
	Done    []step      // the steps done
	NotDone []step      // the steps not done (dropped ones left out)
	Entries []entryLine // her record of wins and setbacks
}

// last returns the view of cycle prev for the recipient to, nil for none.
func (c *Composer) last(conv, prev *conversation.Conversation, to conversation.Participant, now time.Time) *lastView {
	if prev == nil || prev.Employee.Email != conv.Employee.Email {
		return nil
	}
	pv := c.view(prev, to, now)
	l := &lastView{Date: c.dates(prev, to, now).day(prev.MeetingStart)}
	// An answer she kept private then stays away from the manager now.
	if a, ok := prev.Answer(1); ok && !(to.Email == conv.Manager.Email && slices.Contains(prev.Choices.Private, 1)) {
		l.Wanted = clipSentence(a.Text, 5*fragmentLen)
	}
	for _, s := range pv.Steps {
		switch {
		case s.Done:
			l.Done = append(l.Done, s)
		case s.Status != statusText(conversation.StepDropped):
			l.NotDone = append(l.NotDone, s)
		}
	}
	l.Entries = c.entries(prev, prev.Journey.Record, now)
	if l.Wanted == "" && len(l.Done)+len(l.NotDone)+len(l.Entries) == 0 {
		return nil
	}
	toManager := to.Email == conv.Manager.Email
	l.Lines = l.lines(toManager, pv.Employee)
	l.Title = "Last time (" + l.Date + "), and what you did since"
	if toManager {
		l.Title = "Last time (" + l.Date + "): " + pv.Employee + "'s goal, steps and record"
	}
	return l
}

// lastLines is the last cycle as lines of text, for the emails' Help list.
func (l *lastView) lines(toManager bool, employee string) []string {
	var out []string
	who := "You"
	if toManager {
		who = employee
	}
	if l.Wanted != "" {
		out = append(out, fmt.Sprintf("%s wanted: %q", who, l.Wanted))
	}
	for _, s := range l.Done {
		out = append(out, "Done: "+oneLine(s.Text))
	}
	for _, s := range l.NotDone {
		line := "Not done (" + s.Status + "): " + oneLine(s.Text)
		if s.LastNote != "" {
			line += " – " + s.LastNote
		}
		out = append(out, line)
	}
	for _, e := range l.Entries {
		out = append(out, e.Date+" – "+e.Kind+": "+oneLine(e.Text))
	}
	return out
}

// Booking answers a reply to the review, or asks again after "not now"
// (b.Kind BookAsk). See assistant.Composer.
func (c *Composer) Booking(conv *conversation.Conversation, b conversation.Booking, next *conversation.Conversation, who conversation.Participant, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.checkParticipant(conv, who); err != nil {
		return conversation.Email{}, err
	}
	v, e := c.notice(conv, who, replyTo, now)
	e.to = []conversation.Participant{conv.Employee}
	e.cc = []conversation.Participant{conv.Manager}
	e.from = conv.Manager
	d := c.dates(conv, conv.Employee, now)
	options := []string{
		`"yes" books it`,
		`another date books that one ("book 15 July 14:00")`,
		`a month proposes a date in it ("in September")`,
		`"not now" asks again in a few weeks`,
	}
	switch b.Kind {
	case conversation.BookNow:
		at := b.At
		if next != nil {
			at = next.MeetingStart
		}
		v.Summary = fmt.Sprintf("Your next career conversation is booked for %s. %s gets the preparation email a week before, as last time; it will show what you wanted, agreed and did this time.", d.at(at), v.Employee)
		if next != nil && !next.MeetingStart.Equal(b.At.Truncate(time.Millisecond)) {
			v.Summary = fmt.Sprintf("Your next career conversation was already booked for %s; that stands. To move it, ask %s.", d.at(at), c.Org.resolve().HR)
		}
		options = nil
	case conversation.BookProposed:
		v.Summary = fmt.Sprintf("How about %s for your next career conversation? Reply:", d.at(b.At))
	case conversation.BookLater:
		v.Summary = fmt.Sprintf("No problem: %s will ask again on %s. Or reply any time before:", v.Product, d.day(b.At))
	case conversation.BookAsk:
		v.Summary = fmt.Sprintf("Time to book your next career conversation? %s proposes %s. Reply:", v.Product, d.at(b.At))
	case conversation.BookPast:
		e.to, e.cc = []conversation.Participant{who}, nil
		v.Summary = fmt.Sprintf("%s is too soon or has passed: nothing was booked. Reply with a date ahead:", d.at(b.At))
	default:
		e.to, e.cc = []conversation.Participant{who}, nil
		v.Summary = "Sorry, that reply did not say when to meet next: nothing was booked. Reply:"
	}
	v.Journey = &journeyView{Help: options}
	v.ThreadSubject, e.root = v.Threads.Steps, conversation.EmailWrapUp
	e.thread = t
	e.name = answerName(conversation.EmailBooking, t, now)
	if b.Kind == conversation.BookAsk {
		e.name = fmt.Sprintf("%s-ask%d", conversation.EmailBooking, conv.Journey.Asks)
	}
	return c.render(conversation.EmailHelp, v, e, conv)
}

// proposalAction is the review's first sentence: the date proposed for the
// next conversation and how to book it.
func (c *Composer) proposalAction(conv *conversation.Conversation, v *view, now time.Time) string {
	if conv.Next != "" {
		return "Your next career conversation is already booked; " + v.Employee + " gets its preparation email a week before."
	}
	if conv.Journey.NextAt.IsZero() {
		return "Time to book your next career conversation – " + v.Manager + ", could you suggest a time in the next few weeks?"
	}
	d := c.dates(conv, conv.Employee, now)
	return strings.Join([]string{
		"Your next career conversation: how about " + d.at(conv.Journey.NextAt) + "?",
		`Either of you can reply "yes" to book it, another date ("book 15 July 14:00"), a month ("in September") or "not now".`,
	}, " ")
}

// lastText writes the last cycle's section (nothing without one).
func lastText(w *textWriter, l *lastView) {
	if l == nil {
		return
	}
	w.add("\n", l.Title, ":\n")
	for _, line := range l.Lines {
		w.add("- ", line, "\n")
	}
}

// lastHTML writes the last cycle's section (nothing without one).
func lastHTML(w *htmlWriter, l *lastView) {
	if l == nil {
		return
	}
	w.add(`<p style="margin:0 0 2px;"><strong>`, esc(l.Title), ":</strong></p>\n", `<ul style="margin:0 0 12px;padding-left:20px;">`+"\n")
	for _, line := range l.Lines {
		w.add(`<li style="margin-bottom:4px;white-space:pre-wrap;">`, esc(line), "</li>\n")
	}
	w.add("</ul>\n")
}

// cvLine is the receipt's line on a CV the reply brought, "" for none.
func (c *Composer) cvLine(cv assistant.CVNote, v *view) string {
	var parts []string
	switch {
	case cv.Kept != "" && cv.Link:
		parts = append(parts, "Your profile link is kept for "+v.Manager+": it goes with the pre-read.")
	case cv.Kept != "":
		parts = append(parts, "Your CV ("+cv.Kept+") is kept for "+v.Manager+": it goes with the pre-read, and is erased with the conversation.")
	}
	name := cv.Refused
	if name == "" {
		name = "the attachment"
	}
	switch cv.Why {
	case assistant.CVTooLarge:
		parts = append(parts, fmt.Sprintf("%s was not kept: it is over %d MB. A smaller PDF, or a link to your profile, will do.", name, assistant.MaxCVBytes>>20))
	case assistant.CVNotDocument:
		parts = append(parts, name+" was not kept: a CV goes as a PDF or Word file, or a link to your profile.")
	case assistant.CVNoStore:
		parts = append(parts, name+" was not kept: files cannot be kept here; paste a link to your profile instead.")
	}
	return strings.Join(parts, " ")
}
