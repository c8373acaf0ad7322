package infra_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/dynamo"
)

// TestSafeReleases: every function is released behind the alias "live" with a
// canary that its own error alarm rolls back, and everything that invokes a
// function invokes the alias.
func TestSafeReleases(t *testing.T) {
	tpl := repoTemplate(t)
	alarms := map[string]string{"ApiFunction": "ApiReleaseAlarm", "InboundFunction": "InboundReleaseAlarm",
		"DispatchFunction": "DispatchReleaseAlarm", "FeedbackFunction": "FeedbackReleaseAlarm"}
	for _, fn := range tpl.Functions() {
		if v, _ := tpl.FunctionProperty(fn, "AutoPublishAlias"); v != "live" {
			t.Errorf("%s AutoPublishAlias %q, want live", fn, v)
		}
		if v, _ := tpl.FunctionProperty(fn, "DeploymentPreference", "Type"); !strings.HasPrefix(v, "Canary") {
			t.Errorf("%s deployment %q, want a canary", fn, v)
		}
		alarm := alarms[fn]
		if got := tpl.Values(fn, "Properties", "DeploymentPreference", "Alarms"); !slices.Equal(got, []string{"!Ref " + alarm}) {
			t.Errorf("%s rolls back on %q, want [!Ref %s]", fn, got, alarm)
		}
		if tpl.Type(alarm) != "AWS::CloudWatch::Alarm" {
			t.Fatalf("%s is not an alarm", alarm)
		}
		for path, want := range map[string]string{
			"Namespace": "AWS/Lambda", "MetricName": "Errors", "Threshold": "0",
			"ComparisonOperator": "GreaterThanThreshold", "TreatMissingData": "notBreaching",
			"Dimensions/0/Value": "!Ref " + fn, "Dimensions/1/Value": "!Sub ${" + fn + "}:live",
		} {
			if got := value(t, tpl, alarm, append([]string{"Properties"}, strings.Split(path, "/")...)...); got != want {
				t.Errorf("%s %s = %q, want %q", alarm, path, got, want)
			}
		}
	}
	if got := tpl.Environment("ApiFunction")["CAREERCONV_DISPATCH_ARN"]; !strings.HasSuffix(got, "-dispatch:live") {
		t.Errorf("schedules target %q, not the dispatch function's live alias", got)
	}
	if got := value(t, tpl, "ReceiptRule", "Properties", "Rule", "Actions", "1", "LambdaAction", "FunctionArn"); got != "!Ref InboundFunction.Alias" {
		t.Errorf("the receipt rule invokes %q, not the inbound alias", got)
	}
}

// TestRetainedData: deleting or replacing the stack keeps the conversations,
// the received mail and the reply-token keys.
func TestRetainedData(t *testing.T) {
	tpl := repoTemplate(t)
	for _, id := range []string{"Table", "RawMailBucket", "TokenSecret"} {
		for _, policy := range []string{"DeletionPolicy", "UpdateReplacePolicy"} {
			if got, _ := tpl.Value(id, policy); got != "Retain" {
				t.Errorf("%s %s %q, want Retain", id, policy, got)
			}
		}
	}
}

// TestDispatchConcurrency: jobs due at the same time queue in Lambda (reserved
// concurrency; a throttled asynchronous event is retried for up to
// MaximumEventAgeInSeconds, six hours) rather than all sending at once into
// SES's rate limit, and each instance sends on its share of SendRate (the
// environment, read in pkg/app's TestTemplateEnvironment), so an SES throttle
// does not happen at 09:00. A function error (a throttle from elsewhere, after
// the SDK's retries) is retried twice, a minute and two minutes later, before
// the dead-letter queue.
func TestDispatchConcurrency(t *testing.T) {
	tpl := repoTemplate(t)
	if got := value(t, tpl, "DispatchFunction", "Properties", "ReservedConcurrentExecutions"); got != "!If [ReserveDispatchConcurrency, !Ref DispatchConcurrency, !Ref AWS::NoValue]" {
		t.Errorf("dispatch reserved concurrency %q", got)
	}
	for path, want := range map[string]string{"MaximumRetryAttempts": "2", "MaximumEventAgeInSeconds": "21600"} {
		if got := value(t, tpl, "DispatchFunction", "Properties", "EventInvokeConfig", path); got != want {
			t.Errorf("dispatch %s %q, want %q", path, got, want)
		}
	}
	env := tpl.Environment("DispatchFunction")
	if env["CAREERCONV_SEND_RATE"] != "!Ref SendRate" || env["CAREERCONV_SEND_INSTANCES"] != "!Ref DispatchConcurrency" {
		t.Errorf("dispatch paces its sends on %q over %q instances, want SendRate over DispatchConcurrency",
			env["CAREERCONV_SEND_RATE"], env["CAREERCONV_SEND_INSTANCES"])
	}
}

// TestStatusIndex: HR lists conversations by status and meeting date from an
// index of the table (the store never scans), keyed as pkg/dynamo writes it.
func TestStatusIndex(t *testing.T) {
	tpl := repoTemplate(t)
	idx := "Properties/GlobalSecondaryIndexes/2/"
	for path, want := range map[string]string{
		idx + "IndexName":                 dynamo.IndexStatus,
		idx + "Projection/ProjectionType": "KEYS_ONLY",
		idx + "KeySchema":                 "[{AttributeName: " + dynamo.AttrGSI3PK + ", KeyType: HASH}, {AttributeName: " + dynamo.AttrGSI3SK + ", KeyType: RANGE}]",
	} {
		if got := value(t, tpl, "Table", strings.Split(path, "/")...); got != want {
			t.Errorf("Table %s = %q, want %q", path, got, want)
		}
	}
	defs := tpl.Values("Table", "Properties", "AttributeDefinitions")
	for _, a := range []string{dynamo.AttrGSI3PK, dynamo.AttrGSI3SK} {
		if !slices.Contains(defs, "{AttributeName: "+a+", AttributeType: S}") {
			t.Errorf("attribute %s is not defined as a string: %q", a, defs)
		}
	}
}
