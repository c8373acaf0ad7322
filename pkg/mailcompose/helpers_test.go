package mailcompose

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/emersion/go-ical"
	"github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
)

const (
	testReplyTo = "reply+ab3dc7ef2ghijk4l-p-1mfrgg3dfmzswk4tq@in.example.com"
	testConvID  = "ab3dc7ef2ghijk4l"
)

var testNow = time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC)

// newComposer returns a Composer with the default bank, or with resources when
// withResources is set.
func newComposer(tb testing.TB, withResources bool) *Composer {
	tb.Helper()
	b := questions.Default()
	if withResources {
		b.Resources = questions.Resources{
			Priorities: []string{"Grow the platform team"},
			Learning:   []string{"Cloud architecture course"},
			People:     []questions.Person{{Name: "Priya Nair", Topic: "data engineering", Email: "priya@example.com"}},
		}
	}
	return &Composer{From: "careerconv <careerconv@mail.example.com>", MessageDomain: "mail.example.com", Bank: b}
}

// fixture returns a fully populated conversation: answers to questions 1, 2, 4 and 5
// (3, 6, 7 and 8 open), notes, three steps with progress.
func fixture(tb testing.TB) *conversation.Conversation {
	tb.Helper()
	at := testNow.Add(-time.Hour)
	c := &conversation.Conversation{
		ID:             testConvID,
		Employee:       conversation.Participant{Name: "Alice Example", Email: "alice@example.com", TimeZone: "Europe/London"},
		Manager:        conversation.Participant{Name: "Bob Manager", Email: "bob@example.com", TimeZone: "America/New_York"},
		MeetingStart:   time.Date(2027, 1, 12, 14, 0, 0, 0, time.UTC),
		MeetingMinutes: 60,
		RequestCV:      true,
		Status:         conversation.StatusScheduled,
		Generation:     2,
		Notes:          "Happy to talk about anything.\nEspecially mentoring.",
		CreatedAt:      at,
	}
	c.SetAnswers(map[int]string{
		1: "I'd like to talk about moving towards product management.",
		2: "The team.\nThe freedom to pick my projects.",
		4: "Leading a small product team in Lisbon.",
		5: "Running the billing migration; I learned to negotiate.",
	}, at)
	if err := c.SetSteps([]conversation.Step{
		{Text: "Shadow the product team for two weeks", Due: "2027-02-28"},
		{Text: "Talk to Priya about the data guild"},
		{Text: "Finish the cloud architecture course", Due: "2027-03-31"},
	}); err != nil {
		tb.Fatal(err)
	}
	c.ApplyProgress(1, []conversation.ProgressUpdate{
		{Step: 1, Status: conversation.StepInProgress, Note: "one week done"},
		{Step: 2, Status: conversation.StepDone},
	}, time.Date(2027, 2, 9, 10, 0, 0, 0, time.UTC))
	c.ApplyProgress(2, []conversation.ProgressUpdate{
		{Step: 1, Status: conversation.StepDone, Note: "finished"},
		{Step: 3, Status: conversation.StepBlocked, Note: "waiting on budget"},
	}, time.Date(2027, 3, 9, 10, 0, 0, 0, time.UTC))
	return c
}

// parsed is an email read back with go-message.
type parsed struct {
	Header mail.Header
	Text   string
	HTML   string
	// Types lists the Content-Type of every leaf part, in order.
	Types []string
	// TopType is the top-level Content-Type.
	TopType string
	// Calendar is the decoded text/calendar attachment, if any.
	Calendar *ical.Calendar
	Filename string
	// Calendars and Filenames hold every calendar attachment.
	Calendars []*ical.Calendar
	Filenames []string
}

// parse reads e.Raw back with a real MIME reader and checks the basics every email
// must have: CRLF line endings and the multipart/alternative text and HTML parts.
func parse(tb testing.TB, e conversation.Email) *parsed {
	tb.Helper()
	if bytes.Contains(bytes.ReplaceAll(e.Raw, []byte("\r\n"), nil), []byte("\n")) {
		tb.Fatal("Raw has a bare LF; want CRLF line endings")
	}
	r, err := mail.CreateReader(bytes.NewReader(e.Raw))
	if err != nil {
		tb.Fatalf("read message: %v", err)
	}
	p := &parsed{Header: r.Header}
	p.TopType, _, _ = r.Header.ContentType()
	for {
		part, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatalf("read part: %v", err)
		}
		body, err := io.ReadAll(part.Body)
		if err != nil {
			tb.Fatalf("read part body: %v", err)
		}
		switch h := part.Header.(type) {
		case *mail.InlineHeader:
			typ, params, _ := h.ContentType()
			p.Types = append(p.Types, typ)
			if typ != "text/calendar" && params["charset"] != "utf-8" {
				tb.Errorf("%s charset = %q, want utf-8", typ, params["charset"])
			}
			switch typ {
			case "text/plain":
				p.Text = strings.ReplaceAll(string(body), "\r\n", "\n")
			case "text/html":
				p.HTML = strings.ReplaceAll(string(body), "\r\n", "\n")
			}
		case *mail.AttachmentHeader:
			typ, params, _ := h.ContentType()
			p.Types = append(p.Types, typ)
			p.Filename, _ = h.Filename()
			if typ == "text/calendar" {
				cal, err := ical.NewDecoder(bytes.NewReader(body)).Decode()
				if err != nil {
					tb.Fatalf("decode calendar: %v", err)
				}
				if m, _ := cal.Props.Text(ical.PropMethod); m != params["method"] {
					tb.Errorf("calendar METHOD %q differs from the Content-Type's method %q", m, params["method"])
				}
				p.Calendar = cal
				p.Calendars = append(p.Calendars, cal)
				p.Filenames = append(p.Filenames, p.Filename)
			}
		}
	}
	if p.Text == "" || p.HTML == "" {
		tb.Fatalf("want text and HTML parts, have %v", p.Types)
	}
	return p
}

// alternativeOf returns the Content-Type of the part holding the text and HTML: the
// top level, or the first part of a multipart/mixed.
func alternativeOf(tb testing.TB, raw []byte) string {
	tb.Helper()
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil {
		tb.Fatal(err)
	}
	typ, _, _ := e.Header.ContentType()
	if typ != "multipart/mixed" {
		return typ
	}
	mr := e.MultipartReader()
	first, err := mr.NextPart()
	if err != nil {
		tb.Fatal(err)
	}
	typ, _, _ = first.Header.ContentType()
	return typ
}

func addrs(tb testing.TB, h mail.Header, key string) []string {
	tb.Helper()
	l, err := h.AddressList(key)
	if err != nil {
		tb.Fatalf("%s: %v", key, err)
	}
	var out []string
	for _, a := range l {
		out = append(out, a.Address)
	}
	return out
}

func ids(tb testing.TB, h mail.Header, key string) []string {
	tb.Helper()
	l, err := h.MsgIDList(key)
	if err != nil {
		tb.Fatalf("%s: %v", key, err)
	}
	return l
}

func subject(tb testing.TB, h mail.Header) string {
	tb.Helper()
	s, err := h.Subject()
	if err != nil {
		tb.Fatalf("subject: %v", err)
	}
	return s
}

func wantContains(tb testing.TB, what, s string, subs ...string) {
	tb.Helper()
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			tb.Errorf("%s lacks %q:\n%s", what, sub, s)
		}
	}
}

func wantNotContains(tb testing.TB, what, s string, subs ...string) {
	tb.Helper()
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			tb.Errorf("%s contains %q:\n%s", what, sub, s)
		}
	}
}
