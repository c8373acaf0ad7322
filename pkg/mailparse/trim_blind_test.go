package mailparse

import (
	"strings"
	"testing"
)

// TestTrimBlindOutlookPrefixedInline: Outlook's plain-text option "Prefix
// each line of the original message" writes the header block unquoted and
// the original with "> "; a reply written inline under the quoted questions
// comes after the "-----Original Message-----" separator and must survive
// Trim, as inline answers after an "On … wrote:" line do.
// Case: testdata/replies/prep-blind-outlook-plain-inline.eml.
func TestTrimBlindOutlookPrefixedInline(t *testing.T) {
	t.Skip("needs trim.go: keep text written between \"> \" quoted lines after an Original Message header block")
	body := "Answers inline.\n\nAlex\n\n-----Original Message-----\n" +
		"From: careerconv <reply@in.example>\nSent: Monday, January 11, 2027 9:00 AM\nTo: Alex Kim <alex@acme.example>\nSubject: Preparing\n\n" +
		"> 1. Is there anything in particular you would like to get out of our meeting?\n" +
		"> 2. What is going well in your current role?\n\n" +
		"My colleagues and the freedom to pick my projects.\n\n" +
		"> 3. What are you most proud of achieving?\n"
	got := Trim(body)
	for _, want := range []string{"> 2. What is going well in your current role?", "My colleagues and the freedom to pick my projects."} {
		if !strings.Contains(got, want) {
			t.Errorf("Trim lost %q; got:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Sent: Monday") {
		t.Errorf("Trim kept the header block; got:\n%s", got)
	}
}
