// Command inbound is the Lambda an SES receipt rule invokes after storing a raw
// message in S3: it checks the verdicts, fetches the message and reads the reply.
package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"github.com/careerconv/careerconv/pkg/app/awsenv"
	"github.com/careerconv/careerconv/pkg/app/awsinbound"
)

func main() {
	cfg, awsCfg, o, err := awsenv.Lambda()
	if err != nil {
		slog.Error("start inbound", "err", err)
		os.Exit(1)
	}
	h, err := awsinbound.New(context.Background(), cfg, awsCfg, o)
	if err != nil {
		slog.Error("start inbound", "err", err)
		os.Exit(1)
	}
	lambda.Start(h.Handle)
}
