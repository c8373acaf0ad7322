package conversation

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// JobKind names a timed step of the lifecycle.
type JobKind string

// The timed jobs, named as the emails they send (EmailPrep…). Plan and
// receipt emails answer replies and are not jobs.
// The notices of a reschedule or a cancellation are jobs due at once, so that
// they go through the scheduler's retries like every other email.
const (
	JobPrep    JobKind = EmailPrep    // preparation email to the employee
	JobNudge   JobKind = EmailNudge   // reminder to the employee if nothing was answered
	JobPreread JobKind = EmailPreread // pre-read to the manager
	JobWrapUp  JobKind = EmailWrapUp  // after the meeting: reply with the agreed steps
	JobCheckIn JobKind = EmailCheckIn // check-in Seq (1..n): progress on the steps
	JobReview  JobKind = EmailReview  // the closing review to both
	// JobRescheduled tells participant Seq (NoticeEmployee, NoticeManager)
	// that the meeting moved (from Conversation.PreviousStart).
	JobRescheduled JobKind = EmailRescheduled
	// JobCancelled tells participant Seq that the conversation is cancelled.
	JobCancelled JobKind = EmailCancelled
	JobRebook    JobKind = EmailRebook // reminder Seq to book the next conversation, after "not now"
)

// The participants a notice job (JobRescheduled, JobCancelled) goes to, by Seq.
const (
	NoticeEmployee = 1
	NoticeManager  = 2
)

// NoticeRole names the participant of a notice job's Seq: "employee",
// "manager", or "" for another Seq.
func NoticeRole(seq int) string {
	switch seq {
	case NoticeEmployee:
		return "employee"
	case NoticeManager:
		return "manager"
	}
	return ""
}

// Valid reports whether k is a known job kind.
func (k JobKind) Valid() bool {
	switch k {
	case JobPrep, JobNudge, JobPreread, JobWrapUp, JobCheckIn, JobReview, JobRescheduled, JobCancelled, JobRebook:
		return true
	}
	return false
}

// Job is one timed step of one conversation. A job whose Generation is not the
// conversation's current one is stale and does nothing.
type Job struct {
	ConversationID string    `json:"conversation"`
	Kind           JobKind   `json:"kind"`
	Seq            int       `json:"seq"`
	Generation     int       `json:"generation"`
	At             time.Time `json:"at"`
	// TimeZone is the IANA zone At is meant in (schedulers that take a zone use it).
	TimeZone string `json:"timeZone,omitempty"`
}

// Name is the job's unique, stable name: usable as an EventBridge schedule name
// ([0-9A-Za-z_.-], at most 64 characters).
func (j Job) Name() string {
	return fmt.Sprintf("%s-%s-%d-g%d", j.ConversationID, j.Kind, j.Seq, j.Generation)
}

// ParseJobName reverses Name (At and TimeZone are not part of a name).
func ParseJobName(name string) (Job, error) {
	parts := strings.Split(name, "-")
	if len(parts) != 4 || !ValidID(parts[0]) || !JobKind(parts[1]).Valid() || !strings.HasPrefix(parts[3], "g") {
		return Job{}, Errorf(EINVALID, "%q is not a job name.", name)
	}
	seq, err1 := strconv.Atoi(parts[2])
	gen, err2 := strconv.Atoi(parts[3][1:])
	if err1 != nil || err2 != nil || seq < 0 || gen < 0 || strconv.Itoa(seq) != parts[2] || strconv.Itoa(gen) != parts[3][1:] {
		return Job{}, Errorf(EINVALID, "%q is not a job name.", name)
	}
	return Job{ConversationID: parts[0], Kind: JobKind(parts[1]), Seq: seq, Generation: gen}, nil
}

// Email is the name of the email the job sends, unique per conversation: "prep",
// "checkin2", "rescheduled-employee-g3" (one per move), "cancelled-manager"…
// It keys the send ledger, so each is sent at most once.
func (j Job) Email() string {
	switch j.Kind {
	case JobCheckIn, JobRebook:
		return fmt.Sprintf("%s%d", j.Kind, j.Seq)
	case JobRescheduled:
		return fmt.Sprintf("%s-%s-g%d", j.Kind, NoticeRole(j.Seq), j.Generation)
	case JobCancelled:
		return string(j.Kind) + "-" + NoticeRole(j.Seq)
	}
	return string(j.Kind)
}

// Validate checks a job as received from a scheduler payload.
func (j Job) Validate() error {
	switch {
	case !ValidID(j.ConversationID):
		return FieldErrorf("conversation", "Job has no valid conversation ID.")
	case !j.Kind.Valid():
		return FieldErrorf("kind", "Job kind %q is unknown.", j.Kind)
	case j.Seq < 0 || j.Generation < 0:
		return FieldErrorf("seq", "Job seq and generation must not be negative.")
	case (j.Kind == JobRescheduled || j.Kind == JobCancelled) && NoticeRole(j.Seq) == "":
		return FieldErrorf("seq", "A %s notice goes to participant %d or %d, not %d.", j.Kind, NoticeEmployee, NoticeManager, j.Seq)
	}
	return nil
}

// Schedule holds the offsets of the lifecycle; DefaultSchedule has the design's values.
type Schedule struct {
	PrepBefore    time.Duration   `json:"prepBefore"`    // prep this long before the meeting, at MorningHour
	NudgeBefore   time.Duration   `json:"nudgeBefore"`   // nudge this long before, at MorningHour
	PrereadBefore time.Duration   `json:"prereadBefore"` // pre-read this long before the meeting
	CheckIns      []time.Duration `json:"checkIns"`      // after the meeting, at MorningHour on a weekday
	ReviewAfter   time.Duration   `json:"reviewAfter"`   // after the meeting, at MorningHour on a weekday
	MorningHour   int             `json:"morningHour"`   // local hour for morning emails
	Retention     time.Duration   `json:"retention"`     // keep the record this long after it ends
	// NextAfter is how long after the review the next conversation is proposed.
	NextAfter time.Duration `json:"nextAfter"`
	// AskAgainAfter is how long after a "not now" the review's proposal comes again.
	AskAgainAfter time.Duration `json:"askAgainAfter"`
}

// DefaultSchedule is the lifecycle of DESIGN.md.
func DefaultSchedule() Schedule {
	const day, week = 24 * time.Hour, 7 * 24 * time.Hour
	return Schedule{
		PrepBefore:    7 * day,
		NudgeBefore:   2 * day,
		PrereadBefore: 24 * time.Hour,
		CheckIns:      []time.Duration{4 * week, 8 * week, 12 * week},
		ReviewAfter:   13 * week,
		MorningHour:   9,
		Retention:     365 * day,
		NextAfter:     13 * week, // three months
		AskAgainAfter: 4 * week,
	}
}

// Jobs returns every timed job of c's current generation, as planned at now.
// Jobs that would fall in the past run at now; a nudge that would not come after
// the prep is left out. Jobs come in lifecycle order.
func (s Schedule) Jobs(c *Conversation, now time.Time) []Job {
	emp, mgr := c.Employee.Location(), c.Manager.Location()
	job := func(kind JobKind, seq int, at time.Time, zone string) Job {
		if at.Before(now) {
			at = now
		}
		return Job{ConversationID: c.ID, Kind: kind, Seq: seq, Generation: c.Generation, At: at.UTC(), TimeZone: zone}
	}
	prep := job(JobPrep, 0, s.morning(c.MeetingStart.Add(-s.PrepBefore), emp, false), c.Employee.TimeZone)
	jobs := []Job{prep}
	if nudge := s.morning(c.MeetingStart.Add(-s.NudgeBefore), emp, false); nudge.Sub(prep.At) >= 24*time.Hour && nudge.Before(c.MeetingStart) {
		jobs = append(jobs, job(JobNudge, 0, nudge, c.Employee.TimeZone))
	}
	pre := c.MeetingStart.Add(-s.PrereadBefore)
	if pre.Before(prep.At) {
		pre = prep.At
	}
	jobs = append(jobs, job(JobPreread, 0, pre, c.Manager.TimeZone))
	jobs = append(jobs, job(JobWrapUp, 0, c.MeetingEnd(), c.Employee.TimeZone))
	// A pause (Choices.DelayDays) moves the check-ins and the review.
	after := func(d time.Duration) time.Time { return c.MeetingStart.Add(d).AddDate(0, 0, c.Choices.DelayDays) }
	for i, d := range s.CheckIns {
		jobs = append(jobs, job(JobCheckIn, i+1, s.morning(after(d), emp, true), c.Employee.TimeZone))
	}
	jobs = append(jobs, job(JobReview, 0, s.morning(after(s.ReviewAfter), mgr, true), c.Manager.TimeZone))
	if !c.Journey.RemindAt.IsZero() {
		jobs = append(jobs, job(JobRebook, c.Journey.Asks, c.Journey.RemindAt, c.Manager.TimeZone))
	}
	return jobs
}

// Notices returns the jobs that tell the participants in seqs (NoticeEmployee,
// NoticeManager) of c's latest change, due at now: a JobCancelled each if c is
// cancelled, else a JobRescheduled each, of c's current generation.
func Notices(c *Conversation, now time.Time, seqs ...int) []Job {
	kind := JobRescheduled
	if c.Status == StatusCancelled {
		kind = JobCancelled
	}
	jobs := make([]Job, 0, len(seqs))
	for _, seq := range seqs {
		zone := c.Employee.TimeZone
		if seq == NoticeManager {
			zone = c.Manager.TimeZone
		}
		jobs = append(jobs, Job{ConversationID: c.ID, Kind: kind, Seq: seq, Generation: c.Generation, At: now.UTC(), TimeZone: zone})
	}
	return jobs
}

// ProposeNext returns the date proposed for the conversation after c: NextAfter
// after from, on a working day, at the clock time of c's meeting in the
// employee's zone.
func (s Schedule) ProposeNext(c *Conversation, from time.Time) time.Time {
	after := s.NextAfter
	if after <= 0 {
		after = DefaultSchedule().NextAfter
	}
	return sameClock(c, from.Add(after))
}

// ProposeIn returns a date in month m for the conversation after c: the day
// of the month of c's meeting (the month's last day if shorter), on a working
// day, at the meeting's clock time, in the first such month that is still
// ahead of now by a week.
func (s Schedule) ProposeIn(c *Conversation, m time.Month, now time.Time) time.Time {
	loc := c.Employee.Location()
	local := c.MeetingStart.In(loc)
	for y := now.In(loc).Year(); ; y++ {
		d := min(local.Day(), daysIn(y, m))
		t := sameClock(c, time.Date(y, m, d, 12, 0, 0, 0, loc))
		if t.Month() != m { // a weekend at the month's end: the Friday before
			t = t.AddDate(0, 0, -3)
		}
		if t.After(now.Add(7 * 24 * time.Hour)) {
			return t
		}
	}
}

// sameClock returns day's date at the clock time of c's meeting in the
// employee's zone, moved from a weekend to the Monday after.
func sameClock(c *Conversation, day time.Time) time.Time {
	loc := c.Employee.Location()
	local, d := c.MeetingStart.In(loc), day.In(loc)
	t := time.Date(d.Year(), d.Month(), d.Day(), local.Hour(), local.Minute(), 0, 0, loc)
	switch t.Weekday() {
	case time.Saturday:
		t = t.AddDate(0, 0, 2)
	case time.Sunday:
		t = t.AddDate(0, 0, 1)
	}
	return t.UTC()
}

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }

// morning returns MorningHour local time on t's date in loc, moved to Monday when
// weekday is set and the date falls on a weekend.
func (s Schedule) morning(t time.Time, loc *time.Location, weekday bool) time.Time {
	t = t.In(loc)
	d := time.Date(t.Year(), t.Month(), t.Day(), s.MorningHour, 0, 0, 0, loc)
	if weekday {
		switch d.Weekday() {
		case time.Saturday:
			d = d.AddDate(0, 0, 2)
		case time.Sunday:
			d = d.AddDate(0, 0, 1)
		}
	}
	return d
}
