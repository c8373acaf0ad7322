package mailparse

import "github.com/careerconv/careerconv/pkg/extract"

// deref prints a due date for a test message.
func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// fmtSteps prints steps for a test message.
func fmtSteps(steps []extract.Step) string {
	out := "["
	for _, s := range steps {
		out += "{" + s.Text + " | " + deref(s.Due) + "}"
	}
	return out + "]"
}
