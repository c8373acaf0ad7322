// Command api is the HTTP API Lambda behind a Function URL (AWS_IAM auth):
// create, get, list, reschedule, cancel and erase conversations.
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
		slog.Error("start api", "err", err)
		os.Exit(1)
	}
	lambda.Start(a.API.Handle)
}
