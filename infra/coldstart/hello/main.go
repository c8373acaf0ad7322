// Command hello is the floor `make coldstart` compares the functions against: an
// aws-lambda-go function that does nothing, built the way the functions are.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

func main() {
	lambda.Start(func(context.Context, map[string]any) (string, error) { return "hello", nil })
}
