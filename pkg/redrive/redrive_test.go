package redrive_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"

	"github.com/careerconv/careerconv/pkg/awstest"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/redrive"
)

func TestMain(m *testing.M) { awstest.Main(m) }

// invoker records the asynchronous invocations; it stands for Lambda, which the
// emulator cannot run without containers. fail makes the nth call fail.
type invoker struct {
	payloads []string
	fail     int
}

func (f *invoker) Invoke(_ context.Context, in *lambda.InvokeInput, _ ...func(*lambda.Options)) (*lambda.InvokeOutput, error) {
	if in.InvocationType != "Event" || aws.ToString(in.FunctionName) != "careerconv-dispatch" {
		return nil, fmt.Errorf("unexpected invocation %s of %s", in.InvocationType, aws.ToString(in.FunctionName))
	}
	if f.fail > 0 && len(f.payloads)+1 == f.fail {
		f.fail = 0
		return nil, errors.New("throttled")
	}
	f.payloads = append(f.payloads, string(in.Payload))
	return &lambda.InvokeOutput{StatusCode: 202}, nil
}

func queue(t *testing.T, bodies ...string) (*sqs.Client, string) {
	t.Helper()
	emu := awstest.Start(t)
	client := sqs.NewFromConfig(emu.Config())
	out, err := client.CreateQueue(context.Background(), &sqs.CreateQueueInput{QueueName: aws.String("dlq-" + conversation.NewID())})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bodies {
		if _, err := client.SendMessage(context.Background(), &sqs.SendMessageInput{QueueUrl: out.QueueUrl, MessageBody: aws.String(b)}); err != nil {
			t.Fatal(err)
		}
	}
	return client, aws.ToString(out.QueueUrl)
}

func remaining(t *testing.T, client *sqs.Client, url string) int {
	t.Helper()
	out, err := client.GetQueueAttributes(context.Background(), &sqs.GetQueueAttributesInput{QueueUrl: aws.String(url),
		AttributeNames: []types.QueueAttributeName{"ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"}})
	if err != nil {
		t.Fatal(err)
	}
	var n int
	for _, v := range out.Attributes {
		var k int
		fmt.Sscan(v, &k)
		n += k
	}
	return n
}

// Every dead letter is invoked again, asynchronously, then deleted; a body that
// is no event stays; a failed invocation stops the run and keeps what is left.
func TestRedrive(t *testing.T) {
	var jobs []string
	for i := range 13 {
		jobs = append(jobs, fmt.Sprintf(`{"conversation":"aaaaaaaaaaaaaaaa","kind":"checkin","seq":%d,"generation":1}`, i))
	}
	client, url := queue(t, append(jobs, "not json")...)
	fn := &invoker{fail: 5}
	cfg := redrive.Config{QueueURL: url, Function: "careerconv-dispatch", Visibility: 1}
	res, err := redrive.Run(context.Background(), client, fn, cfg)
	if err == nil || res.Redriven != 4 {
		t.Fatalf("first run = %+v, %v; want it stopped after 4 by the failed invocation", res, err)
	}
	time.Sleep(1500 * time.Millisecond) // what the stopped run received is visible again
	res, err = redrive.Run(context.Background(), client, fn, redrive.Config{QueueURL: url, Function: "careerconv-dispatch"})
	if err != nil {
		t.Fatal(err)
	}
	if len(fn.payloads) != 13 {
		t.Errorf("%d invocations in all, want 13 (each job once)", len(fn.payloads))
	}
	seen := map[string]bool{}
	for _, p := range fn.payloads {
		seen[p] = true
	}
	for _, j := range jobs {
		if !seen[j] {
			t.Errorf("job %s not redriven", j)
		}
	}
	if n := remaining(t, client, url); n != 1 || res.Malformed == 0 {
		t.Errorf("%d messages left, %d malformed; want only the malformed one left", n, res.Malformed)
	}
}
