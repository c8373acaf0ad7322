package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/scheduler"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/dynamo"
	"github.com/careerconv/careerconv/pkg/eventbridge"
	"github.com/careerconv/careerconv/pkg/handlers"
	"github.com/careerconv/careerconv/pkg/mailcompose"
	"github.com/careerconv/careerconv/pkg/mailparse"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/careerconv/careerconv/pkg/s3mail"
	"github.com/careerconv/careerconv/pkg/ses"
	"github.com/careerconv/careerconv/pkg/token"
)

// AWSConfig is the deployment's configuration, read from the environment the
// SAM template sets (see FromEnv for the variable names).
type AWSConfig struct {
	Table            string // CAREERCONV_TABLE
	Bucket           string // CAREERCONV_BUCKET
	RawPrefix        string // CAREERCONV_RAW_PREFIX
	Sender           string // CAREERCONV_SENDER, "Name <address>"
	InboundDomain    string // CAREERCONV_INBOUND_DOMAIN
	ConfigurationSet string // CAREERCONV_CONFIGURATION_SET
	ScheduleGroup    string // CAREERCONV_SCHEDULE_GROUP
	DispatchARN      string // CAREERCONV_DISPATCH_ARN
	SchedulerRoleARN string // CAREERCONV_SCHEDULER_ROLE_ARN
	SchedulerDLQARN  string // CAREERCONV_SCHEDULER_DLQ_ARN
	TokenSecret      string // CAREERCONV_TOKEN_SECRET: Secrets Manager secret ID; "" for no mail handling
	RetentionDays    int    // CAREERCONV_RETENTION_DAYS
	MaxMessageBytes  int64  // CAREERCONV_MAX_MESSAGE_BYTES
	// InviteAddress receives calendar invites; "" means careers@InboundDomain.
	InviteAddress string // CAREERCONV_INVITE_ADDRESS
	// InviteDomains are the domains whose organizers may start a conversation by
	// invite, for employees in them; empty turns invites off.
	InviteDomains []string // CAREERCONV_INVITE_DOMAINS, comma-separated
	// Org introduces the organisation in the emails: CAREERCONV_ORG_NAME,
	// CAREERCONV_HR_CONTACT, CAREERCONV_PRIVACY, CAREERCONV_LOCALE (each optional).
	Org mailcompose.Organisation
}

// FromEnv reads an AWSConfig with getenv (os.Getenv in the functions).
func FromEnv(getenv func(string) string) (AWSConfig, error) {
	c := AWSConfig{
		Table: getenv("CAREERCONV_TABLE"), Bucket: getenv("CAREERCONV_BUCKET"), RawPrefix: getenv("CAREERCONV_RAW_PREFIX"),
		Sender: getenv("CAREERCONV_SENDER"), InboundDomain: getenv("CAREERCONV_INBOUND_DOMAIN"),
		ConfigurationSet: getenv("CAREERCONV_CONFIGURATION_SET"), ScheduleGroup: getenv("CAREERCONV_SCHEDULE_GROUP"),
		DispatchARN: getenv("CAREERCONV_DISPATCH_ARN"), SchedulerRoleARN: getenv("CAREERCONV_SCHEDULER_ROLE_ARN"),
		SchedulerDLQARN: getenv("CAREERCONV_SCHEDULER_DLQ_ARN"), TokenSecret: getenv("CAREERCONV_TOKEN_SECRET"),
		RetentionDays: 365, MaxMessageBytes: mailparse.MaxMessageBytes,
		Org: mailcompose.Organisation{
			Name: getenv("CAREERCONV_ORG_NAME"), HRContact: getenv("CAREERCONV_HR_CONTACT"),
			Privacy: getenv("CAREERCONV_PRIVACY"), Locale: getenv("CAREERCONV_LOCALE"),
		},
	}
	if c.Table == "" || c.Sender == "" || c.InboundDomain == "" {
		return c, fmt.Errorf("config: CAREERCONV_TABLE, CAREERCONV_SENDER and CAREERCONV_INBOUND_DOMAIN are required")
	}
	for name, dst := range map[string]*int{"CAREERCONV_RETENTION_DAYS": &c.RetentionDays} {
		if v := getenv(name); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n <= 0 {
				return c, fmt.Errorf("config: %s=%q is not a positive number", name, v)
			}
			*dst = n
		}
	}
	c.InviteAddress = strings.TrimSpace(getenv("CAREERCONV_INVITE_ADDRESS"))
	if c.InviteAddress != "" && !strings.Contains(c.InviteAddress, "@") {
		return c, fmt.Errorf("config: CAREERCONV_INVITE_ADDRESS=%q is not an email address", c.InviteAddress)
	}
	for _, d := range strings.FieldsFunc(getenv("CAREERCONV_INVITE_DOMAINS"), func(r rune) bool { return r == ',' || r == ' ' }) {
		if !strings.Contains(d, ".") || strings.ContainsAny(d, "@/:") {
			return c, fmt.Errorf("config: CAREERCONV_INVITE_DOMAINS has %q, which is not a domain", d)
		}
		c.InviteDomains = append(c.InviteDomains, d)
	}
	if err := c.Org.Validate(); err != nil {
		vars := map[string]string{"name": "CAREERCONV_ORG_NAME", "hrContact": "CAREERCONV_HR_CONTACT", "privacy": "CAREERCONV_PRIVACY", "locale": "CAREERCONV_LOCALE"}
		var e *conversation.Error
		if errors.As(err, &e) && vars[e.Field] != "" {
			return c, fmt.Errorf("config: %s: %w", vars[e.Field], err)
		}
		return c, fmt.Errorf("config: %w", err)
	}
	if v := getenv("CAREERCONV_MAX_MESSAGE_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 || n > mailparse.MaxMessageBytes {
			return c, fmt.Errorf("config: CAREERCONV_MAX_MESSAGE_BYTES=%q must be between 1 and %d", v, mailparse.MaxMessageBytes)
		}
		c.MaxMessageBytes = n
	}
	return c, nil
}

// AWS is careerconv wired to AWS services.
type AWS struct {
	Assistant *assistant.Assistant
	API       *handlers.API
	Inbound   *handlers.Inbound
	Dispatch  *handlers.Dispatch
	Feedback  *handlers.Feedback
}

// LoadAWS reads the configuration from the environment and the AWS SDK's default
// credential chain, for a Lambda main.
func LoadAWS(ctx context.Context) (*AWS, error) {
	cfg, err := FromEnv(os.Getenv)
	if err != nil {
		return nil, err
	}
	awsCfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, fmt.Errorf("load AWS config: %w", err)
	}
	// The template sets JSON logs: one JSON object per line on stdout.
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	slog.SetDefault(log)
	return NewAWS(ctx, cfg, awsCfg, AWSOptions{Log: log})
}

// AWSOptions tunes NewAWS; the zero value is production.
type AWSOptions struct {
	Log *slog.Logger
	// Now is the clock; nil means the real one.
	Now func() time.Time
	// S3PathStyle addresses the bucket in the path, for S3-compatible endpoints.
	S3PathStyle bool
}

// NewAWS wires the assistant and handlers to the services awsCfg reaches.
func NewAWS(ctx context.Context, cfg AWSConfig, awsCfg aws.Config, o AWSOptions) (*AWS, error) {
	log := o.Log
	var tokens *token.Signer
	if cfg.TokenSecret != "" {
		var err error
		if tokens, err = loadTokens(ctx, secretsmanager.NewFromConfig(awsCfg), cfg.TokenSecret); err != nil {
			return nil, err
		}
	}
	bank := questions.Default()
	schedule := conversation.DefaultSchedule()
	schedule.Retention = daysDuration(cfg.RetentionDays)
	store := dynamo.New(dynamodb.NewFromConfig(awsCfg), cfg.Table)
	sched, err := eventbridge.New(scheduler.NewFromConfig(awsCfg), eventbridge.Config{
		Group: cfg.ScheduleGroup, TargetARN: cfg.DispatchARN, RoleARN: cfg.SchedulerRoleARN, DeadLetterARN: cfg.SchedulerDLQARN, Now: o.Now,
	})
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	s3c := s3.NewFromConfig(awsCfg, func(so *s3.Options) { so.UsePathStyle = o.S3PathStyle })
	raw := &s3mail.Store{Client: s3c, Bucket: cfg.Bucket, Prefix: cfg.RawPrefix, MaxBytes: cfg.MaxMessageBytes}
	var invites *assistant.InviteConfig
	if len(cfg.InviteDomains) > 0 {
		invites = &assistant.InviteConfig{Address: cfg.InviteAddress, Domains: cfg.InviteDomains}
	}
	a, err := assistant.New(assistant.Config{
		RawMail:   raw,
		Store:     store,
		Mailer:    ses.New(sesv2.NewFromConfig(awsCfg), cfg.ConfigurationSet),
		Scheduler: sched,
		Composer: &mailcompose.Composer{
			From: cfg.Sender, MessageDomain: domainOf(cfg.Sender), Bank: bank,
			Org: cfg.Org, PrereadBefore: schedule.PrereadBefore, ProviderDomain: sesMessageDomain(awsCfg.Region),
		},
		Bank:          bank,
		Tokens:        tokens,
		InboundDomain: cfg.InboundDomain,
		Schedule:      &schedule,
		Now:           o.Now,
		Log:           log,
		Invites:       invites,
	})
	if err != nil {
		return nil, err
	}
	return &AWS{
		Assistant: a,
		API:       &handlers.API{Assistant: a, Log: log},
		Inbound:   &handlers.Inbound{Assistant: a, Raw: raw, Log: log},
		Dispatch:  &handlers.Dispatch{Assistant: a, Log: log},
		Feedback:  &handlers.Feedback{Assistant: a, Log: log},
	}, nil
}

// loadTokens reads the reply-token keys from a Secrets Manager secret holding
// {"current": "<id>", "<id>": "<key>", …} (the template generates key "1").
func loadTokens(ctx context.Context, sm *secretsmanager.Client, id string) (*token.Signer, error) {
	out, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{SecretId: aws.String(id)})
	if err != nil {
		return nil, fmt.Errorf("read token keys: %w", err)
	}
	var doc map[string]string
	if err := json.Unmarshal([]byte(aws.ToString(out.SecretString)), &doc); err != nil {
		return nil, fmt.Errorf("token keys secret is not a JSON object: %w", err)
	}
	current := doc["current"]
	keys := map[string][]byte{}
	for k, v := range doc {
		if k != "current" {
			keys[k] = []byte(v)
		}
	}
	return token.NewSigner(keys, current)
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

func domainOf(sender string) string {
	addr := sender
	if i := strings.LastIndexByte(sender, '<'); i >= 0 {
		addr = strings.TrimSuffix(sender[i+1:], ">")
	}
	if _, dom, ok := strings.Cut(addr, "@"); ok {
		return dom
	}
	return "careerconv.invalid"
}
