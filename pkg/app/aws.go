package app

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"

	"github.com/careerconv/careerconv/pkg/app/awsadmin"
	"github.com/careerconv/careerconv/pkg/app/awsenv"
	"github.com/careerconv/careerconv/pkg/app/awsfeedback"
	"github.com/careerconv/careerconv/pkg/app/awsinbound"
	"github.com/careerconv/careerconv/pkg/app/awsmail"
	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/handlers"
)

// AWSConfig is the deployment's configuration (awsenv.Config).
type AWSConfig = awsenv.Config

// AWSOptions tunes NewAWS (awsenv.Options); the zero value is production.
type AWSOptions = awsenv.Options

// FromEnv reads an AWSConfig with getenv (awsenv.FromEnv), checking the
// organisation's introduction as the mail functions do (awsmail.Organisation).
func FromEnv(getenv func(string) string) (AWSConfig, error) {
	cfg, err := awsenv.FromEnv(getenv)
	if err != nil {
		return cfg, err
	}
	_, err = awsmail.Organisation(cfg)
	return cfg, err
}

// AWS is careerconv wired to AWS services: the three functions' handlers, each
// built by its own constructor as its Lambda builds it (functions/*).
type AWS struct {
	// Assistant is the API's (administrative) assistant.
	Assistant *assistant.Assistant
	API       *handlers.API
	Inbound   *handlers.Inbound
	Dispatch  *handlers.Dispatch
	Feedback  *handlers.Feedback
}

// NewAWS wires the four handlers to the services awsCfg reaches, for tests
// and tools that play every function; each Lambda wires only its own.
func NewAWS(ctx context.Context, cfg AWSConfig, awsCfg aws.Config, o AWSOptions) (*AWS, error) {
	api, err := awsadmin.New(ctx, cfg, awsCfg, o)
	if err != nil {
		return nil, err
	}
	inbound, err := awsinbound.New(ctx, cfg, awsCfg, o)
	if err != nil {
		return nil, err
	}
	mail, err := awsmail.Assistant(ctx, cfg, awsCfg, o)
	if err != nil {
		return nil, err
	}
	feedback, err := awsfeedback.New(ctx, cfg, awsCfg, o)
	if err != nil {
		return nil, err
	}
	return &AWS{Assistant: api.Assistant, API: api, Inbound: inbound, Dispatch: &handlers.Dispatch{Assistant: mail, Log: o.Log}, Feedback: feedback}, nil
}
