package assistant

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mailparse"
)

// The adjustment and record replies of testdata/adjustments.json, as their
// clients send them, are read into exactly the commands written there.
func TestReadCommands(t *testing.T) {
	b, err := os.ReadFile("testdata/adjustments.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name string
		Body string
		Want []struct {
			Op, Text, Due, Kind string
			Step                int
		}
	}
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	now := time.Date(2027, 3, 12, 11, 0, 0, 0, time.UTC)
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			raw := fmt.Sprintf("From: ana@example.com\r\nTo: reply@reply.example.com\r\nSubject: Re: Your career steps with Tom\r\n"+
				"Date: Fri, 12 Mar 2027 18:00:00 +0100\r\nMessage-ID: <x@example.com>\r\nMIME-Version: 1.0\r\n"+
				"Content-Type: text/plain; charset=utf-8\r\n\r\n%s", tc.Body)
			reply, err := mailparse.Read([]byte(raw), conversation.ReplyCheckIn, nil, now)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := readCommands(reply.Text, now)
			if len(got) != len(tc.Want) {
				t.Fatalf("read %d commands %+v, want %d %+v (text %q)", len(got), got, len(tc.Want), tc.Want, reply.Text)
			}
			for i, w := range tc.Want {
				g := got[i]
				if string(g.op) != w.Op || g.step != w.Step || g.text != w.Text || g.due != w.Due || string(g.kind) != w.Kind {
					t.Errorf("command %d = %+v, want %+v", i+1, g, w)
				}
			}
		})
	}
}
