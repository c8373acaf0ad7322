package conversation_test

import (
	"testing"

	"github.com/careerconv/careerconv/pkg/conversation"
)

func TestPurposeString(t *testing.T) {
	for p, want := range map[conversation.Purpose]string{
		{Kind: conversation.ReplyPrep}: "prep", {Kind: conversation.ReplySteps}: "steps", {Kind: conversation.ReplyNotes}: "notes",
		{Kind: conversation.ReplyCheckIn, CheckIn: 2}: "checkin2", {Kind: conversation.ReplyMoved, CheckIn: 2}: "moved2",
		{Kind: conversation.ReplyReview}: "review",
	} {
		if got := p.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", p, got, want)
		}
	}
}
