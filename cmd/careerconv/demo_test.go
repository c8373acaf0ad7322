package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"

	"github.com/careerconv/careerconv/pkg/app"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/outbox"
)

// TestLifecycle runs the demo — every job and every reply delivered twice — and
// checks what was stored and that each email went out exactly once, to the right
// people, as valid MIME with a text and an HTML part.
func TestLifecycle(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"demo", "--dir", dir}, nil, &out, &errOut); err != nil {
		t.Fatalf("demo: %v\n%s\n%s", err, out.String(), errOut.String())
	}
	t.Log(out.String())

	l, err := app.NewLocal(dir, app.LocalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	page, err := l.Assistant.List(context.Background(), conversation.ListQuery{Employee: "jane.doe@example.com"})
	if err != nil || len(page.Conversations) != 2 {
		t.Fatalf("list = %v, %v; want the first cycle and the next", page.Conversations, err)
	}
	c, next := page.Conversations[0], page.Conversations[1]
	if c.Status != conversation.StatusCompleted {
		t.Errorf("status = %s, want completed", c.Status)
	}
	if c.Next != next.ID || next.Previous != c.ID || next.Status != conversation.StatusScheduled ||
		next.MeetingStart.Format(time.RFC3339) != "2027-07-15T13:00:00Z" {
		t.Errorf("next cycle %s (previous %s, %s, meeting %s), want linked, scheduled three months after the review at the meeting's time",
			next.ID, next.Previous, next.Status, next.MeetingStart)
	}
	if c.CV == nil || c.CV.Type != "application/pdf" || len(c.Journey.Record) != 1 || len(c.Journey.Feedback) != 1 {
		t.Errorf("CV %+v, %d record entries, %d feedback; want the PDF, 1, 1", c.CV, len(c.Journey.Record), len(c.Journey.Feedback))
	}
	wantAnswers := map[int]string{
		1: "tech lead role is realistic within a year",
		2: "I don't want to lose hands-on coding.",
		3: "bringing three teams together",
		4: "Manchester office two days a week.",
		6: "relationships with the product managers.",
		7: "mentor the two new graduates.",
	}
	if len(c.Answers) != len(wantAnswers) {
		t.Errorf("answers = %+v, want questions 1, 2, 3, 4, 6, 7", c.Answers)
	}
	for n, want := range wantAnswers {
		a, ok := c.Answer(n)
		if !ok || !strings.Contains(a.Text, want) || strings.Contains(a.Text, "Jane") || strings.HasPrefix(a.Text, strconv.Itoa(n)) {
			t.Errorf("answer %d = %q, want it to contain %q without number or sign-off", n, a.Text, want)
		}
	}
	wantSteps := []struct{ text, due string }{
		{"Shadow Priya’s sprint planning for the platform squad", "2027-01-31"},
		{"Take the internal “Leading technical teams” course", "2027-02-25"},
		{"Start fortnightly 1:1s with the two graduates", "2027-02"},
		{"Present the platform migration at the data guild", "2027-03-31"}, // added by reply to the plan
	}
	if len(c.Steps) != len(wantSteps) {
		t.Fatalf("steps = %+v, want %d", c.Steps, len(wantSteps))
	}
	for i, w := range wantSteps {
		s := c.Steps[i]
		if !strings.Contains(s.Text, w.text) || !strings.HasPrefix(s.Due, w.due) {
			t.Errorf("step %d = %q due %q, want %q due %s…", i+1, s.Text, s.Due, w.text, w.due)
		}
	}
	wantStatus := []conversation.StepStatus{conversation.StepDone, conversation.StepDone, conversation.StepBlocked, conversation.StepNotStarted}
	wantNotes := []int{3, 3, 3, 0}
	for i, s := range c.Steps {
		if s.Status != wantStatus[i] || len(s.Progress) != wantNotes[i] {
			t.Errorf("step %d: status %s with %d progress notes, want %s with %d", i+1, s.Status, len(s.Progress), wantStatus[i], wantNotes[i])
		}
	}
	if n := c.Steps[2].Progress[2].Note; !strings.Contains(n, "moved to another team") {
		t.Errorf("last note on step 3 = %q", n)
	}

	files, err := outbox.List(filepath.Join(dir, "outbox"))
	if err != nil {
		t.Fatal(err)
	}
	count, fromInvite := map[string]int{}, map[string]int{}
	for _, f := range files {
		name, to, cc := checkEmail(t, f)
		// Sam's calendar invite for Priya: his confirmations, and her prep.
		if strings.HasPrefix(name, "invite-") {
			fromInvite[name[:strings.LastIndexByte(name, '-')]+" to "+to]++
			continue
		}
		if to == "priya.nair@example.com" {
			fromInvite[name+" to "+to]++
			continue
		}
		kind, _, _ := strings.Cut(name, "-")
		kind = strings.TrimRight(kind, "0123456789")
		count[kind]++
		wantTo, wantCc := "jane.doe@example.com", ""
		switch kind {
		case "preread", "moved": // the pre-read; the note on what a check-in reply moved
			wantTo = "sam.patel@example.com"
		case "wrapup", "plan", "review", "adjusted", "feedback", "booking":
			wantCc = "sam.patel@example.com"
		}
		if to != wantTo || cc != wantCc {
			t.Errorf("%s: To %q Cc %q, want To %q Cc %q", name, to, cc, wantTo, wantCc)
		}
	}
	// Two cycles: the second's prep, nudge and pre-read; the first's whole journey.
	want := map[string]int{"prep": 2, "receipt": 2, "nudge": 1, "preread": 2, "wrapup": 1, "plan": 1, "adjusted": 1, "checkin": 3, "progress": 3,
		"recorded": 1, "moved": 3, "feedback": 1, "review": 1, "booking": 1}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%d %s emails, want %d (all: %v)", count[k], k, n, count)
		}
	}
	if len(count) != len(want) {
		t.Errorf("emails sent: %v, want exactly %v", count, want)
	}
	// Created, moved (so the prep came at the new time, 7 days before 28 January)
	// and cancelled before the nudge: each confirmed once; Priya, who had the
	// prep, is told of the cancellation.
	wantInvite := map[string]int{
		"invite-created to sam.patel@example.com": 1, "invite-rescheduled to sam.patel@example.com": 1,
		"invite-cancelled to sam.patel@example.com": 1, "prep to priya.nair@example.com": 1,
		"cancelled-employee to priya.nair@example.com": 1,
	}
	if fmt.Sprint(fromInvite) != fmt.Sprint(wantInvite) {
		t.Errorf("emails of the invited conversation: %v, want %v", fromInvite, wantInvite)
	}
	page, err = l.Assistant.List(context.Background(), conversation.ListQuery{Employee: "priya.nair@example.com"})
	if err != nil || len(page.Conversations) != 1 {
		t.Fatalf("Priya's conversations: %v, %v", page.Conversations, err)
	}
	if p := page.Conversations[0]; p.Status != conversation.StatusCancelled || p.Manager.Email != "sam.patel@example.com" ||
		p.MeetingStart.Format(time.RFC3339) != "2027-01-28T11:00:00Z" || p.MeetingMinutes != 45 || p.Generation != 3 {
		t.Errorf("Priya's conversation: %s, manager %s, meeting %s for %d min, generation %d", p.Status, p.Manager.Email, p.MeetingStart, p.MeetingMinutes, p.Generation)
	}
}

// checkEmail parses one sent email with a real MIME reader and returns its
// careerconv name and recipients; it fails the test unless the email has a
// text/plain and a text/html part.
func checkEmail(t *testing.T, path string) (name, to, cc string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := mail.CreateReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	name = r.Header.Get("X-Careerconv-Email")
	addrs := func(key string) string {
		list, _ := r.Header.AddressList(key)
		s := make([]string, len(list))
		for i, a := range list {
			s[i] = a.Address
		}
		return strings.Join(s, ",")
	}
	to, cc = addrs("To"), addrs("Cc")
	for _, h := range []string{"Date", "Message-Id", "From", "Subject"} {
		if r.Header.Get(h) == "" {
			t.Errorf("%s: no %s header", name, h)
		}
	}
	types := map[string]bool{}
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var ct string
		if h, ok := p.Header.(*mail.InlineHeader); ok {
			ct, _, _ = h.ContentType()
		} else if h, ok := p.Header.(*mail.AttachmentHeader); ok {
			ct, _, _ = h.ContentType()
		}
		body, _ := io.ReadAll(p.Body)
		if len(bytes.TrimSpace(body)) == 0 {
			t.Errorf("%s: empty %s part", name, ct)
		}
		types[ct] = true
	}
	if !types["text/plain"] || !types["text/html"] {
		t.Errorf("%s: parts %v, want text/plain and text/html", name, types)
	}
	return name, to, cc
}

// TestDemoConfidential runs the demo with a trace of every API response and
// every log line (debug level and up) and finds none of the demo's content in
// it or in stderr: answers, notes, steps, wins, the manager's feedback, the
// CV's bytes and name. The second cycle's prep and pre-read do show the first.
func TestDemoConfidential(t *testing.T) {
	dir := t.TempDir()
	trace := filepath.Join(dir, "trace.log")
	var out, errOut bytes.Buffer
	if err := run(context.Background(), []string{"demo", "--dir", dir, "--trace", trace}, nil, &out, &errOut); err != nil {
		t.Fatalf("demo: %v\n%s", err, errOut.String())
	}
	data, err := os.ReadFile(trace)
	if err != nil {
		t.Fatal(err)
	}
	seen := string(data) + errOut.String()
	if !strings.Contains(seen, "GET /people/jane.doe@example.com/cycles 200") || !strings.Contains(seen, `"msg":"sent"`) {
		t.Fatalf("the trace lacks the API's answers or the log:\n%.2000s", seen)
	}
	content := []string{
		// answers and notes of the prep reply
		"tech lead role", "hands-on coding", "three teams together", "Manchester office", "product managers", "two new graduates",
		// the steps, the step added by reply, the progress notes
		"sprint planning", "Leading technical teams", "fortnightly 1:1s", "data guild", "generous with her time", "February cohort", "moved to another team",
		// the win, Sam's help, the CV
		"run the next planning session", demoHelp[:30], demoCVTitle, "Jane Doe - CV", "/Catalog",
	}
	for _, c := range content {
		if strings.Contains(seen, c) {
			t.Errorf("an API response or log line holds %q", c)
		}
	}
	for _, want := range []string{"Last time (Thu 14 Jan), and what you did since:", "Last time (Thu 14 Jan 2027): Jane's goal, steps and record:", "win: Priya asked me to run the next planning session myself"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the demo does not show %q", want)
		}
	}
}
