package mailcompose

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/questions"
)

// DefaultProduct is the product name used in text when Composer.Product is empty.
const DefaultProduct = "careerconv"

// Composer renders careerconv's emails. The zero value is not usable: From is required.
// A Composer is safe for concurrent use.
type Composer struct {
	// From is the sender, display name and address:
	// "careerconv <careerconv@mail.example.com>". Each email shows the person it
	// speaks for: "Sam Patel via careerconv <careerconv@mail.example.com>".
	From string
	// MessageDomain is the right side of Message-IDs, e.g. "mail.example.com".
	// Empty means the domain of From.
	MessageDomain string
	// Bank is the question bank; nil means questions.Default().
	Bank *questions.Bank
	// Product is the product name in text; empty means DefaultProduct.
	Product string
	// Org introduces the organisation in the first email and in every footer.
	Org Organisation
	// ProviderDomain is the domain of the Message-IDs the mail provider gives the
	// messages it sends, when it replaces ours: SES sends every message as
	// <MessageId@REGION.amazonses.com> (email.amazonses.com in us-east-1). Threads
	// then refer to a sent email by the ID the provider returned (kept in the send
	// ledger), so the References point at messages the mailboxes have. Empty: the
	// provider keeps our Message-IDs.
	ProviderDomain string
	// PrereadBefore is how long before the meeting the pre-read goes out (the
	// schedule's PrereadBefore), for the employee's deadline; 0 means 24 hours.
	PrereadBefore time.Duration
}

var _ assistant.Composer = (*Composer)(nil)

// maxReferences bounds the References header: the root and the latest ones are kept.
const maxReferences = 10

// Prep renders the preparation email to the employee: the deadline first, how to
// reply, then the manager's questions.
func (c *Composer) Prep(conv *conversation.Conversation, cy conversation.Cycle, replyTo string, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	v := c.view(conv, conv.Employee, now)
	v.CanReply = replyTo != ""
	v.Last = c.last(conv, cy.Previous, conv.Employee, now)
	if v.CanReply {
		if by, ok := c.replyBy(conv, now); ok {
			v.Action = by + " – " + v.Manager + " reads your answers " + c.readsWhen(conv, now) + "."
		} else {
			v.Action = "Reply before your conversation " + c.meetingWhen(conv, v, now) + " – " + v.Manager + " gets your answers as they arrive."
		}
		v.ExampleLead = "Hit Reply and number your answers, like this:"
		v.Example = []string{"1. I'd like us to talk about…", "4. Day to day, I would be…"}
	} else {
		v.Action = "Think about these questions before your conversation with " + v.Manager + " on " + v.Meeting + "."
	}
	return c.render(conversation.EmailPrep, v, envelope{
		name: conversation.EmailPrep, to: []conversation.Participant{conv.Employee}, from: conv.Manager,
		replyTo: replyTo, now: now,
	}, conv)
}

// Receipt renders the receipt for a prep reply: a one-line summary worded for where
// the conversation stands, what was stored for each question in changed, the
// paragraphs tied to no question (unplaced, kept as notes; greetings and thanks
// left out) with a question whether one answers a question, and the questions
// still open, and what became of a CV it brought (cv).
func (c *Composer) Receipt(conv *conversation.Conversation, changed []int, unplaced []conversation.Unplaced, cv assistant.CVNote, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	v := c.view(conv, conv.Employee, now)
	v.CanReply = replyTo != ""
	for _, q := range v.Questions {
		switch {
		case slices.Contains(changed, q.N):
			v.Stored = append(v.Stored, q)
		case q.Answered:
			v.Kept = append(v.Kept, q)
		case !q.ForMeeting:
			v.Open = append(v.Open, q)
		}
	}
	v.Stand = c.stand(conv, now)
	// The paragraphs tied to no question, kept as notes; greetings and thanks
	// are not notes. The notes kept from earlier replies are shown apart.
	for _, p := range unplacedOf(unplaced, conversation.UnplacedParagraph) {
		if p = meaningfulNotes(p, conv.Employee.Name); p != "" {
			v.Unplaced = append(v.Unplaced, p)
		}
	}
	var earlier []string
	for p := range strings.SplitSeq(v.Notes, "\n\n") {
		if p = strings.TrimSpace(p); p != "" && !slices.Contains(v.Unplaced, p) {
			earlier = append(earlier, p)
		}
	}
	v.Notes = strings.Join(earlier, "\n\n")
	saved := "Thanks for your reply – it didn't change any answer."
	if n := len(v.Stored); n > 0 {
		saved = fmt.Sprintf("Thanks – %s saved, %d of %d answered.", plural(n, "answer"), v.Answered, v.Answerable)
	}
	switch v.Stand {
	case standBefore:
		v.Summary = saved + " " + v.Manager + " reads them " + c.readsWhen(conv, now) + "."
	case standPreread:
		v.Summary = saved + " " + v.Manager + " already has your earlier answers; what changed goes to " + v.Manager + " now."
	default:
		v.Summary = saved + " They're kept for your record; share anything new with " + v.Manager + " directly."
	}
	if kept := conv.Choices.Private; len(kept) > 0 {
		var ns []string
		for _, n := range kept {
			ns = append(ns, strconv.Itoa(n))
		}
		v.Summary += " Kept private – " + v.Manager + " never sees " + pluralWord(len(ns), "answer") + " " + series(ns) + "."
	}
	if line := c.cvLine(cv, v); line != "" {
		v.Summary += " " + line
	}
	return c.render(conversation.EmailReceipt, v, envelope{
		name: answerName(conversation.EmailReceipt, t, now), to: []conversation.Participant{conv.Employee}, from: conv.Manager,
		replyTo: replyTo, thread: t, root: conversation.EmailPrep, now: now,
	}, conv)
}

// Nudge renders the friendly reminder to the employee before the meeting.
func (c *Composer) Nudge(conv *conversation.Conversation, replyTo string, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	v := c.view(conv, conv.Employee, now)
	v.CanReply = replyTo != ""
	when := v.When
	if when == "" {
		when = "on " + v.Meeting
	}
	by, early := c.replyBy(conv, now)
	switch {
	case v.CanReply && early:
		v.Action = by + " with a line or two – any answer helps " + v.Manager + " prepare for your conversation " + when + "."
	case v.CanReply:
		v.Action = "Reply with a line or two before your conversation " + c.meetingWhen(conv, v, now) + " – " + v.Manager + " gets your answers as they arrive."
	default:
		v.Action = "A reminder: your career conversation with " + v.Manager + " is " + when + "."
	}
	return c.render(conversation.EmailNudge, v, envelope{
		name: conversation.EmailNudge, to: []conversation.Participant{conv.Employee}, from: conv.Manager,
		replyTo: replyTo, root: conversation.EmailPrep, now: now,
	}, conv)
}

// Preread renders the manager's pre-read as a brief: what the employee wants from
// the meeting in her words, a summary, three questions to ask, then her answers by
// stage with a one-line tip each.
//
// full adds each stage's whole guidance and what to prepare, for a manager's
// first pre-read; later ones keep the one-line tips.
func (c *Composer) Preread(conv *conversation.Conversation, cy conversation.Cycle, replyTo string, full bool, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	v := c.view(conv, conv.Manager, now)
	v.CanReply = replyTo != ""
	v.FullGuide = full
	v.Last = c.last(conv, cy.Previous, conv.Manager, now)
	var files []attachment
	if f := cy.CV; f != nil && len(f.Data) > 0 {
		files = append(files, attachment{contentType: f.Type, filename: f.Name, data: f.Data})
		v.CVAttached = f.Name
	}
	if conv.CV != nil && conv.CV.Link != "" {
		v.CVLink = conv.CV.Link
	}
	v.brief()
	v.Action = "Read before you meet " + v.Employee + " " + c.meetingWhen(conv, v, now) + "."
	if v.CanReply {
		v.Action += " Reply with notes for yourself; only you see them."
	}
	return c.render(conversation.EmailPreread, v, envelope{
		name: conversation.EmailPreread, to: []conversation.Participant{conv.Manager}, from: conv.Employee,
		replyTo: replyTo, now: now, attachments: files,
	}, conv)
}

// PrereadUpdate renders the short update to the manager when answers arrive after
// the pre-read and before the meeting: only the questions in changed and the notes
// the same reply added (notes, "" for none).
func (c *Composer) PrereadUpdate(conv *conversation.Conversation, changed []int, notes, replyTo string, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	v := c.view(conv, conv.Manager, now)
	v.CanReply = replyTo != ""
	v.Notes = meaningfulNotes(notes, conv.Employee.Name)
	for _, q := range v.Questions {
		if slices.Contains(changed, q.N) && q.Answered {
			v.Changed = append(v.Changed, q)
		}
	}
	var ns []int
	for _, q := range v.Changed {
		ns = append(ns, q.N)
	}
	switch {
	case len(ns) > 0:
		v.Summary = fmt.Sprintf("%s answered more since your pre-read (%s %s): here is only what changed, before your conversation %s.",
			v.Employee, pluralWord(len(ns), "question"), numbers(ns), c.meetingWhen(conv, v, now))
	case v.Notes != "":
		v.Summary = v.Employee + " added notes since your pre-read, before your conversation " + c.meetingWhen(conv, v, now) + "."
	default:
		v.Summary = v.Employee + " replied again since your pre-read; nothing in it changes the answers."
	}
	key := ""
	for _, q := range v.Changed {
		key += fmt.Sprintf("%d:%s\x00", q.N, q.Answer)
	}
	return c.render(conversation.EmailUpdate, v, envelope{
		name: conversation.EmailUpdate + "-" + shortHash(key+v.Notes), to: []conversation.Participant{conv.Manager}, from: conv.Employee,
		replyTo: replyTo, root: conversation.EmailPreread, now: now,
	}, conv)
}

// WrapUp renders the email sent at the end of the meeting to the employee (cc the
// manager), asking for the agreed steps.
func (c *Composer) WrapUp(conv *conversation.Conversation, replyTo string, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	v := c.view(conv, conv.Employee, now)
	v.CanReply = replyTo != ""
	if v.CanReply {
		v.Action = "Reply with the steps you and " + v.Manager + " agreed, one per line, today while they're fresh:"
	} else {
		v.Action = "Send the steps you and " + v.Manager + " agreed, one per line:"
	}
	v.Example = []string{"Shadow the platform team's on-call for two weeks, by 28 Feb", "Ask Priya about the data guild", "Finish the cloud architecture course by 31 Mar"}
	return c.render(conversation.EmailWrapUp, v, envelope{
		name: conversation.EmailWrapUp, to: []conversation.Participant{conv.Employee}, cc: []conversation.Participant{conv.Manager},
		from: conv.Manager, replyTo: replyTo, now: now,
	}, conv)
}

// Plan renders the agreed plan to the employee (cc the manager): the numbered steps,
// the check-in dates in the employee's zone and two iCalendar attachments with one
// event per check-in, one worded for each of them. The steps of the reply whose
// due date could not be read (unplaced) are listed, with how to add one.
func (c *Composer) Plan(conv *conversation.Conversation, checkIns []time.Time, unplaced []conversation.Unplaced, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	if len(conv.Steps) == 0 {
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "Conversation %s has no steps to put in a plan.", conv.ID)
	}
	v := c.view(conv, conv.Employee, now)
	v.CanReply = replyTo != ""
	files, err := c.planCheckIns(v, conv, checkIns, now)
	if err != nil {
		return conversation.Email{}, err
	}
	// The steps whose due date could not be read, by their number in the plan.
	for _, text := range unplacedOf(unplaced, conversation.UnplacedNoDue) {
		line := text
		for _, s := range v.Steps {
			if s.Due == "" && s.Text == conversation.CleanText(text, conversation.MaxStepLen) {
				line = "Step " + strconv.Itoa(s.N) + ": " + text
				break
			}
		}
		v.Unplaced = append(v.Unplaced, line)
	}
	v.Summary = fmt.Sprintf("Your plan with %s: %s", v.Manager, plural(len(v.Steps), "step"))
	if len(v.CheckIns) > 0 {
		v.Summary += ", first check-in " + v.CheckIns[0]
	}
	v.Summary += "."
	return c.render(conversation.EmailPlan, v, envelope{
		name: answerName(conversation.EmailPlan, t, now), to: []conversation.Participant{conv.Employee}, cc: []conversation.Participant{conv.Manager},
		from: conv.Manager, replyTo: replyTo, thread: t, root: conversation.EmailWrapUp, now: now, attachments: files,
	}, conv)
}

// planCheckIns puts the check-in days (in the employee's zone) on a plan's view
// and returns the calendar files both participants get with it.
func (c *Composer) planCheckIns(v *view, conv *conversation.Conversation, checkIns []time.Time, now time.Time) ([]attachment, error) {
	d := c.dates(conv, conv.Employee, now)
	for _, at := range checkIns {
		v.CheckIns = append(v.CheckIns, d.day(at))
	}
	return c.calendars(conv, checkIns, calendarPublish, now, conv.Employee, conv.Manager)
}

// CheckIn renders check-in n to the employee: the reply format first, then each
// step with its status, finished and overdue steps marked.
func (c *Composer) CheckIn(conv *conversation.Conversation, n int, replyTo string, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	if n < 1 {
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "Check-in number %d is not valid.", n)
	}
	v := c.view(conv, conv.Employee, now)
	v.CanReply = replyTo != ""
	v.CheckIn = n
	v.Summary = stepCounts(v.Steps)
	switch {
	case len(v.Steps) == 0 && v.CanReply:
		v.Action = fmt.Sprintf("Check-in %d: reply with the steps you and %s agreed, one per line.", n, v.Manager)
	case len(v.Steps) == 0:
		v.Action = fmt.Sprintf("Check-in %d: %s doesn't have your steps yet.", n, v.Product)
	case v.CanReply:
		v.Action = fmt.Sprintf("Check-in %d: reply this week with one line per step, like this:", n)
		v.Example = progressExample(v.Steps)
	default:
		v.Action = fmt.Sprintf("Check-in %d: here is where your steps stand.", n)
	}
	v.Journey = c.record(conv, n, now)
	return c.render(conversation.EmailCheckIn, v, envelope{
		name: fmt.Sprintf("%s%d", conversation.EmailCheckIn, n), to: []conversation.Participant{conv.Employee}, from: conv.Manager,
		replyTo: replyTo, root: conversation.EmailWrapUp, now: now,
	}, conv)
}

// progressExample is a check-in's reply format with the plan's own step numbers.
func progressExample(steps []step) []string {
	forms := []string{"%d done", "%d in progress: halfway", "%d blocked: waiting on a budget decision"}
	var out []string
	for i, s := range steps {
		if i == len(forms) {
			break
		}
		out = append(out, fmt.Sprintf(forms[i], s.N))
	}
	return out
}

// ProgressReceipt renders the answer to a check-in reply: where all steps stand in
// one line, what was recorded for each step (applied), what was not understood
// (rejected), and the lines that named no step (unplaced), with how to place them.
func (c *Composer) ProgressReceipt(conv *conversation.Conversation, n int, applied, rejected []conversation.ProgressUpdate, unplaced []conversation.Unplaced, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	v := c.view(conv, conv.Employee, now)
	v.CanReply = replyTo != ""
	v.CheckIn = n
	reported := map[int]bool{}
	for _, u := range applied {
		reported[u.Step] = true
		v.Applied = append(v.Applied, c.update(conv, u))
	}
	for _, u := range rejected {
		v.Rejected = append(v.Rejected, c.update(conv, u))
	}
	for _, s := range v.Steps {
		if !reported[s.N] {
			v.Unreported = append(v.Unreported, s)
		}
	}
	v.Unplaced = unplacedOf(unplaced, conversation.UnplacedNoStep)
	v.Summary = "Thanks – your steps now: " + stepCounts(v.Steps) + "."
	if len(v.Applied) == 0 {
		v.Summary = "Thanks for your reply – no step changed. Your steps: " + stepCounts(v.Steps) + "."
	}
	if conv.Status == conversation.StatusCompleted {
		v.Summary += " The three-month review has gone out, so this is kept for your record."
	}
	return c.render(conversation.EmailProgress, v, envelope{
		name: answerName(fmt.Sprintf("%s%d", conversation.EmailProgress, n), t, now), to: []conversation.Participant{conv.Employee}, from: conv.Manager,
		replyTo: replyTo, thread: t, root: conversation.EmailWrapUp, now: now,
	}, conv)
}

// unplacedOf returns the texts of the unplaced items of kind, in order.
func unplacedOf(unplaced []conversation.Unplaced, kind conversation.UnplacedKind) []string {
	var out []string
	for _, u := range unplaced {
		if t := strings.TrimSpace(u.Text); u.Kind == kind && t != "" {
			out = append(out, t)
		}
	}
	return out
}

// Review renders the closing review to the employee (cc the manager): what she
// wanted, the steps done by name, a blocked step the manager could help with, and
// a proposal to book the next conversation.
func (c *Composer) Review(conv *conversation.Conversation, replyTo string, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	v := c.view(conv, conv.Employee, now)
	v.CanReply = replyTo != ""
	v.Name = v.Employee + " and " + v.Manager
	if a, ok := conv.Answer(1); ok && strings.TrimSpace(a.Text) != "" {
		v.Wants = clipSentence(a.Text, 5*fragmentLen)
	}
	for _, s := range v.Steps {
		switch {
		case s.Done:
			v.Done = append(v.Done, s)
		case s.Blocked:
			v.Blocked = append(v.Blocked, s)
		case s.Status != statusText(conversation.StepDropped):
			v.Left = append(v.Left, s)
		}
	}
	v.Action = "Time to book your next career conversation – " + v.Manager + ", could you suggest a time in the next few weeks?"
	if v.CanReply {
		v.Action = c.proposalAction(conv, v, now)
	}
	v.Journey = c.record(conv, 0, now)
	return c.render(conversation.EmailReview, v, envelope{
		name: conversation.EmailReview, to: []conversation.Participant{conv.Employee}, cc: []conversation.Participant{conv.Manager},
		from: conv.Manager, replyTo: replyTo, root: conversation.EmailWrapUp, now: now,
	}, conv)
}

// Unreadable renders the polite answer to a reply that could not be used: the
// format expected first (a prep, steps or check-in reply; the check-in's number
// is optional), with an example. It goes to to, threaded to the message in t.
func (c *Composer) Unreadable(conv *conversation.Conversation, to conversation.Participant, expected conversation.Purpose, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.check(conv); err != nil {
		return conversation.Email{}, err
	}
	switch {
	case expected.Kind == conversation.ReplyPrep || expected.Kind == conversation.ReplySteps:
	case expected.Kind == conversation.ReplyCheckIn && expected.CheckIn >= 0:
	default:
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "Unknown expected reply %q.", expected)
	}
	if strings.TrimSpace(to.Email) == "" {
		return conversation.Email{}, conversation.Errorf(conversation.EINVALID, "The unreadable-reply email needs a recipient.")
	}
	v := c.view(conv, to, now)
	v.CanReply = replyTo != ""
	v.Expected = expected.Kind
	v.CheckIn = expected.CheckIn
	again := "Reply again"
	if !v.CanReply {
		again = "Send it again"
	}
	root, from := conversation.EmailWrapUp, conv.Manager
	switch expected.Kind {
	case conversation.ReplyPrep:
		v.Action = "Thanks – " + v.Product + " found no answers in your reply. " + again + " with your answers numbered by question, like this:"
		v.Example = []string{"1. I'd like us to talk about moving towards product work.", "3. Leading the billing migration last spring."}
		v.ThreadSubject, root = v.Threads.Prep, conversation.EmailPrep
	case conversation.ReplySteps:
		v.Action = "Thanks – " + v.Product + " found no steps in your reply. " + again + " with the steps you agreed, one per line, like this:"
		v.Example = []string{"Shadow the platform team's on-call for two weeks, by 28 Feb", "Ask Priya about the data guild"}
		v.ThreadSubject = v.Threads.Steps
	default:
		v.Action = "Thanks – " + v.Product + " couldn't match your reply to your steps. " + again + " with one line per step: its number, its status and a note if you like:"
		v.Example = []string{"1 done", "2 in progress: halfway", "3 blocked: waiting on Priya"}
		v.ThreadSubject = v.Threads.Steps
	}
	if to.Email == conv.Manager.Email {
		from = conv.Employee
	}
	return c.render(conversation.EmailUnreadable, v, envelope{
		name: answerName(conversation.EmailUnreadable+"-"+string(expected.Kind), t, now), to: []conversation.Participant{to}, from: from,
		replyTo: replyTo, thread: t, root: root, now: now,
	}, conv)
}

// Rescheduled renders the notice to one participant that the meeting moved from
// old to conv.MeetingStart. When the plan was agreed, checkIns are the new check-in
// dates and the email carries the updated calendar.
func (c *Composer) Rescheduled(conv *conversation.Conversation, to conversation.Participant, old time.Time, checkIns []time.Time, replyTo string, now time.Time) (conversation.Email, error) {
	if err := c.checkParticipant(conv, to); err != nil {
		return conversation.Email{}, err
	}
	v, e := c.notice(conv, to, replyTo, now)
	d := c.dates(conv, to, now)
	v.Summary = "Your career conversation with " + c.other(conv, to) + " has moved from " + d.at(old) + " to " + v.Meeting + "."
	if by, early := c.replyBy(conv, now); early && v.CanReply && !v.ToManager && len(v.Steps) == 0 && conv.Status == conversation.StatusScheduled {
		v.Action = v.Summary + " " + by + " if you'd like to add to your answers."
	}
	if len(v.Steps) > 0 {
		ed := c.dates(conv, conv.Employee, now)
		for _, at := range checkIns {
			v.CheckIns = append(v.CheckIns, ed.day(at))
		}
		files, err := c.calendars(conv, checkIns, calendarPublish, now, to)
		if err != nil {
			return conversation.Email{}, err
		}
		e.attachments = files
	}
	e.name = fmt.Sprintf("%s-%s-g%d", conversation.EmailRescheduled, participantKey(conv, to), conv.Generation)
	return c.render(conversation.EmailRescheduled, v, e, conv)
}

// Cancelled renders the notice to one participant that the conversation is
// cancelled. When the plan was agreed, the email carries a METHOD:CANCEL calendar
// with the same UIDs, so calendars remove the check-ins.
func (c *Composer) Cancelled(conv *conversation.Conversation, to conversation.Participant, checkIns []time.Time, replyTo string, now time.Time) (conversation.Email, error) {
	if err := c.checkParticipant(conv, to); err != nil {
		return conversation.Email{}, err
	}
	v, e := c.notice(conv, to, replyTo, now)
	v.Summary = "Your career conversation with " + c.other(conv, to) + " on " + v.Meeting + " is cancelled."
	if len(v.Steps) > 0 {
		v.Summary = "The follow-up of your career conversation with " + c.other(conv, to) + " is cancelled."
		files, err := c.calendars(conv, checkIns, calendarCancel, now, to)
		if err != nil {
			return conversation.Email{}, err
		}
		e.attachments = files
	}
	switch by := conv.Choices.Stopped; {
	case by == participantKey(conv, to):
		v.Summary = "As you asked, the emails about your career conversation with " + c.other(conv, to) + " stop here."
	case by != "":
		v.Summary = c.other(conv, to) + " asked " + v.Product + " to stop the emails about your career conversation. Nothing more will be sent; you can of course keep talking directly."
	}
	e.name = conversation.EmailCancelled + "-" + participantKey(conv, to)
	return c.render(conversation.EmailCancelled, v, e, conv)
}

// Noted renders the short answer to a reply that needed none. When notes is true
// the reply was the manager's notes for the meeting, shown back to him only.
// Otherwise it says what happens next, so a reply never meets a bounce.
func (c *Composer) Noted(conv *conversation.Conversation, to conversation.Participant, notes string, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error) {
	if err := c.checkParticipant(conv, to); err != nil {
		return conversation.Email{}, err
	}
	v, e := c.notice(conv, to, replyTo, now)
	e.thread = t
	e.name = answerName(conversation.EmailNoted, t, now)
	v.Notes = strings.TrimSpace(notes)
	if v.Notes != "" {
		v.Summary = "Saved: your notes for the meeting with " + v.Employee + " – only you see them."
		return c.render(conversation.EmailNoted, v, e, conv)
	}
	other := c.other(conv, to)
	next := ""
	switch conv.Status {
	case conversation.StatusScheduled:
		if v.ToManager {
			next = "Your conversation with " + other + " is " + c.meetingWhen(conv, v, now) + "."
		} else {
			next = v.Manager + " reads your answers before your conversation " + c.meetingWhen(conv, v, now) + "."
		}
	case conversation.StatusAwaitingSteps:
		next = "Next: reply to the email \"" + v.Threads.Steps + "\" with the steps you agreed."
	case conversation.StatusFollowingUp:
		next = "Next: " + v.Product + " checks in with " + v.Employee + " on the steps."
	case conversation.StatusCompleted:
		next = "This round is complete: book your next career conversation with " + other + "."
	default:
		next = "This conversation was cancelled, so nothing more will be sent."
	}
	v.Summary = "Thanks for your reply – this email didn't need one, so nothing changed. " + next + " Questions: " + v.Org.HR + "."
	return c.render(conversation.EmailNoted, v, e, conv)
}

// notice is the view and envelope of an email to one participant that joins the
// thread that participant is in: the pre-read's for the manager, the steps' once
// the meeting happened, the prep's before.
func (c *Composer) notice(conv *conversation.Conversation, to conversation.Participant, replyTo string, now time.Time) (*view, envelope) {
	v := c.view(conv, to, now)
	v.CanReply = replyTo != ""
	e := envelope{to: []conversation.Participant{to}, replyTo: replyTo, now: now, from: conv.Manager}
	switch {
	case conv.Status != conversation.StatusScheduled && conv.Sent(conversation.EmailWrapUp):
		v.ThreadSubject, e.root = v.Threads.Steps, conversation.EmailWrapUp
	case v.ToManager:
		v.ThreadSubject, e.root = v.Threads.Preread, conversation.EmailPreread
	default:
		v.ThreadSubject, e.root = v.Threads.Prep, conversation.EmailPrep
	}
	if v.ToManager {
		e.from = conv.Employee
	}
	return v, e
}

// other is the first name of the participant who is not p.
func (c *Composer) other(conv *conversation.Conversation, p conversation.Participant) string {
	if p.Email == conv.Manager.Email {
		return firstName(conv.Employee.Name, conv.Employee.Email)
	}
	return firstName(conv.Manager.Name, conv.Manager.Email)
}

// participantKey names the participant in an email name: "employee" or "manager".
func participantKey(conv *conversation.Conversation, p conversation.Participant) string {
	if p.Email == conv.Manager.Email {
		return "manager"
	}
	return "employee"
}

// Where a conversation stands for a receipt.
const (
	standBefore  = "before"  // the pre-read has not gone out
	standPreread = "preread" // the pre-read went out; the meeting is ahead
	standAfter   = "after"   // the meeting happened (or the conversation ended)
)

func (c *Composer) stand(conv *conversation.Conversation, now time.Time) string {
	switch {
	case conv.Status != conversation.StatusScheduled || !now.Before(conv.MeetingStart):
		return standAfter
	case conv.Sent(conversation.EmailPreread) || !now.Before(c.prereadAt(conv)):
		return standPreread
	}
	return standBefore
}

func (c *Composer) prereadAt(conv *conversation.Conversation) time.Time {
	before := c.PrereadBefore
	if before <= 0 {
		before = defaultPrereadBefore
	}
	return conv.MeetingStart.Add(-before)
}

// replyBy is the employee's deadline before the meeting: "Reply by Mon 11 Jan",
// the day the pre-read goes (the day before when it goes in the morning), or
// "Reply today". It reports false once the pre-read is due: answers then reach the
// manager as they arrive.
func (c *Composer) replyBy(conv *conversation.Conversation, now time.Time) (string, bool) {
	d := c.dates(conv, conv.Employee, now)
	pre := c.prereadAt(conv).In(d.loc)
	if !now.Before(pre) {
		return "", false
	}
	by := pre
	if pre.Hour() < 12 {
		by = pre.AddDate(0, 0, -1)
	}
	if daysBetween(now, by, d.loc) <= 0 {
		return "Reply today", true
	}
	return "Reply by " + d.day(by), true
}

// readsWhen says when the manager reads the answers: "the day before your
// conversation on Tue 12 Jan at 14:00", or "as they arrive" once the pre-read is due.
func (c *Composer) readsWhen(conv *conversation.Conversation, now time.Time) string {
	pre := c.prereadAt(conv)
	if !now.Before(pre) {
		return "as they arrive"
	}
	d := c.dates(conv, conv.Employee, now)
	if h := conv.MeetingStart.Sub(pre); h >= 12*time.Hour && h <= 36*time.Hour {
		return "the day before your conversation on " + d.at(conv.MeetingStart)
	}
	return "on " + d.day(pre) + ", before your conversation on " + d.at(conv.MeetingStart)
}

// meetingWhen is the meeting for v's recipient: "tomorrow at 14:00", "on Tue 12
// Jan at 14:00".
func (c *Composer) meetingWhen(conv *conversation.Conversation, v *view, now time.Time) string {
	if v.When == "" {
		return "on " + v.Meeting
	}
	to := conv.Employee
	if v.ToManager {
		to = conv.Manager
	}
	return v.When + " at " + c.dates(conv, to, now).clock(conv.MeetingStart)
}

// plural counts a noun: "1 answer", "2 answers".
func plural(n int, noun string) string {
	return fmt.Sprintf("%d %s", n, pluralWord(n, noun))
}

func pluralWord(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}

// MessageID returns the deterministic Message-ID, without angle brackets, of the
// email named email ("prep", "preread", "checkin2"…) of conv.
func (c *Composer) MessageID(conv *conversation.Conversation, email string) string {
	id := ""
	if conv != nil {
		id = conv.ID
	}
	return "cc." + idPart(id) + "." + idPart(email) + "@" + c.messageDomain()
}

// idPart keeps the characters safe in a Message-ID's left side.
func idPart(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			return r
		}
		return '-'
	}, s)
	if s == "" {
		return "x"
	}
	return s
}

// answerName names an email that answers a message: many may exist per conversation,
// so the name carries a short hash of the answered message (or of the time).
func answerName(base string, t conversation.Thread, now time.Time) string {
	key := t.MessageID
	if key == "" {
		key = now.UTC().Format(time.RFC3339Nano)
	}
	return base + "-" + shortHash(key)
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:5])
}

func (c *Composer) product() string {
	if p := strings.TrimSpace(c.Product); p != "" {
		return oneLine(p)
	}
	return DefaultProduct
}

func (c *Composer) bank() *questions.Bank {
	if c.Bank != nil {
		return c.Bank
	}
	return questions.Default()
}

func (c *Composer) messageDomain() string {
	if d := strings.TrimSpace(c.MessageDomain); d != "" {
		return d
	}
	if a, err := mail.ParseAddress(c.From); err == nil {
		if i := strings.LastIndexByte(a.Address, '@'); i >= 0 {
			return a.Address[i+1:]
		}
	}
	return "careerconv.invalid"
}

// check validates what every email needs.
func (c *Composer) check(conv *conversation.Conversation) error {
	if c == nil {
		return conversation.Errorf(conversation.EINTERNAL, "No mail composer configured.")
	}
	if conv == nil {
		return conversation.Errorf(conversation.EINVALID, "No conversation to render.")
	}
	if _, err := c.from(); err != nil {
		return err
	}
	if b := c.bank(); len(b.Stages) == 0 {
		return conversation.Errorf(conversation.EINVALID, "The question bank has no stages.")
	}
	if conv.Employee.Email == "" || conv.Manager.Email == "" {
		return conversation.Errorf(conversation.EINVALID, "Conversation %s has no employee or manager address.", conv.ID)
	}
	return nil
}

// checkParticipant is check, and that p is one of conv's participants.
func (c *Composer) checkParticipant(conv *conversation.Conversation, p conversation.Participant) error {
	if err := c.check(conv); err != nil {
		return err
	}
	if p.Email == "" || (p.Email != conv.Employee.Email && p.Email != conv.Manager.Email) {
		return conversation.Errorf(conversation.EINVALID, "%q is not a participant of conversation %s.", p.Email, conv.ID)
	}
	return nil
}

// sender is the From of an email speaking for p: "Sam Patel via careerconv"
// with the product's address.
func (c *Composer) sender(p conversation.Participant) (*mail.Address, error) {
	a, err := c.from()
	if err != nil {
		return nil, err
	}
	if name := oneLine(p.Name); name != "" {
		a.Name = clipRunes(name, 60) + " via " + a.Name
	}
	return a, nil
}

func (c *Composer) from() (*mail.Address, error) {
	a, err := mail.ParseAddress(c.From)
	if err != nil {
		return nil, &conversation.Error{Code: conversation.EINVALID, Message: fmt.Sprintf("The sender address %q is not valid.", c.From), Err: err}
	}
	if a.Name == "" {
		a.Name = c.product()
	}
	return a, nil
}
