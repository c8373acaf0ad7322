package mime

import (
	"strings"

	"github.com/careerconv/careerconv/pkg/lexicon"
	"github.com/careerconv/careerconv/pkg/quote"
)

// autoReplyWording returns why a message its headers do not mark as
// automatic is an out-of-office notice all the same, or "": its subject
// starts with an auto-reply prefix in a language of the lexicon
// ("Automatic reply:", "Abwesenheitsnotiz:", "Réponse automatique :"), or
// its body is short, quotes no history and says so in its first lines
// ("I am out of the office until …"). A person's reply that mentions a
// holiday also answers the email it quotes, or numbers its answers or
// updates, so it is never taken for one.
//
// d is the body classified, nil when it is longer than autoReplyMaxBody.
func autoReplyWording(subject string, d *quote.Doc) string {
	s := strings.ToLower(strings.TrimSpace(subject))
	if lexicon.HasPrefixAny(s, lexicon.AutoReplySubjects()) {
		return "automatic reply (subject)"
	}
	if d == nil || len(d.Text) > autoReplyMaxBody {
		return ""
	}
	lines, kinds := d.Lines, d.Kinds
	for _, k := range kinds {
		switch k {
		case quote.Quote, quote.Marker, quote.Header, quote.QuotedMarker:
			return ""
		}
	}
	if quote.HasNumberedLine(lines, kinds) {
		return "" // "1 done, 2 blocked: I was on holiday": a person's update
	}
	head := 0
	for i, k := range kinds {
		if k != quote.Text || head >= autoReplyHeadBytes {
			continue
		}
		head += len(lines[i])
		if lexicon.ContainsAny(strings.ToLower(lines[i]), lexicon.AutoReplyBodies()) {
			return "automatic reply (wording)"
		}
	}
	return ""
}

// Bounds of an out-of-office body: the whole of it, and the part that must
// say so.
const (
	autoReplyMaxBody   = 2000
	autoReplyHeadBytes = 300
)
