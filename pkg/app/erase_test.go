package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// DELETE /people/{email} erases as the Function URL delivers it (percent-encoded),
// with the raw copies of the messages received; a second erase, or one matching
// nothing, is 404; a malformed address or escape is 400.
func TestErasePerson(t *testing.T) {
	f := newFixture(t)
	id := f.create(t)
	f.advance(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC))
	addr := f.replyAddress(t, "prep")
	if _, err := f.Deliver(context.Background(), rawReply("ana@example.com", addr, "r1@x", "1. Lead the team.")); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Deliver(context.Background(), rawReply("mallory@example.com", addr, "r2@x", "1. Forged.")); err == nil {
		t.Fatal("forged reply accepted")
	}
	inbox := filepath.Join(f.Dir, "inbox")
	if files, _ := filepath.Glob(filepath.Join(inbox, "*.eml")); len(files) != 2 {
		t.Fatalf("%d messages in the inbox, want 2", len(files))
	}
	for _, tc := range []struct {
		path string
		want int
	}{
		{"/people/not-an-address", 400},
		{"/people/ana%zz", 400},
		{"/people/Ana%40Example.com", 200},
		{"/people/ana%40example.com", 404},
		{"/conversations/" + id, 404},
	} {
		if status, body := f.api(t, "DELETE", tc.path, ""); status != tc.want {
			t.Errorf("DELETE %s = %d %v, want %d", tc.path, status, body, tc.want)
		}
	}
	if status, _ := f.api(t, "GET", "/conversations/"+id, ""); status != 404 {
		t.Errorf("GET after erase = %d, want 404", status)
	}
	files, err := os.ReadDir(inbox)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 0 {
		t.Errorf("%d raw messages left in the inbox after erasure", len(files))
	}
}

// The local mailer bounces SES's simulator address as SES does, so the whole path
// can be tried: the participant is marked undeliverable and the API shows it.
func TestLocalBounce(t *testing.T) {
	f := newFixture(t)
	body := strings.Replace(createBody, "ana@example.com", "bounce@simulator.amazonses.com", 1)
	status, created := f.api(t, "POST", "/conversations", body)
	if status != 201 {
		t.Fatalf("create: %d %v", status, created)
	}
	f.advance(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC))
	_, got := f.api(t, "GET", "/conversations/"+created["id"].(string), "")
	emp, _ := got["employee"].(map[string]any)
	if why, _ := emp["undeliverable"].(string); !strings.Contains(why, "bounced") {
		t.Errorf("employee undeliverable = %q, want the bounce", why)
	}
	if sent := f.sent(t); len(sent) != 0 {
		t.Errorf("sent %v to a bouncing address", sent)
	}
}
