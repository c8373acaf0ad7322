// Package redrive delivers dead-lettered events again. Lambda puts an
// asynchronous invocation that failed all its tries (the inbound and dispatch
// functions) into the function's dead-letter queue, and EventBridge Scheduler a
// job it could not deliver into its own; each message body is the event as the
// function would have received it. Redrive invokes the function again with each
// body, asynchronously (so Lambda's retries and dead-letter queue apply again),
// and deletes the message once Lambda accepted the invocation. A message is never
// deleted before, so an interrupted redrive loses nothing; delivering one twice
// is safe because every handler is idempotent.
package redrive

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	lambdatypes "github.com/aws/aws-sdk-go-v2/service/lambda/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Queue is the part of the SQS client Run uses; *sqs.Client implements it.
type Queue interface {
	ReceiveMessage(ctx context.Context, in *sqs.ReceiveMessageInput, optFns ...func(*sqs.Options)) (*sqs.ReceiveMessageOutput, error)
	DeleteMessage(ctx context.Context, in *sqs.DeleteMessageInput, optFns ...func(*sqs.Options)) (*sqs.DeleteMessageOutput, error)
}

// Invoker is the part of the Lambda client Run uses; *lambda.Client implements it.
type Invoker interface {
	Invoke(ctx context.Context, in *lambda.InvokeInput, optFns ...func(*lambda.Options)) (*lambda.InvokeOutput, error)
}

// Config names a dead-letter queue and the function its events go back to.
type Config struct {
	QueueURL string
	Function string // name or ARN
	// Max bounds the messages redriven in one run; 0 means all.
	Max int
	// DryRun receives and counts messages but neither invokes nor deletes; they
	// become visible again after the queue's visibility timeout.
	DryRun bool
	// Visibility is how long a received message stays hidden from other readers
	// while it is redriven, in seconds; 0 means 60.
	Visibility int32
}

// Result counts what a run did.
type Result struct {
	Received  int
	Redriven  int // invoked and deleted
	Malformed int // bodies that are not JSON: left in the queue
}

// Run redrives the queue's messages until it is empty (or Max), stopping at the
// first failure: what was not redriven stays in the queue.
func Run(ctx context.Context, q Queue, fn Invoker, cfg Config) (Result, error) {
	var res Result
	if cfg.QueueURL == "" || cfg.Function == "" {
		return res, errors.New("redrive: a queue URL and a function are required")
	}
	vis := cfg.Visibility
	if vis <= 0 {
		vis = 60
	}
	for cfg.Max == 0 || res.Received < cfg.Max {
		n := int32(10)
		if cfg.Max > 0 && cfg.Max-res.Received < 10 {
			n = int32(cfg.Max - res.Received)
		}
		out, err := q.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{
			QueueUrl: aws.String(cfg.QueueURL), MaxNumberOfMessages: n, VisibilityTimeout: vis, WaitTimeSeconds: 1,
		})
		if err != nil {
			return res, fmt.Errorf("redrive: receive from %s: %w", cfg.QueueURL, err)
		}
		if len(out.Messages) == 0 {
			return res, nil
		}
		for _, m := range out.Messages {
			res.Received++
			body := aws.ToString(m.Body)
			if !json(body) {
				res.Malformed++
				continue
			}
			if cfg.DryRun {
				continue
			}
			inv, err := fn.Invoke(ctx, &lambda.InvokeInput{
				FunctionName: aws.String(cfg.Function), InvocationType: lambdatypes.InvocationTypeEvent, Payload: []byte(body),
			})
			if err != nil {
				return res, fmt.Errorf("redrive: invoke %s: %w", cfg.Function, err)
			}
			if inv.StatusCode != 202 {
				return res, fmt.Errorf("redrive: invoke %s answered status %d", cfg.Function, inv.StatusCode)
			}
			if _, err := q.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(cfg.QueueURL), ReceiptHandle: m.ReceiptHandle}); err != nil {
				// Invoked but still queued: a later run delivers it again, harmlessly.
				return res, fmt.Errorf("redrive: delete message %s: %w", aws.ToString(m.MessageId), err)
			}
			res.Redriven++
		}
		if cfg.DryRun && res.Received > 0 && len(out.Messages) < int(n) {
			return res, nil
		}
	}
	return res, nil
}

// json reports whether s looks like a JSON object, as every event is.
func json(s string) bool {
	for _, r := range s {
		switch r {
		case ' ', '\t', '\r', '\n':
			continue
		case '{':
			return true
		}
		return false
	}
	return false
}
