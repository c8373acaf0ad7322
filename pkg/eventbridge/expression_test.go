package eventbridge

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/scheduler"
	"github.com/aws/aws-sdk-go-v2/service/scheduler/types"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/careerconv/careerconv/pkg/conversation"
)

func TestExpression(t *testing.T) {
	now := time.Date(2027, time.January, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		at       time.Time
		zone     string
		wantExpr string
		wantZone string
	}{
		{"localMorning", time.Date(2027, 1, 15, 3, 30, 0, 0, time.UTC), "Asia/Kolkata", "at(2027-01-15T09:00:00)", "Asia/Kolkata"},
		{"summerTime", time.Date(2027, 7, 1, 8, 0, 0, 0, time.UTC), "Europe/London", "at(2027-07-01T09:00:00)", "Europe/London"},
		{"noZone", time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC), "", "at(2027-01-15T09:00:00)", "UTC"},
		{"unknownZone", time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC), "Mars/Olympus", "at(2027-01-15T09:00:00)", "UTC"},
		{"localZoneName", time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC), "Local", "at(2027-01-15T09:00:00)", "UTC"},
		{"subSecondRoundsUp", time.Date(2027, 1, 15, 9, 0, 0, 1, time.UTC), "UTC", "at(2027-01-15T09:00:01)", "UTC"},
		{"past", now.Add(-48 * time.Hour), "Europe/Berlin", "at(2027-01-10T13:01:00)", "Europe/Berlin"},
		{"dueNow", now, "UTC", "at(2027-01-10T12:01:00)", "UTC"},
		{"justAfterLead", now.Add(Lead + time.Second), "UTC", "at(2027-01-10T12:01:01)", "UTC"},
		// 01:30 on 2027-11-07 happens twice in New York; the second one is 06:30 UTC.
		{"repeatedHourFirst", time.Date(2027, 11, 7, 5, 30, 0, 0, time.UTC), "America/New_York", "at(2027-11-07T05:30:00)", "UTC"},
		{"repeatedHourSecond", time.Date(2027, 11, 7, 6, 30, 0, 0, time.UTC), "America/New_York", "at(2027-11-07T06:30:00)", "UTC"},
		{"dayAfterChange", time.Date(2027, 11, 8, 14, 0, 0, 0, time.UTC), "America/New_York", "at(2027-11-08T09:00:00)", "America/New_York"},
		{"justBeforeRepeat", time.Date(2027, 11, 7, 4, 59, 0, 0, time.UTC), "America/New_York", "at(2027-11-07T00:59:00)", "America/New_York"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expr, zone := Expression(tt.at, tt.zone, now)
			if expr != tt.wantExpr || zone != tt.wantZone {
				t.Errorf("Expression(%v, %q) = %q, %q; want %q, %q", tt.at, tt.zone, expr, zone, tt.wantExpr, tt.wantZone)
			}
		})
	}
}

// fakeAPI answers every call with err and counts the calls.
type fakeAPI struct {
	err   error
	calls int
}

func (f *fakeAPI) CreateSchedule(context.Context, *scheduler.CreateScheduleInput, ...func(*scheduler.Options)) (*scheduler.CreateScheduleOutput, error) {
	f.calls++
	return &scheduler.CreateScheduleOutput{}, f.err
}

func (f *fakeAPI) DeleteSchedule(context.Context, *scheduler.DeleteScheduleInput, ...func(*scheduler.Options)) (*scheduler.DeleteScheduleOutput, error) {
	f.calls++
	return &scheduler.DeleteScheduleOutput{}, f.err
}

func (f *fakeAPI) GetSchedule(context.Context, *scheduler.GetScheduleInput, ...func(*scheduler.Options)) (*scheduler.GetScheduleOutput, error) {
	f.calls++
	return nil, f.err
}

func (f *fakeAPI) ListSchedules(context.Context, *scheduler.ListSchedulesInput, ...func(*scheduler.Options)) (*scheduler.ListSchedulesOutput, error) {
	f.calls++
	return nil, f.err
}

var job = conversation.Job{ConversationID: "abcdefghijklmnop", Kind: conversation.JobPrep, Generation: 1, At: time.Date(2030, 1, 1, 9, 0, 0, 0, time.UTC)}

func TestErrorCodes(t *testing.T) {
	status := func(code int) error {
		return &awshttp.ResponseError{ResponseError: &smithyhttp.ResponseError{
			Response: &smithyhttp.Response{Response: &http.Response{StatusCode: code}}, Err: errors.New("boom"),
		}}
	}
	tests := []struct {
		name       string
		err        error
		wantCreate string
		wantCancel string
	}{
		{"conflict", &types.ConflictException{}, "", conversation.EINTERNAL},
		{"gone", &types.ResourceNotFoundException{}, conversation.EINTERNAL, ""},
		{"throttling", &types.ThrottlingException{}, conversation.EUNAVAILABLE, conversation.EUNAVAILABLE},
		{"internal", &types.InternalServerException{}, conversation.EUNAVAILABLE, conversation.EUNAVAILABLE},
		{"status503", status(503), conversation.EUNAVAILABLE, conversation.EUNAVAILABLE},
		{"network", &smithyhttp.RequestSendError{Err: errors.New("refused")}, conversation.EUNAVAILABLE, conversation.EUNAVAILABLE},
		{"cancelled", context.Canceled, conversation.EUNAVAILABLE, conversation.EUNAVAILABLE},
		{"quota", &types.ServiceQuotaExceededException{}, conversation.EINTERNAL, conversation.EINTERNAL},
		{"validation", &types.ValidationException{}, conversation.EINTERNAL, conversation.EINTERNAL},
		{"accessDenied", &smithy.GenericAPIError{Code: "AccessDeniedException"}, conversation.EINTERNAL, conversation.EINTERNAL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := New(&fakeAPI{err: tt.err}, Config{Group: "g", TargetARN: "t", RoleARN: "r"})
			if err != nil {
				t.Fatal(err)
			}
			jobs := []conversation.Job{job}
			if code := conversation.ErrorCode(s.Schedule(context.Background(), jobs)); code != tt.wantCreate {
				t.Errorf("Schedule failing with %v: code %q, want %q", tt.err, code, tt.wantCreate)
			}
			if code := conversation.ErrorCode(s.Cancel(context.Background(), jobs)); code != tt.wantCancel {
				t.Errorf("Cancel failing with %v: code %q, want %q", tt.err, code, tt.wantCancel)
			}
		})
	}
}

func TestNewChecksConfig(t *testing.T) {
	good := Config{Group: "g", TargetARN: "t", RoleARN: "r"}
	tests := []struct {
		name  string
		edit  func(c *Config)
		field string
	}{
		{"ok", func(*Config) {}, ""},
		{"noGroup", func(c *Config) { c.Group = "" }, "group"},
		{"noTarget", func(c *Config) { c.TargetARN = "" }, "targetARN"},
		{"noRole", func(c *Config) { c.RoleARN = "" }, "roleARN"},
		{"ageTooShort", func(c *Config) { c.MaxEventAge = time.Second }, "maxEventAge"},
		{"ageTooLong", func(c *Config) { c.MaxEventAge = 25 * time.Hour }, "maxEventAge"},
		{"tooManyRetries", func(c *Config) { c.RetryAttempts = 186 }, "retryAttempts"},
		{"noRetries", func(c *Config) { c.RetryAttempts = -1 }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := good
			tt.edit(&c)
			_, err := New(&fakeAPI{}, c)
			if tt.field == "" && err != nil || tt.field != "" && (conversation.ErrorCode(err) != conversation.EINVALID || conversation.ErrorField(err) != tt.field) {
				t.Errorf("New: %v (field %q), want field %q", err, conversation.ErrorField(err), tt.field)
			}
		})
	}
}

func TestInvalidJobMakesNoCall(t *testing.T) {
	api := &fakeAPI{}
	s, err := New(api, Config{Group: "g", TargetARN: "t", RoleARN: "r"})
	if err != nil {
		t.Fatal(err)
	}
	bad := job
	bad.Kind = "party"
	if code := conversation.ErrorCode(s.Schedule(context.Background(), []conversation.Job{job, bad})); code != conversation.EINVALID {
		t.Errorf("Schedule with an invalid job: code %q, want %q", code, conversation.EINVALID)
	}
	if code := conversation.ErrorCode(s.Cancel(context.Background(), []conversation.Job{job, bad})); code != conversation.EINVALID {
		t.Errorf("Cancel with an invalid job: code %q, want %q", code, conversation.EINVALID)
	}
	if api.calls != 0 {
		t.Errorf("%d calls made for a batch with an invalid job, want none", api.calls)
	}
}
