package mailcompose

import (
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/questions"
)

// hostile is what a person might type into an answer, a note, a step or a name
// to inject markup: a script, an attribute breaking out of its quotes, an image
// with an event handler.
const hostile = `<script>alert(1)</script>"onmouseover="alert(2)' <img src=x onerror=alert(3)>`

// allowedTags are the only elements an email's HTML may have.
var allowedTags = []string{"html", "head", "meta", "title", "style", "body", "div", "table", "tr", "td",
	"p", "strong", "em", "br", "ol", "ul", "li", "h2", "blockquote", "span", "q", "a"}

// checkMarkup fails when the HTML has an element or attribute the emails never
// write: hostile text reached it unescaped.
func checkMarkup(t *testing.T, what, doc string) {
	t.Helper()
	if strings.Contains(doc, "<script") || strings.Contains(doc, `"onmouseover=`) || strings.Contains(doc, "<img") {
		t.Errorf("%s: HTML holds hostile text unescaped", what)
	}
	z := html.NewTokenizer(strings.NewReader(doc))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		if !slices.Contains(allowedTags, tok.Data) {
			t.Errorf("%s: unexpected element <%s>", what, tok.Data)
		}
		for _, a := range tok.Attr {
			switch {
			case strings.HasPrefix(a.Key, "on"), strings.Contains(a.Key, "alert"):
				t.Errorf("%s: <%s> has the attribute %s=%q", what, tok.Data, a.Key, a.Val)
			case a.Key == "href" && !strings.HasPrefix(a.Val, "mailto:"):
				t.Errorf("%s: link to %q", what, a.Val)
			}
		}
	}
}

// TestEveryKindEscapesHostileText renders every email kind, down every branch,
// from a view whose every value is hostile: the HTML keeps only the elements and
// attributes the emails write, and shows the text escaped.
func TestEveryKindEscapesHostileText(t *testing.T) {
	for name := range kinds {
		for _, result := range []string{"created", "rescheduled", "cancelled", "refused"} {
			for _, flip := range []bool{false, true} {
				v := hostileView(result, flip)
				_, text, doc, err := write(name, v)
				if err != nil {
					t.Fatal(err)
				}
				what := name + "/" + result
				checkMarkup(t, what, doc)
				if !strings.Contains(doc, "&lt;script&gt;alert(1)&lt;/script&gt;&#34;onmouseover=&#34;alert(2)&#39;") {
					t.Errorf("%s: the HTML does not show the hostile text escaped", what)
				}
				if !strings.Contains(text, hostile) {
					t.Errorf("%s: the plain text does not show the hostile text as written", what)
				}
			}
		}
	}
}

// hostileView is a view with every string hostile and every list filled; flip
// turns the flags the other way, for the other branches.
func hostileView(result string, flip bool) *view {
	h := hostile
	st := step{N: 1, Text: h, Due: h, Status: h, Done: flip, Overdue: !flip, Blocked: true, LastNote: h,
		Notes: []note{{CheckIn: 1, Date: h, Status: h, Text: h}}}
	q := question{N: 1, Text: h, Answer: h, Short: h, Answered: !flip, ForMeeting: flip}
	q8 := question{N: 8, Text: h, ForMeeting: true}
	u := update{N: 1, Step: h, Status: h, Known: flip, Note: h}
	return &view{
		Product: h, Org: org{Name: h, HR: h, HRMail: h + "@example.com", Privacy: h, Lang: "en-GB"},
		Threads: threads{Prep: h, Preread: h, Steps: h}, ThreadSubject: h, Intro: true,
		Name: h, Employee: h, Manager: h, ToManager: flip, Meeting: h, When: h, CanReply: true,
		Action: map[bool]string{false: h}[flip], Summary: h, Stand: standBefore,
		StepsQuestion: 8, Questions: []question{q, q8}, Stored: []question{q}, Kept: []question{q}, Open: []question{q},
		RequestCV: true, Wants: map[bool]string{false: h}[flip], Answered: 1, Answerable: 7,
		Highlights: []highlight{{Label: h, Quote: h}}, Flags: []concernNote{{Quote: h, Stage: 2}, {Quote: h}},
		Unanswered: []int{3}, Suggestions: []suggestion{{Before: h, Quote: h, After: h}, {Before: h, After: h}},
		Stages: []stage{{N: 1, Title: h, Question: h, Answer: h, Answered: true, Tip: h, Guidance: h, Prepare: h},
			{N: 2, Title: h, Answer: h, Answered: true, Tip: h, Guidance: h, Prepare: h}, {N: 3, Title: h, Tip: h}, {N: 8, Title: h, Tip: h, ForMeeting: true}},
		FullGuide: !flip, HasRes: true, Opening: h, Notes: h, ShortNotes: flip,
		Resources: questions.Resources{Priorities: []string{h}, Learning: []string{h}, People: []questions.Person{{Name: h, Topic: h, Email: h}}},
		Changed:   []question{q}, Steps: []step{st, st}, CheckIns: []string{h, h}, CheckIn: 1,
		Applied: []update{u}, Rejected: []update{u, {N: 4, Status: h}}, Unreported: []step{st}, Done: []step{st}, Blocked: []step{st, st}, Left: []step{st},
		Expected: map[bool]conversation.ReplyKind{false: conversation.ReplyPrep, true: conversation.ReplyCheckIn}[flip],
		Invite: &inviteView{Result: result, Summary: h, Address: h, Recurring: true, Reason: h, CheckIns: []string{h},
			Plan: []plannedEmail{{When: h, Kind: "prep", Employee: h}, {When: h, Kind: h}}},
		Journey: &journeyView{Done: []step{st}, Blocked: []step{st}, Feedback: h, About: []step{st}, Changes: []changeLine{{Text: h}},
			Dropped: []int{2}, Entries: []entryLine{{Date: h, Kind: h, Text: h}}, By: h, RecordTitle: h, Help: []string{h}, Lines: []string{h}},
		Example: []string{h}, ExampleLead: h,
	}
}

// TestHostileAnswersInEveryEmail writes the hostile text into the answers, notes,
// steps, progress notes, record, feedback and names of a conversation and sends
// every kind of email about it: none lets it through unescaped.
func TestHostileAnswersInEveryEmail(t *testing.T) {
	c := newComposer(t, true)
	c.Org = Organisation{Name: hostile, HRContact: "people@acme.example", Privacy: hostile}
	conv := fixture(t)
	conv.Employee.Name, conv.Manager.Name = hostile, hostile
	conv.Answers = nil
	conv.SetAnswers(map[int]string{1: hostile, 2: hostile, 3: hostile, 4: hostile, 5: hostile, 6: hostile, 7: hostile}, testNow)
	conv.Notes = hostile
	conv.Steps[0].Text = hostile
	conv.Steps[2].Progress = append(conv.Steps[2].Progress, conversation.ProgressNote{CheckIn: 2, Status: conversation.StepBlocked, Note: hostile})
	conv.Journey.Record = append(conv.Journey.Record, conversation.Entry{At: testNow, Kind: conversation.EntryWin, Text: hostile})
	at := func(d time.Duration) time.Time { return testNow.Add(d) }
	upd := []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepBlocked, Note: hostile}}
	renders := map[string]func() (conversation.Email, error){
		"prep": func() (conversation.Email, error) { return c.Prep(conv, conversation.Cycle{}, testReplyTo, testNow) },
		"receipt": func() (conversation.Email, error) {
			return c.Receipt(conv, []int{1, 3}, nil, assistant.CVNote{}, testReplyTo, answered, testNow)
		},
		"nudge": func() (conversation.Email, error) { return c.Nudge(conv, testReplyTo, testNow) },
		"preread": func() (conversation.Email, error) {
			return c.Preread(conv, conversation.Cycle{}, testReplyTo, true, testNow)
		},
		"update": func() (conversation.Email, error) {
			return c.PrereadUpdate(conv, []int{1, 6}, hostile, testReplyTo, testNow)
		},
		"wrapup": func() (conversation.Email, error) { return c.WrapUp(conv, testReplyTo, testNow) },
		"plan": func() (conversation.Email, error) {
			return c.Plan(conv, testCheckIns, nil, testReplyTo, answered, testNow)
		},
		"checkin": func() (conversation.Email, error) { return c.CheckIn(conv, 2, testReplyTo, at(60*24*time.Hour)) },
		"progress": func() (conversation.Email, error) {
			return c.ProgressReceipt(conv, 2, upd, upd, nil, testReplyTo, answered, testNow)
		},
		"review": func() (conversation.Email, error) { return c.Review(conv, testReplyTo, testNow) },
		"unreadable": func() (conversation.Email, error) {
			return c.Unreadable(conv, conv.Employee, conversation.Purpose{Kind: conversation.ReplyPrep}, testReplyTo, answered, testNow)
		},
		"rescheduled": func() (conversation.Email, error) {
			return c.Rescheduled(conv, conv.Manager, at(time.Hour), testCheckIns, testReplyTo, testNow)
		},
		"cancelled": func() (conversation.Email, error) {
			return c.Cancelled(conv, conv.Employee, testCheckIns, testReplyTo, testNow)
		},
		"noted": func() (conversation.Email, error) {
			return c.Noted(conv, conv.Manager, hostile, testReplyTo, answered, testNow)
		},
		"moved": func() (conversation.Email, error) {
			return c.Moved(conv, conversation.MovedNote{Message: "m", CheckIn: 2, Done: []int{1}, Blocked: []int{3}}, testReplyTo, testNow)
		},
		"feedback": func() (conversation.Email, error) {
			return c.Feedback(conv, conversation.Feedback{Text: hostile, Steps: []int{1}}, testReplyTo, answered, testNow)
		},
		"adjusted": func() (conversation.Email, error) {
			ch := []conversation.Change{{Op: conversation.ChangeAdd, Step: 4, Text: hostile}, {Op: conversation.ChangeDrop, Step: 1, Text: hostile}}
			return c.Adjusted(conv, ch, conv.Employee, testCheckIns, testReplyTo, answered, testNow)
		},
		"recorded": func() (conversation.Email, error) {
			return c.Recorded(conv, []conversation.Entry{{At: testNow, Kind: conversation.EntrySetback, Text: hostile}}, testReplyTo, answered, testNow)
		},
		"help": func() (conversation.Email, error) {
			return c.Help(conv, conv.Employee, conversation.Purpose{Kind: conversation.ReplyCheckIn, CheckIn: 2}, testReplyTo, answered, testNow)
		},
		"commanded": func() (conversation.Email, error) {
			made := []conversation.Choice{{By: "employee", Command: "pause", Until: "2027-05-10", Moved: true}, {By: "employee", Command: "alias", Refused: hostile}}
			return c.Commanded(conv, conv.Employee, made, testCheckIns, testReplyTo, answered, testNow)
		},
		"stranger": func() (conversation.Email, error) {
			return c.Stranger(conv, "other@example.org", []conversation.Participant{conv.Employee}, answered, testNow)
		},
		"invite": func() (conversation.Email, error) {
			return c.Invite(assistant.InviteAnswer{Result: assistant.InviteCreated, To: conv.Manager, Address: testInviteAddr,
				Invite: testInvite(), Conversation: conv, Jobs: conversation.DefaultSchedule().Jobs(conv, testNow), Thread: answered}, testNow)
		},
	}
	for name := range kinds {
		if renders[name] == nil {
			t.Errorf("no hostile render of the %s email", name)
		}
	}
	for name, render := range renders {
		t.Run(name, func(t *testing.T) {
			e, err := render()
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			checkMarkup(t, name, p.HTML)
			if !strings.Contains(p.HTML, "&lt;script&gt;alert(1)&lt;/script&gt;&#34;onmouseover=&#34;alert(2)") {
				t.Errorf("%s: the HTML does not show the hostile text escaped", name)
			}
		})
	}
}

// TestHref keeps http, https and mailto links, percent-encodes what a URL may
// not hold and refuses other schemes, as html/template did.
func TestHref(t *testing.T) {
	tests := []struct{ in, want string }{
		{"mailto:people@acme.example", "mailto:people@acme.example"},
		{"https://acme.example/a b?q=1&r=2", "https://acme.example/a%20b?q=1&amp;r=2"},
		{`mailto:"x"onmouseover=alert(1)@x`, "mailto:%22x%22onmouseover=alert%281%29@x"},
		{"mailto:ana%41+zoë@x", "mailto:ana%41&#43;zo%c3%ab@x"},
		{"javascript:alert(1)", "#ZgotmplZ"},
		{"JavaScript:alert(1)", "#ZgotmplZ"},
		{"data:text/html,<script>", "#ZgotmplZ"},
		{"/relative:path", "/relative:path"},
	}
	for _, tt := range tests {
		if got := string(href(tt.in)); got != tt.want {
			t.Errorf("href(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
