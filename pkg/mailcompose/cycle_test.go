package mailcompose

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Each answer to a reply to the review says what happened, to the right people.
func TestBooking(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	at := testNow.Add(90 * 24 * time.Hour)
	next := fixture(t)
	next.ID, next.MeetingStart = "zz3dc7ef2ghijk4l", at
	tests := []struct {
		name   string
		b      conversation.Booking
		next   *conversation.Conversation
		to, cc []string
		want   []string
	}{
		{"booked", conversation.Booking{Kind: conversation.BookNow, At: at}, next, []string{"alice@example.com"}, []string{"bob@example.com"}, []string{"Your next career conversation is booked for"}},
		{"booked before", conversation.Booking{Kind: conversation.BookNow, At: at.Add(time.Hour)}, next, []string{"alice@example.com"}, []string{"bob@example.com"}, []string{"was already booked", "that stands"}},
		{"proposed", conversation.Booking{Kind: conversation.BookProposed, At: at}, nil, []string{"alice@example.com"}, []string{"bob@example.com"}, []string{"How about", `"yes" books it`, `"not now"`}},
		{"later", conversation.Booking{Kind: conversation.BookLater, At: at}, nil, []string{"alice@example.com"}, []string{"bob@example.com"}, []string{"will ask again on"}},
		{"ask", conversation.Booking{Kind: conversation.BookAsk, At: at}, nil, []string{"alice@example.com"}, []string{"bob@example.com"}, []string{"Time to book your next career conversation?"}},
		{"past", conversation.Booking{Kind: conversation.BookPast, At: testNow}, nil, []string{"bob@example.com"}, nil, []string{"nothing was booked", "a date ahead"}},
		{"unread", conversation.Booking{Kind: conversation.BookUnread}, nil, []string{"bob@example.com"}, nil, []string{"did not say when to meet next"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := c.Booking(conv, tt.b, tt.next, conv.Manager, testReplyTo, conversation.Thread{MessageID: "r@x"}, testNow)
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			if got := addrs(t, p.Header, "To"); !slices.Equal(got, tt.to) {
				t.Errorf("To %v, want %v", got, tt.to)
			}
			if got := addrs(t, p.Header, "Cc"); !slices.Equal(got, tt.cc) {
				t.Errorf("Cc %v, want %v", got, tt.cc)
			}
			wantContains(t, "text", p.Text, tt.want...)
		})
	}
	if _, err := c.Booking(conv, conversation.Booking{Kind: conversation.BookNow}, nil, conversation.Participant{Name: "Eve", Email: "eve@example.com", TimeZone: "UTC"}, testReplyTo, conversation.Thread{}, testNow); err == nil {
		t.Error("a booking answer to a stranger was rendered")
	}
}

// The prep and the pre-read of a second cycle show the first; the pre-read
// carries the CV as an attachment.
func TestLastCycleAndCV(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	prev := fixture(t)
	prev.ID = "pp3dc7ef2ghijk4l"
	prev.Journey.Record = []conversation.Entry{{At: testNow.Add(-40 * 24 * time.Hour), Kind: conversation.EntryWin, Text: "Shipped the importer"}}
	if len(prev.Steps) == 0 {
		t.Fatal("the fixture has no steps")
	}
	cy := conversation.Cycle{Previous: prev, CV: &conversation.File{Name: "Alice CV.pdf", Type: "application/pdf", Data: []byte("%PDF-1.4 alice")}}
	e, err := c.Prep(conv, cy, testReplyTo, testNow)
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, e)
	wantContains(t, "prep", p.Text, "Last time (", "and what you did since:", prev.Steps[0].Text, "win: Shipped the importer")
	wantContains(t, "prep HTML", p.HTML, "Shipped the importer")
	e, err = c.Preread(conv, cy, testReplyTo, false, testNow)
	if err != nil {
		t.Fatal(err)
	}
	p = parse(t, e)
	wantContains(t, "preread", p.Text, "goal, steps and record:", "win: Shipped the importer", "CV is attached (Alice CV.pdf)")
	if !slices.Contains(p.Types, "application/pdf") {
		t.Errorf("pre-read parts %v, want the CV attached", p.Types)
	}
	// An answer kept private last time stays from the manager.
	if a, ok := prev.Answer(1); ok {
		e, _ = c.Preread(conv, cy, testReplyTo, false, testNow)
		if !strings.Contains(parse(t, e).Text, "wanted:") {
			t.Fatal("the pre-read does not show what she wanted last time")
		}
		prev.Choices.Private = []int{1}
		e, _ = c.Preread(conv, cy, testReplyTo, false, testNow)
		if strings.Contains(parse(t, e).Text, clipSentence(a.Text, 40)) || strings.Contains(parse(t, e).Text, "wanted:") {
			t.Error("the pre-read shows last time's private answer")
		}
		prev.Choices.Private = nil
	}
	// Another employee's previous cycle is never shown.
	prev.Employee.Email = "someone.else@example.com"
	e, _ = c.Prep(conv, cy, testReplyTo, testNow)
	if strings.Contains(parse(t, e).Text, "Shipped the importer") {
		t.Error("the prep shows another employee's cycle")
	}
}
