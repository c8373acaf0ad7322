// Package awsfeedback wires the feedback function: SES's bounce and complaint
// events mark a participant undeliverable in DynamoDB; nothing else.
package awsfeedback

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/careerconv/careerconv/pkg/app/awsenv"
	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/handlers"
)

// New returns the feedback handler wired to the table awsCfg reaches.
func New(_ context.Context, cfg awsenv.Config, awsCfg aws.Config, o awsenv.Options) (*handlers.Feedback, error) {
	schedule := awsenv.Schedule(cfg)
	a, err := assistant.New(assistant.Config{
		Store:         awsenv.Store(cfg, awsCfg),
		InboundDomain: cfg.InboundDomain,
		Schedule:      &schedule,
		Now:           o.Now,
		Log:           o.Log,
	})
	if err != nil {
		return nil, err
	}
	return &handlers.Feedback{Assistant: a, Log: o.Log}, nil
}
