// Command feedback is the Lambda EventBridge invokes with SES's bounce and
// complaint events (the configuration set's event destination): it marks the
// participant undeliverable.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/careerconv/careerconv/pkg/app/awsenv"
	"github.com/careerconv/careerconv/pkg/app/awsfeedback"
)

func main() {
	cfg, awsCfg, o, err := awsenv.Lambda()
	if err != nil {
		slog.Error("start feedback", "err", err)
		os.Exit(1)
	}
	h, err := awsfeedback.New(context.Background(), cfg, awsCfg, o)
	if err != nil {
		slog.Error("start feedback", "err", err)
		os.Exit(1)
	}
	lambda.Start(h.Handle)
}
