package assistant

import (
	"context"
	"fmt"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mailparse"
	"github.com/careerconv/careerconv/pkg/mime"
)

// The next conversation. The review proposes a date (Schedule.ProposeNext); a
// reply to it from either participant books the next conversation ("yes", a
// date), proposes a date in a month it names, or puts it off ("not now": a
// reminder job asks again). HR can start it too (Next). The next conversation
// is created with an idempotency key derived from this one's ID, so a
// duplicated or retried reply, or a second "yes", creates one, never two; the
// two are linked (Previous, Next) so the next prep and pre-read can show what
// was wanted, agreed and done last time.

// nextKey is the idempotency key of the conversation that follows id.
func nextKey(id string) string { return "careerconv next cycle of " + id }

// Next starts the conversation that follows id, at start (zero: the date the
// review proposed, or ProposeNext from now). A conversation that already has
// its next returns that one, with existed set. ECONFLICT for a conversation
// whose meeting has not happened or that was cancelled.
func (a *Assistant) Next(ctx context.Context, id string, start time.Time) (c *conversation.Conversation, existed bool, err error) {
	prev, err := a.Get(ctx, id)
	if err != nil {
		return nil, false, err
	}
	switch prev.Status {
	case conversation.StatusAwaitingSteps, conversation.StatusFollowingUp, conversation.StatusCompleted:
	default:
		return nil, false, conversation.Errorf(conversation.ECONFLICT, "The next conversation follows one whose meeting happened; this one is %s.", prev.Status)
	}
	if start.IsZero() {
		start = a.proposal(prev)
	}
	return a.startNext(ctx, prev, start)
}

// Cycles returns the conversations of one employee, oldest meeting first
// (at most 20 pages): HR's timeline of her cycles.
func (a *Assistant) Cycles(ctx context.Context, email string) ([]*conversation.Conversation, error) {
	var out []*conversation.Conversation
	q := conversation.ListQuery{Employee: email, Limit: 200}
	for range 20 {
		page, err := a.store.List(ctx, q)
		if err != nil {
			return nil, err
		}
		out = append(out, page.Conversations...)
		if page.Cursor == "" {
			break
		}
		q.Cursor = page.Cursor
	}
	if len(out) == 0 {
		return nil, conversation.Errorf(conversation.ENOTFOUND, "No conversation has %s as employee.", email)
	}
	return out, nil
}

// proposal is the date proposed for the conversation after c.
func (a *Assistant) proposal(c *conversation.Conversation) time.Time {
	now := a.Now()
	if at := c.Journey.NextAt; at.After(now.Add(24 * time.Hour)) {
		return at
	}
	return a.schedule.ProposeNext(c, now)
}

// startNext creates the conversation after prev at start, once, and links the two.
func (a *Assistant) startNext(ctx context.Context, prev *conversation.Conversation, start time.Time) (*conversation.Conversation, bool, error) {
	id := prev.Next
	if id == "" {
		id = keyedID(nextKey(prev.ID))
	}
	next, err := a.store.Get(ctx, id)
	existed := err == nil
	switch {
	case existed:
	case conversation.ErrorCode(err) != conversation.ENOTFOUND:
		return nil, false, fmt.Errorf("look up the next conversation of %s: %w", prev.ID, err)
	case prev.Next != "":
		return nil, false, conversation.Errorf(conversation.ECONFLICT, "The next conversation of %s was erased.", prev.ID)
	default:
		emp, mgr := prev.Employee, prev.Manager
		emp.Undeliverable, mgr.Undeliverable = "", ""
		next, existed, err = a.create(ctx, CreateRequest{Employee: emp, Manager: mgr, MeetingStart: start, MeetingMinutes: prev.MeetingMinutes,
			RequestCV: prev.RequestCV, IdempotencyKey: nextKey(prev.ID), Previous: prev.ID})
		if conversation.ErrorCode(err) == conversation.ECONFLICT {
			// Another delivery created it meanwhile, at another date: that one stands.
			next, err = a.store.Get(ctx, id)
			existed = true
		}
		if err != nil {
			return nil, false, err
		}
	}
	_, err = a.update(ctx, prev.ID, nil, func(c *conversation.Conversation) error {
		if c.Next == next.ID {
			return errNoChange
		}
		c.Next = next.ID
		c.Record(conversation.Event{At: a.Now(), Kind: conversation.EventNext, Detail: fmt.Sprintf("next conversation %s, meeting %s", next.ID, next.MeetingStart.Format(time.RFC3339))})
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("link %s to its next conversation: %w", prev.ID, err)
	}
	return next, existed, nil
}

// receiveReview applies a reply to the review: the decision is stored with the
// reply's hash (so a retry or a duplicate decides nothing twice), then carried
// out (the next conversation created, the reminder scheduled) and answered.
// A reply that says nothing of the next conversation but something the
// journey reads (a win) is not handled here: handled is false.
func (a *Assistant) receiveReview(ctx context.Context, c *conversation.Conversation, msg *mime.Message, p conversation.Purpose, hash, from string) (out Outcome, handled bool, err error) {
	reply, err := mailparse.ReadMessage(msg, conversation.ReplyPrep, mailparse.ReadOptions{Now: a.Now()})
	if err != nil {
		return rejected(c.ID, p.String(), err.Error()), true, &conversation.Error{Code: conversation.EINVALID, Message: "The reply could not be read.", Err: err}
	}
	who, by := c.Employee, "employee"
	if from == c.Manager.Email {
		who, by = c.Manager, "manager"
	}
	ref := msg.Date
	if ref.IsZero() {
		ref = a.Now()
	}
	read := readBooking(reply.Text, ref, who.Location(), c.MeetingStart)
	if _, booked := c.Journey.BookingOf(hash); read.kind == conversation.BookUnread && !booked {
		if _, journey, _ := a.readJourney(c, msg, conversation.Purpose{Kind: conversation.ReplyInfo}, hash, from); journey {
			return Outcome{}, false, nil
		}
	}
	now := a.Now()
	out = Outcome{Conversation: c.ID, Purpose: p.String(), Result: ResultApplied}
	if c.Seen(hash) {
		out.Result = ResultDuplicate
	}
	c, err = a.update(ctx, c.ID, c, func(c *conversation.Conversation) error {
		if c.Seen(hash) {
			return errNoChange
		}
		b := conversation.Booking{Message: hash, By: by, Kind: read.kind}
		switch read.kind {
		case conversation.BookNow:
			b.At = read.at
			if b.At.IsZero() {
				b.At = a.proposal(c)
			}
			if c.Next == "" && !b.At.After(now.Add(minLead)) {
				b.Kind = conversation.BookPast
			}
		case conversation.BookProposed:
			b.At = a.schedule.ProposeIn(c, read.month, now)
			c.Journey.NextAt = b.At
		case conversation.BookLater:
			if c.Next == "" {
				c.Journey.Asks++
				c.Journey.RemindAt = now.Add(a.askAgain())
			}
			b.At = c.Journey.RemindAt
		}
		c.Journey.AddBooking(b)
		kind, detail := conversation.EventReceived, "next conversation: "+string(b.Kind)
		if !b.At.IsZero() {
			detail += " " + b.At.UTC().Format(time.RFC3339)
		}
		if b.Kind == conversation.BookUnread {
			kind, out.Result, detail = conversation.EventUnreadable, ResultUnreadable, "nothing understood"
		}
		out.Detail = detail
		c.Record(conversation.Event{At: now, Kind: kind, Email: p.String(), To: from, Detail: detail, Message: hash, Raw: rawOf(ctx)})
		return nil
	})
	if err != nil {
		return Outcome{}, true, err
	}
	b, _ := c.Journey.BookingOf(hash)
	if out.Result == ResultDuplicate {
		out.Detail = "next conversation: " + string(b.Kind)
	}
	var next *conversation.Conversation
	switch b.Kind {
	case conversation.BookNow:
		if next, _, err = a.startNext(ctx, c, b.At); err != nil {
			return out, true, err
		}
		if c, err = a.store.Get(ctx, c.ID); err != nil {
			return out, true, err
		}
	case conversation.BookLater:
		if err := a.scheduler.Schedule(ctx, rebookJobs(a.schedule.Jobs(c, now))); err != nil {
			return out, true, fmt.Errorf("schedule the reminder of %s: %w", c.ID, err)
		}
	}
	if err := a.answerBooking(ctx, c, b, next, msg, who); err != nil {
		return out, true, err
	}
	a.log.Info("reply", "conversation", c.ID, "purpose", out.Purpose, "result", out.Result, "detail", out.Detail)
	return out, true, nil
}

// askAgain is how long after "not now" the proposal comes again.
func (a *Assistant) askAgain() time.Duration {
	if a.schedule.AskAgainAfter > 0 {
		return a.schedule.AskAgainAfter
	}
	return conversation.DefaultSchedule().AskAgainAfter
}

func rebookJobs(jobs []conversation.Job) []conversation.Job {
	var out []conversation.Job
	for _, j := range jobs {
		if j.Kind == conversation.JobRebook {
			out = append(out, j)
		}
	}
	return out
}

// answerBooking answers a reply to the review, once: to both when it decided
// something, to its writer when it was not understood or named a past date.
func (a *Assistant) answerBooking(ctx context.Context, c *conversation.Conversation, b conversation.Booking, next *conversation.Conversation, msg *mime.Message, who conversation.Participant) error {
	name := conversation.EmailBooking + "-" + b.Message[:12]
	if c.Sent(name) {
		return nil
	}
	addr, err := a.replyAddress(c.ID, conversation.Purpose{Kind: conversation.ReplyReview})
	if err != nil {
		return err
	}
	to := []string{c.Employee.Email, c.Manager.Email}
	if b.Kind == conversation.BookUnread || b.Kind == conversation.BookPast {
		to = []string{who.Email}
	}
	thread, now := conversation.Thread{MessageID: msg.MessageID, References: msg.References}, a.Now()
	_, err = a.send(ctx, c.ID, c, outgoing{name: name, to: to, check: notCancelled,
		build: func(c *conversation.Conversation) (conversation.Email, error) {
			return a.compose.Booking(c, b, next, who, addr, thread, now)
		}})
	return err
}
