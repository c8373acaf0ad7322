package assistant

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/extract"
	"github.com/careerconv/careerconv/pkg/mailparse"
	"github.com/careerconv/careerconv/pkg/mime"
)

// The journey after the plan: the manager hears which steps a check-in reply
// moved and his answer goes to the employee; either participant adjusts the plan
// by reply; the employee keeps a record of wins and setbacks. Everything read
// here is content: it goes to the two participants only, and the history and
// the log say how many, never what.

// applyProgress applies a check-in reply's updates and decides, in the same
// write, the note the manager gets: the steps it moved to done or blocked.
func (r inbound) applyProgress(c *conversation.Conversation, updates []conversation.ProgressUpdate, now time.Time) (applied, refused []conversation.ProgressUpdate) {
	before := make([]conversation.StepStatus, len(c.Steps))
	for i, s := range c.Steps {
		before[i] = s.Status
	}
	applied, refused = c.ApplyProgress(r.purpose.CheckIn, updates, now)
	c.Journey.AddNote(movedNote(before, applied, r.hash, r.purpose.CheckIn, now))
	return applied, refused
}

// movedNote lists the steps of applied that became done or blocked.
func movedNote(before []conversation.StepStatus, applied []conversation.ProgressUpdate, hash string, checkIn int, now time.Time) conversation.MovedNote {
	n := conversation.MovedNote{Message: hash, CheckIn: checkIn, At: now}
	for _, u := range applied {
		if u.Step < 1 || u.Step > len(before) || before[u.Step-1] == u.Status {
			continue
		}
		switch u.Status {
		case conversation.StepDone:
			n.Done = append(n.Done, u.Step)
		case conversation.StepBlocked:
			n.Blocked = append(n.Blocked, u.Step)
		}
	}
	slices.Sort(n.Done)
	slices.Sort(n.Blocked)
	n.Done, n.Blocked = slices.Compact(n.Done), slices.Compact(n.Blocked)
	return n
}

// movedNote is the manager's note on the steps the check-in reply with hash
// finished or blocked (moved-<hash>): ok is false when it moved none, he asked
// for fewer emails and none is blocked, it was sent, or he is undeliverable.
func (a *Assistant) movedNote(c *conversation.Conversation, hash string) (o outgoing, ok bool, err error) {
	n, ok := c.Journey.NoteOf(hash)
	if !ok || n.CheckIn < 1 || n.CheckIn > 9 || c.Choices.WantsFewer("manager") && len(n.Blocked) == 0 {
		return o, false, nil
	}
	name := conversation.EmailMoved + "-" + hash[:12]
	if c.Sent(name) || undeliverable(c, []string{c.Manager.Email}) {
		return o, false, nil
	}
	addr, err := a.replyAddress(c.ID, conversation.Purpose{Kind: conversation.ReplyMoved, CheckIn: n.CheckIn})
	if err != nil {
		return o, false, err
	}
	now := a.Now()
	return outgoing{name: name, to: []string{c.Manager.Email}, check: notCancelled,
		build: func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.Moved(c, n, addr, now)
		}}, true, nil
}

func notCancelled(c *conversation.Conversation) error {
	if c.Status == conversation.StatusCancelled {
		return skipError{"cancelled"}
	}
	return nil
}

// journeyReply is what one reply after the plan says for the journey.
type journeyReply struct {
	by       string // "employee" or "manager"
	who      conversation.Participant
	cmds     []command
	feedback string
	progress []conversation.ProgressUpdate // on a check-in: its progress; on the plan: status changes
	steps    []extract.Step                // a list of steps sent to the plan
}

// readJourney reads a reply for the journey; ok is false when the reply is
// for the lifecycle's own readers (inbound.go): before the plan, or a check-in
// reply with only progress in it. A retry goes where the reply went the first time.
func (a *Assistant) readJourney(c *conversation.Conversation, msg *mime.Message, p conversation.Purpose, hash, from string) (journeyReply, bool, error) {
	if c.Seen(hash) && !c.Journey.Applied(hash) {
		return journeyReply{}, false, nil // a retry of a reply the lifecycle applied
	}
	texts := make([]string, len(c.Steps))
	for i, s := range c.Steps {
		texts[i] = s.Text
	}
	reply, err := mailparse.ReadMessage(msg, conversation.ReplyCheckIn, mailparse.ReadOptions{Now: a.Now(), Steps: len(c.Steps), StepTexts: texts})
	if err != nil {
		return journeyReply{}, false, err
	}
	j := journeyReply{by: "employee", who: c.Employee}
	if from == c.Manager.Email {
		j.by, j.who = "manager", c.Manager
	}
	if p.Kind != conversation.ReplyMoved && len(c.Steps) == 0 {
		return journeyReply{}, false, nil // before the plan
	}
	ref := msg.Date
	if ref.IsZero() {
		ref = a.Now()
	}
	var rest string
	j.cmds, rest = readCommands(reply.Text, ref)
	if j.by == "manager" { // the record is the employee's
		j.cmds = slices.DeleteFunc(j.cmds, func(c command) bool { return c.op == "" })
	}
	progress := func() {
		j.progress = append(j.progress, extract.ProgressOf(rest, len(c.Steps), texts)...)
	}
	switch p.Kind {
	case conversation.ReplyPrep, conversation.ReplyInfo, conversation.ReplyNotes: // after the plan, a reply to these can only add to the record: only the employee's record is read here
		j.cmds = slices.DeleteFunc(j.cmds, func(c command) bool { return c.op != "" || j.by == "manager" })
		if len(j.cmds) == 0 {
			return journeyReply{}, false, nil
		}
	case conversation.ReplyMoved:
		j.feedback = rest
	case conversation.ReplyCheckIn:
		if len(j.cmds) == 0 {
			return journeyReply{}, false, nil
		}
		progress()
	case conversation.ReplySteps:
		if len(j.cmds) == 0 { // a reply of commands is all commands (and a signature)
			if progress(); len(j.progress) == 0 {
				j.steps = extract.StepsOf(rest, ref)
			}
		}
		// Nothing read stays here too: once there is a plan, only an
		// adjustment changes it (the lifecycle's reader would replace it).
	}
	return j, true, nil
}

// receiveJourney applies a reply readJourney read, once, and answers it: the
// updated plan to both, the record's receipt, the feedback to the employee,
// the manager's note on a check-in.
func (a *Assistant) receiveJourney(ctx context.Context, c *conversation.Conversation, msg *mime.Message, p conversation.Purpose, hash, from string, j journeyReply) (Outcome, error) {
	now := a.Now()
	out := Outcome{Conversation: c.ID, Purpose: p.String(), Result: ResultApplied}
	if c.Seen(hash) {
		out.Result = ResultDuplicate
	}
	// One owner for the claims stored with the reply and the sends that use them.
	ctx = WithOwner(ctx, ownerOf(ctx))
	var refused int
	var answers []outgoing
	stored := false
	c, err := a.update(ctx, c.ID, c, func(c *conversation.Conversation) error {
		stored, answers = false, nil
		if c.Seen(hash) {
			return errNoChange
		}
		refused = 0
		c.Journey.MarkApplied(hash)
		if p.Kind == conversation.ReplyCheckIn && len(j.progress) > 0 {
			r := inbound{purpose: p, hash: hash}
			r.applyProgress(c, j.progress, now)
		}
		if p.Kind == conversation.ReplySteps {
			for _, u := range j.progress {
				if _, err := c.SetStepStatus(u.Step, u.Status, conversation.ChangeStatus, j.by, hash, now); err != nil {
					refused++
				}
			}
			mergeSteps(c, j.steps, j.by, hash, now)
		}
		for _, cmd := range j.cmds {
			if err := applyCommand(c, cmd, j.by, hash, now); err != nil {
				refused++
			}
		}
		if f := strings.TrimSpace(j.feedback); f != "" {
			steps := []int{}
			if n, ok := c.Journey.NoteOf(noteHash(c, p.CheckIn)); ok {
				steps = slices.Concat(n.Done, n.Blocked)
			}
			c.Journey.AddFeedback(conversation.Feedback{At: now, CheckIn: p.CheckIn, Steps: steps, Text: f, Message: hash})
		}
		changes, entries := c.Journey.ChangesOf(hash), c.Journey.EntriesOf(hash)
		_, fed := c.Journey.FeedbackOf(hash)
		kind := conversation.EventReceived
		out.Detail = fmt.Sprintf("%d plan changes, %d record entries, %d not understood", len(changes), len(entries), refused)
		if fed {
			out.Detail += ", feedback passed on"
		}
		if len(changes)+len(entries) == 0 && !fed && len(j.progress) == 0 {
			kind, out.Result, out.Detail = conversation.EventUnreadable, ResultUnreadable, "nothing understood"
		}
		c.Record(conversation.Event{At: now, Kind: kind, Email: p.String(), To: from, Detail: out.Detail, Message: hash, Raw: rawOf(ctx)})
		// The answers are claimed in this write: one write for the reply and
		// the emails it calls for.
		var err error
		if answers, err = a.journeyAnswers(c, msg, p, hash, from, j); err != nil {
			return err
		}
		stored = true
		return a.claimAll(ctx, c, answers)
	})
	if err != nil {
		return Outcome{}, err
	}
	if out.Result == ResultDuplicate {
		for _, e := range c.History {
			if e.Message == hash && (e.Kind == conversation.EventReceived || e.Kind == conversation.EventUnreadable) {
				out.Detail = e.Detail
			}
		}
	}
	if !stored {
		if answers, err = a.journeyAnswers(c, msg, p, hash, from, j); err != nil {
			return out, err
		}
	}
	if err := a.sendAll(ctx, c, answers); err != nil {
		return out, err
	}
	a.log.Info("reply", "conversation", c.ID, "purpose", out.Purpose, "result", out.Result, "detail", out.Detail)
	return out, nil
}

// noteHash returns the hash of the check-in reply whose note was the latest on check-in n.
func noteHash(c *conversation.Conversation, n int) string {
	for i := len(c.Journey.Notes) - 1; i >= 0; i-- {
		if c.Journey.Notes[i].CheckIn == n {
			return c.Journey.Notes[i].Message
		}
	}
	return ""
}

// journeyAnswers are the emails a journey reply calls for, as c stands once
// it is stored: the updated plan, the record's receipt, the progress receipt,
// the feedback, or the unreadable note; the manager's note on a check-in.
func (a *Assistant) journeyAnswers(c *conversation.Conversation, msg *mime.Message, p conversation.Purpose, hash, from string, j journeyReply) ([]outgoing, error) {
	now := a.Now()
	thread := conversation.Thread{MessageID: msg.MessageID, References: msg.References}
	h := hash[:12]
	stepsAddr, err := a.replyAddress(c.ID, conversation.Purpose{Kind: conversation.ReplySteps})
	if err != nil {
		return nil, err
	}
	both := []string{c.Employee.Email, c.Manager.Email}
	var sends []outgoing
	if changes := c.Journey.ChangesOf(hash); len(changes) > 0 {
		sends = append(sends, outgoing{name: conversation.EmailAdjusted + "-" + h, to: both, build: func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.Adjusted(c, changes, j.who, a.checkIns(c, now), stepsAddr, thread, now)
		}})
	}
	if entries := c.Journey.EntriesOf(hash); len(entries) > 0 {
		sends = append(sends, outgoing{name: conversation.EmailRecorded + "-" + h, to: []string{c.Employee.Email}, build: func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.Recorded(c, entries, stepsAddr, thread, now)
		}})
	}
	if p.Kind == conversation.ReplyCheckIn && len(j.progress) > 0 {
		applied, refused := c.CheckProgress(j.progress)
		addr, err := a.replyAddress(c.ID, p)
		if err != nil {
			return nil, err
		}
		sends = append(sends, outgoing{name: conversation.EmailProgress + "-" + h, to: []string{c.Employee.Email}, build: func(c *conversation.Conversation) (conversation.Email, error) {
			// The lines around commands are not asked about: what named no step
			// there is read by the commands (a reply of progress only goes to inbound.go).
			return a.compose.ProgressReceipt(c, p.CheckIn, applied, refused, nil, addr, thread, now)
		}})
	}
	if f, ok := c.Journey.FeedbackOf(hash); ok {
		sends = append(sends, outgoing{name: conversation.EmailFeedback + "-" + h, to: both, build: func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.Feedback(c, f, stepsAddr, thread, now)
		}})
	}
	if len(sends) == 0 && !slices.ContainsFunc(c.History, func(e conversation.Event) bool { return e.Message == hash && e.Kind == conversation.EventReceived }) {
		expected := conversation.Purpose{Kind: conversation.ReplySteps}
		if p.Kind == conversation.ReplyCheckIn {
			expected = p
		}
		to := j.who
		sends = append(sends, outgoing{name: conversation.EmailUnreadable + "-" + h, to: []string{from}, build: func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.Unreadable(c, to, expected, stepsAddr, thread, now)
		}})
	}
	for i := range sends {
		sends[i].check = notCancelled
	}
	if p.Kind != conversation.ReplyCheckIn {
		return sends, nil
	}
	o, ok, err := a.movedNote(c, hash)
	if err != nil || !ok {
		return sends, err
	}
	return append(sends, o), nil
}

// checkIns are the check-in times of c's schedule.
func (a *Assistant) checkIns(c *conversation.Conversation, now time.Time) []time.Time {
	var out []time.Time
	for _, j := range a.schedule.Jobs(c, now) {
		if j.Kind == conversation.JobCheckIn {
			out = append(out, j.At)
		}
	}
	return out
}

// applyCommand applies one adjustment or record entry.
func applyCommand(c *conversation.Conversation, cmd command, by, hash string, now time.Time) error {
	var err error
	switch cmd.op {
	case "":
		c.Journey.AddEntry(conversation.Entry{At: now, Kind: cmd.kind, Text: cmd.text, Message: hash})
	case conversation.ChangeAdd:
		_, err = c.AddStep(cmd.text, cmd.due, by, hash, now)
	case conversation.ChangeEdit:
		_, err = c.EditStep(cmd.step, cmd.text, cmd.due, by, hash, now)
	case conversation.ChangeDrop:
		_, err = c.SetStepStatus(cmd.step, conversation.StepDropped, conversation.ChangeDrop, by, hash, now)
	case conversation.ChangeRestore:
		if cmd.step < 1 || cmd.step > len(c.Steps) || c.Steps[cmd.step-1].Status != conversation.StepDropped {
			return conversation.Errorf(conversation.EINVALID, "Step %d is not dropped.", cmd.step)
		}
		_, err = c.SetStepStatus(cmd.step, c.RestoreStatus(cmd.step), conversation.ChangeRestore, by, hash, now)
	}
	return err
}

// mergeSteps applies a list of steps sent to an existing plan. A step like one
// of the plan's changes it (text, due date); any other is added. An addition
// adds: when none of the list is like a step of the plan, nothing else changes.
// When the list restates the plan, the plan's steps it leaves out are dropped,
// kept with their progress, so that "restore N" brings them back.
func mergeSteps(c *conversation.Conversation, steps []extract.Step, by, hash string, now time.Time) {
	if len(steps) == 0 {
		return
	}
	matched, restated := map[int]bool{}, false
	for _, s := range steps {
		due := ""
		if s.Due != nil {
			due = *s.Due
		}
		n := likeStep(c, s.Text, matched)
		if n == 0 {
			if _, err := c.AddStep(s.Text, due, by, hash, now); err == nil {
				matched[len(c.Steps)] = true
			}
			continue
		}
		matched[n], restated = true, true
		text := s.Text
		if strings.TrimSpace(text) == c.Steps[n-1].Text {
			text = ""
		}
		if text != "" || due != "" && due != c.Steps[n-1].Due {
			_, _ = c.EditStep(n, text, due, by, hash, now)
		}
		if c.Steps[n-1].Status == conversation.StepDropped {
			_, _ = c.SetStepStatus(n, c.RestoreStatus(n), conversation.ChangeRestore, by, hash, now)
		}
	}
	if !restated {
		return
	}
	for i, s := range c.Steps {
		if !matched[i+1] && s.Status != conversation.StepDropped {
			_, _ = c.SetStepStatus(i+1, conversation.StepDropped, conversation.ChangeDrop, by, hash, now)
		}
	}
}

var wordRE = lazyRegexp(`[\p{L}\p{N}]{3,}`)

// likeStep returns the number of the plan's step most like text (at least half
// the words in common), not among taken; 0 for none.
func likeStep(c *conversation.Conversation, text string, taken map[int]bool) int {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range wordRE().FindAllString(strings.ToLower(s), -1) {
			m[w] = true
		}
		return m
	}
	a := words(text)
	best, bestScore := 0, 0.5
	for i, s := range c.Steps {
		if taken[i+1] {
			continue
		}
		b := words(s.Text)
		common := 0
		for w := range a {
			if b[w] {
				common++
			}
		}
		union := len(a) + len(b) - common
		if union == 0 {
			continue
		}
		if score := float64(common) / float64(union); score >= bestScore {
			best, bestScore = i+1, score
		}
	}
	return best
}
