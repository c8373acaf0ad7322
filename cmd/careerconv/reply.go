package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mailparse"
	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/questions"
)

// runReply parses one reply and prints the JSON contract of mailparse.Reply.
func runReply(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("reply", flag.ContinueOnError)
	fs.SetOutput(stderr)
	kind := fs.String("kind", string(conversation.ReplyPrep), "what the reply answers: prep, steps or checkin")
	nowFlag := fs.String("now", "", "reference time (RFC 3339) for relative dates when the message has no Date header")
	bankPath := fs.String("questions", "", "question bank file (default: the embedded bank)")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2}
	}
	k := conversation.ReplyKind(*kind)
	if k != conversation.ReplyPrep && k != conversation.ReplySteps && k != conversation.ReplyCheckIn {
		return &exitError{code: 2, msg: fmt.Sprintf("--kind %q: want prep, steps or checkin", *kind)}
	}
	now := time.Now()
	if *nowFlag != "" {
		t, err := time.Parse(time.RFC3339, *nowFlag)
		if err != nil {
			return &exitError{code: 2, msg: fmt.Sprintf("--now %q is not an RFC 3339 time", *nowFlag)}
		}
		now = t
	}
	bank, err := questions.Load(*bankPath)
	if err != nil {
		return &exitError{code: 2, msg: err.Error()}
	}
	raw, err := io.ReadAll(io.LimitReader(stdin, mime.MaxMessageBytes+1))
	if err != nil {
		return &exitError{code: 2, msg: "read message: " + err.Error()}
	}
	r, err := mailparse.Read(raw, k, bank.Questions(), now)
	if err != nil {
		msg := err.Error()
		if errors.Is(err, mime.ErrTooLarge) || errors.Is(err, mime.ErrNotMessage) {
			msg = "not a message: " + msg
		}
		return &exitError{code: 2, msg: msg}
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
