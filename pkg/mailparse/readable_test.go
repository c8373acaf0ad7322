package mailparse

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestReadable(t *testing.T) {
	short := "1. yes\n2. no\n"
	if got := readable(short); got != short {
		t.Errorf("readable(short) = %q, want it unchanged", got)
	}
	long := strings.Repeat("é", MaxLineBytes) + "\n2. no\n" // a 2×MaxLineBytes line
	got := readable(long)
	first, rest, _ := strings.Cut(got, "\n")
	if len(first) > MaxLineBytes || !utf8.ValidString(first) || rest != "2. no\n" {
		t.Errorf("long line: first line %d bytes (valid %v), rest %q", len(first), utf8.ValidString(first), rest)
	}
	huge := strings.Repeat("some words on a line\n", 2*MaxReadBytes/21)
	if got := readable(huge); len(got) > MaxReadBytes || !strings.HasSuffix(got, "\n") || !strings.HasPrefix(huge, got) {
		t.Errorf("huge body: %d bytes read, want at most %d ending at a line end", len(got), MaxReadBytes)
	}
}

// A long step keeps its trailing due date although only its end is searched.
func TestSplitDueLongStep(t *testing.T) {
	ref := time.Date(2027, 1, 12, 0, 0, 0, 0, time.UTC)
	text := strings.Repeat("talk to people in the platform team about it, ", 20) + "by 15 March"
	head, due := splitDue(text, ref, orderUnknown)
	if due == nil || *due != "2027-03-15" || strings.Contains(head, "March") {
		t.Errorf("splitDue = %q, %v; want the date read and cut", head[len(head)-40:], due)
	}
}

// A huge HTML body is rendered from its start only: what the sender wrote is kept.
func TestParseHugeHTML(t *testing.T) {
	body := "<p>1. My answer.</p>" + strings.Repeat("<div>padding</div>", MaxHTMLBytes/16)
	raw := "From: a@example.com\r\nTo: b@example.com\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(m.Text, "1. My answer.") || len(m.Text) > MaxHTMLBytes {
		t.Errorf("text starts %q and has %d bytes; want the answer first and at most %d bytes", m.Text[:20], len(m.Text), MaxHTMLBytes)
	}
}

func TestParseAutomatic(t *testing.T) {
	for hdr, want := range map[string]string{
		"":                                 "",
		"Auto-Submitted: no\r\n":           "",
		"Auto-Submitted: auto-replied\r\n": "Auto-Submitted: auto-replied",
		"X-Autoreply: yes\r\n":             "auto-responder header",
		"Precedence: bulk\r\n":             "Precedence: bulk",
	} {
		m, err := Parse([]byte("From: a@example.com\r\n" + hdr + "\r\nI am away.\r\n"))
		if err != nil || m.Automatic != want {
			t.Errorf("headers %q: Automatic = %q, %v; want %q", hdr, m.Automatic, err, want)
		}
	}
}
