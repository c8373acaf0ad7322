package eventbridge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/scheduler"
	"github.com/aws/aws-sdk-go-v2/service/scheduler/types"

	"github.com/careerconv/careerconv/pkg/conversation"
)

var _ conversation.Scheduler = (*Scheduler)(nil)

// Defaults and limits of the retry policy, as EventBridge Scheduler has them.
const (
	DefaultMaxEventAge   = 24 * time.Hour
	MinMaxEventAge       = time.Minute
	DefaultRetryAttempts = 185
	MaxRetryAttempts     = 185
)

// Lead is how far ahead a job due now, or already late, is scheduled.
const Lead = time.Minute

// parallel bounds the calls Schedule and Cancel make at once.
const parallel = 4

// API is the part of the EventBridge Scheduler client the Scheduler uses;
// *scheduler.Client implements it.
type API interface {
	CreateSchedule(ctx context.Context, in *scheduler.CreateScheduleInput, optFns ...func(*scheduler.Options)) (*scheduler.CreateScheduleOutput, error)
	DeleteSchedule(ctx context.Context, in *scheduler.DeleteScheduleInput, optFns ...func(*scheduler.Options)) (*scheduler.DeleteScheduleOutput, error)
	GetSchedule(ctx context.Context, in *scheduler.GetScheduleInput, optFns ...func(*scheduler.Options)) (*scheduler.GetScheduleOutput, error)
	ListSchedules(ctx context.Context, in *scheduler.ListSchedulesInput, optFns ...func(*scheduler.Options)) (*scheduler.ListSchedulesOutput, error)
}

// Config says where schedules go and what they invoke.
type Config struct {
	Group         string // schedule group, such as "careerconv"; it must exist
	TargetARN     string // the dispatch function
	RoleARN       string // the role EventBridge Scheduler assumes to invoke it
	DeadLetterARN string // SQS queue for events that could not be delivered; "" for none
	// MaxEventAge is how long EventBridge keeps trying to deliver an event:
	// 1 minute to 24 hours; zero means DefaultMaxEventAge.
	MaxEventAge time.Duration
	// RetryAttempts is how many times a failed delivery is retried: 0 means
	// DefaultRetryAttempts, a negative number none, at most MaxRetryAttempts.
	RetryAttempts int
	// Now is the clock that tells a late job; nil means time.Now.
	Now func() time.Time
}

// Scheduler schedules jobs on EventBridge Scheduler. Make it with New; it is safe
// for concurrent use.
type Scheduler struct {
	client  API
	cfg     Config
	age     int32
	retries int32
}

// New returns a Scheduler creating schedules through client as cfg says. A
// missing or out-of-range setting is EINVALID.
func New(client API, cfg Config) (*Scheduler, error) {
	switch {
	case cfg.Group == "":
		return nil, conversation.FieldErrorf("group", "The schedule group is required.")
	case cfg.TargetARN == "":
		return nil, conversation.FieldErrorf("targetARN", "The ARN of the function schedules invoke is required.")
	case cfg.RoleARN == "":
		return nil, conversation.FieldErrorf("roleARN", "The ARN of the role EventBridge Scheduler assumes is required.")
	}
	if cfg.MaxEventAge == 0 {
		cfg.MaxEventAge = DefaultMaxEventAge
	}
	if cfg.MaxEventAge < MinMaxEventAge || cfg.MaxEventAge > DefaultMaxEventAge {
		return nil, conversation.FieldErrorf("maxEventAge", "The maximum event age must be between %v and %v.", MinMaxEventAge, DefaultMaxEventAge)
	}
	retries := cfg.RetryAttempts
	switch {
	case retries == 0:
		retries = DefaultRetryAttempts
	case retries < 0:
		retries = 0
	case retries > MaxRetryAttempts:
		return nil, conversation.FieldErrorf("retryAttempts", "At most %d retry attempts are possible.", MaxRetryAttempts)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Scheduler{client: client, cfg: cfg, age: int32(cfg.MaxEventAge / time.Second), retries: int32(retries)}, nil
}

// Schedule creates one schedule per job; a job already scheduled is not an error.
// Every job is checked before any is scheduled.
func (s *Scheduler) Schedule(ctx context.Context, jobs []conversation.Job) error {
	for _, j := range jobs {
		if err := j.Validate(); err != nil {
			return err
		}
		if j.At.IsZero() {
			return conversation.FieldErrorf("at", "Job %s has no time.", j.Name())
		}
	}
	return each(jobs, func(j conversation.Job) error { return s.create(ctx, j) })
}

// Cancel deletes the schedule of each job; one not scheduled is not an error.
func (s *Scheduler) Cancel(ctx context.Context, jobs []conversation.Job) error {
	for _, j := range jobs {
		if err := j.Validate(); err != nil {
			return err
		}
	}
	return each(jobs, func(j conversation.Job) error {
		_, err := s.client.DeleteSchedule(ctx, &scheduler.DeleteScheduleInput{
			Name:      aws.String(j.Name()),
			GroupName: aws.String(s.cfg.Group),
		})
		var gone *types.ResourceNotFoundException
		if err != nil && !errors.As(err, &gone) {
			return classify(err, "cancel job %s", j.Name())
		}
		return nil
	})
}

// each runs fn for every job, a few at a time, and returns the error of the
// first job (in order) that failed.
func each(jobs []conversation.Job, fn func(conversation.Job) error) error {
	errs := make([]error, len(jobs))
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			errs[i] = fn(j)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (s *Scheduler) create(ctx context.Context, j conversation.Job) error {
	input, err := json.Marshal(conversation.NewPayload(j))
	if err != nil {
		return &conversation.Error{Code: conversation.EINTERNAL, Message: "Internal error.", Err: fmt.Errorf("encode job %s: %w", j.Name(), err)}
	}
	expr, zone := Expression(j.At, j.TimeZone, s.cfg.Now())
	target := &types.Target{
		Arn:     aws.String(s.cfg.TargetARN),
		RoleArn: aws.String(s.cfg.RoleARN),
		Input:   aws.String(string(input)),
		RetryPolicy: &types.RetryPolicy{
			MaximumEventAgeInSeconds: aws.Int32(s.age),
			MaximumRetryAttempts:     aws.Int32(s.retries),
		},
	}
	if s.cfg.DeadLetterARN != "" {
		target.DeadLetterConfig = &types.DeadLetterConfig{Arn: aws.String(s.cfg.DeadLetterARN)}
	}
	_, err = s.client.CreateSchedule(ctx, &scheduler.CreateScheduleInput{
		Name:                       aws.String(j.Name()),
		GroupName:                  aws.String(s.cfg.Group),
		Description:                aws.String(fmt.Sprintf("careerconv %s %d of conversation %s", j.Kind, j.Seq, j.ConversationID)),
		ScheduleExpression:         aws.String(expr),
		ScheduleExpressionTimezone: aws.String(zone),
		FlexibleTimeWindow:         &types.FlexibleTimeWindow{Mode: types.FlexibleTimeWindowModeOff},
		ActionAfterCompletion:      types.ActionAfterCompletionDelete,
		State:                      types.ScheduleStateEnabled,
		Target:                     target,
	})
	var exists *types.ConflictException
	if err != nil && !errors.As(err, &exists) {
		return classify(err, "schedule job %s", j.Name())
	}
	return nil
}

// Expression returns the at() expression and its time zone for a job due at in
// zone, planned at now: see the package doc.
func Expression(at time.Time, zone string, now time.Time) (expr, tz string) {
	if earliest := now.Add(Lead); at.Before(earliest) {
		at = earliest
	}
	if t := at.Truncate(time.Second); !t.Equal(at) {
		at = t.Add(time.Second)
	}
	loc, err := time.LoadLocation(zone)
	if zone == "" || zone == "Local" || err != nil {
		loc, zone = time.UTC, "UTC"
	}
	local := at.In(loc)
	if ambiguous(local) {
		local, zone = at.UTC(), "UTC"
	}
	return "at(" + local.Format("2006-01-02T15:04:05") + ")", zone
}

// ambiguous reports whether t's wall clock in its location also names another
// instant: the hour repeated when clocks go back. at() would be read as either.
func ambiguous(t time.Time) bool {
	wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	for _, near := range []time.Time{t.Add(-12 * time.Hour), t.Add(12 * time.Hour)} {
		_, offset := near.In(t.Location()).Zone()
		other := wall.Add(-time.Duration(offset) * time.Second)
		if !other.Equal(t) && other.In(t.Location()).Format(time.DateTime) == t.Format(time.DateTime) {
			return true
		}
	}
	return false
}
