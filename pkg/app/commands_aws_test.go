package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// The commands on the AWS adapters (DynamoDB, S3, SES, EventBridge Scheduler on
// the emulator), every reply and job delivered twice: private (the pre-read holds
// no private answer), another address (answered, then confirmed), pause (the
// check-in schedules move to a new generation), fewer emails, stop (both told,
// and the schedules left send nothing).
func TestAWSCommands(t *testing.T) {
	w := newAWSWorld(t)
	id, _ := w.create(t, alexAndMaria)
	conv := func() *conversation.Conversation {
		t.Helper()
		c, err := w.fn["ApiFunction"].Assistant.Get(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	names := func(sent []sentMail) string {
		var n []string
		for _, s := range sent {
			n = append(n, strings.SplitN(s.header.Get("X-Careerconv-Email"), "-", 2)[0])
		}
		return strings.Join(n, " ")
	}
	// reply delivers a reply to m twice and returns what it sent.
	reply := func(m sentMail, from, body string) []sentMail {
		t.Helper()
		w.now = w.now.Add(time.Hour)
		raw, rcpt := replyTo(m, from, body, w.now)
		for i := range 2 {
			sesID := fmt.Sprintf("ses-cmd-%d-%d", w.now.Unix(), i)
			w.putRaw(t, sesID, raw)
			w.invoke(t, "InboundFunction", w.sesEvent(t, sesID, rcpt))
		}
		return w.sent(t)
	}
	// until runs the jobs in order, each twice, until one sends the email named
	// name, and returns it; every email sent on the way is in all.
	var all []sentMail
	until := func(name string) sentMail {
		t.Helper()
		for range 20 {
			job, payload, ok := w.nextJob(t, id)
			if !ok {
				break
			}
			w.now = job.At
			for range 2 {
				w.invoke(t, "DispatchFunction", payload)
			}
			for _, m := range w.sent(t) {
				all = append(all, m)
				if m.header.Get("X-Careerconv-Email") == name {
					return m
				}
			}
		}
		t.Fatalf("no %s email", name)
		return sentMail{}
	}
	secret := "an offer from another company"
	prep := until("prep")
	if got := names(reply(prep, "alex@aws.example.com", "1. Lead a team\n2. The migration\n3. Reviews\n4. I have "+secret)); got != "receipt" {
		t.Fatalf("the answers sent %q", got)
	}
	if got := names(reply(prep, "alex@aws.example.com", "Private 4, please\n\nAlex")); got != "commanded" {
		t.Fatalf("private 4 sent %q", got)
	}
	// Another address: answered with the one expected, nothing stored; then confirmed.
	if got := names(reply(prep, "Alex Employee <alex.e@aws.example.com>", "5. A mentor")); got != "stranger" {
		t.Fatalf("a reply from another address sent %q, want the stranger answer", got)
	}
	if c := conv(); len(c.Answers) != 4 {
		t.Fatalf("%d answers after the unknown address, want 4", len(c.Answers))
	}
	if got := names(reply(prep, "alex@aws.example.com", "also me: alex.e@aws.example.com")); got != "commanded" {
		t.Fatalf("also me sent %q", got)
	}
	if got := names(reply(prep, "Alex Employee <alex.e@aws.example.com>", "5. A mentor")); got != "receipt" {
		t.Fatalf("a reply from the confirmed address sent %q", got)
	}
	pre := until("preread")
	if strings.Contains(pre.Text, secret) || !strings.Contains(pre.Text, "Lead a team") {
		t.Fatalf("the pre-read holds the private answer, or not the others:\n%s", pre.Text)
	}
	wrap := until("wrapup")
	plan := reply(wrap, "alex@aws.example.com", "- Shadow the sprint planning by 31 March\n- Finish the leadership course in 6 weeks")
	if names(plan) != "plan" {
		t.Fatalf("the steps sent %q", names(plan))
	}
	gen := conv().Generation
	if got := names(reply(plan[0], "alex@aws.example.com", "Pause until 10 May")); got != "commanded commanded" {
		t.Fatalf("the pause sent %q, want the receipt and the manager's word", got)
	}
	job, _, ok := w.nextJob(t, id)
	if !ok || job.Kind != conversation.JobCheckIn || job.Generation != gen+1 || job.At.In(time.UTC).Format(time.DateOnly) != "2027-05-10" {
		t.Fatalf("the next schedule after the pause: %+v, want check-in 1 of generation %d on 2027-05-10", job, gen+1)
	}
	delete(w.ran, job.Name())
	if got := names(reply(plan[0], "maria@aws.example.com", "Fewer emails")); got != "commanded" {
		t.Fatalf("fewer emails sent %q", got)
	}
	checkin := until("checkin1")
	if got := names(reply(checkin, "alex@aws.example.com", "1 done")); got != "progress1" {
		t.Fatalf("a step done, with the manager on fewer emails, sent %q", got)
	}
	if got := names(reply(checkin, "alex@aws.example.com", "Stop")); got != "" {
		t.Fatalf("stop sent %q at once; its notices are jobs due at once", got)
	}
	for {
		job, payload, ok := w.nextJob(t, id)
		if !ok {
			break
		}
		w.now = job.At
		w.invoke(t, "DispatchFunction", payload)
	}
	if got := names(w.sent(t)); got != "cancelled cancelled" {
		t.Fatalf("after stop: %q, want the two notices and nothing else", got)
	}
	if c := conv(); c.Status != conversation.StatusCancelled || c.Choices.Stopped != "employee" {
		t.Fatalf("after stop: %s, stopped by %q", c.Status, c.Choices.Stopped)
	}
	for _, m := range all {
		if strings.Contains(m.header.Get("To")+m.header.Get("Cc"), "maria@") && strings.Contains(m.Text, secret) {
			t.Errorf("the manager's %s email holds the private answer", m.header.Get("X-Careerconv-Email"))
		}
	}
}
