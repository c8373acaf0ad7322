package mailcompose

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The pre-read is a brief: what the employee wants, a summary, three questions to
// ask, then her answers. The rules here pick from her own words; they never
// paraphrase her, they quote.

// fragmentLen bounds a quoted fragment of an answer.
const fragmentLen = 40

// fragment is the first sentence or clause of an answer, clipped at a word
// boundary to fragmentLen runes: "Leading a small product team in Lisbon".
func fragment(s string) string { return clipSentence(s, fragmentLen) }

// clipSentence is the first sentence of s, clipped at a word boundary to n runes.
func clipSentence(s string, n int) string {
	s = oneLine(s)
	if i := strings.IndexAny(s, ".;!?\n"); i > 0 {
		s = s[:i]
	}
	s = strings.TrimRight(s, " ,:-–")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := string([]rune(s)[:n])
	// Prefer the end of a clause, then of a word that is not a joining one.
	if i := strings.LastIndexAny(cut, ",;:–"); i > len(cut)/2 {
		cut = cut[:i]
	} else if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
		words := strings.Fields(cut)
		for len(words) > 3 && joining[strings.ToLower(words[len(words)-1])] {
			words = words[:len(words)-1]
		}
		cut = strings.Join(words, " ")
	}
	return strings.TrimRightFunc(cut, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }) + "…"
}

// joining are words a clipped quote should not end on.
var joining = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "to": true, "of": true, "in": true,
	"on": true, "for": true, "with": true, "at": true, "by": true, "from": true, "that": true, "my": true, "our": true, "i": true,
}

// suggestion is a question the manager could ask, around a quote of the employee.
type suggestion struct {
	Before, Quote, After string
	Stage                int
}

// Text is the suggestion as plain text, the quote in curly quotes.
func (s suggestion) Text() string {
	if s.Quote == "" {
		return s.Before + s.After
	}
	return s.Before + "“" + s.Quote + "”" + s.After
}

// askAbout words a question on an answered stage, in the manager's voice, from the
// stage's purpose in the guidance. Stages 1 and 8 are not here: the first is shown
// as what she wants, the eighth is for the meeting.
var askAbout = map[int][2]string{
	2: {"You wrote ", ": what would you want to keep, whatever else changes?"},
	3: {"You're proud of ", ": what made it satisfying, and where could you do more of that?"},
	4: {"You wrote ", ": what would a first step towards that look like in the next three months?"},
	5: {"You wrote ", ": which of those strengths could you use more in your current role?"},
	6: {"You wrote ", ": who could help with that? I can introduce you."},
	7: {"You suggested ", ": which could we try first?"},
}

// suggestionOrder is the order in which answered stages give questions: where she
// wants to go first, then what drives her, then what she needs.
var suggestionOrder = []int{4, 3, 6, 7, 5, 2}

// suggest picks three questions: up to two from her answers and one from a stage
// she left open (in the bank's own wording, which is the manager's), filled with
// the opening question.
func suggest(stages []stage, opening string) []suggestion {
	answered := map[int]stage{}
	var open []stage
	for _, s := range stages {
		switch {
		case s.ForMeeting || s.N == 1:
		case s.Answered:
			answered[s.N] = s
		default:
			open = append(open, s)
		}
	}
	var fromAnswers []suggestion
	for _, n := range suggestionOrder {
		if s, ok := answered[n]; ok {
			w := askAbout[n]
			fromAnswers = append(fromAnswers, suggestion{Before: w[0], Quote: fragment(s.Answer), After: w[1], Stage: n})
		}
	}
	var out []suggestion
	take := 3
	if len(open) > 0 {
		take = 2
	}
	out = append(out, fromAnswers[:min(take, len(fromAnswers))]...)
	for _, s := range open {
		if len(out) == 3 {
			break
		}
		out = append(out, suggestion{Before: s.Question, Stage: s.N})
	}
	for _, s := range fromAnswers[min(take, len(fromAnswers)):] {
		if len(out) == 3 {
			break
		}
		out = append(out, s)
	}
	if len(out) < 3 && strings.TrimSpace(opening) != "" {
		out = append(out, suggestion{Before: strings.TrimSpace(opening)})
	}
	return out
}

// concern finds words a manager should not miss in an answer.
var concern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(worr(y|ied|ies)|concern(ed|s)?|frustrat\w*|stress\w*|burn(ed|t)? ?out|overwhelm\w*|anxious|unhappy|stuck|struggl\w*|bored|leav(e|ing) the (company|team)|quit\w*|unfair|underpaid|pay rise|salary|promotion|not sure|difficult|hard time)\b`)
})

// concernNote is a sentence of an answer that holds a concern.
type concernNote struct {
	Quote string
	Stage int
}

// maxFlags bounds the flags in the summary.
const maxFlags = 2

// flags returns the sentences of her answers (and notes) that name a concern.
func flags(stages []stage, notes string) []concernNote {
	var out []concernNote
	add := func(text string, n int) {
		for _, sent := range sentences(text) {
			if len(out) < maxFlags && concern().MatchString(sent) {
				out = append(out, concernNote{Quote: clipRunes(sent, 2*fragmentLen), Stage: n})
			}
		}
	}
	for _, s := range stages {
		if s.Answered {
			add(s.Answer, s.N)
		}
	}
	add(notes, 0)
	return out
}

// sentences splits text into trimmed sentences and lines.
func sentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		start := 0
		for i, r := range line {
			if (r == '.' || r == '!' || r == '?') && (i+1 == len(line) || line[i+1] == ' ') {
				out = appendSentence(out, line[start:i+1])
				start = i + 1
			}
		}
		out = appendSentence(out, line[start:])
	}
	return out
}

func appendSentence(out []string, s string) []string {
	if s = strings.TrimSpace(s); s != "" {
		out = append(out, s)
	}
	return out
}

// courtesy matches a line that is only a greeting, thanks or a sign-off: not a note
// for the manager.
var courtesy = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(hi|hello|hey|dear|good (morning|afternoon|evening)|thanks?|thank you|many thanks|cheers|best|kind regards|regards|best wishes|all the best|see you|talk soon|looking forward)\b[^.!?]{0,60}[.!?,]*$`)
})

// meaningfulNotes drops greetings, thanks and sign-offs (and a name alone after
// them) from reply notes, keeping the rest in order.
func meaningfulNotes(notes, employee string) string {
	var kept []string
	lines := strings.Split(strings.ReplaceAll(strings.TrimSpace(notes), "\r\n", "\n"), "\n")
	first := strings.ToLower(firstName(employee, ""))
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			if len(kept) > 0 && kept[len(kept)-1] != "" {
				kept = append(kept, "")
			}
			continue
		case courtesy().MatchString(t) && len(strings.Fields(t)) <= 10:
			continue
		case strings.EqualFold(strings.Trim(t, " ,.-"), first), strings.EqualFold(strings.Trim(t, " ,.-"), oneLine(employee)):
			continue
		}
		kept = append(kept, strings.TrimRight(l, " \t"))
	}
	for len(kept) > 0 && kept[len(kept)-1] == "" {
		kept = kept[:len(kept)-1]
	}
	return strings.Join(kept, "\n")
}
