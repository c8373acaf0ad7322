// Package awsadmin wires the API function: the administrative use cases on
// DynamoDB and EventBridge Scheduler, with the raw-mail bucket for erasure,
// and no mail (no SES, no Secrets Manager, no email rendering in its binary). Its
// Scheduler and RawMail are the inbound function's too.
package awsadmin

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/scheduler"

	"github.com/careerconv/careerconv/pkg/app/awsenv"
	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/eventbridge"
	"github.com/careerconv/careerconv/pkg/handlers"
	"github.com/careerconv/careerconv/pkg/s3mail"
)

// New returns the API handler wired to the services awsCfg reaches.
func New(_ context.Context, cfg awsenv.Config, awsCfg aws.Config, o awsenv.Options) (*handlers.API, error) {
	sched, err := Scheduler(cfg, awsCfg, o)
	if err != nil {
		return nil, err
	}
	schedule := awsenv.Schedule(cfg)
	bucket := s3mail.NewClient(awsCfg, o.S3PathStyle)
	a, err := assistant.New(assistant.Config{
		Store:         awsenv.Store(cfg, awsCfg),
		Scheduler:     sched,
		RawMail:       RawMail(cfg, bucket),
		Files:         s3mail.NewFiles(bucket, cfg.Bucket),
		InboundDomain: cfg.InboundDomain,
		Schedule:      &schedule,
		Now:           o.Now,
		Log:           o.Log,
	})
	if err != nil {
		return nil, err
	}
	return &handlers.API{Assistant: a, Log: o.Log}, nil
}

// Scheduler is the EventBridge Scheduler of the deployment's schedule group.
func Scheduler(cfg awsenv.Config, awsCfg aws.Config, o awsenv.Options) (*eventbridge.Scheduler, error) {
	sched, err := eventbridge.New(scheduler.NewFromConfig(awsCfg), eventbridge.Config{
		Group: cfg.ScheduleGroup, TargetARN: cfg.DispatchARN, RoleARN: cfg.SchedulerRoleARN, DeadLetterARN: cfg.SchedulerDLQARN, Now: o.Now,
	})
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return sched, nil
}

// RawMail is the raw mail the receipt rule writes to the bucket, read with
// client (s3mail.NewClient, the function's one S3 client).
func RawMail(cfg awsenv.Config, client s3mail.API) *s3mail.Store {
	return &s3mail.Store{Client: client, Bucket: cfg.Bucket, Prefix: cfg.RawPrefix, MaxBytes: cfg.MaxMessageBytes}
}
