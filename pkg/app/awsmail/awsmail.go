// Package awsmail wires the mail use cases (the dispatch function's jobs, and
// with awsinbound the inbound function's replies and invites) on DynamoDB,
// SES v2 and the reply-token keys in Secrets Manager; no scheduler, no S3.
package awsmail

import (
	"context"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/careerconv/careerconv/pkg/app/awsenv"
	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mailcompose"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/careerconv/careerconv/pkg/s3mail"
	"github.com/careerconv/careerconv/pkg/ses"
	"github.com/careerconv/careerconv/pkg/token"
)

// Assistant returns the assistant of the dispatch function.
func Assistant(ctx context.Context, cfg awsenv.Config, awsCfg aws.Config, o awsenv.Options) (*assistant.Assistant, error) {
	c, err := Config(ctx, cfg, awsCfg, o, s3mail.NewClient(awsCfg, o.S3PathStyle))
	if err != nil {
		return nil, err
	}
	return assistant.New(c)
}

// Config is the assistant configuration of the mail use cases, with the
// participants' files in the bucket read through bucket (s3mail.NewClient,
// which the inbound function shares with its raw mail). It reads the token
// keys when cfg.TokenSecret is set.
func Config(ctx context.Context, cfg awsenv.Config, awsCfg aws.Config, o awsenv.Options, bucket s3mail.FilesAPI) (assistant.Config, error) {
	var tokens *token.Signer
	if cfg.TokenSecret != "" {
		sm := secretsmanager.NewFromConfig(awsCfg)
		var err error
		tokens, err = awsenv.Tokens(ctx, func(ctx context.Context, id string) (string, error) {
			out, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String(id)})
			if err != nil {
				return "", err
			}
			return aws.ToString(out.SecretString), nil
		}, cfg.TokenSecret)
		if err != nil {
			return assistant.Config{}, err
		}
	}
	org, err := Organisation(cfg)
	if err != nil {
		return assistant.Config{}, err
	}
	bank := questions.Default()
	schedule := awsenv.Schedule(cfg)
	return assistant.Config{
		Store:  awsenv.Store(cfg, awsCfg),
		Mailer: ses.New(sesv2.NewFromConfig(awsCfg), cfg.ConfigurationSet).Pace(cfg.SendPace()),
		Composer: &mailcompose.Composer{
			From: cfg.Sender, MessageDomain: awsenv.SenderDomain(cfg.Sender), Bank: bank,
			Org: org, PrereadBefore: schedule.PrereadBefore, ProviderDomain: sesMessageDomain(awsCfg.Region),
		},
		Bank:          bank,
		Tokens:        tokens,
		InboundDomain: cfg.InboundDomain,
		Schedule:      &schedule,
		Now:           o.Now,
		Log:           o.Log,
		Files:         s3mail.NewFiles(bucket, cfg.Bucket),
	}, nil
}

// Organisation is the organisation's introduction of cfg, checked; an error
// names the environment variable at fault.
func Organisation(cfg awsenv.Config) (mailcompose.Organisation, error) {
	org := mailcompose.Organisation(cfg.Org)
	if err := org.Validate(); err != nil {
		vars := map[string]string{"name": "CAREERCONV_ORG_NAME", "hrContact": "CAREERCONV_HR_CONTACT", "privacy": "CAREERCONV_PRIVACY", "locale": "CAREERCONV_LOCALE"}
		var e *conversation.Error
		if errors.As(err, &e) && vars[e.Field] != "" {
			return org, fmt.Errorf("config: %s: %w", vars[e.Field], err)
		}
		return org, fmt.Errorf("config: %w", err)
	}
	return org, nil
}

// sesMessageDomain is the domain of the Message-IDs SES gives the messages it
// sends from region: <MessageId@email.amazonses.com> in us-east-1,
// <MessageId@REGION.amazonses.com> elsewhere.
func sesMessageDomain(region string) string {
	if region == "" || region == "us-east-1" {
		return "email.amazonses.com"
	}
	return region + ".amazonses.com"
}
