package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/smtp"
	"regexp"
	"sync"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/app"
)

// lockedBuffer is a bytes.Buffer safe to write from the server and read from the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// careerconv serve takes calendar invites by SMTP at the invite address: an
// invite creates the conversation, a moved one reschedules it, a cancelled one
// cancels it (each sent twice), and a stranger's creates nothing; checked
// through GET /conversations?employee=….
func TestServeInvitesBySMTP(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	out := &lockedBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--dir", t.TempDir(), "--http", "127.0.0.1:0", "--smtp", "127.0.0.1:0", "--invite-domains", "example.com"}, nil, out, io.Discard)
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	banner := regexp.MustCompile(`API +http://(\S+)/conversations\n +SMTP +(\S+) `)
	var m []string
	for deadline := time.Now().Add(20 * time.Second); m == nil; time.Sleep(20 * time.Millisecond) {
		if m = banner.FindStringSubmatch(out.String()); m == nil && time.Now().After(deadline) {
			t.Fatalf("serve did not start: %q", out.String())
		}
	}
	api, smtpAddr := m[1], m[2]

	sendTwice := func(inv sampleInvite) {
		t.Helper()
		raw, err := inv.render()
		if err != nil {
			t.Fatal(err)
		}
		for range 2 {
			if err := smtp.SendMail(smtpAddr, nil, "sam.patel@example.com", []string{app.LocalInviteAddress}, raw); err != nil {
				t.Fatalf("SMTP: %v", err)
			}
		}
	}
	list := func(employee string) []map[string]any {
		t.Helper()
		resp, err := http.Get("http://" + api + "/conversations?employee=" + employee)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var page struct{ Conversations []map[string]any }
		if err := json.NewDecoder(resp.Body).Decode(&page); err != nil || resp.StatusCode != 200 {
			t.Fatalf("list: %d %v", resp.StatusCode, err)
		}
		return page.Conversations
	}

	start := time.Now().UTC().Add(30 * 24 * time.Hour).Truncate(time.Hour)
	inv := sampleInvite{Method: "REQUEST", UID: "serve-smtp-test@google.com", Name: "Priya Nair", Email: "priya.nair@example.com", Start: start, Sent: time.Now()}
	sendTwice(inv)
	got := list("priya.nair@example.com")
	if len(got) != 1 || got[0]["meetingStart"] != start.Format(time.RFC3339) || got[0]["status"] != "scheduled" || got[0]["meetingMinutes"] != float64(45) {
		t.Fatalf("after the invite: %v", got)
	}
	inv.Sequence, inv.Start = 1, start.Add(7*24*time.Hour)
	sendTwice(inv)
	if got = list("priya.nair@example.com"); len(got) != 1 || got[0]["meetingStart"] != inv.Start.Format(time.RFC3339) || got[0]["generation"] != float64(2) {
		t.Fatalf("after the move: %v", got)
	}
	inv.Method, inv.Sequence = "CANCEL", 2
	sendTwice(inv)
	if got = list("priya.nair@example.com"); len(got) != 1 || got[0]["status"] != "cancelled" {
		t.Fatalf("after the cancellation: %v", got)
	}
	stranger := sampleInvite{Method: "REQUEST", UID: "serve-smtp-stranger@google.com", Name: "Friend", Email: "friend@elsewhere.example", Start: start, Sent: time.Now()}
	sendTwice(stranger)
	if got = list("friend@elsewhere.example"); len(got) != 0 {
		t.Errorf("an invite for an employee outside example.com created %v", got)
	}
}
