package conversation_test

import (
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// A claim moves claimed → sent; its owner may take it again, others after the
// lease; a sent email is never claimable; a record of the history before the
// ledger counts as sent.
func TestClaimLifecycle(t *testing.T) {
	t0 := time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)
	lease := 5 * time.Minute
	c := &conversation.Conversation{}
	steps := []struct {
		do    func()
		email string
		owner string
		at    time.Time
		want  conversation.ClaimResult
	}{
		{nil, "prep", "a", t0, conversation.ClaimFree},
		{func() { c.Claim("prep", "a", t0, t0.Add(lease)) }, "prep", "a", t0.Add(time.Minute), conversation.ClaimRetake},
		{nil, "prep", "b", t0.Add(time.Minute), conversation.ClaimBusy},
		{nil, "prep", "b", t0.Add(lease), conversation.ClaimRetake},
		{func() { c.MarkSent("prep", "ses-1", "m@x", t0.Add(time.Minute)) }, "prep", "a", t0.Add(time.Hour), conversation.ClaimSent},
		{func() { c.Record(conversation.Event{Kind: conversation.EventSent, Email: "nudge"}) }, "nudge", "b", t0, conversation.ClaimSent},
		{func() { c.Claim("review", "a", t0, t0.Add(lease)); c.Release("review") }, "review", "b", t0, conversation.ClaimFree},
	}
	for i, s := range steps {
		if s.do != nil {
			s.do()
		}
		if got := c.Claimable(s.email, s.owner, s.at); got != s.want {
			t.Errorf("step %d: Claimable(%s, %s) = %v, want %v", i, s.email, s.owner, got, s.want)
		}
	}
	if c.MarkSent("prep", "ses-2", "m@x", t0) {
		t.Error("MarkSent of a sent email changed it")
	}
	if s, _ := c.SendOf("prep"); s.ProviderID != "ses-1" || !c.Sent("prep") {
		t.Errorf("prep entry %+v; want sent as ses-1", s)
	}
}

// The ledger stays bounded: the oldest sent entries go, claims stay.
func TestSendsBounded(t *testing.T) {
	t0 := time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)
	c := &conversation.Conversation{}
	c.Claim("wrapup", "a", t0, t0.Add(time.Minute))
	for i := range conversation.MaxSends + 10 {
		c.MarkSent(string(rune('a'+i%26))+time.Duration(i).String(), "", "", t0)
	}
	if len(c.Sends) != conversation.MaxSends {
		t.Errorf("%d entries, want %d", len(c.Sends), conversation.MaxSends)
	}
	if c.Claimable("wrapup", "b", t0) != conversation.ClaimBusy {
		t.Error("the claim was trimmed")
	}
}
