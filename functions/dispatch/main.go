// Command dispatch is the Lambda EventBridge Scheduler invokes for each timed job
// (prep, nudge, pre-read, wrap-up, check-ins, review).
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/careerconv/careerconv/pkg/app/awsenv"
	"github.com/careerconv/careerconv/pkg/app/awsmail"
	"github.com/careerconv/careerconv/pkg/handlers"
)

func main() {
	cfg, awsCfg, o, err := awsenv.Lambda()
	if err != nil {
		slog.Error("start dispatch", "err", err)
		os.Exit(1)
	}
	a, err := awsmail.Assistant(context.Background(), cfg, awsCfg, o)
	if err != nil {
		slog.Error("start dispatch", "err", err)
		os.Exit(1)
	}
	lambda.Start((&handlers.Dispatch{Assistant: a, Log: o.Log}).Handle)
}
