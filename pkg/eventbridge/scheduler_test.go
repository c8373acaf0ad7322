package eventbridge_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/scheduler"
	"github.com/aws/aws-sdk-go-v2/service/scheduler/types"

	"github.com/careerconv/careerconv/pkg/awstest"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/eventbridge"
	"github.com/careerconv/careerconv/pkg/schedulertest"
)

func TestMain(m *testing.M) { awstest.Main(m) }

const (
	targetARN = "arn:aws:lambda:us-east-1:123456789012:function:careerconv-dispatch"
	roleARN   = "arn:aws:iam::123456789012:role/careerconv-scheduler"
	dlqARN    = "arn:aws:sqs:us-east-1:123456789012:careerconv-dispatch-dlq"
)

type env struct {
	sched  *eventbridge.Scheduler
	client *scheduler.Client
	group  string
	calls  *awstest.Counter
}

// open makes a schedule group of the test's own and a Scheduler on it.
func open(tb testing.TB) env {
	tb.Helper()
	emu := awstest.Start(tb)
	cfg := emu.Config()
	calls := emu.Counter()
	cfg.APIOptions = append(cfg.APIOptions, calls.Register)
	client := scheduler.NewFromConfig(cfg)
	group := "careerconv-" + conversation.NewID()
	ctx := context.Background()
	if _, err := client.CreateScheduleGroup(ctx, &scheduler.CreateScheduleGroupInput{Name: aws.String(group)}); err != nil {
		tb.Fatalf("create schedule group: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := client.DeleteScheduleGroup(context.Background(), &scheduler.DeleteScheduleGroupInput{Name: aws.String(group)}); err != nil {
			tb.Errorf("delete schedule group %s: %v", group, err)
		}
	})
	s, err := eventbridge.New(client, eventbridge.Config{Group: group, TargetARN: targetARN, RoleARN: roleARN, DeadLetterARN: dlqARN})
	if err != nil {
		tb.Fatal(err)
	}
	calls.Reset()
	return env{sched: s, client: client, group: group, calls: calls}
}

func TestSchedulerContract(t *testing.T) {
	schedulertest.Run(t, func(t *testing.T) (conversation.Scheduler, schedulertest.Pending) {
		e := open(t)
		return e.sched, func(ctx context.Context) ([]conversation.Job, error) { return e.sched.List(ctx, "") }
	})
}

// TestStoredSchedule reads back what the emulator stored for one job.
func TestStoredSchedule(t *testing.T) {
	e := open(t)
	ctx := context.Background()
	job := conversation.Job{
		ConversationID: conversation.NewID(), Kind: conversation.JobCheckIn, Seq: 2, Generation: 3,
		At: time.Date(2030, time.March, 4, 3, 30, 0, 0, time.UTC), TimeZone: "Asia/Kolkata",
	}
	if err := e.sched.Schedule(ctx, []conversation.Job{job}); err != nil {
		t.Fatal(err)
	}
	out, err := e.client.GetSchedule(ctx, &scheduler.GetScheduleInput{Name: aws.String(job.Name()), GroupName: aws.String(e.group)})
	if err != nil {
		t.Fatal(err)
	}
	var payload conversation.Job
	if err := json.Unmarshal([]byte(aws.ToString(out.Target.Input)), &payload); err != nil {
		t.Fatalf("target input %q: %v", aws.ToString(out.Target.Input), err)
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"expression", aws.ToString(out.ScheduleExpression), "at(2030-03-04T09:00:00)"},
		{"timezone", aws.ToString(out.ScheduleExpressionTimezone), "Asia/Kolkata"},
		{"flexibleWindow", out.FlexibleTimeWindow.Mode, types.FlexibleTimeWindowModeOff},
		{"afterCompletion", out.ActionAfterCompletion, types.ActionAfterCompletionDelete},
		{"state", out.State, types.ScheduleStateEnabled},
		{"target", aws.ToString(out.Target.Arn), targetARN},
		{"role", aws.ToString(out.Target.RoleArn), roleARN},
		{"deadLetter", aws.ToString(out.Target.DeadLetterConfig.Arn), dlqARN},
		{"maxEventAge", aws.ToInt32(out.Target.RetryPolicy.MaximumEventAgeInSeconds), int32(86400)},
		{"retries", aws.ToInt32(out.Target.RetryPolicy.MaximumRetryAttempts), int32(185)},
		{"payloadName", payload.Name(), job.Name()},
		{"payloadAt", payload.At.Equal(job.At), true},
		{"payloadZone", payload.TimeZone, job.TimeZone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
			}
		})
	}
}

// TestCallsPerJob pins the calls Schedule and Cancel make.
func TestCallsPerJob(t *testing.T) {
	e := open(t)
	ctx := context.Background()
	jobs := schedulertest.Jobs(conversation.NewID(), 1)
	steps := []struct {
		name string
		do   func() error
		op   string
	}{
		{"Schedule", func() error { return e.sched.Schedule(ctx, jobs) }, "CreateSchedule"},
		{"ScheduleAgain", func() error { return e.sched.Schedule(ctx, jobs) }, "CreateSchedule"},
		{"Cancel", func() error { return e.sched.Cancel(ctx, jobs) }, "DeleteSchedule"},
		{"CancelAgain", func() error { return e.sched.Cancel(ctx, jobs) }, "DeleteSchedule"},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			e.calls.Reset()
			if err := st.do(); err != nil {
				t.Fatal(err)
			}
			if got := e.calls.Count("Scheduler", st.op); got != len(jobs) || e.calls.Total() != len(jobs) {
				t.Errorf("calls for %d jobs: %s; want %d %s", len(jobs), e.calls, len(jobs), st.op)
			}
		})
	}
}

func TestListOneConversation(t *testing.T) {
	e := open(t)
	ctx := context.Background()
	a, b := schedulertest.Jobs(conversation.NewID(), 1), schedulertest.Jobs(conversation.NewID(), 1)
	if err := e.sched.Schedule(ctx, append(a, b...)); err != nil {
		t.Fatal(err)
	}
	got, err := e.sched.List(ctx, a[0].ConversationID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(a) {
		t.Fatalf("List of one conversation gave %d jobs, want %d", len(got), len(a))
	}
	for _, j := range got {
		if j.ConversationID != a[0].ConversationID {
			t.Errorf("List of %s gave a job of %s", a[0].ConversationID, j.ConversationID)
		}
	}
}
