package mailcompose

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/emersion/go-ical"
	"github.com/emersion/go-message"
)

// icsFile is one calendar attachment, raw and decoded.
type icsFile struct {
	name, method string
	raw          []byte
	cal          *ical.Calendar
}

// calendarsOf returns the calendar attachments of e, checking what every one
// needs: lines folded at 75 octets, CRLF, the method in the Content-Type.
func calendarsOf(tb testing.TB, e conversation.Email) []icsFile {
	tb.Helper()
	m, err := message.Read(bytes.NewReader(e.Raw))
	if err != nil {
		tb.Fatal(err)
	}
	var out []icsFile
	err = m.Walk(func(path []int, part *message.Entity, err error) error {
		if err != nil {
			return err
		}
		typ, params, _ := part.Header.ContentType()
		if typ != "text/calendar" {
			return nil
		}
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(part.Body); err != nil {
			return err
		}
		_, dp, _ := part.Header.ContentDisposition()
		f := icsFile{name: dp["filename"], method: params["method"], raw: buf.Bytes()}
		for i, line := range strings.Split(strings.TrimSuffix(buf.String(), "\r\n"), "\r\n") {
			if len(line) > maxLineOctets {
				tb.Errorf("%s line %d has %d octets, want at most %d (folded): %q", f.name, i+1, len(line), maxLineOctets, line)
			}
			if !utf8.ValidString(line) {
				tb.Errorf("%s line %d splits a UTF-8 sequence: %q", f.name, i+1, line)
			}
		}
		if strings.Contains(strings.ReplaceAll(buf.String(), "\r\n", ""), "\n") {
			tb.Errorf("%s has a bare LF", f.name)
		}
		if f.cal, err = ical.NewDecoder(bytes.NewReader(buf.Bytes())).Decode(); err != nil {
			return fmt.Errorf("decode %s: %w", f.name, err)
		}
		out = append(out, f)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

type icsEvent struct {
	UID, Summary, Description, Status string
	Sequence                          int
	Start                             time.Time
}

func eventsOf(tb testing.TB, cal *ical.Calendar) []icsEvent {
	tb.Helper()
	var out []icsEvent
	for _, ev := range cal.Events() {
		var e icsEvent
		e.UID, _ = ev.Props.Text(ical.PropUID)
		e.Summary, _ = ev.Props.Text(ical.PropSummary)
		e.Description, _ = ev.Props.Text(ical.PropDescription)
		e.Status, _ = ev.Props.Text(ical.PropStatus)
		if p := ev.Props.Get(ical.PropSequence); p != nil {
			fmt.Sscan(p.Value, &e.Sequence)
		}
		e.Start, _ = ev.DateTimeStart(time.UTC)
		out = append(out, e)
	}
	return out
}

func TestPlanCalendars(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	conv.Steps[1].Text = "Talk to Priya about the data guild and ask whether the guild's reading group on distributed systems would take someone new – Łódź office included"
	e, err := c.Plan(conv, testCheckIns, nil, testReplyTo, answered, testNow)
	if err != nil {
		t.Fatal(err)
	}
	files := calendarsOf(t, e)
	if len(files) != 2 || files[0].name != "check-ins-alice.ics" || files[1].name != "check-ins-bob.ics" {
		t.Fatalf("calendar files %v, want check-ins-alice.ics and check-ins-bob.ics", files)
	}
	uids := map[string]bool{}
	for i, f := range files {
		if f.method != "PUBLISH" {
			t.Errorf("%s method %q, want PUBLISH", f.name, f.method)
		}
		evs := eventsOf(t, f.cal)
		if len(evs) != 3 {
			t.Fatalf("%s has %d events, want 3", f.name, len(evs))
		}
		for n, ev := range evs {
			uids[ev.UID] = true
			if !ev.Start.Equal(testCheckIns[n]) {
				t.Errorf("%s event %d starts %v, want %v", f.name, n+1, ev.Start, testCheckIns[n])
			}
			if ev.Sequence != conv.Generation {
				t.Errorf("%s event %d SEQUENCE %d, want the generation %d", f.name, n+1, ev.Sequence, conv.Generation)
			}
			wantContains(t, "description", ev.Description, "1. Shadow the product team for two weeks (by 28 Feb 2027)", "Łódź office included")
			if i == 0 {
				wantContains(t, "employee's summary", ev.Summary, fmt.Sprintf("Career check-in %d of 3: how are your steps going?", n+1))
				wantContains(t, "employee's description", ev.Description, "careerconv emails you this morning", "Your steps, agreed with Bob:")
			} else {
				wantContains(t, "manager's summary", ev.Summary, fmt.Sprintf("Alice's career check-in %d of 3", n+1))
				wantContains(t, "manager's description", ev.Description, "careerconv asks Alice this morning how the steps you agreed are going", "Alice's steps:")
			}
		}
	}
	if len(uids) != 6 {
		t.Errorf("want 6 distinct UIDs, have %v", uids)
	}

	// A corrected plan after the first was sent: same UIDs, a higher SEQUENCE.
	conv.Record(conversation.Event{At: testNow, Kind: conversation.EventSent, Email: "plan-" + shortHash(answered.MessageID), To: "alice@example.com, bob@example.com"})
	conv.Steps = conv.Steps[:1]
	e2, err := c.Plan(conv, testCheckIns, nil, testReplyTo, conversation.Thread{MessageID: "second@client.example"}, testNow.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range calendarsOf(t, e2) {
		for _, ev := range eventsOf(t, f.cal) {
			if !uids[ev.UID] {
				t.Errorf("corrected plan has a new UID %q", ev.UID)
			}
			if ev.Sequence != conv.Generation+1 {
				t.Errorf("corrected plan SEQUENCE %d, want %d", ev.Sequence, conv.Generation+1)
			}
		}
	}
}

// TestCancelledCalendar checks that a cancellation removes the same events:
// METHOD:CANCEL, the plan's UIDs, STATUS:CANCELLED, a higher SEQUENCE.
func TestCancelledCalendar(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	plan, err := c.Plan(conv, testCheckIns, nil, testReplyTo, answered, testNow)
	if err != nil {
		t.Fatal(err)
	}
	planned := map[string]int{}
	for _, f := range calendarsOf(t, plan) {
		for _, ev := range eventsOf(t, f.cal) {
			planned[ev.UID] = ev.Sequence
		}
	}
	conv.Record(conversation.Event{At: testNow, Kind: conversation.EventSent, Email: "plan-0123456789", To: "alice@example.com, bob@example.com"})
	conv.Status = conversation.StatusCancelled
	for _, to := range []conversation.Participant{conv.Employee, conv.Manager} {
		e, err := c.Cancelled(conv, to, testCheckIns, testReplyTo, testNow.Add(24*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		files := calendarsOf(t, e)
		if len(files) != 1 {
			t.Fatalf("cancellation to %s has %d calendars, want the recipient's one", to.Email, len(files))
		}
		if files[0].method != "CANCEL" {
			t.Errorf("method %q, want CANCEL", files[0].method)
		}
		for _, ev := range eventsOf(t, files[0].cal) {
			seq, ok := planned[ev.UID]
			if !ok {
				t.Errorf("cancelled UID %q was not in the plan", ev.UID)
			}
			if ev.Sequence <= seq {
				t.Errorf("cancel SEQUENCE %d, want above the plan's %d", ev.Sequence, seq)
			}
			if ev.Status != "CANCELLED" {
				t.Errorf("STATUS %q, want CANCELLED", ev.Status)
			}
		}
		p := parse(t, e)
		wantContains(t, "text", p.Text, "is cancelled", "removes the check-ins")
	}
}

// TestCalendarNameWithQuotes: a double quote cannot stand in a CN parameter; a
// name holding one is written with apostrophes instead of failing the email.
func TestCalendarNameWithQuotes(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	conv.Manager.Name = `Bob "The Boss" Manager`
	conv.Status = conversation.StatusCancelled
	e, err := c.Cancelled(conv, conv.Manager, testCheckIns, testReplyTo, testNow)
	if err != nil {
		t.Fatal(err)
	}
	files := calendarsOf(t, e)
	if len(files) != 1 {
		t.Fatalf("%d calendars, want 1", len(files))
	}
	for _, ev := range files[0].cal.Events() {
		att := ev.Props.Get(ical.PropAttendee)
		if att == nil || att.Params.Get(ical.ParamCommonName) != "Bob 'The Boss' Manager" {
			t.Errorf("attendee %+v, want the CN Bob 'The Boss' Manager", att)
		}
	}
}

func TestFoldLines(t *testing.T) {
	long := "DESCRIPTION:" + strings.Repeat("Łódź ", 40)
	out := string(foldLines([]byte("BEGIN:VCALENDAR\r\n" + long + "\r\nEND:VCALENDAR\r\n")))
	for _, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		if len(line) > maxLineOctets || !utf8.ValidString(line) {
			t.Errorf("line %q: %d octets, valid UTF-8 %v", line, len(line), utf8.ValidString(line))
		}
	}
	if got := strings.ReplaceAll(out, "\r\n ", ""); got != "BEGIN:VCALENDAR\r\n"+long+"\r\nEND:VCALENDAR\r\n" {
		t.Errorf("unfolding does not give back the input:\n%q", got)
	}
}

// peerScript parses calendar files with Python's icalendar (a second, independent
// implementation) and prints what it read as JSON.
const peerScript = `
import json, sys
import icalendar
out = []
for path in sys.argv[1:]:
    cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
    evs = []
    for ev in cal.walk('VEVENT'):
        evs.append({'uid': str(ev['UID']), 'sequence': int(ev['SEQUENCE']), 'summary': str(ev['SUMMARY']),
                    'description': str(ev['DESCRIPTION']), 'status': str(ev.get('STATUS', '')),
                    'start': ev.decoded('DTSTART').isoformat()})
    out.append({'method': str(cal['METHOD']), 'events': evs})
print(json.dumps(out))
`

// pythonICalendar finds a Python with the icalendar module (Debian's
// python3-icalendar). Outside CI a missing one skips; under CI=true it fails.
func pythonICalendar(tb testing.TB) string {
	tb.Helper()
	for _, py := range []string{"/usr/bin/python3", "python3"} {
		if p, err := exec.LookPath(py); err == nil && exec.Command(p, "-c", "import icalendar").Run() == nil {
			return p
		}
	}
	msg := "python3 with icalendar not found; install it with: apt-get update && apt-get install -y python3-icalendar"
	if os.Getenv("CI") == "true" {
		tb.Fatal(msg)
	}
	tb.Skip(msg)
	return ""
}

// TestCalendarsPeerParser reads the plan's and the cancellation's calendars with
// Python's icalendar and checks it sees what go-ical sees: long folded texts come
// back whole, the methods, UIDs, sequences and statuses match.
func TestCalendarsPeerParser(t *testing.T) {
	py := pythonICalendar(t)
	c, conv := newComposer(t, false), fixture(t)
	conv.Steps[0].Text = strings.Repeat("Shadow the product team on Tuesdays – café chats included; ", 4)
	plan, err := c.Plan(conv, testCheckIns, nil, testReplyTo, answered, testNow)
	if err != nil {
		t.Fatal(err)
	}
	conv.Record(conversation.Event{At: testNow, Kind: conversation.EventSent, Email: "plan-0123456789", To: "alice@example.com, bob@example.com"})
	conv.Status = conversation.StatusCancelled
	cancel, err := c.Cancelled(conv, conv.Manager, testCheckIns, "", testNow.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	files := append(calendarsOf(t, plan), calendarsOf(t, cancel)...)
	dir := t.TempDir()
	var paths []string
	for i, f := range files {
		p := filepath.Join(dir, fmt.Sprintf("%d-%s", i, f.name))
		if err := os.WriteFile(p, f.raw, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	out, err := exec.Command(py, append([]string{"-c", peerScript}, paths...)...).Output()
	if err != nil {
		t.Fatalf("python icalendar: %v", err)
	}
	var peer []struct {
		Method string
		Events []struct {
			UID, Summary, Description, Status, Start string
			Sequence                                 int
		}
	}
	if err := json.Unmarshal(out, &peer); err != nil {
		t.Fatalf("python output %s: %v", out, err)
	}
	if len(peer) != len(files) {
		t.Fatalf("python read %d calendars, want %d", len(peer), len(files))
	}
	methods := []string{}
	for i, f := range files {
		methods = append(methods, peer[i].Method)
		if peer[i].Method != f.method {
			t.Errorf("%s: python reads METHOD %q, want %q", f.name, peer[i].Method, f.method)
		}
		ours := eventsOf(t, f.cal)
		if len(peer[i].Events) != len(ours) {
			t.Fatalf("%s: python reads %d events, go-ical %d", f.name, len(peer[i].Events), len(ours))
		}
		for j, ev := range peer[i].Events {
			o := ours[j]
			start, err := time.Parse(time.RFC3339, ev.Start)
			if ev.UID != o.UID || ev.Sequence != o.Sequence || ev.Summary != o.Summary || ev.Description != o.Description || ev.Status != o.Status || err != nil || !start.Equal(o.Start) {
				t.Errorf("%s event %d: python reads %+v, go-ical %+v", f.name, j+1, ev, o)
			}
		}
	}
	if !slices.Equal(methods, []string{"PUBLISH", "PUBLISH", "CANCEL"}) {
		t.Errorf("methods %v, want PUBLISH, PUBLISH, CANCEL", methods)
	}
	if !strings.Contains(peer[0].Events[0].Description, conv.Steps[0].Text[:100]) {
		t.Errorf("the long step did not survive folding: %q", peer[0].Events[0].Description)
	}
}
