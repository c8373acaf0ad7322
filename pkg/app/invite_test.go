package app

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/scheduler"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

// outlookInvite writes an invite as Outlook desktop sends it: multipart/alternative
// with a base64 text/calendar; method=… part, the time in a Windows zone with its
// VTIMEZONE. start is the wall-clock time in "W. Europe Standard Time".
func outlookInvite(method string, seq int, start, organizer, employee, to string) []byte {
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
		"BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
		"BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
		"BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
		"END:VTIMEZONE",
		"BEGIN:VEVENT",
		"ORGANIZER;CN=Maria Manager:mailto:" + organizer,
		"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Alex Employee:mailto:" + employee,
		"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=" + to + ":mailto:" + to,
		"UID:040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DB01000000000000000010000000AA",
		"SUMMARY;LANGUAGE=en-US:Career conversation",
		"DTSTART;TZID=W. Europe Standard Time:" + start,
		"DURATION:PT1H",
		fmt.Sprintf("SEQUENCE:%d", seq), "DTSTAMP:20270301T080000Z", "STATUS:CONFIRMED",
		"END:VEVENT", "END:VCALENDAR", "",
	}, "\r\n")
	b64 := base64.StdEncoding.EncodeToString([]byte(ics))
	var lines []string
	for len(b64) > 76 {
		lines, b64 = append(lines, b64[:76]), b64[76:]
	}
	lines = append(lines, b64)
	return []byte(strings.ReplaceAll(fmt.Sprintf(`From: Maria Manager <%s>
To: Alex Employee <%s>, "%s" <%s>
Subject: %s: Career conversation
Date: Mon, 1 Mar 2027 08:00:00 +0000
Message-ID: <%s.%d.%s>
Content-Type: multipart/alternative; boundary="_000_b_"
MIME-Version: 1.0

--_000_b_
Content-Type: text/plain; charset="us-ascii"

Career conversation

--_000_b_
Content-Type: text/calendar; charset="utf-8"; method=%s
Content-Transfer-Encoding: base64

%s

--_000_b_--
`, organizer, employee, to, to, method, method, seq, organizer, method, strings.Join(lines, "\n")), "\n", "\r\n"))
}

// An invite, a moved invite and a cancelled one, each delivered twice through
// the local inbound pipeline: the conversation follows, the organizer gets one
// confirmation each, the employee's prep comes at the moved meeting's time.
func TestInviteLifecycleLocal(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	const org, emp = "maria@example.com", "alex@example.com"
	inbox := filepath.Join(f.Dir, "inbox")
	stored := func() []string {
		t.Helper()
		names, err := filepath.Glob(filepath.Join(inbox, "*.eml"))
		if err != nil {
			t.Fatal(err)
		}
		return names
	}
	deliverTwice := func(raw []byte, want string) {
		t.Helper()
		before := stored()
		out, err := f.Deliver(ctx, raw, LocalInviteAddress)
		if err != nil || out.Result != want {
			t.Fatalf("delivery: %+v, %v; want %s", out, err, want)
		}
		// SES delivering twice sends the same stored message through again.
		added := slices.DeleteFunc(stored(), func(n string) bool { return slices.Contains(before, n) })
		if len(added) != 1 {
			t.Fatalf("inbox gained %v", added)
		}
		id := strings.TrimSuffix(filepath.Base(added[0]), ".eml")
		if out, err = f.DeliverStored(ctx, id, LocalInviteAddress); err != nil || out.Result != "duplicate" {
			t.Fatalf("second delivery: %+v, %v; want duplicate", out, err)
		}
	}
	list := func() map[string]any {
		t.Helper()
		status, body := f.api(t, "GET", "/conversations?employee="+emp, "")
		convs, _ := body["conversations"].([]any)
		if status != 200 || len(convs) != 1 {
			t.Fatalf("list: %d %v", status, body)
		}
		return convs[0].(map[string]any)
	}
	deliverTwice(outlookInvite("REQUEST", 0, "20270318T150000", org, emp, LocalInviteAddress), "applied")
	if c := list(); c["meetingStart"] != "2027-03-18T14:00:00Z" || c["status"] != "scheduled" {
		t.Errorf("created: %v", c)
	}
	// Moved across the change to summer time: 10:00 CEST is 08:00 UTC.
	deliverTwice(outlookInvite("REQUEST", 1, "20270401T100000", org, emp, LocalInviteAddress), "applied")
	c := list()
	if c["meetingStart"] != "2027-04-01T08:00:00Z" || c["generation"] != float64(2) {
		t.Errorf("moved: %v", c)
	}
	f.advance(t, time.Date(2027, 3, 11, 12, 0, 0, 0, time.UTC)) // the old prep time: nothing
	f.advance(t, time.Date(2027, 3, 25, 12, 0, 0, 0, time.UTC)) // the new one
	deliverTwice(outlookInvite("CANCEL", 2, "20270401T100000", org, emp, LocalInviteAddress), "applied")
	if c := list(); c["status"] != "cancelled" {
		t.Errorf("cancelled: %v", c)
	}
	f.advance(t, time.Date(2027, 7, 1, 0, 0, 0, 0, time.UTC))
	var kinds []string
	for _, n := range f.sent(t) {
		kind, rest, _ := strings.Cut(n, "-")
		if kind == "invite" {
			kind += "-" + strings.SplitN(rest, "-", 2)[0]
		}
		kinds = append(kinds, kind)
	}
	slices.Sort(kinds)
	// The employee, who had the prep, is told of the cancellation.
	if want := []string{"cancelled", "invite-cancelled", "invite-created", "invite-rescheduled", "prep"}; !slices.Equal(kinds, want) {
		t.Errorf("emails %v, want %v", kinds, want)
	}
	// Erasing the employee erases the conversation and the invites it received.
	if n := len(stored()); n != 3 {
		t.Errorf("%d invites stored, want 3", n)
	}
	if status, body := f.api(t, "DELETE", "/people/"+emp, ""); status != 200 {
		t.Fatalf("erase: %d %v", status, body)
	}
	if left := stored(); len(left) != 0 {
		t.Errorf("the erased conversation's invites are still stored: %v", left)
	}
}

// The same lifecycle on the emulator, through the Inbound and Dispatch
// functions: every invite delivered twice by SES, every AWS call checked against
// the function's policy in template.yaml.
func TestAWSInviteLifecycle(t *testing.T) {
	w := newAWSWorld(t)
	w.sent(t) // moto's SES is shared by the test binary: skip what other tests sent
	ctx := context.Background()
	// Invite answers come from the invite address: its domain is an identity, as
	// the template creates it.
	_, err := sesv2.NewFromConfig(w.emu.Config()).CreateEmailIdentity(ctx, &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String("reply.example.com")})
	if err != nil && !strings.Contains(err.Error(), "AlreadyExists") {
		t.Fatal(err)
	}
	const org, emp, to = "maria@aws.example.com", "alex@aws.example.com", "careers@reply.example.com"
	n := 0
	deliverTwice := func(raw []byte, want string) {
		t.Helper()
		again := "duplicate"
		if want == "refused" {
			again = want // answered once (the send ledger), refused each time
		}
		for i, result := range []string{want, again} {
			n++
			sesID := fmt.Sprintf("ses-invite-%d", n)
			w.putRaw(t, sesID, raw)
			out, _ := w.invoke(t, "InboundFunction", w.sesEvent(t, sesID, to))
			var outcomes []assistant.Outcome
			if err := json.Unmarshal(out, &outcomes); err != nil || len(outcomes) != 1 || outcomes[0].Result != result {
				t.Fatalf("delivery %d: %s; want %s", i+1, out, result)
			}
		}
	}
	get := func() *conversation.Conversation {
		t.Helper()
		page, err := w.fn["ApiFunction"].Assistant.List(ctx, conversation.ListQuery{Employee: emp})
		if err != nil || len(page.Conversations) != 1 {
			t.Fatalf("list: %v, %v", page.Conversations, err)
		}
		return page.Conversations[0]
	}
	schedules := func(id string) []string {
		t.Helper()
		list, err := w.sched.ListSchedules(ctx, &scheduler.ListSchedulesInput{GroupName: aws.String(w.cfg.ScheduleGroup), NamePrefix: aws.String(id + "-")})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, s := range list.Schedules {
			names = append(names, aws.ToString(s.Name))
		}
		return names
	}
	emails := func() []string {
		var names []string
		for _, m := range w.sent(t) {
			name := m.header.Get("X-Careerconv-Email")
			if strings.HasPrefix(name, "invite-") {
				name = name[:strings.LastIndexByte(name, '-')] // without the hash of the invite
			}
			names = append(names, name)
		}
		return names
	}

	deliverTwice(outlookInvite("REQUEST", 0, "20270318T150000", org, emp, to), "applied")
	c := get()
	if c.MeetingStart.Format(time.RFC3339) != "2027-03-18T14:00:00Z" || c.Employee.TimeZone != "Europe/Berlin" || len(schedules(c.ID)) != 8 {
		t.Errorf("created: %s in %s, schedules %v", c.MeetingStart, c.Employee.TimeZone, schedules(c.ID))
	}
	if got := emails(); !slices.Equal(got, []string{"invite-created"}) {
		t.Errorf("after the invite: %v", got)
	}
	deliverTwice(outlookInvite("REQUEST", 1, "20270401T100000", org, emp, to), "applied")
	c = get()
	names := schedules(c.ID)
	if c.MeetingStart.Format(time.RFC3339) != "2027-04-01T08:00:00Z" || c.Generation != 2 || len(names) != 9 || !strings.HasSuffix(names[0], "-g2") {
		t.Errorf("moved: %s generation %d, schedules %v; want the 8 of generation 2 and a notice", c.MeetingStart, c.Generation, names)
	}
	// The notice to the employee runs first, through Dispatch, and sends
	// nothing: she has had no email yet. The prep of the moved meeting goes out
	// at its time.
	for _, want := range []conversation.JobKind{conversation.JobRescheduled, conversation.JobPrep} {
		job, payload, ok := w.nextJob(t, c.ID)
		if !ok || job.Kind != want || job.Generation != 2 {
			t.Fatalf("next job %+v, want the %s of generation 2", job, want)
		}
		if job.At.After(w.now) {
			w.now = job.At
		}
		w.invoke(t, "DispatchFunction", payload)
	}
	deliverTwice(outlookInvite("CANCEL", 2, "20270401T100000", org, emp, to), "applied")
	// Left: the cancellation's notice (and the move's, which ran; on AWS a
	// schedule deletes itself once it ran, the emulator's never run).
	pending := slices.DeleteFunc(schedules(c.ID), func(n string) bool { return w.ran[n] })
	if c = get(); c.Status != conversation.StatusCancelled || len(pending) != 1 {
		t.Errorf("cancelled: %s, schedules not run %v; want the notice only", c.Status, pending)
	}
	// The cancellation's notice goes out through Dispatch, delivered twice.
	job, payload, ok := w.nextJob(t, c.ID)
	if !ok || job.Kind != conversation.JobCancelled || job.Seq != conversation.NoticeEmployee {
		t.Fatalf("next job %+v, want the employee's cancellation notice", job)
	}
	w.invoke(t, "DispatchFunction", payload)
	w.invoke(t, "DispatchFunction", payload)
	if got := emails(); !slices.Equal(got, []string{"invite-rescheduled", "prep", "invite-cancelled", "cancelled-employee"}) {
		t.Errorf("emails after the move: %v", got)
	}

	// A stranger's invite is answered with the reason and creates nothing. The
	// emulator's SES holds what earlier runs sent too (go test -count=N): count
	// this run's answers.
	strangerAnswers := func() int {
		data, _ := w.emu.Data(t)["ses"].(map[string]any)
		raws, _ := data["RawMessage"].([]any)
		n := 0
		for _, r := range raws {
			m, _ := r.(map[string]any)
			if raw, _ := m["raw_data"].(string); strings.Contains(raw, "<eve@elsewhere.example>\r\n") && strings.Contains(raw, "X-Careerconv-Email: invite-refused-") {
				n++
			}
		}
		return n
	}
	earlier := strangerAnswers()
	deliverTwice(outlookInvite("REQUEST", 0, "20270318T150000", "eve@elsewhere.example", emp, to), "refused")
	if page, _ := w.fn["ApiFunction"].Assistant.List(ctx, conversation.ListQuery{Manager: "eve@elsewhere.example"}); len(page.Conversations) != 0 {
		t.Errorf("a stranger's invite created %v", page.Conversations)
	}
	answers := strangerAnswers() - earlier
	if answers != 1 {
		t.Errorf("%d answers to the stranger through SES, want 1", answers)
	}
}
