package infra_test

import (
	"slices"
	"testing"
)

// Every dead-letter queue and every function has an alarm, and every alarm goes
// to the AlarmTopic, whose email is a stack parameter.
func TestAlarms(t *testing.T) {
	tpl := repoTemplate(t)
	alarms := tpl.Resources("AWS::CloudWatch::Alarm")
	find := func(namespace, metric, dimension string) string {
		for _, a := range alarms {
			ns, _ := tpl.Value(a, "Properties", "Namespace")
			m, _ := tpl.Value(a, "Properties", "MetricName")
			d, _ := tpl.Value(a, "Properties", "Dimensions", "0", "Value")
			if ns == namespace && m == metric && d == dimension {
				return a
			}
		}
		return ""
	}
	check := func(what, a string) {
		t.Helper()
		if a == "" {
			t.Errorf("no alarm on %s", what)
			return
		}
		for path, want := range map[string]string{"Threshold": "0", "ComparisonOperator": "GreaterThanThreshold", "TreatMissingData": "notBreaching"} {
			if got, _ := tpl.Value(a, "Properties", path); got != want {
				t.Errorf("%s %s = %q, want %q", a, path, got, want)
			}
		}
		if got := tpl.Values(a, "Properties", "AlarmActions"); !slices.Equal(got, []string{"!Ref AlarmTopic"}) {
			t.Errorf("%s AlarmActions = %q, want the AlarmTopic", a, got)
		}
	}
	queues := tpl.Resources("AWS::SQS::Queue")
	if len(queues) < 3 {
		t.Fatalf("%d queues, want the three dead-letter queues", len(queues))
	}
	for _, q := range queues {
		check(q+" depth", find("AWS/SQS", "ApproximateNumberOfMessagesVisible", "!GetAtt "+q+".QueueName"))
	}
	for _, fn := range tpl.Functions() {
		check(fn+" errors", find("AWS/Lambda", "Errors", "!Ref "+fn))
	}
	if tpl.Type("AlarmTopic") != "AWS::SNS::Topic" {
		t.Fatal("no AlarmTopic")
	}
	for path, want := range map[string]string{"TopicArn": "!Ref AlarmTopic", "Protocol": "email", "Endpoint": "!Ref AlarmEmail"} {
		if got, _ := tpl.Value("AlarmSubscription", "Properties", path); got != want {
			t.Errorf("AlarmSubscription %s = %q, want %q", path, got, want)
		}
	}
}

// The operators' redrive policy reads and deletes every dead-letter queue and may
// invoke each function whose events land in one.
func TestRedrivePermissions(t *testing.T) {
	tpl := repoTemplate(t)
	allowed := map[string][]string{} // action → resources
	for i := 0; ; i++ {
		st := []string{"Properties", "PolicyDocument", "Statement", string(rune('0' + i))}
		if _, ok := tpl.Value("RedrivePolicy", st...); !ok {
			break
		}
		if e, _ := tpl.Value("RedrivePolicy", append(st, "Effect")...); e != "Allow" {
			continue
		}
		for _, a := range tpl.Values("RedrivePolicy", append(st, "Action")...) {
			allowed[a] = append(allowed[a], tpl.Values("RedrivePolicy", append(st, "Resource")...)...)
		}
	}
	for _, q := range tpl.Resources("AWS::SQS::Queue") {
		for _, a := range []string{"sqs:ReceiveMessage", "sqs:DeleteMessage"} {
			if !slices.Contains(allowed[a], "!GetAtt "+q+".Arn") {
				t.Errorf("redrive may not %s on %s", a, q)
			}
		}
	}
	for _, fn := range tpl.Functions() {
		if _, ok := tpl.Value(fn, "Properties", "DeadLetterQueue"); !ok {
			continue
		}
		if !slices.Contains(allowed["lambda:InvokeFunction"], "!GetAtt "+fn+".Arn") {
			t.Errorf("redrive may not invoke %s, whose events are dead-lettered", fn)
		}
	}
	if len(allowed) != 3 {
		t.Errorf("redrive policy allows %d actions, want exactly 3", len(allowed))
	}
}

// SES's bounce and complaint events reach the feedback function: the
// configuration set's event destination puts them on the default event bus,
// where the function's rule matches them.
func TestBounceEventDestination(t *testing.T) {
	tpl := repoTemplate(t)
	if got, _ := tpl.Value("BounceEventDestination", "Properties", "ConfigurationSetName"); got != "!Ref ConfigurationSet" {
		t.Errorf("event destination is on %q, want the ConfigurationSet", got)
	}
	dest := []string{"Properties", "EventDestination"}
	if got := tpl.Values("BounceEventDestination", append(dest, "MatchingEventTypes")...); !slices.Equal(got, []string{"bounce", "complaint"}) {
		t.Errorf("MatchingEventTypes = %q", got)
	}
	if got, _ := tpl.Value("BounceEventDestination", append(dest, "Enabled")...); got != "true" {
		t.Errorf("Enabled = %q", got)
	}
	if got, _ := tpl.Value("BounceEventDestination", append(dest, "EventBridgeDestination", "EventBusArn")...); got != "!Sub arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default" {
		t.Errorf("EventBusArn = %q, want the default bus", got)
	}
	rule := []string{"Properties", "Events", "BouncesAndComplaints"}
	if got, _ := tpl.Value("FeedbackFunction", append(rule, "Type")...); got != "EventBridgeRule" {
		t.Fatalf("FeedbackFunction has no EventBridge rule (%q)", got)
	}
	pattern := append(rule, "Properties", "Pattern")
	if got := tpl.Values("FeedbackFunction", append(pattern, "source")...); !slices.Equal(got, []string{"aws.ses"}) {
		t.Errorf("rule source = %q", got)
	}
	if got := tpl.Values("FeedbackFunction", append(pattern, "detail-type")...); !slices.Equal(got, []string{"Email Bounced", "Email Complaint Received"}) {
		t.Errorf("rule detail-type = %q", got)
	}
	for _, a := range []string{"dynamodb:GetItem", "dynamodb:PutItem"} {
		if !tpl.Allowed("FeedbackFunction", a) {
			t.Errorf("FeedbackFunction may not %s", a)
		}
	}
}
