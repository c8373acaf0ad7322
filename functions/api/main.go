// Command api is the HTTP API Lambda behind a Function URL (AWS_IAM auth):
// create, import, get, list, reschedule, cancel and erase conversations.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/careerconv/careerconv/pkg/app/awsadmin"
	"github.com/careerconv/careerconv/pkg/app/awsenv"
)

func main() {
	cfg, awsCfg, o, err := awsenv.Lambda()
	if err != nil {
		slog.Error("start api", "err", err)
		os.Exit(1)
	}
	api, err := awsadmin.New(context.Background(), cfg, awsCfg, o)
	if err != nil {
		slog.Error("start api", "err", err)
		os.Exit(1)
	}
	lambda.Start(api.Handle)
}
