package mime

import (
	"testing"

	"github.com/careerconv/careerconv/pkg/quote"
)

func TestAutoReplyWording(t *testing.T) {
	for _, tt := range []struct {
		subject, body string
		auto          bool
	}{
		{"Automatic reply: Preparing", "Thanks for your email.", true},
		{"Abwesenheitsnotiz: Re: x", "Ich bin nicht im Büro.", true},
		{"Re: x", "I am out of the office until 3 March with limited access to email.", true},
		{"Re: x", "Je suis absente jusqu'au 1er mars.", true},
		// People who mention their leave in a reply are not robots.
		{"Re: x", "1 done\n2 blocked: I was out of the office for two weeks", false},
		{"Re: x", "Sorry, I'm on holiday next week.\n\nOn Mon, 1 Feb 2027, careerconv <a@b.c> wrote:\n> 1. Finish the course", false},
		{"Re: Out of office cover for March", "3. I'd like to cover the out of office rota.", false},
	} {
		if got := autoReplyWording(tt.subject, quote.NewDoc(tt.body)) != ""; got != tt.auto {
			t.Errorf("autoReplyWording(%q, %q) = %v, want %v", tt.subject, tt.body, got, tt.auto)
		}
	}
}
