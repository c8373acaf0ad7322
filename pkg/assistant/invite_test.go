package assistant_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"mime"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/emersion/go-message/mail"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mailcompose"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/careerconv/careerconv/pkg/token"
)

const inviteAddr = "careers@reply.careerconv.test"

// newInviteWorld is a world taking invites at careers@reply.careerconv.test
// from the given domains (none: any).
func newInviteWorld(t *testing.T, domains ...string) *world {
	t.Helper()
	w := newWorld(t)
	w.now = time.Date(2027, 1, 4, 9, 0, 0, 0, time.UTC)
	tokens, err := token.ParseKeys("1:0123456789abcdef0123")
	if err != nil {
		t.Fatal(err)
	}
	bank := questions.Default()
	w.a, err = assistant.New(assistant.Config{
		Store: w.store, Mailer: w.mail, Scheduler: w.sched,
		Composer: &mailcompose.Composer{From: "careerconv <cc@mail.example.com>", MessageDomain: "mail.example.com", Bank: bank},
		Bank:     bank, Tokens: tokens, InboundDomain: "reply.careerconv.test",
		Now:     func() time.Time { return w.now },
		Invites: &assistant.InviteConfig{Domains: domains},
	})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// event is a calendar invite as a test writes it.
type event struct {
	method    string // REQUEST by default
	seq       int
	uid       string   // u1@example.com by default
	start     string   // a DTSTART value with its parameters; TZID=Europe/London:20270114T140000 by default
	minutes   int      // 60 by default
	organizer string   // sam.patel@example.com by default
	from      string   // the message's From; the organizer by default
	guests    []string // attendees besides the organizer and careerconv; jane.doe@example.com by default
	extra     []string // more VEVENT lines
	messageID string
}

// mail renders the event as Google Calendar sends it: multipart/alternative
// with a base64 text/calendar; method=… part.
func (e event) mail() []byte {
	if e.method == "" {
		e.method = "REQUEST"
	}
	if e.uid == "" {
		e.uid = "u1@example.com"
	}
	if e.start == "" {
		e.start = "TZID=Europe/London:20270114T140000"
	}
	if e.minutes == 0 {
		e.minutes = 60
	}
	if e.organizer == "" {
		e.organizer = "sam.patel@example.com"
	}
	if e.from == "" {
		e.from = e.organizer
	}
	if e.guests == nil {
		e.guests = []string{"jane.doe@example.com"}
	}
	if e.messageID == "" {
		e.messageID = fmt.Sprintf("%s.%s.%d@example.com", strings.ToLower(e.method), e.uid, e.seq)
	}
	lines := []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "METHOD:" + e.method, "BEGIN:VEVENT",
		"UID:" + e.uid, fmt.Sprintf("SEQUENCE:%d", e.seq), "DTSTAMP:20270104T090000Z", "SUMMARY:Career conversation",
		"DTSTART;" + e.start, fmt.Sprintf("DURATION:PT%dM", e.minutes),
		"ORGANIZER;CN=Sam Patel:mailto:" + e.organizer,
		"ATTENDEE;PARTSTAT=ACCEPTED:mailto:" + e.organizer,
		"ATTENDEE;RSVP=TRUE:mailto:" + inviteAddr}
	if !strings.Contains(e.start, ":") {
		lines[9] = "DTSTART:" + e.start
	}
	for _, g := range e.guests {
		lines = append(lines, "ATTENDEE;CN="+g+";RSVP=TRUE:mailto:"+g)
	}
	lines = append(append(lines, e.extra...), "END:VEVENT", "END:VCALENDAR", "")
	cal := base64.StdEncoding.EncodeToString([]byte(strings.Join(lines, "\r\n")))
	return []byte(strings.ReplaceAll(fmt.Sprintf(`From: Sam Patel <%s>
To: %s, %s
Subject: Invitation: Career conversation
Date: Mon, 4 Jan 2027 09:00:00 +0000
Message-ID: <%s>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary=b

--b
Content-Type: text/plain; charset=UTF-8

You have been invited.
--b
Content-Type: text/calendar; charset=UTF-8; method=%s
Content-Transfer-Encoding: base64

%s
--b--
`, e.from, strings.Join(e.guests, ", "), inviteAddr, e.messageID, e.method, cal), "\n", "\r\n"))
}

// receive delivers raw to the invite address and returns the outcome and the emails it sent.
func (w *world) receive(t *testing.T, raw []byte) (assistant.Outcome, []conversation.Email) {
	t.Helper()
	before := len(w.mail.sent)
	out, err := w.a.Receive(context.Background(), raw, inviteAddr)
	if err != nil {
		t.Fatalf("Receive: %v (outcome %+v)", err, out)
	}
	return out, w.mail.sent[before:]
}

// calendarReply returns the text/calendar part of a sent email, or nil.
func calendarReply(t *testing.T, e conversation.Email) *ical.Calendar {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(e.Raw))
	if err != nil {
		t.Fatal(err)
	}
	for {
		p, err := r.NextPart()
		if err != nil {
			return nil
		}
		ct, params, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if ct != "text/calendar" {
			continue
		}
		if params["method"] != "REPLY" {
			t.Errorf("calendar part method=%q, want REPLY", params["method"])
		}
		cal, err := ical.NewDecoder(p.Body).Decode()
		if err != nil {
			t.Fatalf("the REPLY is not iCalendar: %v", err)
		}
		return cal
	}
}

// text returns the plain-text part of a sent email.
func text(t *testing.T, e conversation.Email) string {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(e.Raw))
	if err != nil {
		t.Fatal(err)
	}
	for {
		p, err := r.NextPart()
		if err != nil {
			return ""
		}
		if ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type")); ct == "text/plain" {
			var b bytes.Buffer
			_, _ = b.ReadFrom(p.Body)
			return b.String()
		}
	}
}

// checkAccepted checks the email carries the iMIP REPLY accepting invite uid at seq.
func checkAccepted(t *testing.T, e conversation.Email, uid string, seq int) {
	t.Helper()
	cal := calendarReply(t, e)
	if cal == nil {
		t.Fatal("no text/calendar REPLY in the confirmation")
	}
	if m, _ := cal.Props.Text(ical.PropMethod); m != "REPLY" {
		t.Errorf("METHOD %q", m)
	}
	evs := cal.Events()
	if len(evs) != 1 {
		t.Fatalf("%d events in the REPLY", len(evs))
	}
	ev := evs[0]
	gotUID, _ := ev.Props.Text(ical.PropUID)
	att := ev.Props.Get(ical.PropAttendee)
	org := ev.Props.Get(ical.PropOrganizer)
	if gotUID != uid || ev.Props.Get(ical.PropSequence).Value != fmt.Sprint(seq) || att == nil || org == nil {
		t.Fatalf("REPLY event: uid %q seq %v attendee %v organizer %v", gotUID, ev.Props.Get(ical.PropSequence), att, org)
	}
	if att.Value != "mailto:"+inviteAddr || att.Params.Get(ical.ParamParticipationStatus) != "ACCEPTED" || !strings.HasSuffix(org.Value, "sam.patel@example.com") {
		t.Errorf("REPLY attendee %s %v organizer %s", att.Value, att.Params, org.Value)
	}
}

// The invites of four calendar clients each start their conversation, and the
// organizer gets one confirmation accepting the invite; a second delivery
// changes nothing.
func TestInviteFromClients(t *testing.T) {
	for _, tt := range []struct {
		file, start, zone string
		minutes           int
	}{
		{"google.eml", "2027-01-14T14:00:00Z", "Europe/London", 60},
		{"outlook-desktop.eml", "2027-01-14T14:00:00Z", "Europe/Berlin", 60},
		{"outlook-web.eml", "2027-01-14T18:00:00Z", "America/Los_Angeles", 45},
		{"apple.eml", "2027-01-14T14:30:00Z", "America/New_York", 60},
	} {
		t.Run(tt.file, func(t *testing.T) {
			w := newInviteWorld(t)
			raw, err := os.ReadFile(filepath.Join("..", "invite", "testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			out, sent := w.receive(t, raw)
			if out.Result != assistant.ResultApplied || out.Purpose != "invite" {
				t.Fatalf("outcome %+v", out)
			}
			c, err := w.a.Get(context.Background(), out.Conversation)
			if err != nil {
				t.Fatal(err)
			}
			if c.Employee.Email != "jane.doe@example.com" || c.Employee.Name != "Jane Doe" || c.Manager.Email != "sam.patel@example.com" || c.Manager.Name != "Sam Patel" {
				t.Errorf("participants %+v / %+v", c.Employee, c.Manager)
			}
			if c.MeetingStart.Format(time.RFC3339) != tt.start || c.MeetingMinutes != tt.minutes || c.Employee.TimeZone != tt.zone || c.Manager.TimeZone != tt.zone {
				t.Errorf("meeting %s, %d min, zones %s/%s; want %s, %d, %s", c.MeetingStart.Format(time.RFC3339), c.MeetingMinutes, c.Employee.TimeZone, c.Manager.TimeZone, tt.start, tt.minutes, tt.zone)
			}
			if c.Status != conversation.StatusScheduled || c.CalendarUID == "" || len(w.sched.jobs) != 8 {
				t.Errorf("status %s uid %q, %d jobs", c.Status, c.CalendarUID, len(w.sched.jobs))
			}
			if len(sent) != 1 || sent[0].To[0] != "sam.patel@example.com" {
				t.Fatalf("sent %d emails (%v), want the confirmation to the organizer", len(sent), sent)
			}
			checkAccepted(t, sent[0], c.CalendarUID, 0)
			body := text(t, sent[0])
			for _, want := range []string{"Jane gets the preparation email", "check-ins with Jane", "remove " + inviteAddr} {
				if !strings.Contains(body, want) {
					t.Errorf("confirmation lacks %q:\n%s", want, body)
				}
			}
			again, sent := w.receive(t, raw)
			if again.Result != assistant.ResultDuplicate || again.Conversation != c.ID || len(sent) != 0 {
				t.Errorf("second delivery: %+v, %d sent; want a duplicate sending nothing", again, len(sent))
			}
		})
	}
}

// An invite's life: created, delivered again, moved (every job follows),
// the same update again, a change that does not move it, cancelled, and a
// late update after the cancellation.
func TestInviteUpdatesAndCancel(t *testing.T) {
	w := newInviteWorld(t, "example.com")
	ctx := context.Background()
	out, sent := w.receive(t, event{}.mail())
	if out.Result != assistant.ResultApplied || len(sent) != 1 {
		t.Fatalf("create: %+v, %d sent", out, len(sent))
	}
	id := out.Conversation
	if out, sent = w.receive(t, event{}.mail()); out.Result != assistant.ResultDuplicate || len(sent) != 0 {
		t.Errorf("same invite again: %+v, %d sent", out, len(sent))
	}

	moved := event{seq: 1, start: "TZID=Europe/London:20270121T100000", minutes: 45}
	out, sent = w.receive(t, moved.mail())
	if out.Result != assistant.ResultApplied || len(sent) != 1 {
		t.Fatalf("moved: %+v, %d sent", out, len(sent))
	}
	checkAccepted(t, sent[0], "u1@example.com", 1)
	if !strings.Contains(text(t, sent[0]), "has moved to Thu 21 Jan at 10:00") {
		t.Errorf("move confirmation:\n%s", text(t, sent[0]))
	}
	c, _ := w.a.Get(ctx, id)
	if c.MeetingStart.Format(time.RFC3339) != "2027-01-21T10:00:00Z" || c.MeetingMinutes != 45 || c.Generation != 2 || c.CalendarSequence != 1 {
		t.Errorf("after the move: %s, %d min, generation %d, sequence %d", c.MeetingStart, c.MeetingMinutes, c.Generation, c.CalendarSequence)
	}
	gen2, notices := 0, 0
	for _, j := range w.sched.jobs {
		if j.Kind == conversation.JobRescheduled {
			// The organizer hears of it in the confirmation; the employee by a notice.
			if notices++; j.Seq != conversation.NoticeEmployee || j.Generation != 2 {
				t.Errorf("notice job %s, want one to the employee of generation 2", j.Name())
			}
			continue
		}
		if j.Generation == 2 {
			gen2++
			if j.Kind == conversation.JobWrapUp && !j.At.Equal(c.MeetingEnd()) {
				t.Errorf("wrap-up at %s, want the moved meeting's end %s", j.At, c.MeetingEnd())
			}
		}
	}
	if gen2 != 8 || notices != 1 {
		t.Errorf("%d jobs of the new generation and %d notices, want all 8 and 1", gen2, notices)
	}
	if out, sent = w.receive(t, moved.mail()); out.Result != assistant.ResultDuplicate || len(sent) != 0 {
		t.Errorf("same update again: %+v, %d sent", out, len(sent))
	}
	described := moved
	described.seq, described.extra = 2, []string{"DESCRIPTION:Agenda attached"}
	if out, sent = w.receive(t, described.mail()); out.Result != assistant.ResultApplied || len(sent) != 0 {
		t.Errorf("an update that moves nothing: %+v, %d sent; want applied, nothing sent", out, len(sent))
	}
	if c, _ = w.a.Get(ctx, id); c.Generation != 2 || c.CalendarSequence != 2 {
		t.Errorf("generation %d sequence %d, want 2 and 2", c.Generation, c.CalendarSequence)
	}

	cancel := event{method: "CANCEL", seq: 3, start: "TZID=Europe/London:20270121T100000"}
	out, sent = w.receive(t, cancel.mail())
	if out.Result != assistant.ResultApplied || len(sent) != 1 || calendarReply(t, sent[0]) != nil {
		t.Fatalf("cancel: %+v, %d sent", out, len(sent))
	}
	if !strings.Contains(text(t, sent[0]), "is cancelled") {
		t.Errorf("cancel confirmation:\n%s", text(t, sent[0]))
	}
	if c, _ = w.a.Get(ctx, id); c.Status != conversation.StatusCancelled {
		t.Errorf("status %s, want cancelled", c.Status)
	}
	if out, sent = w.receive(t, cancel.mail()); out.Result != assistant.ResultDuplicate || len(sent) != 0 {
		t.Errorf("cancel again: %+v, %d sent", out, len(sent))
	}
	late := event{seq: 4, start: "TZID=Europe/London:20270128T100000"}
	if out, sent = w.receive(t, late.mail()); out.Result != assistant.ResultRefused || len(sent) != 1 || !strings.Contains(text(t, sent[0]), "was cancelled") {
		t.Errorf("update after the cancellation: %+v, %d sent", out, len(sent))
	}
	if c, _ = w.a.Get(ctx, id); c.Status != conversation.StatusCancelled {
		t.Errorf("status %s after a late update, want cancelled", c.Status)
	}
}

// A failed confirmation is sent by the retry (Lambda retries a delivery under
// its request ID: the same owner), once.
func TestInviteConfirmationRetried(t *testing.T) {
	w := newInviteWorld(t)
	w.mail.fail = func(conversation.Email) error {
		return conversation.Unavailable(fmt.Errorf("throttled"), "SES throttled.")
	}
	ctx := assistant.WithOwner(context.Background(), "request-1")
	if _, err := w.a.Receive(ctx, event{}.mail(), inviteAddr); !conversation.Retryable(err) {
		t.Fatalf("Receive with mail down = %v, want a retryable error", err)
	}
	w.mail.fail = nil
	out, err := w.a.Receive(ctx, event{}.mail(), inviteAddr)
	if err != nil || out.Result != assistant.ResultDuplicate || len(w.mail.sent) != 1 {
		t.Fatalf("retry: %+v, %v, %d sent; want the confirmation", out, err, len(w.mail.sent))
	}
	if _, sent := w.receive(t, event{}.mail()); len(sent) != 0 {
		t.Errorf("third delivery sent %d", len(sent))
	}
}

// Whatever is refused is answered once with the reason, and nothing is created.
func TestInviteRefusals(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		want string // in the answer
	}{
		{"organizer outside the domains", event{organizer: "mallory@evil.example"}.mail(), "Only organizers with an address in example.com"},
		{"employee outside the domains", event{guests: []string{"friend@gmail.example"}}.mail(), "friend@gmail.example is not"},
		{"two guests", event{guests: []string{"jane.doe@example.com", "joe@example.com"}}.mail(), "has 2 other guests (jane.doe@example.com, joe@example.com)"},
		{"no guest", event{guests: []string{}}.mail(), "has no other guest"},
		{"sent by someone else", event{from: "assistant@example.com"}.mail(), "organized by sam.patel@example.com and was sent by assistant@example.com"},
		{"all day", event{start: "VALUE=DATE:20270114"}.mail(), "lasts all day"},
		{"floating time", event{start: "20270114T140000"}.mail(), "floating"},
		{"too soon", event{start: "TZID=Europe/London:20270104T091000"}.mail(), "at least 15m0s from now"},
		{"too long", event{minutes: 600}.mail(), "between 15 and 480 minutes"},
		{"published, not an invitation", event{method: "PUBLISH"}.mail(), "this calendar is a PUBLISH"},
		{"malformed calendar", []byte(strings.ReplaceAll("From: sam.patel@example.com\nTo: "+inviteAddr+"\nMessage-ID: <m1@example.com>\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VEVENT\nUID:x\n", "\n", "\r\n")), "not valid iCalendar"},
		{"no calendar", []byte("From: sam.patel@example.com\r\nTo: " + inviteAddr + "\r\nMessage-ID: <m2@example.com>\r\nSubject: hello\r\n\r\nCan you set up Jane's conversation?\r\n"), "no calendar invitation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newInviteWorld(t, "example.com")
			for i := range 2 {
				out, sent := w.receive(t, tt.raw)
				if out.Result != assistant.ResultRefused || out.Conversation != "" {
					t.Fatalf("delivery %d: outcome %+v, want refused", i+1, out)
				}
				if i == 1 {
					if len(sent) != 0 {
						t.Errorf("the second delivery answered again")
					}
					break
				}
				if len(sent) != 1 {
					t.Fatalf("%d answers, want 1", len(sent))
				}
				if body := text(t, sent[0]); !strings.Contains(strings.Join(strings.Fields(body), " "), tt.want) {
					t.Errorf("answer lacks %q:\n%s", tt.want, body)
				}
				if to := sent[0].To; len(to) != 1 || !strings.HasSuffix(to[0], "@example.com") && !strings.HasSuffix(to[0], "evil.example") {
					t.Errorf("answer to %v", to)
				}
			}
			if len(w.sched.jobs) != 0 {
				t.Errorf("%d jobs scheduled for a refused invite", len(w.sched.jobs))
			}
			for _, q := range []conversation.ListQuery{{Employee: "jane.doe@example.com"}, {Manager: "sam.patel@example.com"}} {
				if page, err := w.a.List(context.Background(), q); err != nil || len(page.Conversations) != 0 {
					t.Errorf("%+v lists %v, %v", q, page.Conversations, err)
				}
			}
		})
	}
}

// A refused invite is declined in the calendar, with the reason.
func TestInviteRefusalDeclines(t *testing.T) {
	w := newInviteWorld(t, "example.com")
	_, sent := w.receive(t, event{guests: []string{}}.mail())
	cal := calendarReply(t, sent[0])
	if cal == nil {
		t.Fatal("no REPLY")
	}
	att := cal.Events()[0].Props.Get(ical.PropAttendee)
	if att.Params.Get(ical.ParamParticipationStatus) != "DECLINED" {
		t.Errorf("PARTSTAT %q, want DECLINED", att.Params.Get(ical.ParamParticipationStatus))
	}
}

// A calendar's REPLY, a cancellation of nothing held and automatic mail get no answer.
func TestInviteIgnored(t *testing.T) {
	w := newInviteWorld(t)
	for name, raw := range map[string][]byte{
		"reply":          event{method: "REPLY"}.mail(),
		"unknown cancel": event{method: "CANCEL", uid: "never-seen@example.com"}.mail(),
	} {
		out, sent := w.receive(t, raw)
		if out.Result != assistant.ResultIgnored || len(sent) != 0 {
			t.Errorf("%s: %+v, %d sent", name, out, len(sent))
		}
	}
	auto := []byte("From: mailer-daemon@example.com\r\nTo: " + inviteAddr + "\r\nAuto-Submitted: auto-replied\r\nSubject: Out of office\r\n\r\nI am away.\r\n")
	out, err := w.a.Receive(context.Background(), auto, inviteAddr)
	if !assistant.IsDropped(err) || out.Result != assistant.ResultRejected || len(w.mail.sent) != 0 {
		t.Errorf("automatic mail: %+v, %v, %d sent", out, err, len(w.mail.sent))
	}
}

// A weekly series starts a conversation for its next meeting and says so.
func TestInviteRecurring(t *testing.T) {
	w := newInviteWorld(t)
	out, sent := w.receive(t, event{start: "TZID=Europe/London:20261203T140000", extra: []string{"RRULE:FREQ=WEEKLY;BYDAY=TH"}}.mail())
	c, err := w.a.Get(context.Background(), out.Conversation)
	if err != nil {
		t.Fatal(err)
	}
	if c.MeetingStart.Format(time.RFC3339) != "2027-01-07T14:00:00Z" {
		t.Errorf("meeting %s, want the next Thursday 2027-01-07 14:00", c.MeetingStart)
	}
	if !strings.Contains(strings.Join(strings.Fields(text(t, sent[0])), " "), "recurring series: careerconv prepares the next meeting only, on Thu 7 Jan at 14:00") {
		t.Errorf("confirmation does not say only the next meeting:\n%s", text(t, sent[0]))
	}
	checkAccepted(t, sent[0], "u1@example.com", 0)
}

// Mail to reply addresses is not mistaken for an invite, and with invites off
// the invite address is just an unknown address.
func TestInviteRouting(t *testing.T) {
	w := newWorld(t) // invites off
	_, err := w.a.Receive(context.Background(), event{}.mail(), inviteAddr)
	if !assistant.IsDropped(err) || len(w.mail.sent) != 0 {
		t.Errorf("invites off: %v, %d sent", err, len(w.mail.sent))
	}
	wi := newInviteWorld(t)
	if !wi.a.InviteAddressed([]string{"Careers@Reply.Careerconv.Test"}) || wi.a.InviteAddressed([]string{"reply+x@reply.careerconv.test"}) {
		t.Error("InviteAddressed is wrong")
	}
	// Without envelope recipients (careerconv ingest) the To header routes it.
	out, err := wi.a.Receive(context.Background(), event{}.mail())
	if err != nil || out.Result != assistant.ResultApplied {
		t.Errorf("routed by To: %+v, %v", out, err)
	}
}

// Updates careerconv does not follow: another employee, another occurrence of
// a series, and changes after the meeting was held.
func TestInviteUpdatesRefused(t *testing.T) {
	w := newInviteWorld(t)
	ctx := context.Background()
	out, _ := w.receive(t, event{}.mail())
	id := out.Conversation
	out, sent := w.receive(t, event{seq: 1, guests: []string{"joe@example.com"}}.mail())
	if out.Result != assistant.ResultRefused || len(sent) != 1 || !strings.Contains(strings.Join(strings.Fields(text(t, sent[0])), " "), "is with jane.doe@example.com") {
		t.Errorf("another employee: %+v, %d sent", out, len(sent))
	}
	cancelOther := event{method: "CANCEL", seq: 1, extra: []string{"RECURRENCE-ID;TZID=Europe/London:20270121T140000"}}
	if out, sent = w.receive(t, cancelOther.mail()); out.Result != assistant.ResultIgnored || len(sent) != 0 {
		t.Errorf("cancel of another occurrence: %+v, %d sent", out, len(sent))
	}
	if c, _ := w.a.Get(ctx, id); c.Status != conversation.StatusScheduled || c.Employee.Email != "jane.doe@example.com" {
		t.Fatalf("conversation changed: %s with %s", c.Status, c.Employee.Email)
	}
	// The meeting is held: the wrap-up goes out.
	w.now = time.Date(2027, 1, 14, 15, 0, 0, 0, time.UTC)
	if err := w.a.RunJob(ctx, w.job(t, conversation.JobWrapUp)); err != nil {
		t.Fatal(err)
	}
	for _, e := range []event{{seq: 2, start: "TZID=Europe/London:20270121T140000"}, {method: "CANCEL", seq: 2}} {
		out, sent = w.receive(t, e.mail())
		if out.Result != assistant.ResultRefused || len(sent) != 1 || !strings.Contains(text(t, sent[0]), "has taken place") {
			t.Errorf("%s after the meeting: %+v, %d sent", e.method, out, len(sent))
		}
	}
	if c, _ := w.a.Get(ctx, id); c.Status != conversation.StatusAwaitingSteps || c.Generation != 1 {
		t.Errorf("after refused changes: %s generation %d", c.Status, c.Generation)
	}
}

// Without a CN, names come from the address; a CN that is an address counts as none.
func TestInviteNames(t *testing.T) {
	w := newInviteWorld(t)
	out, _ := w.receive(t, event{guests: []string{"émile.dupont-roy@example.com"}}.mail())
	c, err := w.a.Get(context.Background(), out.Conversation)
	if err != nil {
		t.Fatal(err)
	}
	if c.Employee.Name != "Émile Dupont Roy" || c.Manager.Name != "Sam Patel" {
		t.Errorf("names %q, %q", c.Employee.Name, c.Manager.Name)
	}
}
