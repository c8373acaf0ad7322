// Package awsinbound wires the inbound function: the mail use cases
// (awsmail), the raw messages SES stores in S3, and, for conversations
// started by calendar invites, the scheduler (awsadmin's).
package awsinbound

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/careerconv/careerconv/pkg/app/awsadmin"
	"github.com/careerconv/careerconv/pkg/app/awsenv"
	"github.com/careerconv/careerconv/pkg/app/awsmail"
	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/handlers"
	"github.com/careerconv/careerconv/pkg/s3mail"
)

// New returns the inbound handler wired to the services awsCfg reaches.
func New(ctx context.Context, cfg awsenv.Config, awsCfg aws.Config, o awsenv.Options) (*handlers.Inbound, error) {
	sched, err := awsadmin.Scheduler(cfg, awsCfg, o)
	if err != nil {
		return nil, err
	}
	bucket := s3mail.NewClient(awsCfg, o.S3PathStyle) // the raw mail's and the files'
	c, err := awsmail.Config(ctx, cfg, awsCfg, o, bucket)
	if err != nil {
		return nil, err
	}
	raw := awsadmin.RawMail(cfg, bucket)
	c.Scheduler, c.RawMail = sched, raw
	if len(cfg.InviteDomains) > 0 {
		c.Invites = &assistant.InviteConfig{Address: cfg.InviteAddress, Domains: cfg.InviteDomains}
	}
	a, err := assistant.New(c)
	if err != nil {
		return nil, err
	}
	return &handlers.Inbound{Assistant: a, Raw: raw, Log: o.Log}, nil
}
