package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/careerconv/careerconv/pkg/remote"
)

var remoteUsage = `usage: careerconv remote <command> [--url URL | --stack NAME] [--region R] [--profile P] [flags]

The admin commands against a deployed stack's Function URL, signed (SigV4, service
"lambda") with the standard AWS credential chain. The URL comes from --url, else
$CAREERCONV_URL, else the ApiUrl output of the stack (--stack, default careerconv).

commands:
` + adminUsage() + `  check       check the SES set-up (sending identity, DKIM, production access, inbound rule set)
`

// runRemote runs `careerconv remote <command>`.
func runRemote(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, remoteUsage)
		return &exitError{code: 2}
	}
	cmd, rest := args[0], args[1:]
	fs := flag.NewFlagSet("remote "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	url := fs.String("url", "", "the API's Function URL (default $"+remote.URLEnv+", else the stack's ApiUrl output)")
	stack := fs.String("stack", "careerconv", "the CloudFormation stack")
	region := fs.String("region", "", "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's)")
	profile := fs.String("profile", "", "AWS shared-config profile (default: AWS_PROFILE)")
	awsConfig := func(ctx context.Context) (aws.Config, error) {
		var opts []func(*config.LoadOptions) error
		if *region != "" {
			opts = append(opts, config.WithRegion(*region))
		}
		if *profile != "" {
			opts = append(opts, config.WithSharedConfigProfile(*profile))
		}
		return config.LoadDefaultConfig(ctx, opts...)
	}
	if cmd == "check" {
		return runCheck(ctx, fs, rest, awsConfig, stack, stdout)
	}
	if _, ok := adminCommand(cmd); !ok {
		fmt.Fprint(stderr, remoteUsage)
		return &exitError{code: 2, msg: fmt.Sprintf("unknown remote command %q", cmd)}
	}
	connect := func(ctx context.Context) (*remote.Client, func(), error) {
		cfg, err := awsConfig(ctx)
		if err != nil {
			return nil, nil, fmt.Errorf("AWS configuration: %w", err)
		}
		u, err := remote.ResolveURL(ctx, *url, *stack, cloudformation.NewFromConfig(cfg))
		if err != nil {
			return nil, nil, err
		}
		return &remote.Client{T: &remote.Signed{URL: u, Config: cfg}}, func() {}, nil
	}
	return runAdmin(ctx, cmd, fs, rest, connect, remote.ImportOptions{Part: remote.DefaultImportPart, Parallel: remote.DefaultImportParallel}, stdin, stdout, stderr)
}

// runCheck runs `careerconv remote check`: the SES gates a deployment needs,
// with the domains and rule set read from the stack unless given. stack is the
// --stack flag of fs, read once fs has parsed args.
func runCheck(ctx context.Context, fs *flag.FlagSet, args []string, awsConfig func(context.Context) (aws.Config, error), stack *string, stdout io.Writer) error {
	sending := fs.String("sending-domain", "", "the SES sending domain (default: the stack's SendingDomain parameter)")
	inbound := fs.String("inbound-domain", "", "the inbound domain (default: the stack's InboundDomain parameter)")
	ruleSet := fs.String("rule-set", "", "the receipt rule set (default: the stack's ReceiptRuleSetName output)")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2}
	}
	cfg, err := awsConfig(ctx)
	if err != nil {
		return fmt.Errorf("AWS configuration: %w", err)
	}
	if cfg.Region == "" {
		return &exitError{code: 2, msg: "no AWS region: set AWS_REGION or AWS_DEFAULT_REGION, or give --region"}
	}
	if *sending == "" || *inbound == "" || *ruleSet == "" {
		out, err := cloudformation.NewFromConfig(cfg).DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: stack})
		if err != nil {
			return fmt.Errorf("read stack %s (or give --sending-domain, --inbound-domain and --rule-set): %w", *stack, err)
		}
		for _, st := range out.Stacks {
			for _, p := range st.Parameters {
				switch aws.ToString(p.ParameterKey) {
				case "SendingDomain":
					*sending = orElse(*sending, aws.ToString(p.ParameterValue))
				case "InboundDomain":
					*inbound = orElse(*inbound, aws.ToString(p.ParameterValue))
				}
			}
			for _, o := range st.Outputs {
				if aws.ToString(o.OutputKey) == "ReceiptRuleSetName" {
					*ruleSet = orElse(*ruleSet, aws.ToString(o.OutputValue))
				}
			}
		}
	}
	findings := remote.Check(ctx, sesv2.NewFromConfig(cfg), ses.NewFromConfig(cfg), remote.CheckInput{
		Region: cfg.Region, SendingDomain: *sending, InboundDomain: *inbound, RuleSet: *ruleSet,
	})
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	missing := 0
	for _, f := range findings {
		mark := "ok"
		if !f.OK {
			mark, missing = "MISSING", missing+1
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", mark, f.Check, f.Detail)
	}
	tw.Flush()
	if missing > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("%d of %d checks not met: mail will not flow until they are", missing, len(findings))}
	}
	return nil
}

// orElse returns a if it is set, else b.
func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
