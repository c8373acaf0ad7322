package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// The journey on the AWS adapters (DynamoDB, S3, SES, EventBridge Scheduler on the
// emulator), every job and reply delivered twice: an addition to the plan, a win,
// a check-in that moves steps, and the manager's answer passed on.
func TestAWSJourney(t *testing.T) {
	w := newAWSWorld(t)
	w.sent(t) // what earlier tests of this binary sent
	id, _ := w.create(t, alexAndMaria)

	// reply delivers a reply to m twice and returns the names of what it sent.
	reply := func(m sentMail, from, body string) ([]string, []sentMail) {
		t.Helper()
		w.now = w.now.Add(time.Hour)
		raw, rcpt := replyTo(m, from, body, w.now)
		for i := range 2 {
			sesID := fmt.Sprintf("ses-journey-%d-%d", w.now.Unix(), i)
			w.putRaw(t, sesID, raw)
			w.invoke(t, "InboundFunction", w.sesEvent(t, sesID, rcpt))
		}
		var names []string
		sent := w.sent(t)
		for _, s := range sent {
			n := s.header.Get("X-Careerconv-Email")
			names = append(names, strings.SplitN(n, "-", 2)[0])
		}
		return names, sent
	}
	var plan, checkin sentMail
	for round := 0; round < 20 && checkin.Message == nil; round++ {
		job, payload, ok := w.nextJob(t, id)
		if !ok {
			break
		}
		w.now = job.At
		for range 2 {
			w.invoke(t, "DispatchFunction", payload)
		}
		for _, m := range w.sent(t) {
			switch m.header.Get("X-Careerconv-Email") {
			case "wrapup":
				_, sent := reply(m, "alex@aws.example.com", "- Shadow the sprint planning by 31 March\n- Finish the leadership course in 6 weeks")
				plan = sent[0]
				names, _ := reply(plan, "alex@aws.example.com", "One more we forgot: Present at the data guild by 31 March")
				if fmt.Sprint(names) != "[adjusted]" {
					t.Fatalf("the addition sent %v, want [adjusted]", names)
				}
				names, _ = reply(plan, "alex@aws.example.com", "Win: the guild asked me to run a session")
				if fmt.Sprint(names) != "[recorded]" {
					t.Fatalf("the win sent %v, want [recorded]", names)
				}
			case "checkin1":
				checkin = m
			}
		}
	}
	if checkin.Message == nil || !strings.Contains(checkin.Text, "win: the guild asked me to run a session") {
		t.Fatalf("check-in 1 missing or without the win")
	}
	names, sent := reply(checkin, "alex@aws.example.com", "1 done\n2 blocked: no budget for the course")
	if fmt.Sprint(names) != "[progress1 moved]" {
		t.Fatalf("the check-in reply sent %v, want [progress1 moved]", names)
	}
	names, _ = reply(sent[1], "maria@aws.example.com", "Well done on the sprint planning! I'll find the budget.")
	if fmt.Sprint(names) != "[feedback]" {
		t.Fatalf("the manager's answer sent %v, want [feedback]", names)
	}
	c, err := w.fn["ApiFunction"].Assistant.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Steps) != 3 || c.Steps[2].Text != "Present at the data guild" || len(c.Journey.Record) != 1 || len(c.Journey.Feedback) != 1 {
		t.Errorf("stored: %d steps, %d entries, %d feedback; want 3 (the third added), 1, 1", len(c.Steps), len(c.Journey.Record), len(c.Journey.Feedback))
	}
}
