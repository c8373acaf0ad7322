package eventbridge

import "github.com/careerconv/careerconv/pkg/awserr"

// classify maps a Scheduler error to the port's codes (awserr); see the package doc.
func classify(err error, format string, args ...any) error {
	return awserr.Service{Name: "scheduler"}.Classify(err, format, args...)
}
