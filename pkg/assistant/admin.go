package assistant

import (
	"context"
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// CreateRequest is what an admin supplies to start a conversation.
type CreateRequest struct {
	Employee       conversation.Participant `json:"employee"`
	Manager        conversation.Participant `json:"manager"`
	MeetingStart   time.Time                `json:"meetingStart"`
	MeetingMinutes int                      `json:"meetingMinutes,omitempty"`
	RequestCV      bool                     `json:"requestCV,omitempty"`
	CalendarUID    string                   `json:"calendarUID,omitempty"`
	// IdempotencyKey makes a retried create return the conversation the first
	// try created (the HTTP Idempotency-Key header; the import's natural key).
	IdempotencyKey string `json:"-"`
	// CalendarSequence is the SEQUENCE of the invite with CalendarUID.
	CalendarSequence int `json:"calendarSequence,omitempty"`
	// Previous is the conversation this one follows (see Next).
	Previous string `json:"-"`
}

// minLead is how far ahead a meeting must be to be created or moved to.
const minLead = 15 * time.Minute

// MaxIdempotencyKey bounds an Idempotency-Key.
const MaxIdempotencyKey = 255

// Create validates the request, schedules the conversation's jobs and stores it.
// Jobs are scheduled first: should storing fail, they find no conversation and do
// nothing, so nothing is half-written. With an IdempotencyKey the conversation's
// ID derives from the key, so a retry returns the conversation a first try stored
// (ECONFLICT if the key was used for a different meeting). A store error is
// resolved by reading back, not by cancelling: the write may have happened.
func (a *Assistant) Create(ctx context.Context, r CreateRequest) (*conversation.Conversation, error) {
	c, _, err := a.create(ctx, r)
	return c, err
}

// create is Create, also reporting whether the conversation existed already.
func (a *Assistant) create(ctx context.Context, r CreateRequest) (*conversation.Conversation, bool, error) {
	now := a.Now()
	c, err := a.newConversation(r, now)
	if err != nil {
		return nil, false, err
	}
	if r.IdempotencyKey != "" {
		switch prev, err := a.store.Get(ctx, c.ID); {
		case err == nil:
			return a.replay(prev, c, r.IdempotencyKey)
		case conversation.ErrorCode(err) != conversation.ENOTFOUND:
			return nil, false, fmt.Errorf("look up idempotency key: %w", err)
		}
	}
	if err := a.begin(c, now); err != nil {
		return nil, false, err
	}
	jobs := a.schedule.Jobs(c, now)
	if err := a.scheduler.Schedule(ctx, jobs); err != nil {
		return nil, false, fmt.Errorf("schedule jobs of %s: %w", c.ID, err)
	}
	if err := a.store.Create(ctx, c); err != nil {
		// The write may have happened (a lost answer, a retried conditional write):
		// read it back. Jobs are left alone either way: without a conversation they
		// do nothing, and a retry schedules the same ones.
		prev, gerr := a.store.Get(ctx, c.ID)
		if gerr != nil {
			return nil, false, fmt.Errorf("create conversation: %w", err)
		}
		if r.IdempotencyKey != "" {
			return a.replay(prev, c, r.IdempotencyKey)
		}
		if !prev.CreatedAt.Equal(c.CreatedAt.Truncate(time.Millisecond)) || prev.Employee.Email != c.Employee.Email {
			return nil, false, fmt.Errorf("create conversation: %w", err) // not ours: an ID collision
		}
		c = prev
	}
	a.log.Info("created", "conversation", c.ID, "meeting", c.MeetingStart, "jobs", len(jobs))
	return c, false, nil
}

// newConversation validates a request into a conversation, not yet stored,
// whose ID derives from the request's IdempotencyKey if it has one.
func (a *Assistant) newConversation(r CreateRequest, now time.Time) (*conversation.Conversation, error) {
	c := &conversation.Conversation{
		ID:               conversation.NewID(),
		Employee:         r.Employee,
		Manager:          r.Manager,
		MeetingStart:     r.MeetingStart.UTC(),
		MeetingMinutes:   r.MeetingMinutes,
		RequestCV:        r.RequestCV,
		CalendarUID:      r.CalendarUID,
		CalendarSequence: r.CalendarSequence,
		Previous:         r.Previous,
		Status:           conversation.StatusScheduled,
		Generation:       1,
		CreatedAt:        now,
		UpdatedAt:        now,
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if r.IdempotencyKey != "" {
		if len(r.IdempotencyKey) > MaxIdempotencyKey || strings.ContainsFunc(r.IdempotencyKey, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			return nil, conversation.FieldErrorf("idempotencyKey", "An Idempotency-Key is at most %d printable characters.", MaxIdempotencyKey)
		}
		c.ID = keyedID(r.IdempotencyKey)
	}
	return c, nil
}

// begin checks that a new conversation's meeting is far enough ahead and
// records its creation. (A replayed create skips it: the meeting may be near by then.)
func (a *Assistant) begin(c *conversation.Conversation, now time.Time) error {
	if !c.MeetingStart.After(now.Add(minLead)) {
		return conversation.FieldErrorf("meetingStart", "The meeting must start at least %v from now.", minLead)
	}
	c.Record(conversation.Event{At: now, Kind: conversation.EventCreated,
		Detail: fmt.Sprintf("meeting %s", c.MeetingStart.Format(time.RFC3339))})
	return nil
}

// createMany schedules the jobs of new conversations, then stores them in as
// few writes as the store allows (an import). As in create, jobs are left
// alone if storing fails: without a conversation they do nothing, and a retry
// schedules the same ones. The conversations stored have Version 1.
func (a *Assistant) createMany(ctx context.Context, cs []*conversation.Conversation, now time.Time) error {
	var jobs []conversation.Job
	for _, c := range cs {
		jobs = append(jobs, a.schedule.Jobs(c, now)...)
	}
	if err := a.scheduler.Schedule(ctx, jobs); err != nil {
		return fmt.Errorf("schedule jobs of %d conversations: %w", len(cs), err)
	}
	if err := a.store.CreateMany(ctx, cs); err != nil {
		return fmt.Errorf("create conversations: %w", err)
	}
	a.log.Info("created", "conversations", len(cs), "jobs", len(jobs))
	return nil
}

// replay returns prev, stored under the key of request c, if it is the same meeting.
func (a *Assistant) replay(prev, c *conversation.Conversation, key string) (*conversation.Conversation, bool, error) {
	if prev.Employee.Email != c.Employee.Email || prev.Manager.Email != c.Manager.Email ||
		!prev.MeetingStart.Equal(c.MeetingStart.Truncate(time.Millisecond)) || prev.MeetingMinutes != c.MeetingMinutes {
		return nil, false, conversation.Errorf(conversation.ECONFLICT, "The Idempotency-Key %q was used for a different conversation (%s).", key, prev.ID)
	}
	a.log.Info("create replayed", "conversation", prev.ID)
	return prev, true, nil
}

// keyedID is the conversation ID an idempotency key stands for.
func keyedID(key string) string {
	sum := sha256.Sum256([]byte("careerconv idempotency key\x00" + key))
	return strings.ToLower(base32.StdEncoding.EncodeToString(sum[:10]))
}

// Get returns one conversation.
func (a *Assistant) Get(ctx context.Context, id string) (*conversation.Conversation, error) {
	if !conversation.ValidID(id) {
		return nil, conversation.Errorf(conversation.ENOTFOUND, "No conversation %q.", id)
	}
	return a.store.Get(ctx, id)
}

// List returns the conversations of one employee, of one manager, or with one
// status and a meeting start in [q.From, q.To) (HR's view of where
// conversations stand, such as those awaiting steps since last month).
func (a *Assistant) List(ctx context.Context, q conversation.ListQuery) (conversation.ListPage, error) {
	n := 0
	for _, set := range []bool{q.Employee != "", q.Manager != "", q.Status != ""} {
		if set {
			n++
		}
	}
	switch {
	case n != 1:
		return conversation.ListPage{}, conversation.FieldErrorf("employee", "Give exactly one of employee, manager or status.")
	case q.Status != "" && !q.Status.Valid():
		return conversation.ListPage{}, conversation.FieldErrorf("status", "Status %q is not one of scheduled, awaiting_steps, following_up, completed, cancelled.", q.Status)
	case q.Status == "" && (!q.From.IsZero() || !q.To.IsZero()):
		return conversation.ListPage{}, conversation.FieldErrorf("from", "A meeting date range goes with a status.")
	case !q.From.IsZero() && !q.To.IsZero() && !q.From.Before(q.To):
		return conversation.ListPage{}, conversation.FieldErrorf("to", "The range must end after it starts.")
	}
	if q.Limit < 0 || q.Limit > 200 {
		return conversation.ListPage{}, conversation.FieldErrorf("limit", "Limit must be between 1 and 200.")
	}
	return a.store.List(ctx, q)
}

// Reschedule moves the meeting. The generation changes, so every job already
// scheduled becomes stale; the new jobs are scheduled first, with a notice to
// each participant who has heard of the conversation (a job due at once, so
// the scheduler retries it like any email). Emails already sent (the prep,
// say) are not sent again.
func (a *Assistant) Reschedule(ctx context.Context, id string, start time.Time, minutes int) (*conversation.Conversation, error) {
	return a.reschedule(ctx, id, start, minutes, conversation.NoticeEmployee, conversation.NoticeManager)
}

// reschedule moves the meeting and its jobs, and schedules the notices to the
// participants in notify (conversation.Notices).
func (a *Assistant) reschedule(ctx context.Context, id string, start time.Time, minutes int, notify ...int) (*conversation.Conversation, error) {
	c, err := a.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	now := a.Now()
	var old []conversation.Job
	c, err = a.update(ctx, id, c, func(c *conversation.Conversation) error {
		if c.Status != conversation.StatusScheduled {
			return conversation.Errorf(conversation.ECONFLICT, "Only a conversation whose meeting has not happened can be rescheduled; this one is %s.", c.Status)
		}
		if c.MeetingStart.Equal(start.UTC().Truncate(time.Millisecond)) && (minutes == 0 || minutes == c.MeetingMinutes) {
			// Already there: a retried request, or a write that happened but
			// reported failure and was read back. Nothing moves twice.
			return errNoChange
		}
		if !start.After(now.Add(minLead)) {
			return conversation.FieldErrorf("meetingStart", "The meeting must start at least %v from now.", minLead)
		}
		old = a.schedule.Jobs(c, now)
		c.PreviousStart = c.MeetingStart
		c.MeetingStart = start.UTC()
		if minutes != 0 {
			c.MeetingMinutes = minutes
		}
		if err := c.Validate(); err != nil {
			return err
		}
		c.Generation++
		c.Record(conversation.Event{At: now, Kind: conversation.EventRescheduled,
			Detail: fmt.Sprintf("meeting %s", c.MeetingStart.Format(time.RFC3339))})
		jobs := append(a.schedule.Jobs(c, now), conversation.Notices(c, now, notify...)...)
		if err := a.scheduler.Schedule(ctx, jobs); err != nil {
			return fmt.Errorf("schedule jobs of %s: %w", c.ID, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	a.cancelJobs(ctx, old)
	return c, nil
}

// Cancel stops a conversation: nothing more is sent but a notice to each
// participant who has heard of it (with a calendar cancellation of the
// check-ins when the plan was agreed), a job due at once as in Reschedule.
func (a *Assistant) Cancel(ctx context.Context, id string) (*conversation.Conversation, error) {
	return a.cancel(ctx, id, conversation.NoticeEmployee, conversation.NoticeManager)
}

// cancel cancels the conversation and its jobs, and schedules the notices to
// the participants in notify. The notices are scheduled before the write that
// cancels: should it fail, they find the generation stale and do nothing.
func (a *Assistant) cancel(ctx context.Context, id string, notify ...int) (*conversation.Conversation, error) {
	c, err := a.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	now := a.Now()
	var jobs []conversation.Job
	c, err = a.update(ctx, id, c, func(c *conversation.Conversation) error {
		if c.Status == conversation.StatusCancelled {
			return errNoChange
		}
		var err error
		if jobs, err = a.end(c, now, ""); err != nil {
			return err
		}
		if err := a.scheduler.Schedule(ctx, conversation.Notices(c, now, notify...)); err != nil {
			return fmt.Errorf("schedule the notices of %s: %w", c.ID, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	a.cancelJobs(ctx, jobs)
	return c, nil
}

// end cancels c (in memory): the status, a new generation so that every job
// does nothing, the retention, the event with detail (who stopped it). It
// returns the jobs to cancel.
func (a *Assistant) end(c *conversation.Conversation, now time.Time, detail string) ([]conversation.Job, error) {
	if err := c.Transition(conversation.StatusCancelled); err != nil {
		return nil, err
	}
	jobs := a.schedule.Jobs(c, now)
	c.Generation++
	c.ExpiresAt = now.Add(a.schedule.Retention)
	c.Record(conversation.Event{At: now, Kind: conversation.EventCancelled, Detail: detail})
	return jobs, nil
}

// Erase deletes a conversation and everything stored of it: the raw copies of the
// messages it received first (the history names them) and its CV file, then
// the conversation, then its jobs. ENOTFOUND if there is no such conversation.
func (a *Assistant) Erase(ctx context.Context, id string) error {
	c, err := a.Get(ctx, id)
	if err != nil {
		return err
	}
	if a.raw != nil {
		for _, e := range c.History {
			if e.Raw == "" {
				continue
			}
			if err := a.raw.Delete(ctx, e.Raw); err != nil {
				return fmt.Errorf("erase %s: delete received message %s: %w", id, e.Raw, err)
			}
		}
	}
	if c.CV != nil && c.CV.Key != "" && a.files != nil {
		if err := a.files.Delete(ctx, c.CV.Key); err != nil {
			return fmt.Errorf("erase %s: delete the CV: %w", id, err)
		}
	}
	if err := a.store.Delete(ctx, id); err != nil {
		return fmt.Errorf("erase %s: %w", id, err)
	}
	a.cancelJobs(ctx, a.schedule.Jobs(c, a.Now()))
	a.log.Info("erased", "conversation", id)
	return nil
}

// ErasePerson erases every conversation in which email is the employee or the manager.
// It returns how many were erased.
func (a *Assistant) ErasePerson(ctx context.Context, email string) (int, error) {
	n := 0
	for _, q := range []conversation.ListQuery{{Employee: email}, {Manager: email}} {
		for {
			page, err := a.store.List(ctx, q)
			if err != nil {
				return n, err
			}
			for _, c := range page.Conversations {
				err := a.Erase(ctx, c.ID)
				if conversation.ErrorCode(err) == conversation.ENOTFOUND {
					continue // erased meanwhile
				}
				if err != nil {
					return n, err
				}
				n++
			}
			if page.Cursor == "" {
				break
			}
			q.Cursor = page.Cursor
		}
	}
	return n, nil
}

// cancelJobs cancels jobs on a best-effort basis: a job left behind finds its
// generation stale (or its conversation gone) and does nothing.
func (a *Assistant) cancelJobs(ctx context.Context, jobs []conversation.Job) {
	if len(jobs) == 0 {
		return
	}
	if err := a.scheduler.Cancel(ctx, jobs); err != nil {
		a.log.Warn("cancel jobs", "conversation", jobs[0].ConversationID, "err", err)
	}
}
