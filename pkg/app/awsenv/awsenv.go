// Package awsenv is what every Lambda function wires alike: the deployment's
// configuration from the environment the SAM template sets, the AWS
// configuration from the environment Lambda sets, and the DynamoDB store. It
// links no AWS service but DynamoDB, so a function's binary holds (and its
// cold start initialises) only the services it calls: awsadmin (the API),
// awsmail (dispatch) and awsinbound (inbound) each add their own.
package awsenv

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
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/dynamo"
	"github.com/careerconv/careerconv/pkg/token"
)

// MaxMessageBytes is the default and the largest CAREERCONV_MAX_MESSAGE_BYTES
// (mime.MaxMessageBytes, which a test keeps equal: importing pkg/mime
// here would link the reply reader into every function).
const MaxMessageBytes = 10 << 20

// Config is the deployment's configuration, read from the environment the
// SAM template sets (see FromEnv for the variable names).
type Config struct {
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
	// SendRate is the recipients a second the function's instances send at most
	// between them (the dispatch function's share of the SES account's maximum
	// send rate), shared by SendInstances, its reserved concurrency: each
	// instance sends SendRate/SendInstances a second. Either 0: no pacing.
	SendRate      float64 // CAREERCONV_SEND_RATE
	SendInstances int     // CAREERCONV_SEND_INSTANCES
	// Org introduces the organisation in the emails: CAREERCONV_ORG_NAME,
	// CAREERCONV_HR_CONTACT, CAREERCONV_PRIVACY, CAREERCONV_LOCALE (each optional);
	// awsmail checks it.
	Org Organisation
}

// Organisation has the fields of mailcompose.Organisation, which converts from
// it: importing mailcompose here would link the email rendering into every function.
type Organisation struct {
	Name, HRContact, Privacy, Locale string
}

// FromEnv reads a Config with getenv (os.Getenv in the functions).
func FromEnv(getenv func(string) string) (Config, error) {
	c := Config{
		Table: getenv("CAREERCONV_TABLE"), Bucket: getenv("CAREERCONV_BUCKET"), RawPrefix: getenv("CAREERCONV_RAW_PREFIX"),
		Sender: getenv("CAREERCONV_SENDER"), InboundDomain: getenv("CAREERCONV_INBOUND_DOMAIN"),
		ConfigurationSet: getenv("CAREERCONV_CONFIGURATION_SET"), ScheduleGroup: getenv("CAREERCONV_SCHEDULE_GROUP"),
		DispatchARN: getenv("CAREERCONV_DISPATCH_ARN"), SchedulerRoleARN: getenv("CAREERCONV_SCHEDULER_ROLE_ARN"),
		SchedulerDLQARN: getenv("CAREERCONV_SCHEDULER_DLQ_ARN"), TokenSecret: getenv("CAREERCONV_TOKEN_SECRET"),
		RetentionDays: 365, MaxMessageBytes: MaxMessageBytes,
		Org: Organisation{
			Name: getenv("CAREERCONV_ORG_NAME"), HRContact: getenv("CAREERCONV_HR_CONTACT"),
			Privacy: getenv("CAREERCONV_PRIVACY"), Locale: getenv("CAREERCONV_LOCALE"),
		},
	}
	if c.Table == "" || c.Sender == "" || c.InboundDomain == "" {
		return c, fmt.Errorf("config: CAREERCONV_TABLE, CAREERCONV_SENDER and CAREERCONV_INBOUND_DOMAIN are required")
	}
	if v := getenv("CAREERCONV_RETENTION_DAYS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			return c, fmt.Errorf("config: CAREERCONV_RETENTION_DAYS=%q is not a positive number", v)
		}
		c.RetentionDays = n
	}
	if v := getenv("CAREERCONV_MAX_MESSAGE_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 || n > MaxMessageBytes {
			return c, fmt.Errorf("config: CAREERCONV_MAX_MESSAGE_BYTES=%q must be between 1 and %d", v, MaxMessageBytes)
		}
		c.MaxMessageBytes = n
	}
	c.InviteAddress = strings.TrimSpace(getenv("CAREERCONV_INVITE_ADDRESS"))
	if c.InviteAddress != "" && !strings.Contains(c.InviteAddress, "@") {
		return c, fmt.Errorf("config: CAREERCONV_INVITE_ADDRESS=%q is not an email address", c.InviteAddress)
	}
	if v := getenv("CAREERCONV_SEND_RATE"); v != "" {
		r, err := strconv.ParseFloat(v, 64)
		if err != nil || r < 0 {
			return c, fmt.Errorf("config: CAREERCONV_SEND_RATE=%q is not a number of recipients a second", v)
		}
		c.SendRate = r
	}
	if v := getenv("CAREERCONV_SEND_INSTANCES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return c, fmt.Errorf("config: CAREERCONV_SEND_INSTANCES=%q is not a number of instances", v)
		}
		c.SendInstances = n
	}
	for _, d := range strings.FieldsFunc(getenv("CAREERCONV_INVITE_DOMAINS"), func(r rune) bool { return r == ',' || r == ' ' }) {
		if !strings.Contains(d, ".") || strings.ContainsAny(d, "@/:") {
			return c, fmt.Errorf("config: CAREERCONV_INVITE_DOMAINS has %q, which is not a domain", d)
		}
		c.InviteDomains = append(c.InviteDomains, d)
	}
	return c, nil
}

// Options tunes the constructors; the zero value is production.
type Options struct {
	Log *slog.Logger
	// Now is the clock; nil means the real one.
	Now func() time.Time
	// S3PathStyle addresses the bucket in the path, for S3-compatible endpoints.
	S3PathStyle bool
}

// SendPace is the recipients a second one instance of the function may send:
// its share of SendRate; 0 (no pacing) unless both are set.
func (c Config) SendPace() float64 {
	if c.SendRate <= 0 || c.SendInstances <= 0 {
		return 0
	}
	return c.SendRate / float64(c.SendInstances)
}

// Lambda reads what a function needs from the environment: the deployment's
// Config, and the AWS configuration Lambda provides (AWS_REGION and the
// execution role's credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
// AWS_SESSION_TOKEN; AWS_ENDPOINT_URL if set). It does not use the SDK's
// config package: its credential chain (profiles, SSO, STS, instance metadata)
// has nothing to find in Lambda, and linking it costs every cold start. Logs
// are JSON lines on stdout, as the template's LoggingConfig expects.
func Lambda() (Config, aws.Config, Options, error) {
	log := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	slog.SetDefault(log)
	o := Options{Log: log}
	cfg, err := FromEnv(os.Getenv)
	if err != nil {
		return cfg, aws.Config{}, o, err
	}
	awsCfg, err := EnvAWSConfig(os.Getenv)
	return cfg, awsCfg, o, err
}

// EnvAWSConfig is the AWS configuration of a Lambda environment, read with getenv.
func EnvAWSConfig(getenv func(string) string) (aws.Config, error) {
	region := getenv("AWS_REGION")
	if region == "" {
		region = getenv("AWS_DEFAULT_REGION")
	}
	key, secret := getenv("AWS_ACCESS_KEY_ID"), getenv("AWS_SECRET_ACCESS_KEY")
	if region == "" || key == "" || secret == "" {
		return aws.Config{}, errors.New("config: AWS_REGION, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are required (Lambda sets them)")
	}
	cfg := aws.Config{
		Region:      region,
		Credentials: aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(key, secret, getenv("AWS_SESSION_TOKEN"))),
	}
	if ep := getenv("AWS_ENDPOINT_URL"); ep != "" {
		cfg.BaseEndpoint = aws.String(ep)
	}
	return cfg, nil
}

// Schedule is the lifecycle with the configured retention.
func Schedule(cfg Config) conversation.Schedule {
	s := conversation.DefaultSchedule()
	s.Retention = time.Duration(cfg.RetentionDays) * 24 * time.Hour
	return s
}

// Store is the DynamoDB store of cfg.Table.
func Store(cfg Config, awsCfg aws.Config) *dynamo.Store {
	return dynamo.New(dynamodb.NewFromConfig(awsCfg), cfg.Table)
}

// Tokens reads the reply-token keys from a secret holding
// {"current": "<id>", "<id>": "<key>", …} (the template generates key "1"):
// secret returns the secret's string.
func Tokens(ctx context.Context, secret func(ctx context.Context, id string) (string, error), id string) (*token.Signer, error) {
	s, err := secret(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("read token keys: %w", err)
	}
	var doc map[string]string
	if err := json.Unmarshal([]byte(s), &doc); err != nil {
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

// SenderDomain is the domain of the sender's address ("Name <a@b>" → "b").
func SenderDomain(sender string) string {
	addr := sender
	if i := strings.LastIndexByte(sender, '<'); i >= 0 {
		addr = strings.TrimSuffix(sender[i+1:], ">")
	}
	if _, dom, ok := strings.Cut(addr, "@"); ok {
		return dom
	}
	return "careerconv.invalid"
}
