package mailparse

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/questions"
)

func TestReadErrors(t *testing.T) {
	qs := questions.Default().Questions()
	now := time.Date(2027, 1, 11, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		raw  string
		kind conversation.ReplyKind
		want error
	}{
		{"not a message", "hello, this is not an email", conversation.ReplyPrep, mime.ErrNotMessage},
		{"empty", "", conversation.ReplySteps, mime.ErrNotMessage},
		{"unknown kind", "From: a@b.example\r\n\r\n1. x\r\n", conversation.ReplyKind("review"), ErrUnknownKind},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Read([]byte(tt.raw), tt.kind, qs, now)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Read = %+v, %v; want %v", r, err, tt.want)
			}
		})
	}
}

func TestReadUsesDateHeaderThenNow(t *testing.T) {
	qs := questions.Default().Questions()
	now := time.Date(2027, 6, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		date string
		want string
	}{
		{"date header", "Date: Mon, 18 Jan 2027 14:05:00 +0100\r\n", "2027-03-01"}, // 18 Jan + 6 weeks
		{"no date header", "", "2027-07-13"},                                       // now + 6 weeks
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: Jane <jane@acme.example>\r\nTo: reply+x@in.example\r\nSubject: Re: steps\r\n" + tt.date + "\r\n- Draft my plan in 6 weeks\r\n"
			r, err := Read([]byte(raw), conversation.ReplySteps, qs, now)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Steps) != 1 || r.Steps[0].DueDate() != tt.want {
				t.Fatalf("steps %v, want one due %s", r.Steps, tt.want)
			}
			if r.From != "jane@acme.example" || r.Answers != nil || r.Progress != nil {
				t.Errorf("reply %+v", r)
			}
		})
	}
}

func TestReadTextDropsQuotes(t *testing.T) {
	raw := "From: jane@acme.example\r\n\r\n> 2. What is going well?\r\nThe team.\r\n> 3. What are you proud of?\r\n"
	r, err := Read([]byte(raw), conversation.ReplyPrep, questions.Default().Questions(), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Text, ">") || !strings.Contains(r.Text, "The team.") {
		t.Errorf("text %q", r.Text)
	}
	if r.Answers[2] != "The team." {
		t.Errorf("answers %v", r.Answers)
	}
}
