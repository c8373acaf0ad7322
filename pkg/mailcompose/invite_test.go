package mailcompose

import (
	"bytes"
	"io"
	"mime"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-ical"
	"github.com/emersion/go-message/mail"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/invite"
)

const testInviteAddr = "careers@in.example.com"

func testInvite() *invite.Invite {
	return &invite.Invite{
		Method: invite.MethodRequest, UID: "abc@calendar.example", Sequence: 2,
		Organizer: invite.Person{Name: "Bob Manager", Email: "bob@example.com"},
		Attendees: []invite.Person{{Name: "Alice Example", Email: "alice@example.com"}, {Email: testInviteAddr}},
		Summary:   "Career chat\r\nBcc: x@evil.example",
		Start:     time.Date(2027, 1, 12, 14, 0, 0, 0, time.UTC), End: time.Date(2027, 1, 12, 15, 0, 0, 0, time.UTC),
		TimeZone: "America/New_York",
	}
}

// parts returns the plain text and the calendar part (nil if none) of an email.
func inviteParts(t *testing.T, raw []byte) (string, *ical.Calendar) {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	var text string
	var cal *ical.Calendar
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			return text, cal
		}
		if err != nil {
			t.Fatal(err)
		}
		ct, params, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		b, _ := io.ReadAll(p.Body)
		switch ct {
		case "text/plain":
			text = string(b)
		case "text/calendar":
			if params["method"] != "REPLY" {
				t.Errorf("calendar part method %q", params["method"])
			}
			if cal, err = ical.NewDecoder(bytes.NewReader(b)).Decode(); err != nil {
				t.Fatalf("REPLY: %v", err)
			}
		}
	}
}

func replyAttendee(t *testing.T, cal *ical.Calendar) (*ical.Prop, *ical.Event) {
	t.Helper()
	if cal == nil || len(cal.Events()) != 1 {
		t.Fatalf("want a calendar with one event, got %v", cal)
	}
	ev := cal.Events()[0]
	return ev.Props.Get(ical.PropAttendee), &ev
}

func TestInviteCreated(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	conv.CalendarSequence = 2
	jobs := conversation.DefaultSchedule().Jobs(conv, testNow)
	e, err := c.Invite(assistant.InviteAnswer{Result: assistant.InviteCreated, To: conv.Manager, Address: testInviteAddr,
		Invite: testInvite(), Conversation: conv, Jobs: jobs, Thread: conversation.Thread{MessageID: "inv1@calendar.example"}}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.To) != 1 || e.To[0] != "bob@example.com" || bytes.Contains(e.Raw, []byte("\r\nBcc:")) {
		t.Fatalf("To %v; raw:\n%s", e.To, e.Raw)
	}
	// From the attendee the REPLY names, so calendars apply it.
	if e.From != testInviteAddr || !bytes.Contains(e.Raw, []byte("From: \"careerconv\" <"+testInviteAddr+">\r\n")) || !strings.HasSuffix(e.MessageID, "@mail.example.com") {
		t.Errorf("From %q, Message-ID %q", e.From, e.MessageID)
	}
	text, cal := inviteParts(t, e.Raw)
	// Times in the manager's zone (New York): the prep at 09:00 London is 04:00.
	for _, want := range []string{"Tue 12 Jan at 09:00 New York time", "Tue 5 Jan at 04:00 New York time: Alice gets the preparation email", "remove careers@in.example.com"} {
		if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	att, ev := replyAttendee(t, cal)
	if att.Value != "mailto:"+testInviteAddr || att.Params.Get(ical.ParamParticipationStatus) != "ACCEPTED" {
		t.Errorf("attendee %v", att)
	}
	if uid, _ := ev.Props.Text(ical.PropUID); uid != "abc@calendar.example" || ev.Props.Get(ical.PropSequence).Value != "2" {
		t.Errorf("uid %q sequence %v", uid, ev.Props.Get(ical.PropSequence))
	}
	if start, _ := ev.DateTimeStart(time.UTC); !start.Equal(testInvite().Start) {
		t.Errorf("DTSTART %v", start)
	}
	// Deterministic: the same answer renders the same bytes.
	again, _ := c.Invite(assistant.InviteAnswer{Result: assistant.InviteCreated, To: conv.Manager, Address: testInviteAddr,
		Invite: testInvite(), Conversation: conv, Jobs: jobs, Thread: conversation.Thread{MessageID: "inv1@calendar.example"}}, testNow)
	if !bytes.Equal(again.Raw, e.Raw) {
		t.Error("re-rendering differs")
	}
}

// One occurrence of a series is answered for that occurrence only.
func TestInviteReplyOccurrence(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	inv := testInvite()
	inv.Recurring, inv.RecurrenceID = true, inv.Start
	e, err := c.Invite(assistant.InviteAnswer{Result: assistant.InviteRescheduled, To: conv.Manager, Address: testInviteAddr, Invite: inv, Conversation: conv}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	text, cal := inviteParts(t, e.Raw)
	_, ev := replyAttendee(t, cal)
	if rid := ev.Props.Get(ical.PropRecurrenceID); rid == nil || rid.Value != "20270112T140000Z" || ev.Props.Get(ical.PropDateTimeStart) != nil {
		t.Errorf("RECURRENCE-ID %v DTSTART %v", rid, ev.Props.Get(ical.PropDateTimeStart))
	}
	if !strings.Contains(text, "has moved to") || !strings.Contains(text, "recurring series") {
		t.Errorf("text:\n%s", text)
	}
}

func TestInviteRefusedAndCancelled(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	to := conversation.Participant{Name: "Mallory", Email: "mallory@evil.example", TimeZone: "UTC"}
	e, err := c.Invite(assistant.InviteAnswer{Result: assistant.InviteRefused, To: to, Address: testInviteAddr, Invite: testInvite(),
		Reason: "Only organizers with an address in example.com can start one."}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	text, cal := inviteParts(t, e.Raw)
	if !strings.Contains(text, "Only organizers with an address in example.com") || !strings.Contains(text, "did not start") {
		t.Errorf("refusal text:\n%s", text)
	}
	att, ev := replyAttendee(t, cal)
	if att.Params.Get(ical.ParamParticipationStatus) != "DECLINED" || ev.Props.Get(ical.PropComment) == nil {
		t.Errorf("refusal REPLY: %v", ev.Props)
	}
	// Without an invite (no calendar in the message) there is nothing to decline.
	e, err = c.Invite(assistant.InviteAnswer{Result: assistant.InviteRefused, To: to, Address: testInviteAddr, Reason: "No calendar.",
		Thread: conversation.Thread{MessageID: "m@x"}}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if _, cal := inviteParts(t, e.Raw); cal != nil {
		t.Error("a refusal without an invite carries a REPLY")
	}
	e, err = c.Invite(assistant.InviteAnswer{Result: assistant.InviteCancelled, To: conv.Manager, Address: testInviteAddr, Invite: testInvite(), Conversation: conv}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if text, cal := inviteParts(t, e.Raw); cal != nil || !strings.Contains(text, "is cancelled") {
		t.Errorf("cancellation: calendar %v, text:\n%s", cal, text)
	}
	for name, a := range map[string]assistant.InviteAnswer{
		"unknown result":  {Result: "maybe", To: conv.Manager, Conversation: conv, Address: testInviteAddr},
		"no conversation": {Result: assistant.InviteCreated, To: conv.Manager, Address: testInviteAddr},
		"no recipient":    {Result: assistant.InviteCancelled, Conversation: conv, Address: testInviteAddr},
		"bad address":     {Result: assistant.InviteCreated, To: conv.Manager, Conversation: conv, Invite: testInvite(), Address: "careers@x\r\nATTENDEE:mailto:y@z"},
		"no address":      {Result: assistant.InviteCreated, To: conv.Manager, Conversation: conv, Invite: testInvite()},
	} {
		if _, err := c.Invite(a, testNow); conversation.ErrorCode(err) != conversation.EINVALID {
			t.Errorf("%s: %v, want EINVALID", name, err)
		}
	}
}
