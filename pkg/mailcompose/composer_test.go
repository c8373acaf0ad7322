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
)

var testCheckIns = []time.Time{
	time.Date(2027, 2, 9, 9, 0, 0, 0, time.UTC),
	time.Date(2027, 3, 9, 9, 0, 0, 0, time.UTC),
	time.Date(2027, 4, 6, 8, 0, 0, 0, time.UTC),
}

// answered is the inbound message a receipt, plan, progress receipt or unreadable answers.
var answered = conversation.Thread{
	MessageID:  "CAF=reply1@mail.gmail.com",
	References: []string{"cc.ab3dc7ef2ghijk4l.prep@mail.example.com"},
}

type emailCase struct {
	name   string
	render func(c *Composer, conv *conversation.Conversation) (conversation.Email, error)
	header string // X-Careerconv-Email, or its prefix for answers
	to, cc string
	from   string // the display name of From
	// replyTo is whether a Reply-To with the token is expected.
	replyTo bool
	// root is the email threaded under ("" for none); inReplyTo the answered message.
	root, inReplyTo string
	subject         string
	text, html      []string
	calendars       int // calendar attachments
}

func emailCases() []emailCase {
	applied := []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone, Note: "shadowed for two weeks"}}
	rejected := []conversation.ProgressUpdate{{Step: 9, Status: conversation.StepDone}}
	return []emailCase{
		{
			name: "prep",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.Prep(v, conversation.Cycle{}, testReplyTo, testNow)
			},
			header:  "prep",
			to:      "alice@example.com",
			from:    "Bob Manager via careerconv",
			replyTo: true,
			subject: "Your career conversation with Bob",
			text: []string{
				"Hi Alice,\n\nReply by Mon 11 Jan – Bob reads your answers the day before your conversation on Tue 12 Jan at 14:00 London time.\n",
				"   1. I'd like us to talk about…", "Why you're getting this", "Bob asks:", "Reply again",
			},
			html: []string{"Tue 12 Jan at 14:00 London time", "Why you're getting this"},
		},
		{
			name: "receipt",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.Receipt(v, []int{2, 4}, nil, assistant.CVNote{}, testReplyTo, answered, testNow)
			},
			header:    "receipt-",
			to:        "alice@example.com",
			from:      "Bob Manager via careerconv",
			replyTo:   true,
			root:      "prep",
			inReplyTo: answered.MessageID,
			subject:   "Re: Your career conversation with Bob",
			text: []string{
				"Hi Alice,\n\nThanks – 2 answers saved, 4 of 7 answered. Bob reads them the day before your conversation",
				"What you sent:", "2. What is going well", `"The team. The freedom to pick my projects."`,
				`"Leading a small product team in Lisbon."`, "Answered earlier and unchanged: 1, 5.",
				"Still open", "3. What are you most proud", "reply again with its number",
			},
			html: []string{"Leading a small product team in Lisbon."},
		},
		{
			name: "nudge",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.Nudge(v, testReplyTo, testNow)
			},
			header:  "nudge",
			to:      "alice@example.com",
			from:    "Bob Manager via careerconv",
			replyTo: true,
			root:    "prep",
			subject: "Re: Your career conversation with Bob",
			text:    []string{"Reply by Mon 11 Jan with a line or two", "3. What are you most proud", "1. Is there anything in particular you would like to get out of our meeting that you would like me to prepare for? (answered)"},
			html:    []string{"Reply by Mon 11 Jan"},
		},
		{
			name: "preread",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.Preread(v, conversation.Cycle{}, testReplyTo, false, testNow)
			},
			header:  "preread",
			to:      "bob@example.com",
			replyTo: true,
			from:    "Alice Example via careerconv",
			subject: "Pre-read: your career conversation with Alice",
			text:    []string{"Hi Bob,\n\nRead before you meet Alice on Tue 12 Jan at 09:00 New York time. Reply with notes for yourself; only you see them.", "## What Alice wants from the meeting", "Answered 4 of 7"},
			html:    []string{"Tue 12 Jan at 09:00 New York time", "What Alice wants from the meeting"},
		},
		{
			name: "wrapup",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.WrapUp(v, testReplyTo, testNow)
			},
			header:  "wrapup",
			to:      "alice@example.com",
			cc:      "bob@example.com",
			from:    "Bob Manager via careerconv",
			replyTo: true,
			subject: "Your career steps with Bob",
			text:    []string{"Hi Alice,\n\nReply with the steps you and Bob agreed, one per line, today while they're fresh:\n"},
			html:    []string{"one per line"},
		},
		{
			name: "plan",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.Plan(v, testCheckIns, nil, testReplyTo, answered, testNow)
			},
			header:    "plan-",
			to:        "alice@example.com",
			cc:        "bob@example.com",
			from:      "Bob Manager via careerconv",
			replyTo:   true,
			root:      "wrapup",
			inReplyTo: answered.MessageID,
			subject:   "Re: Your career steps with Bob",
			text:      []string{"Your plan with Bob: 3 steps, first check-in Tue 9 Feb.", "1. Shadow the product team for two weeks (by Sun 28 Feb)", "2. Talk to Priya about the data guild\n", "Tue 9 Feb, Tue 9 Mar and Tue 6 Apr"},
			html:      []string{"Shadow the product team for two weeks", "(by Sun 28 Feb)", "Tue 9 Mar"},
			calendars: 2,
		},
		{
			name: "checkin",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.CheckIn(v, 2, testReplyTo, testNow)
			},
			header:  "checkin2",
			to:      "alice@example.com",
			from:    "Bob Manager via careerconv",
			replyTo: true,
			root:    "wrapup",
			subject: "Your career steps with Bob",
			text: []string{
				"Hi Alice,\n\nCheck-in 2: reply this week with one line per step, like this:\n\n   1 done\n   2 in progress: halfway\n",
				"[done]. Last note: finished", "blocked. Last note: waiting on budget", "(2 done, 1 blocked)",
				"done, in progress, not started, blocked, dropped",
			},
			html: []string{"waiting on budget", "2 in progress: halfway"},
		},
		{
			name: "progress receipt",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.ProgressReceipt(v, 2, applied, rejected, nil, testReplyTo, answered, testNow)
			},
			header:    "progress2-",
			to:        "alice@example.com",
			from:      "Bob Manager via careerconv",
			replyTo:   true,
			root:      "wrapup",
			inReplyTo: answered.MessageID,
			subject:   "Re: Your career steps with Bob",
			text:      []string{"Hi Alice,\n\nThanks – your steps now: 2 done, 1 blocked.\n", "1. Shadow the product team", "Now done: shadowed for two weeks", "no step 9", "unchanged: 2, 3."},
			html:      []string{"shadowed for two weeks", "no step 9"},
		},
		{
			name: "review",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.Review(v, testReplyTo, testNow)
			},
			header:  "review",
			replyTo: true,
			to:      "alice@example.com",
			cc:      "bob@example.com",
			from:    "Bob Manager via careerconv",
			root:    "wrapup",
			subject: "Your career steps with Bob",
			text: []string{
				"Hi Alice and Bob,\n\nTime to book your next career conversation – Bob, could you suggest a time",
				`Three months ago Alice wanted: "I'd like to talk about moving towards product management"`,
				"Done: Shadow the product team for two weeks; Talk to Priya about the data guild. Well done, Alice!",
				"Blocked: Finish the cloud architecture course (waiting on budget). Bob, could you help unblock it?",
				"in progress: one week done", "done: finished",
			},
			html: []string{"one week done", "book your next career conversation"},
		},
		{
			name: "unreadable prep",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.Unreadable(v, v.Employee, conversation.Purpose{Kind: conversation.ReplyPrep}, testReplyTo, answered, testNow)
			},
			header: "unreadable-prep-", to: "alice@example.com", from: "Bob Manager via careerconv", replyTo: true, root: "prep", inReplyTo: answered.MessageID,
			subject: "Re: Your career conversation with Bob",
			text:    []string{"Hi Alice,\n\nThanks – careerconv found no answers in your reply.", "1. I'd like us to talk about"},
			html:    []string{"found no answers"},
		},
		{
			name: "unreadable steps from the manager",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.Unreadable(v, v.Manager, conversation.Purpose{Kind: conversation.ReplySteps}, testReplyTo, answered, testNow)
			},
			header: "unreadable-steps-", to: "bob@example.com", from: "Alice Example via careerconv", replyTo: true, root: "wrapup", inReplyTo: answered.MessageID,
			subject: "Re: Your career steps with Bob",
			text:    []string{"Hi Bob,", "found no steps", "one per line"},
			html:    []string{"found no steps"},
		},
		{
			name: "unreadable checkin",
			render: func(c *Composer, v *conversation.Conversation) (conversation.Email, error) {
				return c.Unreadable(v, v.Employee, conversation.Purpose{Kind: conversation.ReplyCheckIn, CheckIn: 3}, testReplyTo, answered, testNow)
			},
			header: "unreadable-checkin-", to: "alice@example.com", from: "Bob Manager via careerconv", replyTo: true, root: "wrapup", inReplyTo: answered.MessageID,
			subject: "Re: Your career steps with Bob",
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
			for range tt.calendars {
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
			if from, _ := h.AddressList("From"); len(from) != 1 || from[0].Name != tt.from {
				t.Errorf("From = %v, want the display name %q", from, tt.from)
			}
			if got := h.Get("Auto-Submitted"); got != "auto-generated" {
				t.Errorf("Auto-Submitted = %q, want auto-generated on every email", got)
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
				for _, r := range append(slices.Clone(answered.References), tt.inReplyTo) {
					if !slices.Contains(wantRefs, r) {
						wantRefs = append(wantRefs, r)
					}
				}
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
			e, err := c.Prep(conv, conversation.Cycle{}, testReplyTo, testNow)
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			for i, q := range c.bank().Questions() {
				wantContains(t, "text", p.Text, fmt.Sprintf("%d. %s\n", i+1, q))
				wantContains(t, "HTML", p.HTML, fmt.Sprintf(`<li value="%d"`, i+1), htmlEscape(q)+"</li>")
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
	e, err := c.Prep(conv, conversation.Cycle{}, "", testNow)
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
			conv.Notes = "Hi Bob,\nThanks for setting this up!\nHappy to talk about anything.\nEspecially mentoring.\nBest,\nAlice"
			e, err := c.Preread(conv, conversation.Cycle{}, "", false, testNow)
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			// The brief's order: what she wants, the summary, three questions, her answers.
			order := []string{"## What Alice wants from the meeting", "I'd like to talk about moving towards product management.",
				"## In short", "Answered 4 of 7 (8 is for the meeting).", "Not answered: 3, 6 and 7.",
				"## Three questions you could ask", "## Alice's answers, by stage"}
			last := -1
			for _, o := range order {
				i := strings.Index(p.Text, o)
				if i < 0 || i < last {
					t.Errorf("text has %q at %d, want it after %d:\n%s", o, i, last, p.Text)
				}
				last = max(last, i)
			}
			// Each stage is one line with its tip; her answer follows; 8 is for the meeting.
			for _, s := range c.bank().Stages {
				line := fmt.Sprintf("\n%d. %s. Tip: %s\n", s.Number, s.Title, s.ShortTip())
				switch s.Number {
				case 1: // her answer is at the top
					wantNotContains(t, "text", p.Text, line)
				case 8:
					wantContains(t, "text", p.Text, fmt.Sprintf("\n8. %s. For the meeting: %s\n", s.Title, tipFor(s)))
				default:
					wantContains(t, "text", p.Text, line)
				}
				wantNotContains(t, "text", p.Text, s.Guidance)
			}
			wantContains(t, "text", p.Text, "4. Agree on the desired outcomes. Tip: "+c.bank().Stages[3].ShortTip()+"\n   Leading a small product team in Lisbon.")
			if got := strings.Count(p.Text, "   Not answered."); got != 3 {
				t.Errorf("text marks %d stages not answered, want 3 (3, 6, 7; 8 is for the meeting)", got)
			}
			if got := strings.Count(p.HTML, ">Not answered.</p>"); got != 3 {
				t.Errorf("HTML marks %d stages not answered, want 3", got)
			}
			// Three suggestions: two from her answers (4 first), one from an open stage in the bank's words.
			sug := p.Text[strings.Index(p.Text, "## Three questions"):strings.Index(p.Text, "## Alice's answers")]
			wantContains(t, "suggestions", sug, "1. You wrote “Leading a small product team in Lisbon”: what would a first step", "3. "+c.bank().Stages[2].Question)
			wantNotContains(t, "suggestions", sug, "4. ")
			// Notes without greetings and thanks, shown in the summary.
			wantContains(t, "text", p.Text, `- Notes: "Happy to talk about anything. Especially mentoring."`)
			wantNotContains(t, "text", p.Text, "Thanks for setting this up", "Hi Bob,\n\nHi", "Best,")
			wantContains(t, "HTML", p.HTML, "Especially mentoring.", `data-who="employee"`)
			resources := []string{"Priority: Grow the platform team", "Learning: Cloud architecture course", "Someone to talk to: Priya Nair, data engineering", "priya@example.com"}
			if tt.resources {
				wantContains(t, "text", p.Text, resources...)
				wantContains(t, "HTML", p.HTML, resources...)
			} else {
				wantNotContains(t, "text", p.Text, append(resources, "## From")...)
				wantNotContains(t, "HTML", p.HTML, resources...)
			}
		})
	}
}

// TestPrereadFullGuide checks a manager's first pre-read: each stage's whole
// guidance and what to prepare, besides the one-line tip.
func TestPrereadFullGuide(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	for _, full := range []bool{true, false} {
		e, err := c.Preread(conv, conversation.Cycle{}, testReplyTo, full, testNow)
		if err != nil {
			t.Fatal(err)
		}
		p := parse(t, e)
		for _, s := range c.bank().Stages {
			if got := strings.Contains(p.Text, s.Guidance) && strings.Contains(p.Text, s.Prepare); got != full {
				t.Errorf("full=%v: stage %d guidance shown %v", full, s.Number, got)
			}
		}
	}
}

func TestPrereadBrief(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	conv.Answers = nil
	e, err := c.Preread(conv, conversation.Cycle{}, "", false, testNow)
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, e)
	// Nothing answered: the opening question stands in for what she wants, and the
	// suggestions are the bank's own questions.
	wantContains(t, "text", p.Text, "Alice didn't say. You could open with: \""+c.bank().OpeningQuestion+"\"", "Answered 0 of 7", "Not answered: 1, 2, 3, 4, 5, 6 and 7.",
		"1. "+c.bank().Stages[1].Question, "2. "+c.bank().Stages[2].Question, "3. "+c.bank().Stages[3].Question)

	// A concern is flagged in her words.
	conv.SetAnswers(map[int]string{2: "The team. I'm worried about burnout though, the on-call load is heavy."}, testNow)
	e, err = c.Preread(conv, conversation.Cycle{}, "", false, testNow)
	if err != nil {
		t.Fatal(err)
	}
	wantContains(t, "text", parse(t, e).Text, `- Flagged (answer 2): "I'm worried about burnout though, the on-call load is heavy."`)
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "'", "&#39;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(s)
}

func TestHTMLEscapesUserText(t *testing.T) {
	const evil = `<script>alert("x")</script><img src=x onerror=alert(1)>`
	c, conv := newComposer(t, true), fixture(t)
	conv.Employee.Name = `<b>Bold</b> Alice`
	conv.Answers = nil
	conv.SetAnswers(map[int]string{1: evil, 3: evil}, testNow)
	conv.Notes = evil
	conv.Steps[0].Text = evil
	conv.Steps[1].Progress = append(conv.Steps[1].Progress, conversation.ProgressNote{CheckIn: 2, Status: conversation.StepBlocked, Note: evil})
	renders := map[string]func() (conversation.Email, error){
		"prep": func() (conversation.Email, error) { return c.Prep(conv, conversation.Cycle{}, testReplyTo, testNow) },
		"receipt": func() (conversation.Email, error) {
			return c.Receipt(conv, []int{1, 3}, nil, assistant.CVNote{}, testReplyTo, answered, testNow)
		},
		"preread": func() (conversation.Email, error) { return c.Preread(conv, conversation.Cycle{}, "", false, testNow) },
		"plan": func() (conversation.Email, error) {
			return c.Plan(conv, testCheckIns, nil, testReplyTo, answered, testNow)
		},
		"checkin": func() (conversation.Email, error) { return c.CheckIn(conv, 2, testReplyTo, testNow) },
		"review":  func() (conversation.Email, error) { return c.Review(conv, "", testNow) },
		"progress": func() (conversation.Email, error) {
			return c.ProgressReceipt(conv, 2, []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepBlocked, Note: evil}}, nil, nil, testReplyTo, answered, testNow)
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
			known := []string{"Content-Type", "Auto-Submitted", "From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-Id", "References", "X-Auto-Response-Suppress", "X-Careerconv-Email", "Mime-Version"}
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
	e, err := c.Prep(conv, conversation.Cycle{}, testReplyTo, testNow)
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
	if got := subject(t, p.Header); got != "Your career conversation with Zoë" {
		t.Errorf("Subject = %q", got)
	}
	if from, err := p.Header.AddressList("From"); err != nil || len(from) != 1 || from[0].Name != "Zoë Ångström via careerconv" {
		t.Errorf("From = %v, %v; want Zoë Ångström via careerconv", from, err)
	}
	wantContains(t, "text", p.Text, "Zoë asks:")
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
	r1, err := c.Receipt(conv, []int{1}, nil, assistant.CVNote{}, testReplyTo, conversation.Thread{MessageID: "one@x"}, testNow)
	if err != nil {
		t.Fatal(err)
	}
	r1again, _ := c.Receipt(conv, []int{1}, nil, assistant.CVNote{}, testReplyTo, conversation.Thread{MessageID: "one@x"}, testNow.Add(time.Minute))
	r2, _ := c.Receipt(conv, []int{1}, nil, assistant.CVNote{}, testReplyTo, conversation.Thread{MessageID: "two@x"}, testNow)
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
	th := conversation.Thread{MessageID: "<last@x>"}
	for i := range 30 {
		th.References = append(th.References, fmt.Sprintf("r%d@x", i))
	}
	th.References = append(th.References, c.MessageID(conv, "prep"), "bad id with spaces", "<r3@x>")
	e, err := c.Receipt(conv, []int{1}, nil, assistant.CVNote{}, testReplyTo, th, testNow)
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
		{"two days", time.Date(2027, 1, 10, 9, 0, 0, 0, time.UTC), "Reply by Mon 11 Jan with a line or two – any answer helps Bob prepare for your conversation on Tuesday.", "Re: Your career conversation with Bob"},
		{"after the pre-read", time.Date(2027, 1, 11, 23, 30, 0, 0, time.UTC), "Reply with a line or two before your conversation tomorrow at 14:00 London time – Bob gets your answers as they arrive.", "Re: Your career conversation with Bob"},
		{"today", time.Date(2027, 1, 12, 9, 0, 0, 0, time.UTC), "before your conversation today at 14:00 London time", "Re: Your career conversation with Bob"},
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
	e, err := c.Receipt(conv, []int{3}, nil, assistant.CVNote{}, testReplyTo, answered, testNow)
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, e)
	wantContains(t, "text", p.Text, "…\"", "7 of 7 answered")
	wantNotContains(t, "text", p.Text, long[:shortLen+10], "Still open")

	e, err = c.Receipt(conv, nil, nil, assistant.CVNote{}, testReplyTo, answered, testNow)
	if err != nil {
		t.Fatal(err)
	}
	wantContains(t, "text", parse(t, e).Text, "Thanks for your reply – it didn't change any answer.")
}

func TestErrors(t *testing.T) {
	good := newComposer(t, false)
	noSteps := fixture(t)
	noSteps.Steps = nil
	tests := []struct {
		name   string
		render func() (conversation.Email, error)
	}{
		{"nil conversation", func() (conversation.Email, error) { return good.Prep(nil, conversation.Cycle{}, testReplyTo, testNow) }},
		{"bad From", func() (conversation.Email, error) {
			return (&Composer{From: "not an address"}).Prep(fixture(t), conversation.Cycle{}, testReplyTo, testNow)
		}},
		{"injected reply address", func() (conversation.Email, error) {
			return good.Prep(fixture(t), conversation.Cycle{}, "reply+x@in.example.com\r\nBcc: m@evil.example", testNow)
		}},
		{"named reply address", func() (conversation.Email, error) {
			return good.Prep(fixture(t), conversation.Cycle{}, "Eve <reply+x@in.example.com>", testNow)
		}},
		{"bad recipient", func() (conversation.Email, error) {
			conv := fixture(t)
			conv.Employee.Email = "alice@example.com>, m@evil.example"
			return good.Prep(conv, conversation.Cycle{}, testReplyTo, testNow)
		}},
		{"no date", func() (conversation.Email, error) {
			return good.Prep(fixture(t), conversation.Cycle{}, testReplyTo, time.Time{})
		}},
		{"no date", func() (conversation.Email, error) {
			return good.Prep(fixture(t), conversation.Cycle{}, testReplyTo, time.Time{})
		}},
		{"plan without steps", func() (conversation.Email, error) {
			return good.Plan(noSteps, testCheckIns, nil, testReplyTo, answered, testNow)
		}},
		{"plan without check-ins", func() (conversation.Email, error) {
			return good.Plan(fixture(t), nil, nil, testReplyTo, answered, testNow)
		}},
		{"check-in 0", func() (conversation.Email, error) { return good.CheckIn(fixture(t), 0, testReplyTo, testNow) }},
		{"expected notes", func() (conversation.Email, error) {
			return good.Unreadable(fixture(t), fixture(t).Employee, conversation.Purpose{Kind: conversation.ReplyNotes}, testReplyTo, answered, testNow)
		}},
		{"negative check-in expected", func() (conversation.Email, error) {
			return good.Unreadable(fixture(t), fixture(t).Employee, conversation.Purpose{Kind: conversation.ReplyCheckIn, CheckIn: -1}, testReplyTo, answered, testNow)
		}},
		{"unreadable without recipient", func() (conversation.Email, error) {
			return good.Unreadable(fixture(t), conversation.Participant{}, conversation.Purpose{Kind: conversation.ReplyPrep}, testReplyTo, answered, testNow)
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

func TestDefaults(t *testing.T) {
	c := &Composer{From: "cc@mail.example.com"} // no name, no bank, no domain
	e, err := c.Preread(fixture(t), conversation.Cycle{}, "", false, testNow)
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, e)
	from, _ := p.Header.AddressList("From")
	if len(from) != 1 || from[0].Name != "Alice Example via "+DefaultProduct {
		t.Errorf("From = %v, want the employee via the product name", from)
	}
	wantContains(t, "text", p.Text, questions.Default().Stages[1].ShortTip(), DefaultOrganisation, DefaultHRContact, DefaultPrivacy)
	wantContains(t, "HTML", p.HTML, `<html lang="`+DefaultLocale+`">`)
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
		render func() (conversation.Email, error)
		want   []string
		not    []string
	}{
		{"check-in asks for the steps", func() (conversation.Email, error) { return c.CheckIn(conv, 1, testReplyTo, testNow) },
			[]string{"reply with the steps you and Bob agreed, one per line", "doesn't have the steps"}, []string{"1 done", "Status:"}},
		{"review says there were none", func() (conversation.Email, error) { return c.Review(conv, "", testNow) },
			[]string{"never received the steps", "book your next career conversation"}, []string{"Done:", "Still going:"}},
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

// TestThreadsOnProviderIDs checks threading on SES: a sent root email is referred
// to by the ID the provider returned, as the provider's Message-ID, so clients
// thread later emails under the message the mailboxes have.
func TestThreadsOnProviderIDs(t *testing.T) {
	conv := fixture(t)
	conv.MarkSent("prep", "0100018c-4e1f-7a2b-000000", "cc.ab3dc7ef2ghijk4l.prep@mail.example.com", testNow)
	tests := []struct{ name, domain, want string }{
		{"SES", "eu-west-1.amazonses.com", "0100018c-4e1f-7a2b-000000@eu-west-1.amazonses.com"},
		{"provider keeps ours", "", "cc.ab3dc7ef2ghijk4l.prep@mail.example.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newComposer(t, false)
			c.ProviderDomain = tt.domain
			e, err := c.Receipt(conv, []int{1}, nil, assistant.CVNote{}, testReplyTo, answered, testNow)
			if err != nil {
				t.Fatal(err)
			}
			if refs := ids(t, parse(t, e).Header, "References"); len(refs) == 0 || refs[0] != tt.want {
				t.Errorf("References = %v, want the prep as %s first", refs, tt.want)
			}
		})
	}
	// A root not (yet) sent is referred to by our own Message-ID.
	c := newComposer(t, false)
	c.ProviderDomain = "email.amazonses.com"
	e, err := c.CheckIn(conv, 1, testReplyTo, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if refs := ids(t, parse(t, e).Header, "References"); !slices.Equal(refs, []string{c.MessageID(conv, "wrapup")}) {
		t.Errorf("References = %v, want our wrap-up Message-ID", refs)
	}
}

func TestFragment(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Leading a small product team in Lisbon. And more.", "Leading a small product team in Lisbon"},
		{"The team is great and I enjoy the on-call improvements I've been leading.", "The team is great and I enjoy…"},
		{"I need to learn product discovery, roadmapping and stakeholder work.", "I need to learn product discovery…"},
	}
	for _, tt := range tests {
		if got := fragment(tt.in); got != tt.want {
			t.Errorf("fragment(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReceiptWordedForWhereItStands: a prep receipt says what happens to the
// answers before the pre-read, after it and after the meeting, and words the
// question about paragraphs tied to no question to match; its HTML lang is the
// organisation's locale.
func TestReceiptWordedForWhereItStands(t *testing.T) {
	unplaced := []conversation.Unplaced{{Kind: conversation.UnplacedParagraph, Text: "Especially mentoring."}}
	meeting := time.Date(2027, 1, 12, 14, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		locale string
		now    time.Time
		status conversation.Status
		want   []string
		absent []string
	}{
		{"BeforeThePreread", "en-GB", testNow, conversation.StatusScheduled,
			[]string{"Bob reads them the day before", "Not tied to a question, so kept as notes for Bob:", "Still open"}, nil},
		{"AfterThePreread", "en-US", meeting.Add(-2 * time.Hour), conversation.StatusScheduled,
			[]string{"Bob already has your earlier answers; what changed goes to Bob now", "kept as notes for Bob:"}, nil},
		{"AfterTheMeeting", "de-CH", meeting.Add(26 * time.Hour), conversation.StatusAwaitingSteps,
			[]string{"kept for your record", "Not tied to a question, so kept as notes with your answers:"},
			[]string{"Still open", "kept as notes for Bob"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &Composer{From: "careerconv <cc@mail.example.com>", Org: Organisation{Locale: tc.locale}}
			conv := fixture(t)
			conv.Status = tc.status
			e, err := c.Receipt(conv, []int{1}, unplaced, assistant.CVNote{}, testReplyTo, answered, tc.now)
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			wantContains(t, "text", p.Text, tc.want...)
			for _, a := range tc.absent {
				if strings.Contains(p.Text, a) {
					t.Errorf("text has %q:\n%s", a, p.Text)
				}
			}
			wantContains(t, "HTML", p.HTML, `<html lang="`+tc.locale+`">`)
		})
	}
}
