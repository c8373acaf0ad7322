package assistant

import (
	"bytes"
	"context"
	"fmt"
	"io"
	stdmime "mime"
	"net/mail"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/mime"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/extract"
	"github.com/careerconv/careerconv/pkg/lexicon"
	"github.com/careerconv/careerconv/pkg/mailparse"
)

// Commands by reply: a reply that is only commands (extract.ReadCommands:
// "stop", "pause until 10 March", "skip", "private 4", "help", "fewer emails",
// "also me: …") changes what careerconv sends, never the conversation's
// content. Each command is kept with what became of it (Choices.Made), in the
// same write that marks the reply seen, so that a retry answers it from the
// record and sends nothing twice.

// commandsOf returns the commands of a reply that is only commands.
func (a *Assistant) commandsOf(msg *mime.Message) ([]extract.Command, bool) {
	reply, err := mailparse.ReadMessage(msg, conversation.ReplyCheckIn, mailparse.ReadOptions{Now: a.Now()})
	if err != nil || len(reply.Commands) == 0 {
		return nil, false
	}
	return reply.Commands, true
}

// receiveCommands applies a reply's commands once and answers them: the help,
// the notice that the conversation stopped (to both), or a receipt saying what
// each command did (and, when a pause moved the check-ins, a word to the other
// participant). from is the sender's known address; sender the address the
// reply came from (an alias of from, or from).
func (a *Assistant) receiveCommands(ctx context.Context, c *conversation.Conversation, msg *mime.Message, p conversation.Purpose, hash, from, sender string, cmds []extract.Command) (Outcome, error) {
	now := a.Now()
	out := Outcome{Conversation: c.ID, Purpose: p.String(), Result: ResultApplied}
	if c.Seen(hash) {
		out.Result = ResultDuplicate
	}
	role, _, _ := c.RoleOf(from)
	var old []conversation.Job
	// One owner for the claims stored with the reply and the sends that use them.
	ctx = WithOwner(ctx, ownerOf(ctx))
	var answers []outgoing
	stopped, stored := false, false
	c, err := a.update(ctx, c.ID, c, func(c *conversation.Conversation) error {
		stored, answers = false, nil
		if c.Seen(hash) {
			return errNoChange
		}
		old = nil
		before, delay := a.schedule.Jobs(c, now), c.Choices.DelayDays
		var names []string
		refused := 0
		for _, cmd := range cmds {
			ch := conversation.Choice{At: now, By: role, Command: cmd.Name, Message: hash}
			stopped, err := a.applyChoice(c, &ch, cmd, p, from, sender, now)
			if err != nil {
				ch.Refused = conversation.ErrorMessage(err)
				refused++
			}
			if stopped {
				old = before
			}
			c.Choices.Make(ch)
			names = append(names, cmd.Name)
		}
		if c.Choices.DelayDays != delay && c.Status != conversation.StatusCancelled {
			// The check-ins moved: the jobs of the new generation replace the old ones.
			c.Generation++
			jobs := a.pendingJobs(c, now)
			if err := a.scheduler.Schedule(ctx, jobs); err != nil {
				return fmt.Errorf("schedule jobs of %s: %w", c.ID, err)
			}
			old = before
		}
		out.Detail = "commands: " + strings.Join(slices.Compact(names), ", ")
		if refused > 0 {
			out.Detail += fmt.Sprintf(" (%d refused)", refused)
		}
		c.Record(conversation.Event{At: now, Kind: conversation.EventReceived, Email: p.String(), To: from, Detail: out.Detail, Message: hash, Raw: rawOf(ctx)})
		// The answers are claimed in this write: one write for the reply and
		// the emails it calls for.
		var err error
		if answers, stopped, err = a.commandAnswers(c, msg, p, hash, from); err != nil {
			return err
		}
		stored = true
		return a.claimAll(ctx, c, answers)
	})
	if err != nil {
		return Outcome{}, err
	}
	if !stored {
		if answers, stopped, err = a.commandAnswers(c, msg, p, hash, from); err != nil {
			return out, err
		}
	}
	if out.Result == ResultDuplicate {
		for _, e := range c.History {
			if e.Message == hash && e.Kind == conversation.EventReceived {
				out.Detail = e.Detail
			}
		}
	}
	a.cancelJobs(ctx, old)
	if stopped {
		// Both hear of it as of a cancellation, in the words of a stop, with the
		// check-ins taken out of their calendars.
		if err := a.scheduler.Schedule(ctx, conversation.Notices(c, now, conversation.NoticeEmployee, conversation.NoticeManager)); err != nil {
			return out, err
		}
	} else if err := a.sendAll(ctx, c, answers); err != nil {
		return out, err
	}
	a.log.Info("reply", "conversation", c.ID, "purpose", out.Purpose, "result", out.Result, "detail", out.Detail)
	return out, nil
}

// pendingJobs are the jobs of c's current generation whose email is still to
// come: not sent, and not one of the meeting's once it happened.
func (a *Assistant) pendingJobs(c *conversation.Conversation, now time.Time) []conversation.Job {
	var out []conversation.Job
	for _, j := range a.schedule.Jobs(c, now) {
		before := j.Kind == conversation.JobPrep || j.Kind == conversation.JobNudge || j.Kind == conversation.JobPreread || j.Kind == conversation.JobWrapUp
		if c.Sent(j.Email()) || before && c.Status != conversation.StatusScheduled {
			continue
		}
		out = append(out, j)
	}
	return out
}

// applyChoice applies one command to c; stopped reports that it cancelled c.
// An error says why it was refused (EINVALID, for the receipt).
func (a *Assistant) applyChoice(c *conversation.Conversation, ch *conversation.Choice, cmd extract.Command, p conversation.Purpose, from, sender string, now time.Time) (stopped bool, err error) {
	if c.Status == conversation.StatusCancelled && cmd.Name != lexicon.CmdHelp {
		return false, conversation.Errorf(conversation.EINVALID, "This conversation is stopped: nothing more is sent.")
	}
	switch cmd.Name {
	case lexicon.CmdStop:
		c.Choices.Stopped = ch.By
		if c.Status.Terminal() {
			return false, nil // completed: nothing more was planned
		}
		_, err := a.end(c, now, "stopped by the "+ch.By+" by reply")
		return err == nil, err
	case lexicon.CmdPause:
		if c.Status.Terminal() {
			return false, conversation.Errorf(conversation.EINVALID, "The review was sent: no check-in is left to pause.")
		}
		until, err := time.Parse(time.DateOnly, cmd.Until)
		if err != nil {
			return false, conversation.Errorf(conversation.EINVALID, "The date of the pause could not be read; write it like this: pause until 10 March.")
		}
		ch.Until = cmd.Until
		ch.Moved, err = a.schedule.Pause(c, until, now)
		return false, err
	case lexicon.CmdSkip:
		// A reply to a check-in skips it; to another email once the plan is
		// agreed, the next one. Before the plan there is no check-in to skip.
		n := p.CheckIn
		if p.Kind != conversation.ReplyCheckIn && len(c.Steps) > 0 {
			n = a.nextCheckIn(c)
		}
		switch {
		case n == 0 && len(c.Steps) == 0 && !c.Status.Terminal():
			return false, conversation.Errorf(conversation.EINVALID, "There is no check-in to skip yet: reply \"skip\" to a check-in.")
		case c.Status.Terminal() || n == 0:
			return false, conversation.Errorf(conversation.EINVALID, "No check-in is left to skip.")
		case slices.Contains(c.Choices.Skipped, n):
			return false, conversation.Errorf(conversation.EINVALID, "Check-in %d is skipped already.", n)
		}
		ch.CheckIn = n
		c.Choices.Skipped = append(c.Choices.Skipped, n)
	case lexicon.CmdPrivate:
		if ch.By != "employee" {
			return false, conversation.Errorf(conversation.EINVALID, "Only %s can keep her or his answers private.", c.Employee.Name)
		}
		last := len(a.bank.Questions())
		for _, n := range cmd.Numbers {
			if n < 1 || n > last {
				return false, conversation.Errorf(conversation.EINVALID, "There is no question %d; the questions are numbered 1 to %d.", n, last)
			}
		}
		ch.Numbers = cmd.Numbers
		for _, n := range cmd.Numbers {
			if !c.Choices.IsPrivate(n) {
				c.Choices.Private = append(c.Choices.Private, n)
			}
		}
		slices.Sort(c.Choices.Private)
	case lexicon.CmdFewer, lexicon.CmdAllEmails:
		c.Choices.SetFewer(ch.By, cmd.Name == lexicon.CmdFewer)
	case lexicon.CmdAlias:
		ch.Address = conversation.ClipText(cmd.Address, 254)
		_, domain, _ := strings.Cut(cmd.Address, "@")
		switch {
		case sender != from:
			return false, conversation.Errorf(conversation.EINVALID, "Another address can be added only from %s.", from)
		case strings.EqualFold(domain, a.domain) || a.invites != nil && a.InviteAddressed([]string{cmd.Address}):
			return false, conversation.Errorf(conversation.EINVALID, "%s is careerconv's own address.", cmd.Address)
		}
		return false, c.AddAlias(ch.By, cmd.Address, now)
	}
	return false, nil
}

// nextCheckIn is the number of the first check-in not sent nor skipped; 0 for none.
func (a *Assistant) nextCheckIn(c *conversation.Conversation) int {
	for _, j := range a.schedule.Jobs(c, time.Time{}) {
		if j.Kind == conversation.JobCheckIn && !c.Sent(j.Email()) && !slices.Contains(c.Choices.Skipped, j.Seq) {
			return j.Seq
		}
	}
	return 0
}

// commandAnswers are the emails the commands of the reply with hash call for,
// as c stands once it is stored; stopped: none, the conversation stopped and
// both hear of it by notices (jobs).
func (a *Assistant) commandAnswers(c *conversation.Conversation, msg *mime.Message, p conversation.Purpose, hash, from string) (sends []outgoing, stopped bool, err error) {
	now := a.Now()
	thread := conversation.Thread{MessageID: msg.MessageID, References: msg.References}
	h := hash[:12]
	_, who, _ := c.RoleOf(from)
	made := c.Choices.MadeBy(hash)
	var receipt, paused []conversation.Choice
	help := false
	for _, ch := range made {
		switch {
		case ch.Command == lexicon.CmdHelp:
			help = true
		case ch.Command == lexicon.CmdStop && ch.Refused == "" && c.Status == conversation.StatusCancelled:
			stopped = true
		default:
			receipt = append(receipt, ch)
			if ch.Command == lexicon.CmdPause && ch.Moved {
				paused = append(paused, ch)
			}
		}
	}
	if stopped {
		return nil, true, nil
	}
	if help {
		addr, err := a.replyAddress(c.ID, p)
		if err != nil {
			return nil, false, err
		}
		sends = append(sends, outgoing{name: conversation.EmailHelp + "-" + h, to: []string{from}, build: func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.Help(c, who, p, addr, thread, now)
		}})
	}
	if len(receipt) > 0 || len(paused) > 0 {
		addr, err := a.replyAddress(c.ID, p)
		if err != nil {
			return nil, false, err
		}
		checkIns := a.checkIns(c, now)
		sends = append(sends, outgoing{name: conversation.EmailCommanded + "-" + h, to: []string{from}, build: func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.Commanded(c, who, receipt, checkIns, addr, thread, now)
		}})
		other := c.Manager
		if who.Email == c.Manager.Email {
			other = c.Employee
		}
		if len(paused) > 0 && c.SentTo(other.Email) && other.Undeliverable == "" {
			info, err := a.replyAddress(c.ID, conversation.Purpose{Kind: conversation.ReplyInfo})
			if err != nil {
				return nil, false, err
			}
			sends = append(sends, outgoing{name: "paused-" + h, to: []string{other.Email}, build: func(c *conversation.Conversation) (conversation.Email, error) {
				return a.compose.Commanded(c, other, paused, checkIns, info, conversation.Thread{}, now)
			}})
		}
	}
	return sends, false, nil
}

// maxStrangerAnswers bounds the answers to unknown addresses one conversation
// sends, so that a forwarded reply address cannot be used to send mail.
const maxStrangerAnswers = 5

// answerStranger answers a reply from an address careerconv does not know but
// that looks like the same person as one the reply was expected from: the
// same display name, or the same domain with a word of the name in the
// address (maya.ng@ for Maya Ng). It names the address careerconv expects
// and how to add this one ("also me: …" from that address). Nothing of the
// reply is stored, and the answer holds nothing of the conversation. Anyone
// else (a colleague at the same domain) gets no answer, nor does a reply found
// only by its thread (a Message-ID is no proof of having had the email).
func (a *Assistant) answerStranger(ctx context.Context, c *conversation.Conversation, msg *mime.Message, raw []byte, p conversation.Purpose, hash, sender string) error {
	expected := []conversation.Participant{c.Employee}
	switch p.Kind {
	case conversation.ReplyNotes, conversation.ReplyMoved:
		expected = []conversation.Participant{c.Manager}
	case conversation.ReplySteps, conversation.ReplyInfo, conversation.ReplyReview:
		expected = append(expected, c.Manager)
	}
	name := fold(displayName(raw))
	_, domain, _ := strings.Cut(sender, "@")
	if strings.EqualFold(domain, a.domain) {
		return nil // careerconv's own addresses: never a loop
	}
	var byName, byDomain []conversation.Participant
	for _, e := range expected {
		_, d, _ := strings.Cut(e.Email, "@")
		switch {
		case name != "" && name == fold(e.Name):
			byName = append(byName, e)
		case strings.EqualFold(d, domain) && nameInAddress(e.Name, sender):
			byDomain = append(byDomain, e)
		}
	}
	like := byName
	if len(like) == 0 {
		like = byDomain
	}
	if len(like) == 0 {
		return nil
	}
	n := 0
	for _, s := range c.Sends {
		if strings.HasPrefix(s.Email, conversation.EmailStranger+"-") {
			n++
		}
	}
	ledger := conversation.EmailStranger + "-" + hash[:12]
	if c.Sent(ledger) || n >= maxStrangerAnswers {
		return nil
	}
	thread := conversation.Thread{MessageID: msg.MessageID, References: msg.References}
	now := a.Now()
	_, err := a.send(ctx, c.ID, nil, outgoing{name: ledger, to: []string{sender}, build: func(c *conversation.Conversation) (conversation.Email, error) {
		return a.compose.Stranger(c, sender, like, thread, now)
	}})
	return err
}

// displayName returns the display name of the message's From, or "".
func displayName(raw []byte) string {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	parser := mail.AddressParser{WordDecoder: &stdmime.WordDecoder{
		CharsetReader: func(_ string, in io.Reader) (io.Reader, error) { return in, nil },
	}}
	addr, err := parser.Parse(m.Header.Get("From"))
	if err != nil {
		return ""
	}
	return addr.Name
}

// nameInAddress reports whether a word of name (of three letters or more)
// is a word of addr's local part.
func nameInAddress(name, addr string) bool {
	local, _, _ := strings.Cut(strings.ToLower(addr), "@")
	words := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' || r == '+' || unicode.IsDigit(r) })
	for _, n := range strings.Fields(fold(name)) {
		if utf8.RuneCountInString(n) >= 3 && slices.Contains(words, n) {
			return true
		}
	}
	return false
}

// fold lower-cases a name and keeps single spaces between its words.
func fold(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }
