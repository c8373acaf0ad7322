package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/app"
	"github.com/careerconv/careerconv/pkg/remote"
)

func TestReplyCommand(t *testing.T) {
	const prep = "From: Jane Doe <Jane.Doe@example.com>\r\nTo: reply+x@reply.example.com\r\nSubject: Re: prep\r\n" +
		"Date: Tue, 12 Jan 2027 19:00:00 +0000\r\nMessage-ID: <a@b>\r\n\r\n1. A promotion path.\r\n\r\n3) The launch.\r\n\r\nThanks,\r\nJane\r\n"
	const steps = "From: jane@example.com\r\nTo: reply+x@reply.example.com\r\nSubject: Re\r\nDate: Tue, 12 Jan 2027 19:00:00 +0000\r\n\r\n- Shadow sprint planning by end of January\r\n- Read the book in 6 weeks\r\n"
	tests := []struct {
		name, kind, in string
		check          func(t *testing.T, out map[string]any)
	}{
		{"prep", "prep", prep, func(t *testing.T, out map[string]any) {
			ans, _ := out["answers"].(map[string]any)
			if out["from"] != "jane.doe@example.com" || ans["1"] != "A promotion path." || ans["3"] != "The launch." || len(ans) != 2 {
				t.Errorf("output = %v", out)
			}
		}},
		{"steps", "steps", steps, func(t *testing.T, out map[string]any) {
			s, _ := out["steps"].([]any)
			if len(s) != 2 || s[0].(map[string]any)["due"] != "2027-01-31" || s[1].(map[string]any)["due"] != "2027-02-23" {
				t.Errorf("steps = %v", out["steps"])
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if err := run(context.Background(), []string{"reply", "--kind", tt.kind}, strings.NewReader(tt.in), &out, &errOut); err != nil {
				t.Fatalf("reply: %v %s", err, errOut.String())
			}
			var m map[string]any
			if err := json.Unmarshal(out.Bytes(), &m); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, out.String())
			}
			tt.check(t, m)
		})
	}
}

func TestReplyCommandRefuses(t *testing.T) {
	for name, args := range map[string]struct {
		args []string
		in   string
	}{
		"not a message": {[]string{"reply", "--kind", "prep"}, "hello there, no headers at all"},
		"empty":         {[]string{"reply", "--kind", "prep"}, ""},
		"bad kind":      {[]string{"reply", "--kind", "party"}, "From: a@b.c\r\n\r\nx"},
		"bad now":       {[]string{"reply", "--kind", "steps", "--now", "tomorrow"}, "From: a@b.c\r\n\r\nx"},
		"unknown cmd":   {[]string{"frobnicate"}, ""},
	} {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			err := run(context.Background(), args.args, strings.NewReader(args.in), &out, &errOut)
			var ee *exitError
			if !errors.As(err, &ee) || ee.code != 2 {
				t.Fatalf("err = %v, want exit 2", err)
			}
			if strings.Contains(ee.msg, "\n") {
				t.Errorf("error %q is not one line", ee.msg)
			}
		})
	}
}

// The local HTTP API turns requests into Function URL events and back.
func TestServeHTTP(t *testing.T) {
	l, err := app.NewLocal(t.TempDir(), app.LocalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	srv := httptest.NewServer(remote.FunctionURL(l.ServeAPI))
	defer srv.Close()
	body := `{"employee":{"name":"Jane","email":"jane@example.com","timeZone":"Europe/London"},
		"manager":{"name":"Sam","email":"sam@example.com","timeZone":"Europe/London"},"meetingStart":"2099-01-14T14:00:00Z"}`
	resp, err := http.Post(srv.URL+"/conversations", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 201 || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("create: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	resp, err = http.Get(srv.URL + "/conversations?manager=sam@example.com")
	if err != nil {
		t.Fatal(err)
	}
	var page struct{ Conversations []map[string]any }
	_ = json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if resp.StatusCode != 200 || len(page.Conversations) != 1 {
		t.Fatalf("list: %d %v", resp.StatusCode, page)
	}
	resp, err = http.Post(srv.URL+"/conversations", "application/json", strings.NewReader(`{"employee":{}}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 400 {
		t.Errorf("bad create: %d, want 400", resp.StatusCode)
	}
}
