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
		{dynamodb.ServiceID, "TransactWriteItems", nil, false},
		{sesv2.ServiceID, "SendEmail", []string{"ses:SendEmail"}, true},
		{scheduler.ServiceID, "CreateSchedule", []string{"scheduler:CreateSchedule", "iam:PassRole"}, true},
		{scheduler.ServiceID, "DeleteSchedule", []string{"scheduler:DeleteSchedule"}, true},
		{s3.ServiceID, "GetObject", []string{"s3:GetObject"}, true},
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
func TestDesignedCallsAllowed(t *testing.T) {
	tpl := repoTemplate(t)
	calls := map[string][][2]string{
		"ApiFunction": {
			{dynamodb.ServiceID, "GetItem"}, {dynamodb.ServiceID, "PutItem"}, {dynamodb.ServiceID, "UpdateItem"},
			{dynamodb.ServiceID, "Query"}, {dynamodb.ServiceID, "DeleteItem"}, {dynamodb.ServiceID, "BatchWriteItem"},
			{scheduler.ServiceID, "CreateSchedule"}, {scheduler.ServiceID, "DeleteSchedule"},
			{s3.ServiceID, "DeleteObject"},
		},
		"InboundFunction": {
			{s3.ServiceID, "GetObject"}, {dynamodb.ServiceID, "GetItem"}, {dynamodb.ServiceID, "PutItem"},
			{dynamodb.ServiceID, "UpdateItem"}, {dynamodb.ServiceID, "DeleteItem"}, {dynamodb.ServiceID, "Query"},
			{sesv2.ServiceID, "SendEmail"}, {secretsmanager.ServiceID, "GetSecretValue"},
			{scheduler.ServiceID, "CreateSchedule"}, {scheduler.ServiceID, "DeleteSchedule"},
		},
		"FeedbackFunction": {{dynamodb.ServiceID, "GetItem"}, {dynamodb.ServiceID, "PutItem"}},
		"DispatchFunction": {
			{dynamodb.ServiceID, "GetItem"}, {dynamodb.ServiceID, "PutItem"}, {dynamodb.ServiceID, "UpdateItem"},
			{dynamodb.ServiceID, "DeleteItem"}, {sesv2.ServiceID, "SendEmail"}, {secretsmanager.ServiceID, "GetSecretValue"},
		},
	}
	for fn, list := range calls {
		for _, c := range list {
			actions, ok := infra.IAMActions(c[0], c[1])
			if !ok {
				t.Errorf("%s %s: no IAM mapping", c[0], c[1])
			}
			for _, a := range actions {
				if !tpl.Allowed(fn, a) {
					t.Errorf("%s calls %s %s but may not %s", fn, c[0], c[1], a)
				}
			}
		}
	}
}
