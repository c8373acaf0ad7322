package app

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// apiKeep calls the API and keeps the response for the confidentiality check.
func (j *journeyFixture) apiKeep(t *testing.T, method, path, body string) (int, map[string]any) {
	t.Helper()
	status, out := j.fixture.api(t, method, path, body)
	b, _ := json.Marshal(out)
	j.api = append(j.api, string(b))
	return status, out
}

// A reply to the review books the next conversation, once, whoever replies
// and however often the reply arrives; the next cycle's prep and pre-read
// remember the first; HR sees the cycles as statuses and dates.
func TestJourneyNextCycle(t *testing.T) {
	j := newJourney(t)
	id := j.plan(t)
	checkin := only(t, j.runTwice(t, time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC)), "checkin1")
	j.deliverTwice(t, "ana@example.com", checkin.replyTo, "c1@mail.example.com",
		"1 done\r\n2 blocked: waiting for the rota\r\nWin: my runbook got adopted by two teams\r\n")

	review := only(t, j.runTwice(t, time.Date(2027, 6, 12, 9, 0, 0, 0, time.UTC)), "review")
	proposal := j.conv(t, id).Journey.NextAt
	madrid, _ := time.LoadLocation("Europe/Madrid")
	if p := proposal.In(madrid); p.Hour() != 10 || p.Minute() != 0 || p.Weekday() == time.Saturday || p.Weekday() == time.Sunday ||
		p.Before(time.Date(2027, 9, 1, 0, 0, 0, 0, madrid)) || p.After(time.Date(2027, 9, 30, 0, 0, 0, 0, madrid)) {
		t.Fatalf("proposed %v, want a working day about three months after the review, at 10:00 Madrid like the meeting", p)
	}
	contains(t, review, "how about", `reply "yes" to book it`, `"not now"`)

	mails := j.deliverTwice(t, "ana@example.com", review.replyTo, "yes@mail.example.com", "Yes, sounds good!\r\n\r\nAna\r\n")
	booked := only(t, mails, "booking")
	if len(mails) != 1 || !strings.Contains(booked.to, "ana@example.com") || !strings.Contains(booked.cc, "tom@example.com") {
		t.Fatalf("%d emails, the booking to %q cc %q; want one to Ana cc Tom", len(mails), booked.to, booked.cc)
	}
	contains(t, booked, "Your next career conversation is booked for")
	first := j.conv(t, id)
	if first.Next == "" {
		t.Fatal("the first conversation does not name its next")
	}
	next := j.conv(t, first.Next)
	if next.Previous != id || !next.MeetingStart.Equal(proposal) || next.Status != conversation.StatusScheduled || next.Employee.Email != "ana@example.com" || next.Manager.Email != "tom@example.com" {
		t.Fatalf("next = previous %q, meeting %v, status %s; want %s, %v, scheduled", next.Previous, next.MeetingStart, next.Status, id, proposal)
	}

	// Tom says yes too, in German: still one next conversation.
	only(t, j.deliverTwice(t, "tom@example.com", review.replyTo, "tomyes@mail.example.com", "Ja, passt.\r\n\r\nTom\r\n"), "booking")
	page, err := j.Assistant.List(context.Background(), conversation.ListQuery{Employee: "ana@example.com"})
	if err != nil || len(page.Conversations) != 2 {
		t.Fatalf("Ana has %d conversations (%v), want 2", len(page.Conversations), err)
	}
	// HR's next of the same conversation is the same one.
	if status, body := j.apiKeep(t, "POST", "/conversations/"+id+"/next", ""); status != 200 || body["id"] != first.Next || body["previousCycle"] != id {
		t.Fatalf("POST next: %d %v, want 200 with %s", status, body, first.Next)
	}

	prep := only(t, j.runTwice(t, proposal.Add(-6*24*time.Hour)), "prep")
	contains(t, prep, "Last time (", "), and what you did since:", "Done: Lead the billing migration",
		"Shadow the platform on-call rotation – waiting for the rota", "win: my runbook got adopted by two teams")
	preread := only(t, j.runTwice(t, proposal.Add(-23*time.Hour)), "preread")
	contains(t, preread, "Last time (", "goal, steps and record", "Done: Lead the billing migration",
		"Not done (", "waiting for the rota", "my runbook got adopted")

	status, body := j.apiKeep(t, "GET", "/people/ana@example.com/cycles", "")
	cycles, _ := body["cycles"].([]any)
	if status != 200 || len(cycles) != 2 {
		t.Fatalf("cycles: %d %v", status, body)
	}
	c0, c1 := cycles[0].(map[string]any), cycles[1].(map[string]any)
	if c0["id"] != id || c0["nextCycle"] != first.Next || c1["previousCycle"] != id || c0["status"] != "completed" || c1["status"] != "scheduled" {
		t.Errorf("cycles = %v", cycles)
	}
	var names []string
	for _, d := range c0["dates"].([]any) {
		names = append(names, d.(map[string]any)["name"].(string))
	}
	// The pre-read was due after the meeting had started (plan runs the jobs late): skipped.
	if got := strings.Join(names, ", "); got != "created, prep, wrapup, steps agreed, checkin1, checkin2, checkin3, review, next booked" {
		t.Errorf("first cycle's dates: %s", got)
	}
	j.get(t, id)
	j.get(t, first.Next)
	j.confidential(t, "billing migration", "on-call", "waiting for the rota", "runbook", "AWS architecture")
}

// "Not now" asks again later; a month proposes a date in it; a past date
// books nothing; "yes" then books the date proposed.
func TestJourneyNextCycleLater(t *testing.T) {
	j := newJourney(t)
	id := j.plan(t)
	review := only(t, j.runTwice(t, time.Date(2027, 6, 12, 9, 0, 0, 0, time.UTC)), "review")
	later := only(t, j.deliverTwice(t, "tom@example.com", review.replyTo, "later@mail.example.com", "Not now, too early.\r\n\r\nTom\r\n"), "booking")
	contains(t, later, "will ask again on")
	c := j.conv(t, id)
	if c.Journey.Asks != 1 || !c.Journey.RemindAt.Equal(j.now.Add(4*7*24*time.Hour)) || c.Next != "" {
		t.Fatalf("after not now: asks %d, remind at %v, next %q", c.Journey.Asks, c.Journey.RemindAt, c.Next)
	}
	ask := only(t, j.runTwice(t, c.Journey.RemindAt.Add(time.Minute)), "booking-ask1")
	if !strings.Contains(ask.to, "ana@example.com") || !strings.Contains(ask.cc, "tom@example.com") {
		t.Fatalf("the reminder goes to %q cc %q", ask.to, ask.cc)
	}
	contains(t, ask, "Time to book your next career conversation?")

	past := only(t, j.deliverTwice(t, "ana@example.com", ask.replyTo, "past@mail.example.com", "Book 1 June at 10:00\r\n"), "booking")
	contains(t, past, "nothing was booked")
	if past.cc != "" || j.conv(t, id).Next != "" {
		t.Fatalf("a past date: cc %q, next %q", past.cc, j.conv(t, id).Next)
	}

	sept := only(t, j.deliverTwice(t, "ana@example.com", ask.replyTo, "sept@mail.example.com", "Lieber im September.\r\n\r\nAna\r\n"), "booking")
	contains(t, sept, "How about")
	at := j.conv(t, id).Journey.NextAt.In(time.UTC)
	if at.Month() != time.September || at.Year() != 2027 || at.Weekday() == time.Saturday || at.Weekday() == time.Sunday {
		t.Fatalf("proposed %v, want a working day in September 2027", at)
	}
	only(t, j.deliverTwice(t, "ana@example.com", sept.replyTo, "oui@mail.example.com", "Oui, parfait.\r\n"), "booking")
	c = j.conv(t, id)
	if c.Next == "" || !j.conv(t, c.Next).MeetingStart.Equal(at) {
		t.Fatalf("next %q, want one on %v", c.Next, at)
	}
	// A second reminder is no longer due.
	if mails := j.runTwice(t, at.Add(-8*24*time.Hour)); len(mails) != 0 {
		t.Errorf("emails before the next prep: %v", mails)
	}
}

// The API's next and cycles refuse what they cannot do, with the usual codes.
func TestAPINextAndCyclesErrors(t *testing.T) {
	j := newJourney(t)
	planned := j.plan(t)
	status, created := j.apiKeep(t, "POST", "/conversations", strings.Replace(createBody, "2027-03-12T10:00:00", "2027-05-12T10:00:00", 1))
	if status != 201 {
		t.Fatalf("create: %d %v", status, created)
	}
	id := created["id"].(string) // a second one, its meeting ahead
	for _, tc := range []struct {
		method, path, body string
		want               int
	}{
		{"POST", "/conversations/" + id + "/next", "", 409},                        // the meeting is ahead
		{"POST", "/conversations/" + id + "/next", `{"meetingStart":"soon"}`, 400}, // not a time
		{"POST", "/conversations/" + id + "/next", `{"start":"2027-09-01T10:00:00Z"}`, 400},
		{"POST", "/conversations/abcdefghijklmnop/next", "", 404},
		{"GET", "/people/nobody%40example.com/cycles", "", 404},
		{"GET", "/people/not-an-address/cycles", "", 400},
		{"DELETE", "/people/ana%40example.com/cycles", "", 405},
	} {
		if status, body := j.apiKeep(t, tc.method, tc.path, tc.body); status != tc.want {
			t.Errorf("%s %s %s = %d %v, want %d", tc.method, tc.path, tc.body, status, body, tc.want)
		}
	}
	// After the meeting HR may start the next one at a date of its choosing, once.
	status, body := j.apiKeep(t, "POST", "/conversations/"+planned+"/next", `{"meetingStart":"2027-06-15T10:00:00+02:00"}`)
	if status != 201 || body["previousCycle"] != planned || body["meetingStart"] != "2027-06-15T08:00:00Z" {
		t.Fatalf("next: %d %v", status, body)
	}
	again, body2 := j.apiKeep(t, "POST", "/conversations/"+planned+"/next", `{"meetingStart":"2027-06-22T10:00:00+02:00"}`)
	if again != 200 || body2["id"] != body["id"] {
		t.Fatalf("next again: %d %v, want 200 with %v", again, body2, body["id"])
	}
}
