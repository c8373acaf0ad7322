package mailcompose

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// journeyView is what the journey's emails show besides the common view.
type journeyView struct {
	Done, Blocked []step
	Feedback      string
	About         []step // the steps feedback is about
	Changes       []changeLine
	Dropped       []int // steps dropped by this reply: restorable
	Entries       []entryLine
	By            string // who made the changes: a first name
	RecordTitle   string // the heading of Entries in a check-in or the review
	Help          []string
	Lines         []string // what a reply's commands did; what an unknown address should do
}

type changeLine struct{ Text string }

type entryLine struct {
	Date, Kind, Text string
}

// Moved renders the note to the manager after a check-in reply moved steps: those
// done by name with a nudge to say well done, those blocked with her note and
// "how could you help?". A reply to it (replyTo) is passed on to the employee.
func (c *Composer) Moved(conv *conversation.Conversation, n conversation.MovedNote, replyTo string, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	if len(n.Done)+len(n.Blocked) == 0 {
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "Nothing moved: there is no note to send.")
	}
	v, e := c.notice(conv, conv.Manager, replyTo, now)
	j := &journeyView{Done: pick(v.Steps, n.Done), Blocked: pick(v.Steps, n.Blocked)}
	v.Journey, v.CheckIn = j, n.CheckIn
	var parts []string
	if len(j.Done) > 0 {
		parts = append(parts, fmt.Sprintf("%s finished %s", v.Employee, plural(len(j.Done), "step")))
	}
	if len(j.Blocked) > 0 {
		parts = append(parts, fmt.Sprintf("%s %s blocked", plural(len(j.Blocked), "step"), map[bool]string{true: "is", false: "are"}[len(j.Blocked) == 1]))
	}
	v.Summary = "Check-in " + fmt.Sprint(n.CheckIn) + ": " + strings.Join(parts, "; ") + "."
	if len(j.Done) > 0 {
		v.Summary = strings.TrimSuffix(v.Summary, ".") + " – a word of thanks from you goes a long way."
	}
	e.name = conversation.EmailMoved + "-" + shortHash(n.Message)
	e.from = conv.Employee
	return c.render(conversation.EmailMoved, v, e, conv)
}

// Feedback renders the manager's reply to a note, passed on to the employee (cc
// the manager, who sees it went through). replyTo is where she may reply.
func (c *Composer) Feedback(conv *conversation.Conversation, f conversation.Feedback, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	if strings.TrimSpace(f.Text) == "" {
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "The feedback is empty.")
	}
	v, e := c.notice(conv, conv.Employee, replyTo, now)
	v.Journey = &journeyView{Feedback: strings.TrimSpace(f.Text), About: pick(v.Steps, f.Steps)}
	v.Summary = v.Manager + " read your check-in and wrote back:"
	e.cc, e.from, e.thread = []conversation.Participant{conv.Manager}, conv.Manager, t
	e.name = answerName(conversation.EmailFeedback, t, now)
	return c.render(conversation.EmailFeedback, v, e, conv)
}

// Adjusted renders the plan after an adjustment by reply, to the employee (cc the
// manager): what changed and who changed it, the steps a reply dropped and how
// to restore them, the steps as they stand and the updated calendar.
func (c *Composer) Adjusted(conv *conversation.Conversation, changes []conversation.Change, by conversation.Participant, checkIns []time.Time, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	if len(changes) == 0 {
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "No change to the plan to send.")
	}
	v, e := c.notice(conv, conv.Employee, replyTo, now)
	j := &journeyView{By: firstName(by.Name, by.Email)}
	d := c.dates(conv, conv.Employee, now)
	day := func(s string) string {
		if t, err := time.ParseInLocation(time.DateOnly, s, d.loc); err == nil {
			return d.day(t)
		}
		return "none"
	}
	due := func(s string) string {
		if day(s) == "none" {
			return ""
		}
		return " (by " + day(s) + ")"
	}
	for _, ch := range changes {
		var line string
		switch ch.Op {
		case conversation.ChangeAdd:
			line = fmt.Sprintf("Added %d. %s%s", ch.Step, clipRunes(oneLine(ch.Text), 120), due(ch.Due))
		case conversation.ChangeEdit:
			if ch.Was == ch.Text {
				line = fmt.Sprintf("Changed %d. %s: due %s, was %s", ch.Step, clipRunes(oneLine(ch.Text), 120), day(ch.Due), day(ch.WasDue))
				break
			}
			line = fmt.Sprintf("Changed %d: was \"%s\"%s, now \"%s\"%s", ch.Step, clipRunes(oneLine(ch.Was), 80), due(ch.WasDue), clipRunes(oneLine(ch.Text), 80), due(ch.Due))
		case conversation.ChangeDrop:
			line = fmt.Sprintf("Dropped %d. %s", ch.Step, clipRunes(oneLine(ch.Text), 120))
			j.Dropped = append(j.Dropped, ch.Step)
		case conversation.ChangeRestore:
			line = fmt.Sprintf("Restored %d. %s, now %s", ch.Step, clipRunes(oneLine(ch.Text), 120), statusText(ch.Status))
		default:
			line = fmt.Sprintf("%d. %s: now %s", ch.Step, clipRunes(oneLine(ch.Text), 120), statusText(ch.Status))
		}
		j.Changes = append(j.Changes, changeLine{Text: line})
	}
	v.Journey = j
	files, err := c.planCheckIns(v, conv, checkIns, now)
	if err != nil {
		return conversation.Email{}, err
	}
	e.attachments = files
	v.Summary = fmt.Sprintf("%s updated the plan: %s.", j.By, plural(len(changes), "change"))
	e.cc, e.thread = []conversation.Participant{conv.Manager}, t
	e.from = by
	e.name = answerName(conversation.EmailAdjusted, t, now)
	return c.render(conversation.EmailAdjusted, v, e, conv)
}

// Recorded renders the receipt for the wins and setbacks a reply recorded, and
// when they will be shown.
func (c *Composer) Recorded(conv *conversation.Conversation, entries []conversation.Entry, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	if len(entries) == 0 {
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "Nothing was recorded.")
	}
	v, e := c.notice(conv, conv.Employee, replyTo, now)
	v.Journey = &journeyView{Entries: c.entries(conv, entries, now)}
	what := "1 entry"
	if len(entries) > 1 {
		what = fmt.Sprintf("%d entries", len(entries))
	}
	v.Summary = fmt.Sprintf("Recorded in your record: %s, dated %s. You'll see it in your next check-in and in the review.", what, v.Journey.Entries[0].Date)
	e.thread, e.name = t, answerName(conversation.EmailRecorded, t, now)
	return c.render(conversation.EmailRecorded, v, e, conv)
}

// Help renders the short list of what can be replied to the email whose reply
// (for purpose) asked for help.
func (c *Composer) Help(conv *conversation.Conversation, to conversation.Participant, purpose conversation.Purpose, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.checkParticipant(conv, to); err != nil {
		return conversation.Email{}, err
	}
	v, e := c.notice(conv, to, replyTo, now)
	var help []string
	switch {
	case purpose.Kind == conversation.ReplyMoved:
		help = append(help, "A word for "+v.Employee+" – a thank-you, an offer of help: "+v.Product+" passes it on.")
	case purpose.Kind == conversation.ReplyPrep && len(conv.Steps) == 0:
		help = append(help, "Your answers, numbered by question: \"1. I'd like us to talk about…\". A later answer replaces an earlier one.")
	case len(conv.Steps) == 0:
		help = append(help, "The steps you agreed, one per line, with a date if you have one: \"Shadow the on-call rotation by 15 May\".")
	}
	if purpose.Kind == conversation.ReplyCheckIn {
		help = append(help, "Where each step stands: \"1 done\", \"2 in progress: halfway\", \"3 blocked: waiting on Priya\".")
	}
	if len(conv.Steps) > 0 && purpose.Kind != conversation.ReplyPrep {
		help = append(help, "A change to the plan: \"add: … by 30 April\", \"change 2: … by …\", \"drop 3\", \"restore 3\", \"2 done\". Both of you get the updated plan.")
	}
	if len(conv.Steps) > 0 && !v.ToManager {
		help = append(help, "Your record: \"win: …\" or \"setback: …\" – dated, and shown in your next check-in and the review.")
	}
	help = append(help, "Alone in a reply: \"stop\" (no more emails about this conversation), \"pause until 10 March\" (the check-ins move), \"skip\" (this check-in), \"fewer emails\" ("+
		map[bool]string{true: "a note after a check-in only when a step is blocked", false: "no reminders"}[v.ToManager]+"), \"help\".")
	if !v.ToManager {
		help = append(help, "\"private 4\" keeps your answer 4 out of the pre-read and every email "+v.Manager+" gets.")
	}
	help = append(help, "\"also me: you@other.example\", sent from this address, lets you reply from that one too.")
	help = append(help, "German, French and Spanish work too: \"Noch eins: …\", \"Streiche 3\", \"Erfolg: …\", \"Pause bis 10. März\"; \"Ajouter : …\", \"Supprimer l'étape 3\", \"Réussite : …\", \"Privé 4\"; \"Pausa hasta el 10 de marzo\", \"No más correos\".")
	v.Journey = &journeyView{Help: help}
	v.Summary = "What you can reply to this email:"
	e.thread, e.name = t, answerName(conversation.EmailHelp, t, now)
	return c.render(conversation.EmailHelp, v, e, conv)
}

// record is the employee's record for check-in n (the entries since the
// previous check-in) or, n == 0, for the review (all of it); nil when empty.
func (c *Composer) record(conv *conversation.Conversation, n int, now time.Time) *journeyView {
	var since time.Time
	title := "Your record of wins and setbacks"
	if n > 1 {
		if s, ok := conv.SendOf(fmt.Sprintf("%s%d", conversation.EmailCheckIn, n-1)); ok {
			since = s.At
		}
	}
	if n > 0 {
		title = "Recorded since your last check-in"
	}
	es := conv.Journey.RecordSince(since)
	if len(es) == 0 {
		return nil
	}
	return &journeyView{Entries: c.entries(conv, es, now), RecordTitle: title}
}

// entries formats record entries for the employee.
func (c *Composer) entries(conv *conversation.Conversation, es []conversation.Entry, now time.Time) []entryLine {
	d := c.dates(conv, conv.Employee, now)
	var out []entryLine
	for _, e := range es {
		out = append(out, entryLine{Date: d.day(e.At), Kind: string(e.Kind), Text: strings.TrimSpace(e.Text)})
	}
	return out
}

// pick returns the steps numbered ns, in the order of ns.
func pick(steps []step, ns []int) []step {
	var out []step
	for _, n := range ns {
		if i := slices.IndexFunc(steps, func(s step) bool { return s.N == n }); i >= 0 {
			out = append(out, steps[i])
		}
	}
	return out
}
