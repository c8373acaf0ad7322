package assistant

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// RunJob runs one timed job: it sends the job's email at most once and moves the
// conversation on, in the same write as the claim on the email. What is due is
// derived from the stored conversation and the clock, so a job delivered late,
// twice or after a lost write does the right thing. A job that is stale (older
// generation), unknown (conversation erased) or no longer fitting (the
// conversation was cancelled, or there is nothing to nudge about) does nothing and
// is not an error. Only transient failures are returned, so that the caller retries.
func (a *Assistant) RunJob(ctx context.Context, job conversation.Job) error {
	if a.mailer == nil {
		return errNoMail
	}
	if err := job.Validate(); err != nil {
		return err
	}
	c, err := a.store.Get(ctx, job.ConversationID)
	if conversation.ErrorCode(err) == conversation.ENOTFOUND {
		a.log.Info("job for a missing conversation", "job", job.Name())
		return nil
	}
	if err != nil {
		return fmt.Errorf("load conversation for %s: %w", job.Name(), err)
	}
	if job.Generation != c.Generation {
		a.log.Info("stale job", "job", job.Name(), "generation", c.Generation)
		return nil
	}
	name := job.Email()
	if c.Sent(name) {
		return a.skip(job, c, "already sent")
	}
	now := a.Now()
	var (
		to   []string // whom it goes to
		next conversation.Status
		// due says whether the email is still wanted in c's state.
		due    func(c *conversation.Conversation) string
		reply  func(c *conversation.Conversation) *conversation.Purpose // what a reply is for
		render func(c *conversation.Conversation, replyTo string) (conversation.Email, error)
	)
	// before: the emails that prepare the meeting are due until it starts, by the
	// clock too, so one delivered late (a redrive) does not arrive after it.
	before := func(c *conversation.Conversation) string {
		if c.Status != conversation.StatusScheduled || !now.Before(c.MeetingStart) {
			return "meeting already happened"
		}
		return ""
	}
	emp, both := []string{c.Employee.Email}, []string{c.Employee.Email, c.Manager.Email}
	switch job.Kind {
	case conversation.JobPrep:
		to, due = emp, before
		reply = func(*conversation.Conversation) *conversation.Purpose {
			return &conversation.Purpose{Kind: conversation.ReplyPrep}
		}
		render = func(c *conversation.Conversation, addr string) (conversation.Email, error) {
			return a.compose.Prep(c, a.cycle(ctx, c, false), addr, now)
		}
	case conversation.JobNudge:
		to = emp
		due = func(c *conversation.Conversation) string {
			switch {
			case len(c.Answers) > 0:
				return "answers already received"
			case c.Choices.WantsFewer("employee"):
				return "fewer emails asked"
			}
			return before(c)
		}
		reply = func(*conversation.Conversation) *conversation.Purpose {
			return &conversation.Purpose{Kind: conversation.ReplyPrep}
		}
		render = func(c *conversation.Conversation, addr string) (conversation.Email, error) {
			return a.compose.Nudge(c, addr, now)
		}
	case conversation.JobPreread:
		to, due = []string{c.Manager.Email}, before
		// A reply is the manager's notes for the meeting.
		reply = func(*conversation.Conversation) *conversation.Purpose {
			return &conversation.Purpose{Kind: conversation.ReplyNotes}
		}
		render = func(c *conversation.Conversation, addr string) (conversation.Email, error) {
			return a.compose.Preread(c, a.cycle(ctx, c, true), addr, a.firstPreread(ctx, c), now)
		}
	case conversation.JobWrapUp:
		to, next = both, conversation.StatusAwaitingSteps
		due = dueIn("not waiting for the meeting", conversation.StatusScheduled, conversation.StatusAwaitingSteps)
		reply = func(*conversation.Conversation) *conversation.Purpose {
			return &conversation.Purpose{Kind: conversation.ReplySteps}
		}
		render = func(c *conversation.Conversation, addr string) (conversation.Email, error) {
			return a.compose.WrapUp(c, addr, now)
		}
	case conversation.JobCheckIn:
		to = emp
		inStatus := dueIn("no steps to check in on", conversation.StatusFollowingUp, conversation.StatusAwaitingSteps)
		due = func(c *conversation.Conversation) string {
			if slices.Contains(c.Choices.Skipped, job.Seq) {
				return "skipped by reply"
			}
			return inStatus(c)
		}
		reply = func(c *conversation.Conversation) *conversation.Purpose {
			if len(c.Steps) == 0 {
				// Without agreed steps the check-in asks for them, so its replies are steps.
				return &conversation.Purpose{Kind: conversation.ReplySteps}
			}
			return &conversation.Purpose{Kind: conversation.ReplyCheckIn, CheckIn: job.Seq}
		}
		render = func(c *conversation.Conversation, addr string) (conversation.Email, error) {
			return a.compose.CheckIn(c, job.Seq, addr, now)
		}
	case conversation.JobReview:
		to, next = both, conversation.StatusCompleted
		due = dueIn("nothing to review", conversation.StatusFollowingUp, conversation.StatusAwaitingSteps)
		// A reply books the next conversation, proposed with the review.
		reply = func(*conversation.Conversation) *conversation.Purpose {
			return &conversation.Purpose{Kind: conversation.ReplyReview}
		}
		render = func(c *conversation.Conversation, addr string) (conversation.Email, error) {
			return a.compose.Review(c, addr, now)
		}
	case conversation.JobRescheduled, conversation.JobCancelled:
		who := func(c *conversation.Conversation) conversation.Participant {
			if job.Seq == conversation.NoticeManager {
				return c.Manager
			}
			return c.Employee
		}
		to = []string{who(c).Email}
		due = func(c *conversation.Conversation) string {
			if job.Kind == conversation.JobCancelled && c.Status != conversation.StatusCancelled {
				return "not cancelled" // a cancellation whose write failed; a later change took its generation
			}
			if !c.SentTo(who(c).Email) {
				return "nothing was sent to them about it yet" // no notice of what they never heard of
			}
			return ""
		}
		// A reply to the notice is what a reply before it was for: she may add to
		// her answers, he to his notes, until the meeting; then it asks nothing.
		reply = func(c *conversation.Conversation) *conversation.Purpose {
			switch {
			case c.Status != conversation.StatusScheduled:
				return &conversation.Purpose{Kind: conversation.ReplyInfo}
			case job.Seq == conversation.NoticeManager:
				return &conversation.Purpose{Kind: conversation.ReplyNotes}
			}
			return &conversation.Purpose{Kind: conversation.ReplyPrep}
		}
		render = func(c *conversation.Conversation, addr string) (conversation.Email, error) {
			var checkIns []time.Time
			if len(c.Steps) > 0 {
				checkIns = a.checkIns(c, now)
			}
			if job.Kind == conversation.JobCancelled {
				return a.compose.Cancelled(c, who(c), checkIns, addr, now)
			}
			return a.compose.Rescheduled(c, who(c), c.PreviousStart, checkIns, addr, now)
		}
	case conversation.JobRebook:
		to = both
		due = func(c *conversation.Conversation) string {
			switch {
			case c.Next != "":
				return "the next conversation is booked"
			case job.Seq != c.Journey.Asks:
				return "a later reminder replaces it"
			}
			return dueIn("no review to follow up", conversation.StatusCompleted)(c)
		}
		reply = func(*conversation.Conversation) *conversation.Purpose {
			return &conversation.Purpose{Kind: conversation.ReplyReview}
		}
		render = func(c *conversation.Conversation, addr string) (conversation.Email, error) {
			b := conversation.Booking{Kind: conversation.BookAsk, At: c.Journey.NextAt, By: "employee"}
			return a.compose.Booking(c, b, nil, c.Employee, addr, conversation.Thread{}, now)
		}
	}
	// still says whether the email is still wanted: on every claim, a first one
	// or one taken over from a failed delivery (whose transition is stored).
	still := func(c *conversation.Conversation) string {
		switch {
		case c.Generation != job.Generation:
			return "rescheduled meanwhile"
		case c.Status == conversation.StatusCancelled && job.Kind != conversation.JobCancelled:
			return "cancelled"
		case next != "" && c.Status == next:
			return "" // the transition went with an earlier claim of this email
		}
		return due(c)
	}
	if why := still(c); why != "" {
		return a.skip(job, c, why)
	}
	if undeliverable(c, to) {
		return a.skip(job, c, "recipient undeliverable")
	}
	_, err = a.send(ctx, c.ID, c, outgoing{
		name: name,
		to:   to,
		check: func(c *conversation.Conversation) error {
			if why := still(c); why != "" {
				return skipError{why}
			}
			return nil
		},
		prepare: func(c *conversation.Conversation) error {
			if next != "" && c.Status != next {
				if err := c.Transition(next); err != nil {
					return err
				}
				if next == conversation.StatusCompleted {
					c.ExpiresAt = now.Add(a.schedule.Retention)
					c.Journey.NextAt = a.schedule.ProposeNext(c, now)
				}
			}
			if job.Kind == conversation.JobRebook && !c.Journey.NextAt.After(now.Add(7*24*time.Hour)) {
				c.Journey.NextAt = a.schedule.ProposeNext(c, now) // the date proposed before has come too close
			}
			return nil
		},
		build: func(c *conversation.Conversation) (conversation.Email, error) {
			addr := ""
			if reply != nil {
				if p := reply(c); p != nil {
					var err error
					if addr, err = a.replyAddress(c.ID, *p); err != nil {
						return conversation.Email{}, err
					}
				}
			}
			return render(c, addr)
		},
	})
	return err
}

// cycle loads what the prep (and, with cv, the pre-read) shows besides c: the
// previous cycle and the CV file. What cannot be loaded is left out and
// logged: the email is still worth sending.
func (a *Assistant) cycle(ctx context.Context, c *conversation.Conversation, cv bool) conversation.Cycle {
	var cy conversation.Cycle
	if c.Previous != "" {
		prev, err := a.store.Get(ctx, c.Previous)
		switch {
		case err == nil:
			cy.Previous = prev
		case conversation.ErrorCode(err) != conversation.ENOTFOUND:
			a.log.Warn("load the previous conversation", "conversation", c.ID, "err", err)
		}
	}
	if cv && c.CV != nil && c.CV.Key != "" && a.files != nil {
		data, err := a.files.Get(ctx, c.CV.Key)
		if err != nil {
			a.log.Warn("load the CV", "conversation", c.ID, "err", err)
		} else {
			cy.CV = &conversation.File{Name: c.CV.Name, Type: c.CV.Type, Data: data}
		}
	}
	return cy
}

// firstPreread reports whether c's manager has had no pre-read before (of any
// of his conversations), so this one carries the stage guide in full. When the
// listing fails, it says no: the brief's one-line tips are never wrong.
func (a *Assistant) firstPreread(ctx context.Context, c *conversation.Conversation) bool {
	q := conversation.ListQuery{Manager: c.Manager.Email}
	for range 10 { // at most 10 pages; a manager with that many has had a pre-read
		page, err := a.store.List(ctx, q)
		if err != nil {
			a.log.Warn("list the manager's conversations", "conversation", c.ID, "err", err)
			return false
		}
		for _, o := range page.Conversations {
			if o.ID != c.ID && o.Sent(conversation.EmailPreread) {
				return false
			}
		}
		if page.Cursor == "" {
			return true
		}
		q.Cursor = page.Cursor
	}
	return false
}

func (a *Assistant) skip(job conversation.Job, c *conversation.Conversation, why string) error {
	a.log.Info("job skipped", "job", job.Name(), "status", c.Status, "why", why)
	return nil
}

// undeliverable reports whether every recipient in the list is marked undeliverable.
func undeliverable(c *conversation.Conversation, to []string) bool {
	var bad []string
	for _, p := range []conversation.Participant{c.Employee, c.Manager} {
		if p.Undeliverable != "" {
			bad = append(bad, p.Email)
		}
	}
	if len(bad) == 0 {
		return false
	}
	for _, addr := range to {
		if !slices.Contains(bad, addr) {
			return false
		}
	}
	return true
}

// dueIn returns a due check that passes in the given statuses and otherwise says why.
func dueIn(why string, statuses ...conversation.Status) func(*conversation.Conversation) string {
	return func(c *conversation.Conversation) string {
		if slices.Contains(statuses, c.Status) {
			return ""
		}
		return why
	}
}
