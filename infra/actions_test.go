package infra_test

import (
	"slices"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/scheduler"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/careerconv/careerconv/infra"
)

func TestIAMActions(t *testing.T) {
	tests := []struct {
		service, operation string
		want               []string
		ok                 bool
	}{
		{dynamodb.ServiceID, "GetItem", []string{"dynamodb:GetItem"}, true},
		{dynamodb.ServiceID, "BatchWriteItem", []string{"dynamodb:BatchWriteItem"}, true},
		{dynamodb.ServiceID, "TransactWriteItems", []string{"dynamodb:PutItem"}, true},
		{dynamodb.ServiceID, "TransactGetItems", nil, false},
		{sesv2.ServiceID, "SendEmail", []string{"ses:SendEmail"}, true},
		{scheduler.ServiceID, "CreateSchedule", []string{"scheduler:CreateSchedule", "iam:PassRole"}, true},
		{scheduler.ServiceID, "DeleteSchedule", []string{"scheduler:DeleteSchedule"}, true},
		{s3.ServiceID, "GetObject", []string{"s3:GetObject", "s3:ListBucket"}, true},
		{s3.ServiceID, "HeadObject", []string{"s3:GetObject"}, true},
		{secretsmanager.ServiceID, "GetSecretValue", []string{"secretsmanager:GetSecretValue"}, true},
		{"Unknown", "Op", nil, false},
		{dynamodb.ServiceID, "", nil, false},
		{dynamodb.ServiceID, "Get*", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.service+" "+tt.operation, func(t *testing.T) {
			got, ok := infra.IAMActions(tt.service, tt.operation)
			if ok != tt.ok || !slices.Equal(got, tt.want) {
				t.Errorf("IAMActions = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
	t.Run("result is a copy", func(t *testing.T) {
		a, _ := infra.IAMActions(scheduler.ServiceID, "CreateSchedule")
		a[1] = "x"
		if b, _ := infra.IAMActions(scheduler.ServiceID, "CreateSchedule"); b[1] != "iam:PassRole" {
			t.Errorf("changing a result changed the table: %q", b)
		}
	})
}

// The calls the design says each function makes, as the SDK names them, must be
// allowed by its policy: the same check an end-to-end test makes with the calls
// it records.
// TestPolicyIsExactlyTheDesignedCalls: each function may make exactly the calls
// its code makes (the emulator lifecycle in pkg/app checks every call made is
// allowed; this checks nothing more is), plus what Lambda does on its behalf
// (sqs:SendMessage to its asynchronous dead-letter queue).
func TestPolicyIsExactlyTheDesignedCalls(t *testing.T) {
	tpl := repoTemplate(t)
	calls := map[string][][2]string{
		"ApiFunction": {
			{dynamodb.ServiceID, "GetItem"}, {dynamodb.ServiceID, "PutItem"}, {dynamodb.ServiceID, "Query"},
			{dynamodb.ServiceID, "BatchWriteItem"}, {dynamodb.ServiceID, "BatchGetItem"}, // a listing reads its page's items (the indexes hold keys only)
			{scheduler.ServiceID, "CreateSchedule"}, {scheduler.ServiceID, "DeleteSchedule"},
			{s3.ServiceID, "DeleteObject"}, // erasure deletes the raw copies of received mail and the CV
		},
		"InboundFunction": {
			{s3.ServiceID, "GetObject"}, {dynamodb.ServiceID, "GetItem"}, {dynamodb.ServiceID, "PutItem"},
			{sesv2.ServiceID, "SendEmail"}, {secretsmanager.ServiceID, "GetSecretValue"},
			{scheduler.ServiceID, "CreateSchedule"}, {scheduler.ServiceID, "DeleteSchedule"}, {"SQS", "SendMessage"},
			{s3.ServiceID, "PutObject"}, {s3.ServiceID, "DeleteObject"}, // a CV attached to a prep reply; a replaced one
		},
		"FeedbackFunction": {{dynamodb.ServiceID, "GetItem"}, {dynamodb.ServiceID, "PutItem"}, {"SQS", "SendMessage"}},
		"DispatchFunction": {
			{dynamodb.ServiceID, "GetItem"}, {dynamodb.ServiceID, "PutItem"},
			{dynamodb.ServiceID, "Query"}, {dynamodb.ServiceID, "BatchGetItem"}, // a manager's first pre-read (the manager's conversations)
			{sesv2.ServiceID, "SendEmail"}, {secretsmanager.ServiceID, "GetSecretValue"}, {"SQS", "SendMessage"},
			{s3.ServiceID, "GetObject"}, // the CV that goes with the pre-read
		},
	}
	for fn, list := range calls {
		needed := map[string]bool{}
		for _, c := range list {
			actions, ok := infra.IAMActions(c[0], c[1])
			if !ok {
				t.Errorf("%s %s: no IAM mapping", c[0], c[1])
			}
			for _, a := range actions {
				needed[a] = true
				if !tpl.Allowed(fn, a) {
					t.Errorf("%s calls %s %s but may not %s", fn, c[0], c[1], a)
				}
			}
		}
		for _, s := range tpl.Statements(fn) {
			for _, a := range s.Actions {
				if s.Effect == "Allow" && !needed[a] {
					t.Errorf("%s may %s (statement %s), which no code of it needs", fn, a, s.Sid)
				}
			}
		}
	}
}
