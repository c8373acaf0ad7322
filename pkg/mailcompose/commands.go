package mailcompose

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/lexicon"
)

// Commanded renders what the commands of one reply did, one line each. A
// pause that moved the check-ins after the plan carries the updated calendar.
func (c *Composer) Commanded(conv *conversation.Conversation, to conversation.Participant, made []conversation.Choice, checkIns []time.Time, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.checkParticipant(conv, to); err != nil {
		return conversation.Email{}, err
	}
	if len(made) == 0 {
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "No command to confirm.")
	}
	v, e := c.notice(conv, to, replyTo, now)
	d := c.dates(conv, to, now)
	day := func(s string) string {
		if t, err := time.ParseInLocation(time.DateOnly, s, d.loc); err == nil {
			return d.day(t)
		}
		return s
	}
	var next []time.Time
	for _, at := range checkIns {
		if at.After(now) {
			next = append(next, at)
		}
	}
	by := firstName(conv.Employee.Name, conv.Employee.Email)
	if len(made) > 0 && made[0].By == "manager" {
		by = firstName(conv.Manager.Name, conv.Manager.Email)
	}
	mine := participantKey(conv, to) == made[0].By
	var lines []string
	moved := false
	for _, ch := range made {
		if ch.Refused != "" {
			lines = append(lines, fmt.Sprintf("Not done – %q: %s", ch.Command, ch.Refused))
			continue
		}
		switch ch.Command {
		case lexicon.CmdStop:
			lines = append(lines, "Stopped: "+v.Product+" sends nothing more about this conversation.")
		case lexicon.CmdPause:
			switch {
			case ch.Moved && len(next) > 0:
				moved = true
				lines = append(lines, fmt.Sprintf("Paused until %s: the check-ins come after it, the next on %s.", day(ch.Until), d.day(next[0])))
			case ch.Moved:
				moved = true
				lines = append(lines, fmt.Sprintf("Paused until %s: the review moved after it.", day(ch.Until)))
			default:
				lines = append(lines, fmt.Sprintf("Paused until %s: no check-in was due before then, so nothing moved.", day(ch.Until)))
			}
		case lexicon.CmdSkip:
			line := fmt.Sprintf("Check-in %d is skipped.", ch.CheckIn)
			if len(next) > 0 {
				line += " The next one is on " + d.day(next[0]) + "."
			}
			lines = append(lines, line)
		case lexicon.CmdPrivate:
			lines = append(lines, c.privateLines(conv, ch.Numbers, d)...)
		case lexicon.CmdFewer:
			if ch.By == "manager" {
				lines = append(lines, "Fewer emails: after a check-in you hear from "+v.Product+" only when a step is blocked.")
			} else {
				lines = append(lines, "Fewer emails: no more reminders. The check-ins still come, and answer them only if you like.")
			}
		case lexicon.CmdAllEmails:
			lines = append(lines, "All emails again, as before.")
		case lexicon.CmdAlias:
			lines = append(lines, "Added "+ch.Address+": replies from it now count as yours. "+v.Product+" keeps writing to "+to.Email+".")
		}
	}
	v.Journey = &journeyView{Lines: lines}
	v.Summary = "Done – here is what changed:"
	if !mine {
		v.Summary = by + " paused the check-ins of your career conversation:"
	}
	if moved && len(conv.Steps) > 0 {
		files, err := c.planCheckIns(v, conv, checkIns, now)
		if err != nil {
			return conversation.Email{}, err
		}
		e.attachments = files
	}
	e.thread, e.name = t, answerName(conversation.EmailCommanded, t, now)
	return c.render(conversation.EmailCommanded, v, e, conv)
}

// privateLines say which answers the manager will and will not see, and
// whether he saw them already (a pre-read or an update sent before).
func (c *Composer) privateLines(conv *conversation.Conversation, numbers []int, d dates) []string {
	mgr := firstName(conv.Manager.Name, conv.Manager.Email)
	var kept, shown []string
	for _, n := range conv.Choices.Private {
		kept = append(kept, strconv.Itoa(n))
	}
	for _, a := range conv.Answers {
		if !conv.Choices.IsPrivate(a.Question) {
			shown = append(shown, strconv.Itoa(a.Question))
		}
	}
	slices.Sort(shown)
	lines := []string{fmt.Sprintf("Kept private: %s %s – %s will not see %s in the pre-read or any email.",
		pluralWord(len(kept), "answer"), series(kept), mgr, map[bool]string{true: "it", false: "them"}[len(kept) == 1])}
	if len(shown) > 0 {
		lines = append(lines, fmt.Sprintf("%s will see %s %s.", mgr, pluralWord(len(shown), "answer"), series(shown)))
	} else {
		lines = append(lines, mgr+" sees none of your answers yet.")
	}
	if s, ok := conv.SendOf(conversation.EmailPreread); ok && s.State == conversation.SendSent {
		var sent []string
		for _, n := range numbers {
			if slices.ContainsFunc(conv.Answers, func(a conversation.Answer) bool { return a.Question == n && !a.At.After(s.At) }) {
				sent = append(sent, strconv.Itoa(n))
			}
		}
		if len(sent) > 0 {
			lines = append(lines, fmt.Sprintf("Note: %s's pre-read went out on %s, before this, with %s %s in it.", mgr, d.day(s.At), pluralWord(len(sent), "answer"), series(sent)))
		}
	}
	return lines
}

// Stranger renders the answer to a reply from an address careerconv does not
// know (from), which looks like one of expected's: the address it expects,
// and how to add this one. Nothing of the conversation's content is in it.
func (c *Composer) Stranger(conv *conversation.Conversation, from string, expected []conversation.Participant, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	if len(expected) == 0 {
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "No participant to name.")
	}
	v, e := c.notice(conv, expected[0], "", now)
	e.to = []conversation.Participant{{Name: expected[0].Name, Email: from}}
	var known []string
	for _, p := range expected {
		known = append(known, p.Email)
	}
	v.Summary = fmt.Sprintf("Your reply came from %s, and %s reads replies only from %s. Nothing of it was kept.", from, v.Product, series(known))
	v.Journey = &journeyView{Lines: []string{
		"Please send it again from " + series(known) + ".",
		fmt.Sprintf("If %s is yours too, reply from %s with: also me: %s – after that, replies from it count.", from, known[0], from),
		"If this email reached you by mistake, please ignore it.",
	}}
	e.thread, e.name = t, answerName(conversation.EmailStranger, t, now)
	return c.render(conversation.EmailStranger, v, e, conv)
}

// series joins items as "a, b and c".
func series(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
