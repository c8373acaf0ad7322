package extract

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

// A command is a short reply whose first line is the command; the same words
// in an answer, a status or a sentence are not one.
func TestReadCommands(t *testing.T) {
	ref := time.Date(2027, 2, 20, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want []Command
	}{
		{"stop", []Command{{Name: "stop"}}},
		{"STOP!!", []Command{{Name: "stop"}}},
		{"Please stop", []Command{{Name: "stop"}}},
		{"Hi Tom,\n\nstop\n\nThanks\nAna", []Command{{Name: "stop"}}},
		{"Hilfe", []Command{{Name: "help"}}},
		{"?", []Command{{Name: "help"}}},
		{"pause until 10 March", []Command{{Name: "pause", Until: "2027-03-10"}}},
		{"pause until 10 March 2028", []Command{{Name: "pause", Until: "2028-03-10"}}},
		{"private 4", []Command{{Name: "private", Numbers: []int{4}}}},
		{"private: 4, 6 and 7", []Command{{Name: "private", Numbers: []int{4, 6, 7}}}},
		{"also me: <Maya.Ng@Example.com>", []Command{{Name: "alias", Address: "maya.ng@example.com"}}},
		{"also me: mailto:maya.ng@example.com", []Command{{Name: "alias", Address: "maya.ng@example.com"}}},
		{"I'd like to stop managing the on-call rota", nil},
		{"1. I'd like to stop managing the on-call rota", nil},
		{"stop\nI'd like to stop managing the on-call rota, it takes too long every week", nil},
		{"Stopping the rota is my goal", nil},
		{"skipped", nil},
		{"2 skipped", nil},
		{"private", nil},
		{"private life matters to me", nil},
		{"also me: Maya <maya.ng@example.com> and Ana", nil},
		{"also me", nil},
		{"help with the course", nil},
		{"Hilfestellung wäre gut", nil},
		{"pause the rota for a while until the budget is agreed by finance", nil},
		{"", nil},
		{"Hi Tom,", nil},
		{"Thanks\nstop", nil},
		{"stop\nThanks\nAna\nstop", nil},
		{"private 4\n4. I am leaving", nil},
		{"skip\ndrop 3", nil},
		{"stop\nwin: the migration", nil},
		{"pause until 10 March\n- one more thing", nil},
	}
	for _, c := range cases {
		got, ok := ReadCommands(c.text, ref)
		if !ok {
			got = nil
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("ReadCommands(%q) = %+v, %v; want %+v", c.text, got, ok, c.want)
		}
	}
}

// FuzzReadCommands: any text reads without panicking, a command reply holds
// only known commands, and a reply whose lines are all long is never one.
func FuzzReadCommands(f *testing.F) {
	for _, s := range []string{"stop", "Pause until 10 March", "privat: 4, 6", "also me: a@b.example", "Hi,\n\nskip\n\nAna", "1 done\n2 blocked"} {
		f.Add(s)
	}
	known := map[string]bool{"stop": true, "pause": true, "skip": true, "private": true, "help": true, "fewer": true, "all": true, "alias": true}
	ref := time.Date(2027, 2, 20, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		cmds, ok := ReadCommands(text, ref)
		if ok && len(cmds) == 0 {
			t.Fatalf("a command reply without commands: %q", text)
		}
		for _, c := range cmds {
			if !known[c.Name] {
				t.Fatalf("unknown command %q from %q", c.Name, text)
			}
		}
		long := strings.Repeat("words that make a sentence ", 3)
		if _, ok := ReadCommands(long+text, ref); ok && !strings.Contains(text, "\n") {
			t.Fatalf("a long line read as a command: %q", long+text)
		}
	})
}

// TestCollapseSpace checks collapseSpace against the regular expression it
// replaces, \s+ → " ".
func TestCollapseSpace(t *testing.T) {
	re := regexp.MustCompile(`\s+`)
	for _, s := range []string{"", " ", "a", "a b", "a  b", "a\tb", " a ", "a\r\n\fb", "a \u00a0 b", "\xff  \xfe", "pause  until\t10 march", "a\vb"} {
		if got, want := collapseSpace(s), re.ReplaceAllString(s, " "); got != want {
			t.Errorf("collapseSpace(%q) = %q, want %q", s, got, want)
		}
	}
}
