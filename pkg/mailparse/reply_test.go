package mailparse

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

func TestReadErrors(t *testing.T) {
	qs := bankQuestions(t)
	now := time.Date(2027, 1, 11, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		raw  string
		kind conversation.ReplyKind
		want error
	}{
		{"not a message", "hello, this is not an email", conversation.ReplyPrep, ErrNotMessage},
		{"empty", "", conversation.ReplySteps, ErrNotMessage},
		{"unknown kind", "From: a@b.example\r\n\r\n1. x\r\n", conversation.ReplyKind("review"), ErrUnknownKind},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Read([]byte(tt.raw), tt.kind, qs, now)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Read = %+v, %v; want %v", r, err, tt.want)
			}
		})
	}
}

func TestReadUsesDateHeaderThenNow(t *testing.T) {
	qs := bankQuestions(t)
	now := time.Date(2027, 6, 1, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		date string
		want string
	}{
		{"date header", "Date: Mon, 18 Jan 2027 14:05:00 +0100\r\n", "2027-03-01"}, // 18 Jan + 6 weeks
		{"no date header", "", "2027-07-13"},                                       // now + 6 weeks
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := "From: Jane <jane@acme.example>\r\nTo: reply+x@in.example\r\nSubject: Re: steps\r\n" + tt.date + "\r\n- Draft my plan in 6 weeks\r\n"
			r, err := Read([]byte(raw), conversation.ReplySteps, qs, now)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Steps) != 1 || deref(r.Steps[0].Due) != tt.want {
				t.Fatalf("steps %s, want one due %s", fmtSteps(r.Steps), tt.want)
			}
			if r.From != "jane@acme.example" || r.Answers != nil || r.Progress != nil {
				t.Errorf("reply %+v", r)
			}
		})
	}
}

func TestReadTextDropsQuotes(t *testing.T) {
	raw := "From: jane@acme.example\r\n\r\n> 2. What is going well?\r\nThe team.\r\n> 3. What are you proud of?\r\n"
	r, err := Read([]byte(raw), conversation.ReplyPrep, bankQuestions(t), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Text, ">") || !strings.Contains(r.Text, "The team.") {
		t.Errorf("text %q", r.Text)
	}
	if r.Answers[2] != "The team." {
		t.Errorf("answers %v", r.Answers)
	}
}

func TestSignOffAndGreeting(t *testing.T) {
	tests := []struct {
		line              string
		greeting, signOff bool
	}{
		{"Hi Sam,", true, false},
		{"Hello,", true, false},
		{"Hallo Sam,", true, false},
		{"Hola Sam:", true, false},
		{"His answer was short.", false, false},
		{"Thanks,", false, true},
		{"Thanks, Jane", false, true},
		{"Best regards,", false, true},
		{"Viele Grüße", false, true},
		{"Met vriendelijke groet,", false, true},
		{"Thanks for asking, I think it went well.", false, false},
		{"Best of all, the team.", false, false},
		{"Hi both,", true, false},
		{"Hallo zusammen!", true, false},
		{"Hi all the work is done.", false, false},
		{"よろしくお願いいたします。", false, true},
		{"Bien cordialement,", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			if g := isGreeting(tt.line); g != tt.greeting {
				t.Errorf("isGreeting = %v", g)
			}
			if s := isSignOff(tt.line); s != tt.signOff {
				t.Errorf("isSignOff = %v", s)
			}
		})
	}
}

func TestFindStatus(t *testing.T) {
	tests := []struct {
		line   string
		want   conversation.StepStatus
		phrase string
	}{
		{"done", conversation.StepDone, "done"},
		{"Undone", "", ""},
		{"not started yet", conversation.StepNotStarted, "not started"},
		{"NOT   STARTED", conversation.StepNotStarted, "NOT   STARTED"},
		{"in-progress", conversation.StepInProgress, "in-progress"},
		{"we're on track", conversation.StepInProgress, "on track"},
		{"✔️ yes", conversation.StepDone, "✔️"},
		{"abandoned", conversation.StepDropped, "abandoned"},
		{"noch nicht begonnen", conversation.StepNotStarted, "noch nicht begonnen"},
		{"Erledigt!", conversation.StepDone, "Erledigt"},
		{"terminé", conversation.StepDone, "terminé"},
		{"pas encore commencé", conversation.StepNotStarted, "pas encore commencé"},
		{"won't do", conversation.StepDropped, "won't do"},
		{"nothing here", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			s, e, st := findStatus(tt.line)
			got := ""
			if s >= 0 {
				got = tt.line[s:e]
			}
			if st != tt.want || got != tt.phrase {
				t.Errorf("findStatus(%q) = %q %q, want %q %q", tt.line, st, got, tt.want, tt.phrase)
			}
		})
	}
}

func TestDropSignatureFeatures(t *testing.T) {
	lines := func(s string) []srcLine {
		var out []srcLine
		for l := range strings.SplitSeq(s, "\n") {
			out = append(out, srcLine{text: l, ctx: -1})
		}
		return out
	}
	join := func(ls []srcLine) string {
		var b []string
		for _, l := range ls {
			b = append(b, l.text)
		}
		return strings.TrimSpace(strings.Join(b, "\n"))
	}
	for _, tt := range []struct{ in, want string }{
		{"8. The answer.\n\nKind regards,\nJane Doe\nSenior Engineer | Payments\nAcme Ltd\nT: +44 20 7946 0958\nwww.acme.example\n1 Canada Square, London", "8. The answer."},
		{"8. The answer.\nViele Grüße\nJana\n\nDiese E-Mail ist vertraulich. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie die E-Mail.", "8. The answer."},
		// No sign-off: a sentence that ends the answer stays.
		{"8. The answer.\n\nI will also talk to Priya about the course.", "8. The answer.\n\nI will also talk to Priya about the course."},
		// A sign-off above an answer's sentences is no signature.
		{"Thanks,\nI think the course went well and I want to do more of it next quarter.", "Thanks,\nI think the course went well and I want to do more of it next quarter."},
	} {
		if got := join(dropSignature(lines(tt.in))); got != tt.want {
			t.Errorf("dropSignature(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestJoinFields checks joinFields against what it stands for.
func TestJoinFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", "a  b", " a", "a ", "a\tb", "a\u00a0b", "a\u0085b", "a\vb", "\xff b", "ça va  bien", "x\u2003y", "a b c"} {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
}
