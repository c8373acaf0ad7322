package assistant

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/token"
)

// RunJob runs one timed job: it sends the job's email at most once and moves the
// conversation on. A job that is stale (older generation), unknown (conversation
// erased) or no longer fitting (the conversation was cancelled, or there is nothing
// to nudge about) does nothing and is not an error. Only transient failures are
// returned, so that the caller retries.
func (a *Assistant) RunJob(ctx context.Context, job conversation.Job) error {
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
		// The record says it went out (with its transition, in the same write).
		return a.skip(job, c, "already sent")
	}
	now := a.Now()
	var (
		to     []string            // whom it goes to
		next   conversation.Status // the status it moves the conversation to, if any
		reply  *token.Purpose      // what a reply to it is for; nil: no reply address
		render func(replyTo string) (Email, error)
	)
	emp, both := []string{c.Employee.Email}, []string{c.Employee.Email, c.Manager.Email}
	switch job.Kind {
	case conversation.JobPrep:
		if c.Status != conversation.StatusScheduled {
			return a.skip(job, c, "meeting already happened")
		}
		to, reply = emp, &token.Purpose{Kind: token.Prep}
		render = func(addr string) (Email, error) { return a.compose.Prep(c, addr, now) }
	case conversation.JobNudge:
		if c.Status != conversation.StatusScheduled {
			return a.skip(job, c, "meeting already happened")
		}
		if len(c.Answers) > 0 {
			return a.skip(job, c, "answers already received")
		}
		to, reply = emp, &token.Purpose{Kind: token.Prep}
		render = func(addr string) (Email, error) { return a.compose.Nudge(c, addr, now) }
	case conversation.JobPreread:
		if c.Status != conversation.StatusScheduled {
			return a.skip(job, c, "meeting already happened")
		}
		to = []string{c.Manager.Email}
		render = func(string) (Email, error) { return a.compose.Preread(c, now) }
	case conversation.JobWrapUp:
		if c.Status != conversation.StatusScheduled && c.Status != conversation.StatusAwaitingSteps {
			return a.skip(job, c, "not waiting for the meeting")
		}
		to, next, reply = both, conversation.StatusAwaitingSteps, &token.Purpose{Kind: token.Steps}
		render = func(addr string) (Email, error) { return a.compose.WrapUp(c, addr, now) }
	case conversation.JobCheckIn:
		if c.Status != conversation.StatusFollowingUp && c.Status != conversation.StatusAwaitingSteps {
			return a.skip(job, c, "no steps to check in on")
		}
		to, reply = emp, &token.Purpose{Kind: token.CheckIn, CheckIn: job.Seq}
		if len(c.Steps) == 0 {
			// Without agreed steps the check-in asks for them, so its replies are steps.
			reply = &token.Purpose{Kind: token.Steps}
		}
		render = func(addr string) (Email, error) { return a.compose.CheckIn(c, job.Seq, addr, now) }
	case conversation.JobReview:
		if c.Status != conversation.StatusFollowingUp && c.Status != conversation.StatusAwaitingSteps {
			return a.skip(job, c, "nothing to review")
		}
		to, next = both, conversation.StatusCompleted
		render = func(string) (Email, error) { return a.compose.Review(c, now) }
	}
	send := func() (Email, error) {
		addr := ""
		if reply != nil {
			var err error
			if addr, err = a.replyAddress(c.ID, *reply); err != nil {
				return Email{}, err
			}
		}
		return render(addr)
	}
	if undeliverable(c, to) {
		return a.skip(job, c, "recipient undeliverable")
	}
	if _, err := a.send(ctx, c, name, send); err != nil {
		return err
	}
	_, err = a.update(ctx, c.ID, c, func(c *conversation.Conversation) error {
		if c.Generation != job.Generation {
			return errNoChange
		}
		changed := false
		if next != "" && c.Status != next {
			if err := c.Transition(next); err != nil {
				return err
			}
			if next == conversation.StatusCompleted {
				c.ExpiresAt = now.Add(a.schedule.Retention)
			}
			changed = true
		}
		if !c.Sent(name) {
			c.Record(conversation.Event{At: now, Kind: conversation.EventSent, Email: name, To: strings.Join(to, ", ")})
			changed = true
		}
		if !changed {
			return errNoChange
		}
		return nil
	})
	return err
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
