package conversation_test

import (
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/storetest"
)

// At every limit a conversation fits a DynamoDB item with room to spare, keeping
// its answers, notes and steps and the newest of the rest.
func TestFitLargest(t *testing.T) {
	c := storetest.Largest("abcdefghijklmnop")
	if err := c.Fit(); err != nil {
		t.Fatal(err)
	}
	b, err := conversation.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	if len(b) > conversation.MaxEncodedBytes {
		t.Errorf("encoded %d bytes, over %d", len(b), conversation.MaxEncodedBytes)
	}
	if len(c.Answers) != conversation.MaxAnswers || len(c.Steps) != conversation.MaxSteps || c.Notes == "" {
		t.Errorf("kept %d answers, %d steps, notes %v: none may be shed", len(c.Answers), len(c.Steps), c.Notes != "")
	}
	if len(c.History) < 30 || c.History[0].Kind != conversation.EventCreated && c.History[0].Kind != conversation.EventRejected {
		t.Errorf("history cut to %d events", len(c.History))
	}
	if strings.ContainsAny(c.Answers[0].Text, "\x00\x01") {
		t.Error("control characters stored")
	}
	t.Logf("largest conversation: %d bytes encoded, %d history events, %d progress notes on step 1", len(b), len(c.History), len(c.Steps[0].Progress))
}
