package mailparse

import (
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/quote"
)

// TestTrimBlindOutlookPrefixedInline: Outlook's plain-text option "Prefix
// each line of the original message" writes the header block unquoted and
// the original with "> "; a reply written inline under the quoted questions
// comes after the "-----Original Message-----" separator and must survive
// Trim, as inline answers after an "On … wrote:" line do.
// Case: testdata/replies/prep-blind-outlook-plain-inline.eml.
func TestTrimBlindOutlookPrefixedInline(t *testing.T) {
	body := "Answers inline.\n\nAlex\n\n-----Original Message-----\n" +
		"From: careerconv <reply@in.example>\nSent: Monday, January 11, 2027 9:00 AM\nTo: Alex Kim <alex@acme.example>\nSubject: Preparing\n\n" +
		"> 1. Is there anything in particular you would like to get out of our meeting?\n" +
		"> 2. What is going well in your current role?\n\n" +
		"My colleagues and the freedom to pick my projects.\n\n" +
		"> 3. What are you most proud of achieving?\n"
	got := quote.Trim(body)
	for _, want := range []string{"> 2. What is going well in your current role?", "My colleagues and the freedom to pick my projects."} {
		if !strings.Contains(got, want) {
			t.Errorf("Trim lost %q; got:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Sent: Monday") {
		t.Errorf("Trim kept the header block; got:\n%s", got)
	}
}

// TestTrimHeaderBlockInline: below an Outlook header block, text is kept only
// when it stands between quoted lines (answers inline); text after the whole
// quote (a footer) or a header block with no quote below it is history.
func TestTrimHeaderBlockInline(t *testing.T) {
	header := "From: careerconv <reply@in.example>\nSent: Monday, January 11, 2027 9:00 AM\nTo: Alex Kim <alex@acme.example>\nSubject: Check-in 1\n\n"
	tests := []struct {
		name    string
		body    string
		keep    []string
		dropped []string
	}{
		{
			name:    "inline between quotes",
			body:    "Updates inline.\n\nAlex\n\n-----Original Message-----\n" + header + "> 1. Shadow Priya\n> 2. Take the course\n\nIn progress - module 4 of 6\n\n> 3. Start 1:1s\n",
			keep:    []string{"Updates inline.", "> 2. Take the course", "In progress - module 4 of 6"},
			dropped: []string{"Sent: Monday", "Original Message"},
		},
		{
			name:    "footer after the quote",
			body:    "Thanks!\n\nAlex\n\n" + header + "> 1. Shadow Priya\n> 2. Take the course\n\nThis email is confidential.\n",
			keep:    []string{"Thanks!"},
			dropped: []string{"Sent: Monday", "> 1. Shadow Priya", "This email is confidential."},
		},
		{
			name:    "unquoted history",
			body:    "Thanks!\n\nAlex\n\n" + header + "1. Shadow Priya\n\nanswer\n\n2. Take the course\n",
			keep:    []string{"Thanks!"},
			dropped: []string{"Sent: Monday", "1. Shadow Priya", "answer"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quote.Trim(tt.body)
			for _, want := range tt.keep {
				if !strings.Contains(got, want) {
					t.Errorf("Trim lost %q; got:\n%s", want, got)
				}
			}
			for _, bad := range tt.dropped {
				if strings.Contains(got, bad) {
					t.Errorf("Trim kept %q; got:\n%s", bad, got)
				}
			}
		})
	}
}
