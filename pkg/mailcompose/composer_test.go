package mailcompose

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/emersion/go-ical"
)

var testCheckIns = []time.Time{
	time.Date(2027, 2, 9, 9, 0, 0, 0, time.UTC),
	time.Date(2027, 3, 9, 9, 0, 0, 0, time.UTC),
	time.Date(2027, 4, 6, 8, 0, 0, 0, time.UTC),
}

// answered is the inbound message a receipt, plan, progress receipt or unreadable answers.
var answered = Thread{
	MessageID:  "CAF=reply1@mail.gmail.com",
	References: []string{"cc.ab3dc7ef2ghijk4l.prep@mail.example.com"},
}

type emailCase struct {
	name   string
	render func(c *Composer, conv *conversation.Conversation) (assistant.Email, error)
	header string // X-Careerconv-Email, or its prefix for answers
	to, cc string
	// replyTo is whether a Reply-To with the token is expected.
	replyTo bool
	// root is the email threaded under ("" for none); inReplyTo the answered message.
	root, inReplyTo string
	subject         string
	text, html      []string
	attachment      bool
}

func emailCases() []emailCase {
	applied := []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone, Note: "shadowed for two weeks"}}
	rejected := []conversation.ProgressUpdate{{Step: 9, Status: conversation.StepDone}}
	return []emailCase{
		{
			name: "prep",
			render: func(c *Composer, v *conversation.Conversation) (assistant.Email, error) {
				return c.Prep(v, testReplyTo, testNow)
			},
			header:  "prep",
			to:      "alice@example.com",
			replyTo: true,
			subject: "Preparing for your career conversation with Bob Manager",
			text:    []string{"Tuesday 12 January 2027, 14:00 (Europe/London)", "confidential", "you own it", "hit Reply", "1. I'd like us", "Reply again"},
			html:    []string{"Tuesday 12 January 2027, 14:00 (Europe/London)"},
		},
		{
			name: "receipt",
			render: func(c *Composer, v *conversation.Conversation) (assistant.Email, error) {
				return c.Receipt(v, []int{2, 4}, testReplyTo, answered, testNow)
			},
			header:    "receipt-",
			to:        "alice@example.com",
			replyTo:   true,
			root:      "prep",
			inReplyTo: answered.MessageID,
			subject:   "Re: Preparing for your career conversation with Bob Manager",
			text: []string{
				"We stored:", "2. What is going well", `"The team. The freedom to pick my projects."`,
				`"Leading a small product team in Lisbon."`, "Answered earlier and unchanged: 1, 5.",
				"Still open", "3. What are you most proud", "8. What steps", "reply again with its number",
			},
			html: []string{"Leading a small product team in Lisbon."},
		},
		{
			name: "nudge",
			render: func(c *Composer, v *conversation.Conversation) (assistant.Email, error) {
				return c.Nudge(v, testReplyTo, testNow)
			},
			header:  "nudge",
			to:      "alice@example.com",
			replyTo: true,
			root:    "prep",
			subject: "A reminder: your career conversation with Bob Manager in 7 days",
			text:    []string{"in 7 days", "3. What are you most proud", "1. Is there anything in particular you would like to get out of our meeting that you would like me to prepare for? (answered)"},
			html:    []string{"in 7 days"},
		},
		{
			name:    "preread",
			render:  func(c *Composer, v *conversation.Conversation) (assistant.Email, error) { return c.Preread(v, testNow) },
			header:  "preread",
			to:      "bob@example.com",
			subject: "Pre-read: your career conversation with Alice Example",
			text:    []string{"Tuesday 12 January 2027, 09:00 (America/New_York)", "confidential", "To open:"},
			html:    []string{"Tuesday 12 January 2027, 09:00 (America/New_York)", "Confidential"},
		},
		{
			name: "wrapup",
			render: func(c *Composer, v *conversation.Conversation) (assistant.Email, error) {
				return c.WrapUp(v, testReplyTo, testNow)
			},
			header:  "wrapup",
			to:      "alice@example.com",
			cc:      "bob@example.com",
			replyTo: true,
			root:    "prep",
			subject: "Your next steps after the career conversation with Bob Manager",
			text:    []string{"one per line, with a due date if you have one (e.g. \"by 31 January\")"},
			html:    []string{"one per line"},
		},
		{
			name: "plan",
			render: func(c *Composer, v *conversation.Conversation) (assistant.Email, error) {
				return c.Plan(v, testCheckIns, testReplyTo, answered, testNow)
			},
			header:     "plan-",
			to:         "alice@example.com",
			cc:         "bob@example.com",
			replyTo:    true,
			root:       "prep",
			inReplyTo:  answered.MessageID,
			subject:    "Your three-month plan with Bob Manager",
			text:       []string{"1. Shadow the product team for two weeks (by 28 February 2027)", "2. Talk to Priya about the data guild\n", "Check-in 1: Tuesday 9 February 2027", "Check-in 3: Tuesday 6 April 2027"},
			html:       []string{"Shadow the product team for two weeks", "(by 28 February 2027)", "Tuesday 9 March 2027"},
			attachment: true,
		},
		{
			name: "checkin",
			render: func(c *Composer, v *conversation.Conversation) (assistant.Email, error) {
				return c.CheckIn(v, 2, testReplyTo, testNow)
			},
			header:  "checkin2",
			to:      "alice@example.com",
			replyTo: true,
			root:    "prep",
			subject: "Check-in 2: how are your career steps going?",
			text: []string{
				"Status: done. Last note: finished", "Status: blocked. Last note: waiting on budget",
				"1 done", "2 in progress: halfway", "3 blocked: waiting on Priya",
				"done, in progress, not started, blocked, dropped",
			},
			html: []string{"waiting on budget", "3 blocked: waiting on Priya"},
		},
		{
			name: "progress receipt",
			render: func(c *Composer, v *conversation.Conversation) (assistant.Email, error) {
				return c.ProgressReceipt(v, 2, applied, rejected, testReplyTo, answered, testNow)
			},
			header:    "progress2-",
			to:        "alice@example.com",
			replyTo:   true,
			root:      "prep",
			inReplyTo: answered.MessageID,
			subject:   "Re: Check-in 2: how are your career steps going?",
			text:      []string{"We recorded:", "1. Shadow the product team", "Now: done. Note: shadowed for two weeks", "no step 9", "unchanged): 2, 3."},
			html:      []string{"shadowed for two weeks", "no step 9"},
		},
		{
			name:    "review",
			render:  func(c *Composer, v *conversation.Conversation) (assistant.Email, error) { return c.Review(v, testNow) },
			header:  "review",
			to:      "alice@example.com",
			cc:      "bob@example.com",
			root:    "prep",
			subject: "Three months on: your career steps with Bob Manager",
			text: []string{
				"Status: blocked", "check-in 1: in progress: one week done", "check-in 2: done: finished",
				"Done: 1, 2.", "Still open: 3 (blocked).", "book your next career conversation",
			},
			html: []string{"one week done", "book your next career conversation"},
		},
		{
			name: "unreadable prep",
			render: func(c *Composer, v *conversation.Conversation) (assistant.Email, error) {
				return c.Unreadable(v, v.Employee, "prep", testReplyTo, answered, testNow)
			},
			header: "unreadable-prep-", to: "alice@example.com", replyTo: true, root: "prep", inReplyTo: answered.MessageID,
			subject: "Re: Preparing for your career conversation with Bob Manager",
			text:    []string{"no answers", "1. I'd like us to talk about"},
			html:    []string{"no answers"},
		},
		{
			name: "unreadable steps from the manager",
			render: func(c *Composer, v *conversation.Conversation) (assistant.Email, error) {
				return c.Unreadable(v, v.Manager, "steps", testReplyTo, answered, testNow)
			},
			header: "unreadable-steps-", to: "bob@example.com", replyTo: true, root: "prep", inReplyTo: answered.MessageID,
			subject: "Re: Your next steps after the career conversation with Bob Manager",
			text:    []string{"Hello Bob Manager", "no steps", "one per line"},
			html:    []string{"no steps"},
		},
		{
			name: "unreadable checkin",
			render: func(c *Composer, v *conversation.Conversation) (assistant.Email, error) {
				return c.Unreadable(v, v.Employee, "checkin3", testReplyTo, answered, testNow)
			},
			header: "unreadable-checkin-", to: "alice@example.com", replyTo: true, root: "prep", inReplyTo: answered.MessageID,
			subject: "Re: Check-in 3: how are your career steps going?",
			text:    []string{"2 in progress: halfway", "3 blocked: waiting on Priya"},
			html:    []string{"2 in progress: halfway"},
		},
	}
}

func TestEmails(t *testing.T) {
	for _, tt := range emailCases() {
		t.Run(tt.name, func(t *testing.T) {
			c, conv := newComposer(t, true), fixture(t)
			e, err := tt.render(c, conv)
			if err != nil {
				t.Fatalf("render: %v", err)
			}
			p := parse(t, e)
			h := p.Header

			// Structure.
			if alt := alternativeOf(t, e.Raw); alt != "multipart/alternative" {
				t.Errorf("text and HTML are in %s, want multipart/alternative", alt)
			}
			wantTypes := []string{"text/plain", "text/html"}
			wantTop := "multipart/alternative"
			if tt.attachment {
				wantTypes, wantTop = append(wantTypes, "text/calendar"), "multipart/mixed"
			}
			if !slices.Equal(p.Types, wantTypes) || p.TopType != wantTop {
				t.Errorf("structure = %s %v, want %s %v", p.TopType, p.Types, wantTop, wantTypes)
			}
			if h.Get("Mime-Version") != "1.0" {
				t.Errorf("MIME-Version = %q", h.Get("Mime-Version"))
			}

			// Addresses.
			if got := addrs(t, h, "To"); !slices.Equal(got, []string{tt.to}) {
				t.Errorf("To = %v, want %s", got, tt.to)
			}
			var wantCc []string
			if tt.cc != "" {
				wantCc = []string{tt.cc}
			}
			if got := addrs(t, h, "Cc"); !slices.Equal(got, wantCc) {
				t.Errorf("Cc = %v, want %v", got, wantCc)
			}
			if got := addrs(t, h, "From"); !slices.Equal(got, []string{"careerconv@mail.example.com"}) || e.From != "careerconv@mail.example.com" {
				t.Errorf("From = %v (envelope %q), want careerconv@mail.example.com", got, e.From)
			}
			if want := slices.DeleteFunc([]string{tt.to, tt.cc}, func(s string) bool { return s == "" }); !slices.Equal(e.To, want) {
				t.Errorf("Email.To = %v, want %v", e.To, want)
			}
			wantReply := []string(nil)
			if tt.replyTo {
				wantReply = []string{testReplyTo}
			}
			if got := addrs(t, h, "Reply-To"); !slices.Equal(got, wantReply) {
				t.Errorf("Reply-To = %v, want %v", got, wantReply)
			}

			// Identity, date and threading.
			id, err := h.MessageID()
			if err != nil || id != e.MessageID {
				t.Errorf("Message-ID = %q, %v; Email.MessageID = %q", id, err, e.MessageID)
			}
			if !strings.HasPrefix(id, "cc."+testConvID+"."+tt.header) || !strings.HasSuffix(id, "@mail.example.com") {
				t.Errorf("Message-ID = %q, want cc.%s.%s…@mail.example.com", id, testConvID, tt.header)
			}
			if got := h.Get("X-Careerconv-Email"); !strings.HasPrefix(got, tt.header) || !strings.HasPrefix(id, "cc."+testConvID+"."+got+"@") {
				t.Errorf("X-Careerconv-Email = %q, want %s… matching the Message-ID %s", got, tt.header, id)
			}
			if d, err := h.Date(); err != nil || !d.Equal(testNow) {
				t.Errorf("Date = %v, %v; want %v", d, err, testNow)
			}
			var wantRefs []string
			if tt.root != "" {
				wantRefs = append(wantRefs, c.MessageID(conv, tt.root))
			}
			if tt.inReplyTo != "" {
				wantRefs = append(wantRefs, tt.inReplyTo)
			}
			if got := ids(t, h, "References"); !slices.Equal(got, wantRefs) {
				t.Errorf("References = %v, want %v", got, wantRefs)
			}
			var wantIRT []string
			if tt.inReplyTo != "" {
				wantIRT = []string{tt.inReplyTo}
			}
			if got := ids(t, h, "In-Reply-To"); !slices.Equal(got, wantIRT) {
				t.Errorf("In-Reply-To = %v, want %v", got, wantIRT)
			}
			if got := subject(t, h); got != tt.subject {
				t.Errorf("Subject = %q, want %q", got, tt.subject)
			}

			// Content.
			wantContains(t, "text", p.Text, tt.text...)
			wantContains(t, "HTML", p.HTML, tt.html...)
			wantContains(t, "HTML", p.HTML, "<!DOCTYPE html>", "<title>")
			for _, part := range []string{p.Text, p.HTML} {
				wantNotContains(t, "body", part, "<no value>", "{{", "%!")
			}

			// Deterministic: a re-render is byte-identical.
			again, err := tt.render(c, fixture(t))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again.Raw, e.Raw) || again.MessageID != e.MessageID {
				t.Error("a second render differs from the first")
			}
		})
	}
}

func TestPrepQuestions(t *testing.T) {
	c := newComposer(t, false)
	for _, requestCV := range []bool{true, false} {
		t.Run(fmt.Sprintf("requestCV=%v", requestCV), func(t *testing.T) {
			conv := fixture(t)
			conv.RequestCV = requestCV
			e, err := c.Prep(conv, testReplyTo, testNow)
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			for i, q := range c.bank().Questions() {
				wantContains(t, "text", p.Text, fmt.Sprintf("%d. %s\n", i+1, q))
				wantContains(t, "HTML", p.HTML, fmt.Sprintf(`<li value="%d" style="margin-bottom:8px;">%s</li>`, i+1, htmlEscape(q)))
			}
			if got := strings.Contains(p.Text, "CV"); got != requestCV {
				t.Errorf("text mentions a CV: %v, want %v", got, requestCV)
			}
			if got := strings.Contains(p.HTML, "CV"); got != requestCV {
				t.Errorf("HTML mentions a CV: %v, want %v", got, requestCV)
			}
		})
	}
}

func TestPrepWithoutReplyAddress(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	e, err := c.Prep(conv, "", testNow)
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, e)
	if p.Header.Has("Reply-To") {
		t.Errorf("Reply-To = %q, want none", p.Header.Get("Reply-To"))
	}
	wantNotContains(t, "text", p.Text, "hit Reply")
}

func TestPreread(t *testing.T) {
	tests := []struct {
		name      string
		resources bool
	}{{"with resources", true}, {"without resources", false}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, conv := newComposer(t, tt.resources), fixture(t)
			conv.Answers = append(conv.Answers, conversation.Answer{Question: 7, Text: "   "}) // blank: still unanswered
			e, err := c.Preread(conv, testNow)
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			if got := p.Header.Get("Auto-Submitted"); got != "auto-generated" {
				t.Errorf("Auto-Submitted = %q, want auto-generated (no reply wanted)", got)
			}
			// Each stage section of the text, by its heading.
			sections := strings.Split(p.Text, "\n== ")
			for _, s := range c.bank().Stages {
				i := slices.IndexFunc(sections, func(sec string) bool { return strings.HasPrefix(sec, fmt.Sprintf("%d. %s ==", s.Number, s.Title)) })
				if i < 0 {
					t.Errorf("text has no section for stage %d %q", s.Number, s.Title)
					continue
				}
				sec := sections[i]
				wantContains(t, fmt.Sprintf("stage %d", s.Number), sec, s.Question, s.Guidance, s.Prepare)
				wantContains(t, "HTML", p.HTML, htmlEscape(s.Guidance), htmlEscape(s.Prepare), htmlEscape(s.Title))
				_, answered := conv.Answer(s.Number)
				answered = answered && s.Number != 7
				if got := strings.Contains(sec, "[NOT ANSWERED]"); got == answered {
					t.Errorf("stage %d marked not answered: %v, want %v:\n%s", s.Number, got, !answered, sec)
				}
			}
			if got := strings.Count(p.HTML, "<strong>Not answered</strong>"); got != 4 {
				t.Errorf("HTML marks %d stages not answered, want 4 (3, 6, 7, 8)", got)
			}
			wantContains(t, "text", p.Text, "   The team.\n   The freedom to pick my projects.", "Especially mentoring.", c.bank().OpeningQuestion)
			wantContains(t, "HTML", p.HTML, "Especially mentoring.", htmlEscape(c.bank().OpeningQuestion))
			resources := []string{"Grow the platform team", "Cloud architecture course", "Priya Nair: data engineering", "priya@example.com"}
			if tt.resources {
				wantContains(t, "text", p.Text, resources...)
				wantContains(t, "HTML", p.HTML, resources...)
			} else {
				wantNotContains(t, "text", p.Text, append(resources, "From the organisation")...)
				wantNotContains(t, "HTML", p.HTML, append(resources, "From the organisation")...)
			}
		})
	}
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}

func TestHTMLEscapesUserText(t *testing.T) {
	const evil = `<script>alert("x")</script><img src=x onerror=alert(1)>`
	c, conv := newComposer(t, true), fixture(t)
	conv.Employee.Name = `Alice <b>Bold</b>`
	conv.Answers = nil
	conv.SetAnswers(map[int]string{1: evil, 3: evil}, testNow)
	conv.Notes = evil
	conv.Steps[0].Text = evil
	conv.Steps[1].Progress = append(conv.Steps[1].Progress, conversation.ProgressNote{CheckIn: 2, Status: conversation.StepBlocked, Note: evil})
	renders := map[string]func() (assistant.Email, error){
		"prep":    func() (assistant.Email, error) { return c.Prep(conv, testReplyTo, testNow) },
		"receipt": func() (assistant.Email, error) { return c.Receipt(conv, []int{1, 3}, testReplyTo, answered, testNow) },
		"preread": func() (assistant.Email, error) { return c.Preread(conv, testNow) },
		"plan":    func() (assistant.Email, error) { return c.Plan(conv, testCheckIns, testReplyTo, answered, testNow) },
		"checkin": func() (assistant.Email, error) { return c.CheckIn(conv, 2, testReplyTo, testNow) },
		"review":  func() (assistant.Email, error) { return c.Review(conv, testNow) },
		"progress": func() (assistant.Email, error) {
			return c.ProgressReceipt(conv, 2, []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepBlocked, Note: evil}}, nil, testReplyTo, answered, testNow)
		},
	}
	for name, render := range renders {
		t.Run(name, func(t *testing.T) {
			e, err := render()
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			wantNotContains(t, "HTML", p.HTML, "<script", "<img", "<b>Bold")
			if name != "prep" { // the prep shows no user text but the names
				wantContains(t, "HTML", p.HTML, "&lt;script&gt;")
			}
			wantContains(t, "HTML", p.HTML, "&lt;b&gt;Bold&lt;/b&gt;")
		})
	}
}

func TestHostileNames(t *testing.T) {
	tests := []struct{ name, employee, manager string }{
		{"CRLF", "Eve\r\nBcc: mallory@evil.example", "Bob\r\n\r\n<script>"},
		{"quotes", `Eve" <mallory@evil.example>, "x`, `Bob "The Boss"`},
		{"lone LF", "Eve\nCc: mallory@evil.example", "Bob\nSubject: hi"},
		{"unicode", "Zoë Ångström", "Łukasz Żółć 山田"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, conv := newComposer(t, false), fixture(t)
			conv.Employee.Name, conv.Manager.Name = tt.employee, tt.manager
			e, err := c.WrapUp(conv, testReplyTo, testNow)
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			if got := addrs(t, p.Header, "To"); !slices.Equal(got, []string{"alice@example.com"}) {
				t.Errorf("To = %v, want only alice@example.com", got)
			}
			if got := addrs(t, p.Header, "Cc"); !slices.Equal(got, []string{"bob@example.com"}) {
				t.Errorf("Cc = %v, want only bob@example.com", got)
			}
			for _, k := range []string{"Bcc", "X-Evil"} {
				if p.Header.Has(k) {
					t.Errorf("header %s was injected", k)
				}
			}
			// Every header line is a field we write or a folded continuation.
			known := []string{"Content-Type", "From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-Id", "References", "X-Auto-Response-Suppress", "X-Careerconv-Email", "Mime-Version"}
			headerEnd := bytes.Index(e.Raw, []byte("\r\n\r\n"))
			for _, line := range strings.Split(string(e.Raw[:headerEnd]), "\r\n") {
				key, _, _ := strings.Cut(line, ":")
				if !strings.HasPrefix(line, " ") && !slices.Contains(known, key) {
					t.Errorf("unexpected header line %q", line)
				}
			}
			to, _ := p.Header.AddressList("To")
			if len(to) == 1 && strings.ContainsAny(to[0].Name, "\r\n") {
				t.Errorf("To name %q keeps a line break", to[0].Name)
			}
			subj := subject(t, p.Header)
			if strings.ContainsAny(subj, "\r\n") {
				t.Errorf("Subject %q has a line break", subj)
			}
		})
	}
}

func TestNonASCIISubjectIsEncoded(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	conv.Manager.Name = "Zoë Ångström"
	e, err := c.Prep(conv, testReplyTo, testNow)
	if err != nil {
		t.Fatal(err)
	}
	headerEnd := bytes.Index(e.Raw, []byte("\r\n\r\n"))
	for i, b := range e.Raw[:headerEnd] {
		if b >= 0x80 {
			t.Fatalf("header has a raw non-ASCII byte at %d: want RFC 2047 encoding", i)
		}
	}
	p := parse(t, e)
	if got := subject(t, p.Header); got != "Preparing for your career conversation with Zoë Ångström" {
		t.Errorf("Subject = %q", got)
	}
	wantContains(t, "text", p.Text, "Zoë Ångström")
}

func TestPlanCalendar(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	e, err := c.Plan(conv, testCheckIns, testReplyTo, answered, testNow)
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, e)
	if p.Calendar == nil {
		t.Fatal("no calendar attachment")
	}
	if !strings.HasSuffix(p.Filename, ".ics") {
		t.Errorf("attachment file name %q, want .ics", p.Filename)
	}
	if m, _ := p.Calendar.Props.Text(ical.PropMethod); m != "PUBLISH" {
		t.Errorf("METHOD = %q, want PUBLISH", m)
	}
	events := p.Calendar.Events()
	if len(events) != 3 {
		t.Fatalf("calendar has %d events, want 3", len(events))
	}
	uids := map[string]bool{}
	for i, ev := range events {
		uid, _ := ev.Props.Text(ical.PropUID)
		if want := c.MessageID(conv, fmt.Sprintf("checkin%d", i+1)); uid != want {
			t.Errorf("event %d UID = %q, want %q", i+1, uid, want)
		}
		uids[uid] = true
		start, err := ev.DateTimeStart(time.UTC)
		if err != nil || !start.Equal(testCheckIns[i]) {
			t.Errorf("event %d starts %v, %v; want %v", i+1, start, err, testCheckIns[i])
		}
		if end, err := ev.DateTimeEnd(time.UTC); err != nil || !end.After(start) {
			t.Errorf("event %d ends %v, %v; want after its start", i+1, end, err)
		}
		summary, _ := ev.Props.Text(ical.PropSummary)
		wantContains(t, "summary", summary, fmt.Sprintf("check-in %d", i+1), "Alice Example")
		desc, _ := ev.Props.Text(ical.PropDescription)
		wantContains(t, "description", desc, "Shadow the product team for two weeks (by 28 February 2027)", "Talk to Priya")
		if seq := ev.Props.Get(ical.PropSequence); seq == nil || seq.Value != "2" {
			t.Errorf("event %d SEQUENCE = %v, want the generation 2", i+1, seq)
		}
	}
	if len(uids) != 3 {
		t.Errorf("UIDs are not distinct: %v", uids)
	}

	// A corrected plan (another reply, later) keeps the UIDs, so calendars update.
	conv.Steps = conv.Steps[:1]
	e2, err := c.Plan(conv, testCheckIns, testReplyTo, Thread{MessageID: "second@client.example"}, testNow.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if e2.MessageID == e.MessageID {
		t.Error("a plan answering another message has the same Message-ID")
	}
	for i, ev := range parse(t, e2).Calendar.Events() {
		if uid, _ := ev.Props.Text(ical.PropUID); !uids[uid] {
			t.Errorf("corrected plan event %d has a new UID %q", i+1, uid)
		}
	}
}

func TestMessageIDs(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	seen := map[string]string{}
	for _, name := range []string{"prep", "nudge", "preread", "wrapup", "checkin1", "checkin2", "checkin3", "review"} {
		id := c.MessageID(conv, name)
		if other, ok := seen[id]; ok {
			t.Errorf("%s and %s share Message-ID %s", name, other, id)
		}
		seen[id] = name
		if id != c.MessageID(conv, name) {
			t.Errorf("MessageID(%s) is not deterministic", name)
		}
	}
	if got, want := c.MessageID(conv, "prep"), "cc.ab3dc7ef2ghijk4l.prep@mail.example.com"; got != want {
		t.Errorf("MessageID(prep) = %q, want %q", got, want)
	}
	if got := c.MessageID(conv, "a b<c>@d"); strings.ContainsAny(strings.TrimSuffix(got, "@mail.example.com"), " <>@") {
		t.Errorf("MessageID keeps unsafe characters: %q", got)
	}
	noDomain := &Composer{From: "careerconv <cc@from.example.org>"}
	if got := noDomain.MessageID(conv, "prep"); !strings.HasSuffix(got, "@from.example.org") {
		t.Errorf("MessageID without MessageDomain = %q, want the From domain", got)
	}

	// Receipts: one per answered message.
	r1, err := c.Receipt(conv, []int{1}, testReplyTo, Thread{MessageID: "one@x"}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	r1again, _ := c.Receipt(conv, []int{1}, testReplyTo, Thread{MessageID: "one@x"}, testNow.Add(time.Minute))
	r2, _ := c.Receipt(conv, []int{1}, testReplyTo, Thread{MessageID: "two@x"}, testNow)
	if r1.MessageID != r1again.MessageID {
		t.Errorf("receipts of one message differ: %s, %s", r1.MessageID, r1again.MessageID)
	}
	if r1.MessageID == r2.MessageID {
		t.Errorf("receipts of two messages share %s", r1.MessageID)
	}
	if c.MessageID(conv, parse(t, r1).Header.Get("X-Careerconv-Email")) != r1.MessageID {
		t.Error("MessageID(X-Careerconv-Email) does not give the receipt's Message-ID")
	}
}

func TestReferencesBounded(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	th := Thread{MessageID: "<last@x>"}
	for i := range 30 {
		th.References = append(th.References, fmt.Sprintf("r%d@x", i))
	}
	th.References = append(th.References, c.MessageID(conv, "prep"), "bad id with spaces", "<r3@x>")
	e, err := c.Receipt(conv, []int{1}, testReplyTo, th, testNow)
	if err != nil {
		t.Fatal(err)
	}
	refs := ids(t, parse(t, e).Header, "References")
	if len(refs) != maxReferences {
		t.Errorf("References has %d ids, want %d", len(refs), maxReferences)
	}
	if len(refs) > 0 && (refs[0] != c.MessageID(conv, "prep") || refs[len(refs)-1] != "last@x") {
		t.Errorf("References = %v, want the prep first and the answered message last", refs)
	}
	if got := ids(t, parse(t, e).Header, "In-Reply-To"); !slices.Equal(got, []string{"last@x"}) {
		t.Errorf("In-Reply-To = %v, want [last@x]", got)
	}
}

func TestNudgeDays(t *testing.T) {
	tests := []struct {
		name    string
		now     time.Time
		text    string
		subject string
	}{
		{"two days", time.Date(2027, 1, 10, 9, 0, 0, 0, time.UTC), "is in 2 days", "in 2 days"},
		{"tomorrow", time.Date(2027, 1, 11, 23, 30, 0, 0, time.UTC), "is tomorrow", "is tomorrow"},
		{"today", time.Date(2027, 1, 12, 9, 0, 0, 0, time.UTC), "is today", "is today"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, conv := newComposer(t, false), fixture(t)
			e, err := c.Nudge(conv, testReplyTo, tt.now)
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			wantContains(t, "text", p.Text, tt.text)
			wantContains(t, "subject", subject(t, p.Header), tt.subject)
		})
	}
}

func TestReceiptEdgeCases(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	long := strings.Repeat("word ", 200)
	conv.SetAnswers(map[int]string{3: long, 6: "a", 7: "b", 8: "c"}, testNow)
	e, err := c.Receipt(conv, []int{3}, testReplyTo, answered, testNow)
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, e)
	wantContains(t, "text", p.Text, "…\"", "all eight questions answered")
	wantNotContains(t, "text", p.Text, long[:shortLen+10])

	e, err = c.Receipt(conv, nil, testReplyTo, answered, testNow)
	if err != nil {
		t.Fatal(err)
	}
	wantContains(t, "text", parse(t, e).Text, "didn't change any stored answer")
}

func TestErrors(t *testing.T) {
	good := newComposer(t, false)
	noSteps := fixture(t)
	noSteps.Steps = nil
	tests := []struct {
		name   string
		render func() (assistant.Email, error)
	}{
		{"nil conversation", func() (assistant.Email, error) { return good.Prep(nil, testReplyTo, testNow) }},
		{"bad From", func() (assistant.Email, error) {
			return (&Composer{From: "not an address"}).Prep(fixture(t), testReplyTo, testNow)
		}},
		{"injected reply address", func() (assistant.Email, error) {
			return good.Prep(fixture(t), "reply+x@in.example.com\r\nBcc: m@evil.example", testNow)
		}},
		{"named reply address", func() (assistant.Email, error) {
			return good.Prep(fixture(t), "Eve <reply+x@in.example.com>", testNow)
		}},
		{"bad recipient", func() (assistant.Email, error) {
			conv := fixture(t)
			conv.Employee.Email = "alice@example.com>, m@evil.example"
			return good.Prep(conv, testReplyTo, testNow)
		}},
		{"no date", func() (assistant.Email, error) { return good.Prep(fixture(t), testReplyTo, time.Time{}) }},
		{"plan without steps", func() (assistant.Email, error) {
			return good.Plan(noSteps, testCheckIns, testReplyTo, answered, testNow)
		}},
		{"plan without check-ins", func() (assistant.Email, error) {
			return good.Plan(fixture(t), nil, testReplyTo, answered, testNow)
		}},
		{"check-in 0", func() (assistant.Email, error) { return good.CheckIn(fixture(t), 0, testReplyTo, testNow) }},
		{"unknown expected", func() (assistant.Email, error) {
			return good.Unreadable(fixture(t), fixture(t).Employee, "poem", testReplyTo, answered, testNow)
		}},
		{"malformed checkin expected", func() (assistant.Email, error) {
			return good.Unreadable(fixture(t), fixture(t).Employee, "checkin2x", testReplyTo, answered, testNow)
		}},
		{"unreadable without recipient", func() (assistant.Email, error) {
			return good.Unreadable(fixture(t), conversation.Participant{}, "prep", testReplyTo, answered, testNow)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := tt.render()
			if err == nil {
				t.Fatalf("render succeeded (%d bytes), want an error", len(e.Raw))
			}
			if code := conversation.ErrorCode(err); code != conversation.EINVALID {
				t.Errorf("error %v has code %q, want %q", err, code, conversation.EINVALID)
			}
		})
	}
}

func TestTemplatesParse(t *testing.T) {
	ts, err := loadTemplates()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range emails {
		if ts.text[name] == nil || ts.html[name] == nil {
			t.Errorf("email %s has no templates", name)
		}
	}
}

func TestDefaults(t *testing.T) {
	c := &Composer{From: "cc@mail.example.com"} // no name, no bank, no domain
	e, err := c.Preread(fixture(t), testNow)
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, e)
	from, _ := p.Header.AddressList("From")
	if len(from) != 1 || from[0].Name != DefaultProduct {
		t.Errorf("From = %v, want the product name as display name", from)
	}
	wantContains(t, "text", p.Text, questions.Default().Stages[0].Guidance)
	if !strings.HasSuffix(e.MessageID, "@mail.example.com") {
		t.Errorf("Message-ID %q, want the From domain", e.MessageID)
	}
}

func TestWithoutSteps(t *testing.T) {
	c := newComposer(t, false)
	conv := fixture(t)
	conv.Steps = nil
	tests := []struct {
		name   string
		render func() (assistant.Email, error)
		want   []string
		not    []string
	}{
		{"check-in asks for the steps", func() (assistant.Email, error) { return c.CheckIn(conv, 1, testReplyTo, testNow) },
			[]string{"don't have the steps", "one per line"}, []string{"1 done", "Status:"}},
		{"review says there were none", func() (assistant.Email, error) { return c.Review(conv, testNow) },
			[]string{"never received the steps", "book your next career conversation"}, []string{"Done:", "Still open:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := tt.render()
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			for _, part := range []struct{ what, s string }{{"text", p.Text}, {"HTML", p.HTML}} {
				wantContains(t, part.what, part.s, tt.want...)
				wantNotContains(t, part.what, part.s, tt.not...)
			}
			wantNotContains(t, "HTML", p.HTML, "<ol")
		})
	}
}
