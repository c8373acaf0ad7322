package extract

import (
	"strings"
	"testing"
)

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
