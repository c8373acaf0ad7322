package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/lexicon"
	"github.com/careerconv/careerconv/pkg/quote"
)

// Step is one agreed step read from a wrap-up reply.
type Step struct {
	Text string `json:"text"`
	// Due is an ISO date (2006-01-02), or nil when the step names none or
	// names one that cannot be read without guessing (03/04).
	Due *string `json:"due"`
}

// DueDate is Due, or "" when the step has no due date.
func (s Step) DueDate() string {
	if s.Due == nil {
		return ""
	}
	return *s.Due
}

// String prints the step for people: "{Update my CV | 2027-02-26}", and
// "{… | -}" without a due date.
func (s Step) String() string {
	due := s.DueDate()
	if due == "" {
		due = "-"
	}
	return "{" + s.Text + " | " + due + "}"
}

// MaxSteps bounds the steps StepsOf returns and the progress entries
// ProgressOf returns: a three-month plan has a handful.
const MaxSteps = 30

// stepMarkerEnd returns where the marker of a step line's item (it, read
// by quote.ReadItem on the trimmed line) ends, with the spaces after it: a
// bullet, a checkbox or a status symbol, a number with its terminator
// ("1.", "2.-", "1️⃣", "#1", "Step 1:"), or a letter ("a)"). Question
// labels ("Q2 planning") open no step. It is -1 when there is none.
func stepMarkerEnd(it quote.Item) int {
	switch it.Kind {
	case quote.ItemBullet, quote.ItemSymbol, quote.ItemLettered:
		return it.Start
	case quote.ItemNumbered:
		if it.Labels&(quote.LabelQuestion|quote.LabelReply) != 0 {
			break
		}
		if it.Sep || it.Labels != 0 {
			return it.Start
		}
		if it.BulletEnd > 0 {
			return it.BulletEnd // "- 3 shifts with Maria": the number is the step's
		}
	}
	return -1
}

// stepMark is where the text of a step line starts after its marker
// (stepMarkerEnd; -1: none) and whether the marker is a letter.
type stepMark struct {
	end      int32
	lettered bool
}

// stepItems reads the list item of each line, trimmed (quote.ReadItem); a
// line that opens with an emoji no line next to it opens with ("👍 Here are
// the steps") is no item.
func stepItems(lines []srcLine) []stepMark {
	marks := make([]stepMark, len(lines))
	for i, l := range lines {
		marks[i].end = -1
		if l.text == "" {
			continue
		}
		it := quote.ReadItem(strings.TrimSpace(l.text))
		if it.Kind == quote.ItemBullet && it.Pictograph() {
			prev, next := "", ""
			for j := i - 1; j >= 0 && prev == ""; j-- {
				prev = lines[j].text
			}
			for j := i + 1; j < len(lines) && next == ""; j++ {
				next = lines[j].text
			}
			if quote.LoneBullet(it, prev, next) {
				continue
			}
		}
		marks[i] = stepMark{end: int32(stepMarkerEnd(it)), lettered: it.Kind == quote.ItemLettered}
	}
	return marks
}

// stepsIntro matches lines that introduce the steps rather than being one.
var stepsIntro = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^.{0,100}:$|\b(?:` + alternation(lexicon.PlanNouns()) + `)\b.{0,40}\b(?:` + alternation(lexicon.Agreed()) + `)\b)`)
})

// thanksLine matches a line of thanks ("Thanks for a great conversation!").
var thanksLine = sync.OnceValue(func() *literalRE {
	return newLiteralRE(`(?i)^\s*(?:` + alternation(lexicon.Thanks()) + `)\b`)
})

// StepsOf reads the agreed steps from a wrap-up reply's decoded body
// (quotes are ignored): one step per bullet or numbered line, or one per
// line when the reply has no list; a reply written as prose is split into
// sentences, and a sentence that opens with what was agreed ("We agreed I'd
// X by March, then Y, and Z") or lists steps with semicolons into its
// clauses (splitProse). Bullets or lettered items ("a)") indented under a
// step are its sub-items: they stay in its text, one per line as "- …",
// after its due date is read from its first line. Greetings, sign-offs,
// thanks and lines
// that introduce the list ("Here are the steps we agreed:") are not steps.
//
// Each step's due date is read from its text (see the package tests for the
// forms) and resolved against ref: a date without a year is its next
// occurrence, "in 6 weeks" counts from ref. Numeric dates that could be
// either day or month first (03/04) are not guessed. A trailing date clause
// ("by 15 March", "(due end of Q1)", " – 15 March") is removed from the
// text; a date elsewhere leaves the text whole.
func StepsOf(text string, ref time.Time) []Step {
	d := quote.NewDoc(text)
	return Steps(d, d.Trim(), ref, true)
}

// Steps is StepsOf on text already classified (d) and trimmed;
// plain is false for text rendered from HTML, whose line breaks are all
// the sender's (<br>, <div>), never a client's wrap.
func Steps(d *quote.Doc, trimmed string, ref time.Time, plain bool) []Step {
	lines, _ := replyLines(d.Lines, trimmed)
	lines = dropMarkings(lines)
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		if isGreeting(l.text) || nameSalutation(strings.TrimSpace(l.text)) {
			lines[i].text = "" // "Hi Sam,", "Sam,"
		}
		break
	}
	lines = dropSignatures(lines)
	tableRows(lines)
	c := stepCollector{indent: -1}
	if plain {
		c.width = wrapWidth(d.Lines)
	}
	marks := stepItems(lines)
	for _, m := range marks {
		if m.end >= 0 {
			c.listed = true
			break
		}
	}
	for i, l := range lines {
		if !c.line(l.text, marks[i]) {
			break // enough for MaxSteps steps: the rest of a huge reply is not read
		}
	}
	if len(c.texts) == 1 && !c.listed {
		if t := strings.Join(c.texts[0], " "); acknowledgement(t) || promise(t) {
			return nil // "Thanks, looks good!", "will send the list tomorrow!": no steps sent
		}
	}
	return c.steps(ref)
}

// stepCollector gathers the lines of each step of a wrap-up reply.
type stepCollector struct {
	listed bool       // the reply marks its steps (bullets, numbers)
	texts  [][]string // the lines of each step
	subs   [][]string // the sub-items of each step ("  - read chapters 1-6")
	open   bool       // the last line was part of a step
	prev   string     // the raw line last read into a step
	indent int        // the indentation of the last step's marker; -1: not a marked step
	width  int        // the width the text is hard-wrapped at (wrapWidth); 0: not wrapped
	// lettered: the last step's marker is a letter ("a)"); under a step
	// marked otherwise, a letter opens a sub-item.
	lettered bool
}

// line reads one line and its list item's mark (stepItems); it reports
// false once enough steps are read.
func (c *stepCollector) line(raw string, m stepMark) bool {
	t := strings.TrimSpace(raw)
	if t == "" {
		c.open = false
		return true
	}
	if e := int(m.end); e >= 0 && e < len(t) {
		lettered := m.lettered
		if in := indentOf(raw); c.indent >= 0 && len(c.texts) > 0 && (in > c.indent || lettered && !c.lettered) {
			c.subs[len(c.subs)-1] = append(c.subs[len(c.subs)-1], t[e:]) // a sub-item of the step above
			c.open = false
			return true
		}
		c.lettered = lettered
		return c.add(t[e:], raw, indentOf(raw))
	}
	if rest, ok := cutGreeting(t); ok && introSentences(rest) {
		c.open = false // "Hi Sam, below.": a greeting, then an introduction
		return true
	}
	if isSignOff(t) || isGreeting(t) || thanksLine().MatchString(t) || !c.listed && courtesySentence(firstSentence(t)) {
		rest := afterFirstSentence(t)
		if rest == "" || c.listed {
			c.open = false
			return true
		}
		t = rest // "Thanks for today. We agreed I'd …"
	}
	if c.open {
		if continues(c.prev, raw, c.width) {
			c.texts[len(c.texts)-1] = append(c.texts[len(c.texts)-1], t)
			c.prev = raw
			return true
		}
	}
	if c.listed || stepsIntro().MatchString(t) || strings.HasSuffix(t, "?") || listFrame(t) || courtesy(t) || len(c.texts) == 0 && writeUpHeading(t) {
		c.open = false
		return true
	}
	return c.add(t, raw, -1)
}

// add starts a step, t read from the line raw; it reports false once there
// are enough.
func (c *stepCollector) add(t, raw string, indent int) bool {
	if len(c.texts) >= 2*MaxSteps {
		return false
	}
	c.texts = append(c.texts, []string{t})
	c.subs = append(c.subs, nil)
	c.open, c.prev, c.indent = true, raw, indent
	return true
}

// steps turns the gathered lines into steps: prose split into clauses,
// due dates read, sub-items kept under their step.
func (c *stepCollector) steps(ref time.Time) []Step {
	var clauses []string
	var clauseSubs [][]string
	var whole []bool // the clause is a sentence of prose, not an item of a list in it
	for i, ls := range c.texts {
		t := strings.Join(strings.Fields(strings.Join(ls, " ")), " ")
		if c.listed {
			clauses = append(clauses, t)
			clauseSubs = append(clauseSubs, c.subs[i])
			continue
		}
		ps, items := splitProse(t)
		for k, p := range ps {
			clauses = append(clauses, p)
			clauseSubs = append(clauseSubs, nil)
			whole = append(whole, !items[k])
		}
	}
	if slices.Contains(whole, false) {
		// Prose that lists what was agreed ("To summarise, we agreed that I
		// would: a; b; and c."): the sentences around the list are courtesy.
		clauses, clauseSubs = keepItems(clauses, clauseSubs, whole)
	}
	order := senderOrder(clauses)
	var steps []Step
	for i, t := range clauses {
		if len(steps) == MaxSteps {
			break
		}
		if n := len(steps); n > 0 && steps[n-1].Due == nil && len(t) <= 40 {
			if due, ok := dueOnly(t, ref, order); ok {
				steps[n-1].Due = due // "by end of March" on a line of its own: the step above is due then
				continue
			}
		}
		t, due := splitDue(t, ref, order)
		t = strings.TrimRight(t, " .;")
		if t == "" {
			continue
		}
		for _, sub := range clauseSubs[i] {
			t += "\n- " + strings.Join(strings.Fields(sub), " ")
		}
		steps = append(steps, Step{Text: t, Due: due})
	}
	return steps
}

// dueOnly reads a clause that is only a due date with its lead ("by 31
// March", "bis Ende März"): read after a word, the date and its lead leave
// nothing else.
func dueOnly(t string, ref time.Time, order dayOrder) (*string, bool) {
	rest, due := splitDue("x "+t, ref, order)
	return due, due != nil && strings.TrimRight(rest, " .;") == "x"
}

// tableSeparator matches the rule under a plain-text table's header
// ("--- | ---", "-----+------").
var tableSeparator = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[\s|:+]*[-–—=]{2,}[-–—=\s|:+]*$`) })

// tableRows rewrites a table of steps in place: a plain-text one ("Step |
// Due" over "--- | ---" over "Shadow the on-call rota | 28 Feb") or an HTML
// one rendered as rows ("Action | Due date" over "Finish the course |
// 31/03/2027"). The header and its rule go, and each row becomes an item
// ("- …") holding its step followed by " – " and its due cell, so the due
// date reads as a trailing one, and a value alone there ("Q1", "15-3") as
// a date without a lead (dashValue). The header names its columns in any language of the
// lexicon: the step's column (Action, Maßnahme, Échéance…) and the due
// date's; other columns ("#", an owner) are left out. A table with a rule
// but no such header keeps every cell, joined by " – ". Text without a rule
// or such a header, or with fewer than two lines holding "|", stays as it is.
func tableRows(lines []srcLine) {
	n, rule, header := 0, false, -1
	for i, l := range lines {
		if tableLine(l.text) {
			n++
			rule = rule || tableSeparator().MatchString(l.text)
			if header < 0 {
				if act, _ := tableColumns(l.text); act >= 0 {
					header = i
				}
			}
		}
	}
	if n < 2 || !rule && header < 0 {
		return
	}
	act, due, rowsEnd := -1, -1, -1
	if header >= 0 {
		act, due = tableColumns(lines[header].text)
		lines[header].text = ""
		rowsEnd = header + 1
		for rowsEnd < len(lines) && strings.TrimSpace(lines[rowsEnd].text) != "" {
			rowsEnd++
		}
	}
	for i, l := range lines {
		// Below a header, the rows run to the next blank line: a row whose
		// other cells are empty may have lost its separators with its
		// trailing white space.
		inRows := header >= 0 && i > header && i < rowsEnd
		if !tableLine(l.text) && !inRows {
			continue
		}
		if tableSeparator().MatchString(l.text) {
			lines[i].text = ""
			continue
		}
		if header < 0 && i+1 < len(lines) && strings.Contains(lines[i+1].text, "|") && tableSeparator().MatchString(lines[i+1].text) {
			lines[i].text = "" // the header
			continue
		}
		lines[i].text = tableRow(tableCells(l.text), act, due)
	}
}

// tableLine reports whether l may be a table row: it holds a "|", or a
// tab after its first word (a leading tab is indentation).
func tableLine(l string) bool {
	return strings.Contains(l, "|") || strings.Contains(trimIndent(l), "\t")
}

// tableCells splits a row at "|", without the empty cells a leading or
// trailing bar makes.
func tableCells(row string) []string {
	sep := "|"
	if !strings.Contains(row, "|") {
		sep = "\t" // Outlook's plain text of an HTML table
	}
	cells := strings.Split(strings.TrimSpace(row), sep)
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	if len(cells) > 0 && cells[0] == "" && strings.HasPrefix(strings.TrimSpace(row), "|") {
		cells = cells[1:]
	}
	return cells
}

// tableColumns finds the step and due-date columns a header row names;
// act is -1 when it names no step column.
func tableColumns(row string) (act, due int) {
	act, due = -1, -1
	cells := tableCells(row)
	if len(cells) < 2 {
		return -1, -1
	}
	for i, c := range cells {
		switch {
		case act < 0 && lexicon.Equal(c, lexicon.ActionHeaders()):
			act = i
		case due < 0 && lexicon.Equal(c, lexicon.DueHeaders()):
			due = i
		}
	}
	if act < 0 || due < 0 && len(cells) > 2 {
		return -1, -1
	}
	return act, due
}

// tableRow is the step a table row holds: its step cell followed by its due
// cell, or, without a header, every cell.
func tableRow(cells []string, act, due int) string {
	if act < 0 {
		var kept []string
		for _, c := range cells {
			if c != "" {
				kept = append(kept, c)
			}
		}
		return strings.Join(kept, " – ")
	}
	if act >= len(cells) {
		return ""
	}
	t := cells[act]
	if due >= 0 && due < len(cells) && dateWords(cells[due]) != 0 && t != "" {
		t += " – " + cells[due] // "TBC", "-" and "n/a" are no dates; the dash leads the date
	}
	if t != "" {
		t = "- " + t // each row is an item of the list of steps
	}
	return t
}

// indentOf is the width of the white space that opens l (a tab counts four).
func indentOf(l string) int {
	n := 0
	for _, c := range l {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// continues reports whether line continues the step prev (prev: the raw
// line it was read from): it is indented under the step, or the break
// before it is a soft wrap of a text hard-wrapped at width (softWrap) and
// prev breaks off mid-sentence. Short lines are never joined, whatever the
// case they start with: "k8s cert by end of Feb\ntalk to Priya" are two
// steps.
func continues(prev, line string, width int) bool {
	if strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") {
		return true
	}
	p := strings.TrimSpace(prev)
	return softWrap(p, strings.TrimSpace(line), width) && !strings.ContainsAny(p[len(p)-1:], ".!?:;)")
}

// Hard-wrapping mail clients break lines at 60 to 80 characters.
const (
	minWrapWidth = 60
	maxWrapWidth = 80
)

// wrapWidth infers the width at which the sender's client hard-wrapped the
// text of lines (a body, quoted lines included, without their "> "): the
// longest line with a space in it, when that is a width clients wrap at.
// Lines with an address are left out: clients do not break an address, so
// an attribution may run past the width.
// It is 0 when the text is not hard-wrapped: a line longer than any wrap
// width (a paragraph on one line, as phones, HTML and format=flowed send
// it), or no line long enough to have been wrapped.
func wrapWidth(lines []string) int {
	width := 0
	for _, l := range lines {
		l = unquote(l)
		if len(l) <= width || !strings.Contains(l, " ") || strings.Contains(l, "@") {
			continue // bytes bound runes: a line this short cannot be wider
		}
		if n := utf8.RuneCountInString(l); n > width {
			width = n
		}
		if width > maxWrapWidth {
			return 0
		}
	}
	if width < minWrapWidth {
		return 0
	}
	return width
}

// softWrap reports whether the break between prev and next (trimmed lines)
// is a soft wrap of a text hard-wrapped at width: prev runs close to the
// width and next's first word would not have fit on it.
func softWrap(prev, next string, width int) bool {
	if width == 0 || prev == "" || next == "" {
		return false
	}
	word, _, _ := strings.Cut(next, " ")
	n := utf8.RuneCountInString(prev)
	return n >= width-maxWrapSlack && n+1+utf8.RuneCountInString(word) > width
}

// maxWrapSlack is how much shorter than the wrap width a wrapped line may
// be: a long word moved to the next line leaves this much room at most.
const maxWrapSlack = 20

// listFrame reports a sentence that opens or closes a list of steps
// ("Here's what we agreed:", "Let me know if I've missed anything."): a
// short line holding a list-frame phrase of the lexicon.
func listFrame(t string) bool {
	if len(t) > 120 {
		return false
	}
	lower := strings.ToLower(strings.ReplaceAll(t, "’", "'"))
	if request(lower) {
		return true
	}
	for _, frames := range [...][]string{lexicon.ListFrames(), lexicon.Requests()} {
		for _, p := range frames {
			if i := strings.Index(lower, p); i >= 0 {
				// The phrase is most of the sentence: a step may open with
				// "we agreed" and go on with what was agreed.
				rest := len(strings.Fields(lower[:i])) + len(strings.Fields(lower[i+len(p):]))
				if rest <= 4 || strings.HasSuffix(lower, ":") {
					return true
				}
			}
		}
	}
	return false
}

// request reports a sentence, lower-case, that asks to be told or
// corrected ("shout if i've got any of that wrong!", lexicon Requests).
func request(lower string) bool {
	return len(lower) <= 120 && hasPrefixAny(lower, lexicon.Requests())
}

// writeUpHeading reports a sentence that is a heading over steps written
// as prose rather than a step: short, without a number, and opening with
// the name of a write-up of the meeting (lexicon WriteUps), perhaps after
// one word ("Quick write-up of Thursday.", "Kurze Zusammenfassung von
// Donnerstag.", "Recap from our chat."). "Send the notes to Priya" opens
// with what to do.
func writeUpHeading(t string) bool {
	words := strings.Fields(strings.ToLower(strings.TrimRight(t, ".:!")))
	if len(words) == 0 || len(words) > maxHeadingWords || strings.ContainsAny(t, "0123456789") {
		return false
	}
	for k := 0; k < 2 && k < len(words); k++ {
		if hasPrefixAny(strings.Join(words[k:], " "), lexicon.WriteUps()) {
			return true
		}
	}
	return false
}

// maxHeadingWords bounds a heading sentence (writeUpHeading).
const maxHeadingWords = 6

// announcingLead reports the words before the colon of a one-line step
// that only announce it ("Just the one for now:", "Vorerst nur einer:",
// "Un seul pour l'instant :"): a short lead that limits what follows
// (lexicon Only) or names the steps (PlanNouns).
func announcingLead(head string) bool {
	lower := strings.ToLower(strings.TrimSpace(head))
	if n := len(strings.Fields(lower)); n == 0 || n > 5 {
		return false
	}
	return hasWord(lower, lexicon.Only()) || hasWord(lower, lexicon.PlanNouns())
}

// hasWord reports whether lower holds one of the phrases as whole words.
func hasWord(lower string, phrases []string) bool {
	for _, p := range phrases {
		for from := 0; ; {
			i := strings.Index(lower[from:], p)
			if i < 0 {
				break
			}
			i += from
			if !hasLetterAt(lower, i-1) && !hasLetterAt(lower, i+len(p)) {
				return true
			}
			from = i + len(p)
		}
	}
	return false
}

// firstSentence is the first sentence of t (afterFirstSentence).
func firstSentence(t string) string {
	return strings.TrimSpace(t[:len(t)-len(afterFirstSentence(t))])
}

// afterFirstSentence returns what follows the first sentence of t ("" when
// t is one sentence). The full stop of a day before its month ("bis 31.
// März") ends no sentence; an exclamation mark or an emoji before a space
// ends one whatever the case of the next word, as writers who type no
// capitals end them ("thanks for today 🙏 we landed on: …", "thanks! so
// the plan: …").
func afterFirstSentence(t string) string {
	for i := 0; i+2 < len(t); i++ {
		if (t[i] == '.' || t[i] == '!') && t[i+1] == ' ' && !dayBeforeMonth(t, i) {
			rest := strings.TrimSpace(t[i+1:])
			r, _ := utf8.DecodeRuneInString(rest)
			if unicode.IsUpper(r) || t[i] == '!' && unicode.IsLetter(r) {
				return rest // an abbreviation's full stop ("e.g. this") has a lower-case word after it, an exclamation never
			}
		}
		if t[i] >= utf8.RuneSelf {
			if rest, ok := afterEmoji(t[i:]); ok {
				return rest
			}
		}
	}
	return ""
}

// afterEmoji returns the words after an emoji (and its variation
// selector) that opens s and a space.
func afterEmoji(s string) (string, bool) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.Is(unicode.So, r) { // U+FFFD is a symbol too, and s may open inside a rune
		return "", false
	}
	rest := strings.TrimPrefix(s[size:], "\uFE0F")
	if !strings.HasPrefix(rest, " ") {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	r, _ = utf8.DecodeRuneInString(rest)
	return rest, unicode.IsLetter(r)
}

// dayBeforeMonth reports whether the full stop at t[i] follows a day of one
// or two digits and comes before a month's name: "31. März".
func dayBeforeMonth(t string, i int) bool {
	if t[i] != '.' || i == 0 || !isDigit(t[i-1]) || i >= 3 && isDigit(t[i-3]) && isDigit(t[i-2]) {
		return false
	}
	s, e := nextWord(t, i+1)
	if s < 0 {
		return false
	}
	_, ok := monthNames()[strings.ToLower(t[s:e])]
	return ok
}

// agreedLead matches the opening of a sentence that lists what was agreed:
// "We agreed I'd", "We agreed that I will", "I agreed to", "I'll",
// after a sequencer ("So, ", "Finally, "); group 1 is the lead without it.
var agreedLead = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:(?:` + alternation(lexicon.Sequencers()) + `)\s*,?\s+)?(` + leading(lexicon.StepLeads()) + `)`)
})

// splitStepClauses splits the steps of one sentence at "; ", ", then ",
// ", and ", ", and then ", " then ", and the same in each language of the
// lexicon (stepJoins: its And and Then, ", und dann ", " puis "): a
// semicolon, perhaps followed by a joiner; a comma followed by one; or a
// Then phrase between spaces. The separator goes with the spaces around
// it; case and the number of spaces do not matter.
func splitStepClauses(t string) []string {
	var parts []string
	start := 0
	for i := 0; i < len(t); i++ {
		end := -1
		switch c := t[i]; {
		case c == ';':
			end = skipWhite(t, i+1)
			if e := phraseAt(t, end, stepJoins().joins); e > 0 {
				end = skipWhite(t, e) // "; and then"
			}
		case c == ',':
			if e := phraseAt(t, skipWhite(t, i+1), stepJoins().joins); e > 0 {
				end = skipWhite(t, e) // ", and", ", then"
			}
		case asciiSpace(c):
			j := skipWhite(t, i)
			if e := phraseAt(t, j, stepJoins().then); e > 0 {
				end = skipWhite(t, e) // " then "
			} else {
				i = j - 1
			}
		}
		if end < 0 {
			continue
		}
		sep := i
		for sep > start && asciiSpace(t[sep-1]) {
			sep--
		}
		parts = append(parts, t[start:sep])
		start, i = end, end-1
	}
	return append(parts, t[start:])
}

// stepJoins are the lexicon's Then, and its And and Then together: the
// joiners splitStepClauses splits at.
var stepJoins = sync.OnceValue(func() struct{ then, joins *phraseSet } {
	return struct{ then, joins *phraseSet }{newPhraseSet(lexicon.Then()), newPhraseSet(slices.Concat(lexicon.Then(), lexicon.And()))}
})

// phraseSet holds lower-case phrases by their first byte, in either case,
// longest first.
type phraseSet [256][]string

// newPhraseSet indexes phrases.
func newPhraseSet(phrases []string) *phraseSet {
	var set phraseSet
	for _, p := range longestFirst(phrases) {
		up := strings.ToUpper(p)
		set[p[0]] = append(set[p[0]], p)
		if up[0] != p[0] {
			set[up[0]] = append(set[up[0]], p)
		}
	}
	return &set
}

// phraseAt returns where the first phrase of the set that t holds at i
// ends, when a space follows it; -1 when there is none. Case is ignored,
// and a space of a phrase stands for any run of spaces.
func phraseAt(t string, i int, set *phraseSet) int {
	if i >= len(t) {
		return -1
	}
	for _, p := range set[t[i]] {
		j, k := i, 0
		for k < len(p) && j < len(t) {
			if p[k] == ' ' {
				if !asciiSpace(t[j]) {
					break
				}
				j, k = skipWhite(t, j), k+1
				continue
			}
			r, n := utf8.DecodeRuneInString(t[j:])
			pr, pn := utf8.DecodeRuneInString(p[k:])
			if r != pr && unicode.ToLower(r) != pr {
				break
			}
			j, k = j+n, k+pn
		}
		if k == len(p) && j < len(t) && asciiSpace(t[j]) {
			return j
		}
	}
	return -1
}

// skipWhite returns the index of the first byte of t at or after i that is
// not white space.
func skipWhite(t string, i int) int {
	for i < len(t) && asciiSpace(t[i]) {
		i++
	}
	return i
}

// keepItems keeps the clauses that are items of a list (whole[i] false).
func keepItems(clauses []string, subs [][]string, whole []bool) ([]string, [][]string) {
	var kc []string
	var ks [][]string
	for i, c := range clauses {
		if !whole[i] {
			kc, ks = append(kc, c), append(ks, subs[i])
		}
	}
	return kc, ks
}

// splitProse splits a wrap-up reply written as prose into steps. Sentences
// are split apart; a sentence that opens with what was agreed ("We agreed
// I'd X by March, then Y, and Z") loses the opening and is split at ", then",
// ", and" and ";"; any other sentence only at ";". A lead ending in a colon
// that is short or says what was agreed ("Agreed steps: a; b; c", "To
// summarise, we agreed that I would: a; b") goes when the rest splits. A
// sentence of thanks is not a step. Text with none of these comes back
// whole. items tells, for each part, whether it is an item of a list, a
// lead or list split into two or more parts (false: a sentence kept whole,
// or one whose lead names a single step, "I'll book the exam by 26
// February", which a list does not frame: the sentences around it stay).
func splitProse(t string) (out []string, items []bool) {
	for t != "" {
		sent := t
		rest := afterFirstSentence(t)
		if rest != "" {
			sent = strings.TrimSpace(t[:len(t)-len(rest)])
		}
		t = rest
		if (thanksLine().MatchString(sent) || courtesySentence(sent) || writeUpHeading(sent)) && len(out) == 0 && t != "" || lookAhead(sent) || out != nil && request(strings.ToLower(sent)) {
			continue // "Sorry for the slow reply. …", "Quick write-up of Thursday. Ines to …", "… by March. Shout if I got any of it wrong!"
		}
		body, listed := sent, false
		if head, tail, ok := strings.Cut(sent, ": "); ok && (len(strings.Fields(head)) <= 5 || listFrame(head+":") || namesPlan(head)) &&
			(strings.Contains(tail, ";") || len(seriesParts(tail)) > 2) {
			body, listed = tail, true // "Agreed steps: a; b; c", "Three things: a, b and c"
		} else if ok && announcingLead(head) {
			sent, body = strings.TrimSpace(tail), strings.TrimSpace(tail) // "Just the one for now: book the exam by 26/02"
		}
		lead, own := "", ""
		if m := agreedLead().FindStringSubmatchIndex(body); m != nil {
			lead, own = body[:m[1]], body[m[2]:m[3]]
		}
		body = body[len(lead):]
		var parts []string
		if lead != "" || listed {
			parts = splitStepClauses(body)
			if sp := seriesParts(body); len(sp) > len(parts) {
				parts = sp // "X by March, Y and Z", "X, Y, and Z"
			}
			parts = owners(own, parts)
		} else {
			parts = strings.Split(body, ";")
		}
		if len(parts) == 1 && lead == "" {
			out, items = append(out, sent), append(items, false)
			continue
		}
		for _, p := range parts {
			if p = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(p), ".")); p != "" {
				out, items = append(out, p), append(items, len(parts) > 1)
			}
		}
	}
	return out, items
}

// namesPlan reports whether head, the words before a colon, names the
// plan or its steps (lexicon PlanNouns): "So the plan for the next three
// months", "Donc le plan pour les trois prochains mois".
func namesPlan(head string) bool {
	for _, w := range strings.Fields(strings.ToLower(head)) {
		if slices.Contains(lexicon.PlanNouns(), strings.Trim(w, ",;")) {
			return true
		}
	}
	return false
}

// owners applies who does each step of a series whose sentence opened
// with the writer's lead (own: "I'll ", "" for none). A clause that opens
// with another's subject of the lexicon's OtherLeads ("you'll", "we
// will") makes the owners worth keeping: the first clause gets its lead
// back and every clause keeps its subject ("I'll X, you'll Y, and I'll
// Z"). Otherwise every step is the writer's and the writer's leads go
// from every clause ("I'll X, and I'll Y": X, Y), as a lead that governs
// the series goes ("I'll X, Y and Z").
func owners(own string, parts []string) []string {
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	for _, p := range parts[min(1, len(parts)):] {
		if hasPhrasePrefix(p, lexicon.OtherLeads()) {
			if own != "" {
				parts[0] = own + parts[0]
			}
			return parts
		}
	}
	for i, p := range parts {
		if m := agreedLead().FindStringSubmatchIndex(p); m != nil && i > 0 {
			parts[i] = p[m[1]:]
		}
	}
	return parts
}

// seriesParts splits a series written as one sentence, "X, Y and Z" or
// "X, Y, and Z", into its items; a sentence that is no such series (no comma, or no "and" of
// the lexicon, "et", "und"…, after the last one) comes back whole.
func seriesParts(body string) []string {
	items := strings.Split(body, ", ")
	if len(items) < 2 {
		return []string{body}
	}
	last := items[len(items)-1]
	for _, and := range lexicon.And() {
		if rest, ok := strings.CutPrefix(last, and+" "); ok && len(items) > 2 {
			return append(items[:len(items)-1:len(items)-1], rest) // "X, Y, and Z"
		}
		if i := strings.LastIndex(last, " "+and+" "); i >= 0 {
			return append(items[:len(items)-1:len(items)-1], last[:i], last[i+len(and)+2:])
		}
	}
	return []string{body}
}

// acknowledgement reports a reply that only thanks or agrees ("Thanks,
// looks good!", "Passt so, danke!"): short, without a number, holding an
// acknowledgement of the lexicon.
func acknowledgement(t string) bool {
	if len(strings.Fields(t)) > 10 || strings.ContainsAny(t, "0123456789") {
		return false
	}
	lower, found := strings.ToLower(t), false
	for _, a := range lexicon.Acknowledgements() {
		for {
			i := strings.Index(lower, a)
			if i < 0 || hasLetterAt(lower, i-1) || hasLetterAt(lower, i+len(a)) {
				break
			}
			lower, found = lower[:i]+" "+lower[i+len(a):], true
		}
	}
	// Little else: a name, "so", "to me", an emoji. "Great, I'll finish
	// the course" says more.
	words := 0
	for _, w := range strings.Fields(lower) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return found && words <= 3
}

// courtesy reports a line that only looks ahead or wishes the reader
// well, with at most thanks or agreement around it: "Great, thanks Tom.
// Looking forward to hearing how it goes.", "Thanks, agreed. Good luck
// with the Dean!" (lookAhead, wish, acknowledgement, listFrame).
func courtesy(t string) bool {
	ahead := false
	for t != "" {
		sent, rest := t, afterFirstSentence(t)
		if rest != "" {
			sent = t[:len(t)-len(rest)]
		}
		sent, t = strings.TrimSpace(sent), rest
		switch {
		case lookAhead(sent) || wish(sent):
			ahead = true
		case !acknowledgement(sent) && !thanksLine().MatchString(sent) && !listFrame(sent):
			return false
		}
	}
	return ahead
}

// lookAhead reports a sentence that only looks ahead to hearing how the
// steps go ("Let's see how it's going at the first check-in", "On fera le
// point au premier check-in"): not long, opening with a phrase of the
// lexicon's LookAhead, or with an acknowledgement and a comma before it
// ("Perfect, let's see how it goes"). Within a step the phrase is the
// step's ("Pair with Ana for a sprint and see how it goes").
func lookAhead(sent string) bool {
	if len(sent) > 160 {
		return false
	}
	lower := strings.ToLower(strings.ReplaceAll(sent, "’", "'"))
	if head, rest, ok := strings.Cut(lower, ", "); ok && acknowledgement(head) {
		lower = rest
	}
	return lexicon.HasPrefixAny(lower, lexicon.LookAhead())
}

// wish reports a short sentence that opens with a wish of the lexicon.
func wish(s string) bool {
	if len(strings.Fields(s)) > maxWishWords || strings.ContainsAny(s, "0123456789") {
		return false
	}
	lower := strings.ToLower(s)
	for _, w := range lexicon.Wishes() {
		if strings.HasPrefix(lower, w) && !hasLetterAt(lower, len(w)) {
			return true
		}
	}
	return false
}

// maxWishWords bounds a sentence that only wishes well.
const maxWishWords = 10

// promise reports a reply that only promises the steps for later ("Sorry,
// in workshops all day - will send the list tomorrow!"): short, holding a
// promise and a word for when of the lexicon.
func promise(t string) bool {
	if len(strings.Fields(t)) > 25 {
		return false
	}
	lower := strings.ToLower(strings.ReplaceAll(t, "’", "'"))
	return containsAnyPhrase(lower, lexicon.Promises()) && containsAnyPhrase(lower, lexicon.Later())
}

// hasLetterAt reports whether s has a letter ending at or starting at byte i.
func hasLetterAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	}
	return unicode.IsLetter(r)
}
