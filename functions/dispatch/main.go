// Command dispatch is the Lambda EventBridge Scheduler invokes for each timed job
// (prep, nudge, pre-read, wrap-up, check-ins, review).
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/careerconv/careerconv/pkg/app"
)

func main() {
	a, err := app.LoadAWS(context.Background())
	if err != nil {
		slog.Error("start dispatch", "err", err)
		os.Exit(1)
	}
	lambda.Start(a.Dispatch.Handle)
}
