package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"github.com/careerconv/careerconv/pkg/redrive"
)

// runRedrive delivers the events of one dead-letter queue to their function
// again (see package redrive). The stack's outputs print the command for each
// queue. It uses the usual AWS credentials and region of the environment.
func runRedrive(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("redrive", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg redrive.Config
	fs.StringVar(&cfg.QueueURL, "queue-url", "", "the dead-letter queue's URL (stack outputs *DeadLetterQueueUrl)")
	fs.StringVar(&cfg.Function, "function", "", "the function its events go to: name or ARN")
	fs.IntVar(&cfg.Max, "max", 0, "redrive at most this many messages (0: all)")
	fs.BoolVar(&cfg.DryRun, "dry-run", false, "count the messages without redriving them")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2}
	}
	if cfg.QueueURL == "" || cfg.Function == "" {
		fs.Usage()
		return &exitError{code: 2, msg: "redrive needs --queue-url and --function"}
	}
	awsCfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return fmt.Errorf("AWS configuration: %w", err)
	}
	res, err := redrive.Run(ctx, sqs.NewFromConfig(awsCfg), lambda.NewFromConfig(awsCfg), cfg)
	fmt.Fprintf(stdout, "received %d, redriven %d, left (not an event) %d\n", res.Received, res.Redriven, res.Malformed)
	return err
}
