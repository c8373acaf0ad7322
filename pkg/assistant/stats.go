package assistant

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// StatsRow is participation in one team (a manager's reports) for the
// meetings of one month: counts only, never what anyone wrote.
type StatsRow struct {
	Manager string `json:"manager"`
	// Month is the month of the meetings, "2027-03" (UTC).
	Month         string `json:"month"`
	Conversations int    `json:"conversations"`
	// Prepped counts conversations whose employee answered the prep.
	Prepped int `json:"prepped"`
	// StepsAgreed counts conversations with agreed steps.
	StepsAgreed int `json:"stepsAgreed"`
	// CheckInsAnswered counts the check-ins answered, over all conversations.
	CheckInsAnswered int `json:"checkInsAnswered"`
	Completed        int `json:"completed"`
	Cancelled        int `json:"cancelled"`
}

// Stats counts participation by team and month for the meetings starting in
// [from, to) (a zero bound is open), from the listings by status: no scan,
// one page of up to 1,000 conversations a read.
func (a *Assistant) Stats(ctx context.Context, from, to time.Time) ([]StatsRow, error) {
	if !from.IsZero() && !to.IsZero() && !from.Before(to) {
		return nil, conversation.FieldErrorf("to", "The range must end after it starts.")
	}
	rows := map[[2]string]*StatsRow{}
	for _, st := range conversation.Statuses {
		q := conversation.ListQuery{Status: st, From: from, To: to, Limit: 1000}
		for {
			page, err := a.store.List(ctx, q)
			if err != nil {
				return nil, err
			}
			for _, c := range page.Conversations {
				key := [2]string{strings.ToLower(c.Manager.Email), c.MeetingStart.UTC().Format("2006-01")}
				r := rows[key]
				if r == nil {
					r = &StatsRow{Manager: key[0], Month: key[1]}
					rows[key] = r
				}
				count(r, c)
			}
			if page.Cursor == "" {
				break
			}
			q.Cursor = page.Cursor
		}
	}
	out := make([]StatsRow, 0, len(rows))
	for _, r := range rows {
		out = append(out, *r)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Month != out[j].Month {
			return out[i].Month < out[j].Month
		}
		return out[i].Manager < out[j].Manager
	})
	return out, nil
}

// count adds one conversation to a row.
func count(r *StatsRow, c *conversation.Conversation) {
	r.Conversations++
	if len(c.Answers) > 0 {
		r.Prepped++
	}
	if len(c.Steps) > 0 {
		r.StepsAgreed++
	}
	checkIns := map[int]bool{}
	for _, s := range c.Steps {
		for _, p := range s.Progress {
			if p.CheckIn > 0 {
				checkIns[p.CheckIn] = true
			}
		}
	}
	r.CheckInsAnswered += len(checkIns)
	switch c.Status {
	case conversation.StatusCompleted:
		r.Completed++
	case conversation.StatusCancelled:
		r.Cancelled++
	}
}

// NextEmail returns the next email conversation c is planned to send and its
// planned time (in the past if it is overdue: a stuck conversation), or false
// when none is left.
func (a *Assistant) NextEmail(c *conversation.Conversation) (conversation.Job, bool) {
	if c.Status.Terminal() {
		return conversation.Job{}, false
	}
	for _, j := range a.schedule.Jobs(c, time.Time{}) { // the zero time: planned times, none moved to now
		if c.Sent(j.Email()) {
			continue
		}
		switch j.Kind {
		case conversation.JobPrep, conversation.JobPreread, conversation.JobWrapUp:
			if c.Status != conversation.StatusScheduled {
				continue
			}
		case conversation.JobNudge:
			if c.Status != conversation.StatusScheduled || len(c.Answers) > 0 || c.Choices.WantsFewer("employee") {
				continue
			}
		case conversation.JobCheckIn:
			if c.Status != conversation.StatusFollowingUp || slices.Contains(c.Choices.Skipped, j.Seq) {
				continue
			}
		}
		return j, true
	}
	return conversation.Job{}, false
}
