package mailparse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/extract"
	"github.com/careerconv/careerconv/pkg/mime"
)

// TestCommandCases reads every reply of testdata/commands (realistic replies
// from Gmail, Apple Mail on an iPhone, Outlook in text and HTML, Thunderbird;
// in English, German, French and Spanish) and compares the commands read with
// those the case's .json expects (null: not a command reply). The expected
// results were written before the reader ran on them.
func TestCommandCases(t *testing.T) {
	files, err := filepath.Glob("testdata/commands/*.eml")
	if err != nil || len(files) < 30 {
		t.Fatalf("%d command cases (%v), want at least 30", len(files), err)
	}
	pass := 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".eml")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var want struct {
				Commands []extract.Command `json:"commands"`
			}
			b, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			msg, err := mime.Parse(raw)
			if err != nil {
				t.Fatal(err)
			}
			r, err := ReadMessage(msg, conversation.ReplyCheckIn, ReadOptions{Now: msg.Date})
			if err != nil {
				t.Fatal(err)
			}
			got, ok := extract.ReadCommands(r.Text, msg.Date)
			if !ok {
				got = nil
			}
			if !reflect.DeepEqual(got, want.Commands) {
				g, _ := json.Marshal(got)
				w, _ := json.Marshal(want.Commands)
				t.Errorf("read %s from\n%s\nwant %s", g, r.Text, w)
				return
			}
			pass++
		})
	}
	t.Logf("%d of %d command cases read as expected", pass, len(files))
}
