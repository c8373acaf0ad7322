// Command inbound is the Lambda an SES receipt rule invokes after storing a raw
// message in S3: it checks the verdicts, fetches the message and reads the reply.
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
		slog.Error("start inbound", "err", err)
		os.Exit(1)
	}
	lambda.Start(a.Inbound.Handle)
}
