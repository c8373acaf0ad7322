package extract

import (
	"bytes"
	"math/bits"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/lexicon"
	"github.com/careerconv/careerconv/pkg/quote"
)

// maxQuestion is the highest question number a numbered answer can carry
// when the caller passes no question bank.
const maxQuestion = 8

// marker is a parsed answer marker.
type marker struct {
	n        int
	labelled bool   // "Q3", "Question 3", "#3", "Re 3", "A3": never a list item
	rest     string // the text after the marker
}

// The labels of the lexicon the answer reader uses itself: questionWords
// name the question and numberAbbrevs abbreviate "number" in a worded
// reference ("For question no. 2"); answerTags may follow a question
// marker ("Q3 – A: …", "3. Answer: …"). The labels before a number are
// read by quote.ReadItem.
var (
	questionWords = lexicon.QuestionLabels
	numberAbbrevs = lexicon.NumberLabels
	answerTags    = lexicon.AnswerTags
)

// cutWordFold removes the first of words from s when it is there as a whole
// word (followed by a space, a digit, "#" or the end), ignoring case.
func cutWordFold(s string, words []string) (string, string, bool) {
	for _, w := range words {
		if len(s) < len(w) || len(w) > 0 && s[0] < utf8.RuneSelf && w[0] < utf8.RuneSelf && s[0]|0x20 != w[0]|0x20 {
			continue // ASCII first bytes that differ whatever the case: most words
		}
		if !strings.EqualFold(s[:len(w)], w) {
			continue
		}
		rest := s[len(w):]
		if rest != "" {
			c := rest[0]
			dotNumber := c == '.' && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9'
			if !(c == ' ' || c == '\t' || c == '#' || c == '(' || c >= '0' && c <= '9' || dotNumber || w[len(w)-1] == ':' || w[len(w)-1] == '.') {
				continue
			}
			if dotNumber {
				rest = rest[1:] // "Q.5": the word, a dot, the number
			}
		}
		return w, trimIndent(rest), true
	}
	return "", s, false
}

// parseMarker reads an answer marker at the start of line: a numbered list
// item (quote.ReadItem: "3.", "3)", "2.-", "3 -", "3/", "(3)", "1️⃣", "①",
// "Q1：", "#3", "**3.**", "Q3:", "A3:", "Answer 3:", "Re 3 -", "Frage Nr.
// 3:", "Pregunta 3 —") not labelled as a step, or a question named in
// words ("For the second question, …"). A number without a label needs a
// terminator ("3 apples", "Question 3 is hard" are no markers); an answer
// tag after the marker goes ("Q3 – A: …").
func parseMarker(line string) (marker, bool) {
	s := trimIndent(line)
	s = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(s, "**"), "__"), " \t")
	if s == "" {
		return marker{}, false
	}
	if s[0] >= 'A' {
		if m, ok := wordedMarker(s); ok {
			return m, true
		}
	}
	it := quote.ReadItem(line)
	if it.Kind != quote.ItemNumbered || it.BulletEnd > 0 || it.Labels&quote.LabelStep != 0 {
		return marker{}, false
	}
	labelled := it.Labels != 0
	rest := strings.TrimSpace(line[it.Start:])
	if !it.Sep && !it.Strong && (!labelled || rest != "") {
		return marker{}, false // "3 apples", "Question 3 is hard"
	}
	if _, r, ok := cutWordFold(rest, answerTags()); ok {
		rest = r
	}
	return marker{n: it.N, labelled: labelled, rest: rest}, true
}

// wordedQuestion matches a question named in words at the start of a line,
// then a separator: "For the first question, …", "Regarding question two:
// …", "As for question 4 - …", "Zur zweiten Frage: …". Group 1 is an
// ordinal, group 2 a number or number word, group 3 the rest.
var wordedQuestion = sync.OnceValue(func() *regexp.Regexp {
	alt := func(words []string) string { return `(?:` + alternation(words) + `)` }
	var labels, ones []string // "question", "Frage"; "one" of "the first one"
	for _, w := range questionWords() {
		if len(w) > 1 {
			labels = append(labels, w)
		}
	}
	for w, n := range lexicon.StepNumbers() {
		if n == 1 {
			ones = append(ones, w)
		}
	}
	var ordinals, numbers []string
	for w, n := range lexicon.Ordinals() {
		if n <= 8 {
			ordinals = append(ordinals, w)
		}
	}
	for w, n := range lexicon.StepNumbers() {
		if n <= 8 {
			numbers = append(numbers, w)
		}
	}
	return regexp.MustCompile(`(?i)^(?:` + alt(lexicon.QuestionRefs()) + `\s+)?(?:` + alt(lexicon.Definite()) + `\s+)?(?:(` + alternation(ordinals) +
		`)\s+` + alt(slices.Concat(labels, ones)) + `|` + alt(labels) + `\s+(?:` + alt(numberAbbrevs()) + `\s*)?(` + alternation(numbers) +
		`|[1-8]))\s*(?:[,:.–—-]\s*|$)(.*)$`)
})

// wordOrdinals are the numbers of the ordinals and number words
// wordedQuestion reads, up to 8; "last" is 0: no number.
var wordOrdinals = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for w, n := range lexicon.StepNumbers() {
		if n <= 8 {
			m[w] = n
		}
	}
	for w, n := range lexicon.Ordinals() {
		if n <= 8 {
			m[w] = max(n, 0)
		}
	}
	return m
})

// wordedMarker reads a question named in words (wordedQuestion) as a
// labelled marker. Only lines that hold a word for "question" in their
// first 48 bytes are matched against the pattern.
func wordedMarker(s string) (marker, bool) {
	var buf [2 * 48]byte
	if !namesQuestion(appendLower(buf[:0], s[:min(len(s), 48)])) {
		return marker{}, false
	}
	g := wordedQuestion().FindStringSubmatch(s)
	if g == nil {
		return marker{}, false
	}
	w := strings.ToLower(g[1] + g[2])
	n, ok := wordOrdinals()[strings.TrimSuffix(w, "n")]
	if !ok {
		n, ok = wordOrdinals()[w]
	}
	if !ok {
		n, _ = strconv.Atoi(w)
	}
	if n == 0 {
		return marker{}, false // "the last question": no number
	}
	return marker{n: n, labelled: true, rest: strings.TrimSpace(g[3])}, true
}

// questionWordsBy holds the words for "question" by their first byte, but
// "q": one letter alone is no word.
var questionWordsBy = sync.OnceValue(func() *[256][]string {
	var t [256][]string
	for _, w := range questionWords() {
		if len(w) > 1 {
			t[w[0]] = append(t[w[0]], w)
		}
	}
	return &t
})

// namesQuestion reports whether head, lower-case, holds a word for
// "question" (questionWordsBy) anywhere.
func namesQuestion(head []byte) bool {
	by := questionWordsBy()
	for i, c := range head {
		for _, w := range by[c] {
			if len(head)-i >= len(w) && string(head[i:i+len(w)]) == w {
				return true
			}
		}
	}
	return false
}

// wordedClause finds a question named in words after the first clause of
// a line (wordedMarker: "Hi Sam, a couple of answers inline, and for
// question 1: …", "Te respondo abajo. En cuanto a la pregunta 3: …"): after
// ", ", "; " or a sentence's end, perhaps with a word of the lexicon's And or
// Sequencers between. It returns the text before it and the marker, which
// has text after it. The answer reader takes it on the first line of a
// paragraph above every answer, where the introduction runs into the
// first answer.
func wordedClause(t string) (head string, m marker, ok bool) {
	for i := 0; i+1 < len(t) && i < 400; i++ {
		if !strings.ContainsRune(",;.!?", rune(t[i])) || t[i+1] != ' ' {
			continue
		}
		rest := trimIndent(t[i+1:])
		if rest == "" || rest[0] < 'A' {
			continue
		}
		if m, ok := wordedMarker(rest); ok && m.rest != "" {
			return t[:i+1], m, true
		}
		if _, r, ok := cutWordFold(rest, clauseJoiners()); ok && r != "" && r[0] >= 'A' { // "and for question 1"
			if m, ok := wordedMarker(r); ok && m.rest != "" {
				return t[:i+1], m, true
			}
		}
	}
	return "", marker{}, false
}

// courtesyClause reports whether head, the clause wordedClause finds
// before a question, only greets, thanks or introduces the answers, as a
// sentence would for dropIntros: "Hi Sam, a couple of answers inline,",
// "Thanks for the questions,", "meine Antworten stehen unten,".
func courtesyClause(head string) bool {
	t := strings.TrimRight(strings.TrimSpace(head), ",;")
	if isGreeting(t) {
		return true
	}
	if rest, ok := cutGreeting(t); ok {
		t = rest
	}
	return thanksLine().MatchString(t) && len(strings.Fields(t)) <= maxThanksWords || introSentences(t)
}

// clauseJoiners may stand between a clause and a question named in words:
// "and", "also" (lexicon.And, lexicon.Sequencers).
var clauseJoiners = sync.OnceValue(func() []string { return slices.Concat(lexicon.And(), lexicon.Sequencers()) })

// bulletEnd returns where the text after the bullet (quote.ReadItem: "- ",
// "• ", "🔹 ", "- [ ] ", a status symbol) that opens t starts; 0 when t
// opens with none.
func bulletEnd(t string) int { return itemBulletEnd(quote.ReadItem(t)) }

// itemBulletEnd is bulletEnd for an item already read.
func itemBulletEnd(it quote.Item) int {
	switch {
	case it.Kind == quote.ItemBullet || it.Kind == quote.ItemSymbol:
		return it.Start
	case it.Kind == quote.ItemNumbered && it.BulletEnd > 0:
		return it.BulletEnd
	}
	return 0
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isListItem reports whether t opens with a list item (answerListItem).
func isListItem(t string) bool { return answerListItem(quote.ReadItem(t)) }

// answerListItem reports whether it is a list item of an answer: a bullet, a
// letter ("a)") or a number with its terminator ("1.", "2)", "1️⃣").
func answerListItem(it quote.Item) bool {
	return it.Kind != quote.ItemNone && (it.Kind != quote.ItemNumbered || it.Sep || it.Strong)
}

// qmatch is what is known of a question for fuzzy matching.
type qmatch struct {
	words    []string        // every word, in order, lower-case
	sentEnds map[int]bool    // word counts at which a sentence of the question ends
	set      map[string]bool // distinctive words
}

// stopwords are dropped before comparing quoted text with questions.
var stopwords = sync.OnceValue(func() map[string]bool { return wordSet(lexicon.Stopwords()) })

// nextWord returns the byte span of the first word (letters and digits) of
// s at or after byte i; start is -1 when there is none. Digits joined by a
// colon are one word ("1:1s", "10:30"), so their numbers are no step's.
func nextWord(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c|0x20-'a' < 26 || c-'0' < 10 || c == ':' && start >= 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1]) { // "1:1", "10:30": one word
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				return start, i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			return start, i
		}
		i += size
	}
	if start < 0 {
		return -1, -1
	}
	return start, len(s)
}

// words splits s into lower-case words of letters and digits with their byte spans.
func words(s string) (ws []string, spans [][2]int) {
	for i := 0; ; {
		st, e := nextWord(s, i)
		if st < 0 {
			return ws, spans
		}
		ws = append(ws, strings.ToLower(s[st:e]))
		spans = append(spans, [2]int{st, e})
		i = e
	}
}

// wordCounter compares texts with the questions: it counts a text's
// distinct distinctive words (longer than two letters, no stopwords) and,
// per question, those the question has. It lower-cases into a buffer and
// dedupes by hash, so that counting allocates nothing.
type wordCounter struct {
	vocab  *vocabTable
	seen   []seenSlot // open addressing by a word's hash: the count it was last seen in
	nSeen  int        // the words in seen for the count running
	gen    uint32     // the count running: seen needs no clearing
	buf    []byte
	common []int // per question, after count
}

// seenSlot is a word's hash and the count that saw it.
type seenSlot struct {
	h   uint64
	gen uint32
}

// saw records hash h for the count running and reports whether it was
// already there.
func (c *wordCounter) saw(h uint64) bool {
	if 2*(c.nSeen+1) > len(c.seen) {
		c.growSeen()
	}
	mask := uint64(len(c.seen) - 1)
	for i := hashSlot(h) & mask; ; i = (i + 1) & mask {
		sl := &c.seen[i]
		if sl.gen != c.gen {
			*sl = seenSlot{h: h, gen: c.gen}
			c.nSeen++
			return false
		}
		if sl.h == h {
			return true
		}
	}
}

// growSeen doubles seen, keeping the hashes of the count running.
func (c *wordCounter) growSeen() {
	old := c.seen
	c.seen = make([]seenSlot, max(64, 2*len(old)))
	mask := uint64(len(c.seen) - 1)
	for _, sl := range old {
		if sl.gen != c.gen {
			continue
		}
		i := hashSlot(sl.h) & mask
		for c.seen[i].gen == c.gen {
			i = (i + 1) & mask
		}
		c.seen[i] = sl
	}
}

// hashSlot mixes the high bits of an FNV hash into the low ones that pick
// a slot.
func hashSlot(h uint64) uint64 { return h ^ h>>29 ^ h>>47 }

// vocabTable is a question bank's vocabulary (questionVocab) as an open
// addressing table keyed by the FNV hash that wordCounter computes anyway.
// The probe reads only hashes, a slice small enough to stay in cache; the
// word and what is known of it are read on a hash that matches.
type vocabTable struct {
	hashes []uint64 // the hash of each slot's word, vocabHash: 0 is a free slot
	slots  []vocabSlot
	mask   uint64
}

type vocabSlot struct {
	word string
	v    vocabWord
}

// vocabHash is h as the table stores it: never 0, which marks a free slot.
func vocabHash(h uint64) uint64 { return max(h, 1) }

// newVocabTable puts the words of m in a table at most half full.
func newVocabTable(m map[string]vocabWord) *vocabTable {
	n := 64
	for n < 2*len(m) {
		n *= 2
	}
	t := &vocabTable{hashes: make([]uint64, n), slots: make([]vocabSlot, n), mask: uint64(n - 1)}
	for w, v := range m {
		h := vocabHash(fnv1a([]byte(w)))
		i := hashSlot(h) & t.mask
		for t.hashes[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hashes[i], t.slots[i] = h, vocabSlot{word: w, v: v}
	}
	return t
}

// get returns what the table knows of word w, whose hash is h.
func (t *vocabTable) get(h uint64, w []byte) vocabWord {
	h = vocabHash(h)
	for i := hashSlot(h) & t.mask; ; i = (i + 1) & t.mask {
		switch t.hashes[i] {
		case 0:
			return vocabWord{}
		case h:
			if sl := &t.slots[i]; sl.word == string(w) {
				return sl.v
			}
		}
	}
}

// fnv1a is the 64-bit FNV-1a hash of b.
func fnv1a(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// vocabWord is what a question bank knows of a word: the questions that
// have it (bit i: question i+1; the first 64), or that it is a stopword.
type vocabWord struct {
	questions uint64
	stop      bool
}

// newWordCounter prepares a counter for qs. The vocabulary of a question
// bank is built once, with the bank (compiledQuestions), and shared.
func newWordCounter(qs []qmatch) *wordCounter {
	return &wordCounter{vocab: questionVocab(qs), common: make([]int, len(qs))}
}

// questionVocab maps each distinctive word of qs to the questions that have
// it, and each stopword to itself, so that a word is looked up once. It is
// the cached bank's when qs is that bank.
func questionVocab(qs []qmatch) *vocabTable {
	if c := questionCache.Load(); c != nil && len(c.qs) == len(qs) && (len(qs) == 0 || &c.qs[0] == &qs[0]) {
		return c.vocab
	}
	vocab := map[string]vocabWord{}
	for w := range stopwords() {
		vocab[w] = vocabWord{stop: true}
	}
	for i, q := range qs {
		if i == 64 {
			break
		}
		for w := range q.set {
			v := vocab[w]
			v.questions |= 1 << i
			vocab[w] = v
		}
	}
	return newVocabTable(vocab)
}

// count counts the distinct distinctive words of s, and in c.common those
// each question has.
func (c *wordCounter) count(s string) (distinct int) {
	c.gen++
	c.nSeen = 0
	clear(c.common)
	for i := 0; ; {
		st, e := nextWord(s, i)
		if st < 0 {
			return distinct
		}
		i = e
		if e-st <= 2 {
			continue
		}
		c.buf = c.buf[:0]
		for j := st; j < e; {
			if b := s[j]; b < utf8.RuneSelf {
				if 'A' <= b && b <= 'Z' {
					b += 'a' - 'A'
				}
				c.buf = append(c.buf, b)
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			c.buf = utf8.AppendRune(c.buf, unicode.ToLower(r))
			j += size
		}
		h := fnv1a(c.buf)
		v := c.vocab.get(h, c.buf)
		if v.stop || c.saw(h) {
			continue
		}
		distinct++
		for m := v.questions; m != 0; m &= m - 1 {
			c.common[bits.TrailingZeros64(m)]++
		}
	}
}

// similarity is the Dice coefficient of the distinctive words of the text
// last counted (distinct of them) and question q (0-based).
func (c *wordCounter) similarity(qs []qmatch, q, distinct int) float64 {
	if distinct+len(qs[q].set) == 0 {
		return 0
	}
	return 2 * float64(c.common[q]) / float64(distinct+len(qs[q].set))
}

// questionCache holds the questions last compiled: a process reads replies
// to the same question bank, so AnswersOf compiles it once.
var questionCache atomic.Pointer[compiled]

// compiled is a question bank prepared for matching.
type compiled struct {
	questions []string
	qs        []qmatch
	vocab     *vocabTable // see questionVocab; read-only
}

// compiledQuestions returns questions prepared for matching. The result is
// shared and must not be changed.
func compiledQuestions(questions []string) []qmatch {
	if c := questionCache.Load(); c != nil && slices.Equal(c.questions, questions) {
		return c.qs
	}
	qs := make([]qmatch, len(questions))
	for i, q := range questions {
		qs[i] = newQmatch(q)
	}
	c := &compiled{questions: slices.Clone(questions), qs: qs}
	c.vocab = questionVocab(qs)
	questionCache.Store(c)
	return qs
}

// newQmatch prepares question q for matching.
func newQmatch(q string) qmatch {
	ws, spans := words(q)
	m := qmatch{words: ws, sentEnds: map[int]bool{}, set: map[string]bool{}}
	for i, sp := range spans {
		if rest := strings.TrimLeft(q[sp[1]:], " "); strings.HasPrefix(rest, "?") || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, ":") {
			m.sentEnds[i+1] = true
		}
	}
	m.sentEnds[len(ws)] = true
	for _, w := range ws {
		if len(w) > 2 && !stopwords()[w] {
			m.set[w] = true
		}
	}
	return m
}

// stripRepeated removes the question from the start of an answer whose
// writer copied it ("3. What are you most proud of achieving? Shipping X"),
// up to the end of the last whole question sentence copied.
func (q qmatch) stripRepeated(answer string) string {
	cut := -1
	i := 0
	for k := 0; k < len(q.words); k++ {
		st, e := nextWord(answer, i)
		if st < 0 || !strings.EqualFold(answer[st:e], q.words[k]) {
			break
		}
		i = e
		if q.sentEnds[k+1] && k+1 >= 3 {
			cut = e
		}
	}
	if cut < 0 {
		return answer
	}
	return strings.TrimLeft(answer[cut:], " \t\n?.:!-–—")
}

// pastedQuestion tells which question line opens with, when its writer
// pasted the question (or a short form of it) before the answer: "What is
// going well?  The team…", "Magic wand? Leading a team". The opening is the
// text up to the first "?"; every distinctive word of it must belong to one
// question and to no other as much. It returns the question (0: none) and
// the rest of the line: the answer, without the question's remaining
// sentences when they were pasted too.
func pastedQuestion(line string, qs []qmatch, wc *wordCounter) (int, string) {
	end := strings.IndexByte(line, '?')
	if end < 0 || end > 300 || len(qs) == 0 {
		return 0, ""
	}
	distinct := wc.count(line[:end])
	if distinct == 0 || distinct > 30 {
		return 0, ""
	}
	best, bestN, second := 0, 0, 0
	for i := range qs {
		n := wc.common[i]
		switch {
		case n > bestN:
			best, bestN, second = i+1, n, bestN
		case n > second:
			second = n
		}
	}
	// All the words of a short opening, three quarters of a longer one.
	if best == 0 || bestN == second || bestN*4 < distinct*3 || distinct <= 2 && bestN < distinct {
		return 0, ""
	}
	rest := trimIndent(line[end+1:])
	if full := qs[best-1].stripRepeated(line); len(full) < len(rest) {
		rest = full
	}
	return best, rest
}

// stripEmphasis removes the emphasis marks around a line ("*What is going
// well?*", "_…_", "**…**"), not a list bullet ("* item").
func stripEmphasis(t string) string {
	t = strings.TrimSpace(t)
	if len(t) > 1 && (t[0] == '*' || t[0] == '_') {
		u := strings.TrimLeft(t, "*_")
		if u != "" && u[0] != ' ' && u[0] != '\t' {
			t = u
		}
	}
	if n := len(t); n > 1 && (t[n-1] == '*' || t[n-1] == '_') {
		u := strings.TrimRight(t, "*_")
		if u != "" && u[len(u)-1] != ' ' {
			t = u
		}
	}
	return t
}

// pastedQuestionLines is pastedQuestion on lines[i], emphasis removed, for a
// question pasted over several lines (wrapped, in bold): the lines that
// only continue the question are skipped (skip of them after i) and rest is
// the answer's text on the line where the question ends.
func pastedQuestionLines(lines []srcLine, i int, qs []qmatch, wc *wordCounter) (q int, rest string, skip int) {
	first := stripEmphasis(lines[i].text)
	q, rest = pastedQuestion(first, qs, wc)
	if q == 0 || i+1 == len(lines) || lines[i+1].text == "" {
		return q, rest, 0
	}
	var b strings.Builder
	b.WriteString(first)
	for j := i + 1; j < len(lines) && j-i <= 6 && lines[j].text != "" && lines[j].ctx == lines[i].ctx; j++ {
		b.WriteByte('\n')
		b.WriteString(stripEmphasis(lines[j].text))
	}
	joined := b.String()
	full := qs[q-1].stripRepeated(joined)
	consumed := len(joined) - len(full)
	if consumed <= len(first) {
		return q, rest, 0
	}
	rest, _, _ = strings.Cut(full, "\n")
	return q, rest, strings.Count(joined[:consumed], "\n")
}

// quoteQuestion tells which question a quoted block ends with (0: none), and
// whether the block holds several questions (the whole prep email quoted).
func quoteQuestion(block []string, qs []qmatch, wc *wordCounter) (q int, several bool) {
	// Paragraphs start at blank lines and at numbered lines.
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, l := range block {
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if _, ok := parseMarker(l); ok {
			flush()
		}
		cur = append(cur, l)
	}
	flush()
	found := 0
	for i, p := range paras {
		n := paraQuestion(p, qs, wc)
		if n > 0 {
			found++
		}
		if i == len(paras)-1 {
			q = n
		}
	}
	return q, found > 1
}

// paraQuestion tells which question a quoted paragraph is (0: none).
func paraQuestion(p string, qs []qmatch, wc *wordCounter) int {
	text := p
	num := 0
	if m, ok := parseMarker(p); ok {
		num, text = m.n, m.rest
	}
	if len(qs) == 0 {
		if num >= 1 && num <= maxQuestion {
			return num
		}
		return 0
	}
	distinct := wc.count(text)
	if num >= 1 && num <= len(qs) && wc.similarity(qs, num-1, distinct) >= 0.3 {
		return num
	}
	best, bestScore := 0, 0.0
	for i := range qs {
		if s := wc.similarity(qs, i, distinct); s > bestScore {
			best, bestScore = i+1, s
		}
	}
	if bestScore >= 0.6 {
		return best
	}
	return 0
}

// notesIntro matches lines that only introduce the answers ("My answers
// are below:", "Answers inline."): they are neither an answer nor a note.
var notesIntro = sync.OnceValue(func() *literalRE {
	alt := func(words []string) string { return `(?:` + alternation(words) + `)` }
	return newLiteralRE(`(?i)^(?:.{0,60}\b` + alt(lexicon.AnswerNouns()) + `\b.{0,40}|.{0,60}\b` + alt(lexicon.Inline()) + `\b.{0,20}|` +
		`(?:.{0,20}` + alt(lexicon.IntroEnds()) + `)|(?:` + alt(lexicon.Openers()) + `,?\s+)?` + alt(lexicon.HereYouGo()) + `)[.:!。：！]?$`)
})

// introSentences reports whether t only introduces the answers: an
// introduction (notesIntro), or Japanese sentences that are each a
// greeting, an introduction or the writer's name ("お疲れ様です。山田です。").
func introSentences(t string) bool {
	if notesIntro().MatchString(t) {
		return true
	}
	if !strings.HasSuffix(t, "。") {
		return false
	}
	for s := range strings.SplitSeq(strings.TrimSuffix(t, "。"), "。") {
		s = strings.TrimSpace(s)
		name, self := cutSuffixAny(s, lexicon.SelfNames()) // "山田です": who writes
		if !isGreeting(s) && !notesIntro().MatchString(s) && !(self && name != "" && utf8.RuneCountInString(name) <= 4) {
			return false
		}
	}
	return true
}

// nameSalutation reports a first line that is only a name followed by a
// comma, a colon or a dash: "Sam,", "Sam:", "Sam –".
func nameSalutation(t string) bool {
	name := strings.TrimRight(t, " ,:–—-")
	return name != t && len(strings.Fields(name)) == 1 && nameLike(name)
}

// cutGreeting returns what follows a salutation that opens t and ends with
// a comma ("Hi Sam, here you go." → "here you go."); ok is false when t
// opens with none or has nothing after it.
func cutGreeting(t string) (string, bool) {
	comma := strings.IndexByte(t, ',')
	if comma <= 0 || comma > 40 || !isGreeting(t[:comma+1]) {
		return "", false
	}
	rest := strings.TrimSpace(t[comma+1:])
	return rest, rest != ""
}

// skipAnswer matches answers that say nothing: "-", "n/a", "skip".
var skipAnswer = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^[\s\p{P}]*(?:` + alternation(lexicon.SkipAnswers()) + `)?[\s\p{P}]*$`)
})

// sentenceEnds reports whether t ends a sentence: a full stop, colon, "!",
// "?", "。", or an emoji or symbol ("answers below 👇").
func sentenceEnds(t string) bool {
	if t == "" {
		return false
	}
	if strings.ContainsAny(t[len(t)-1:], ".:!?") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "\uFE0F"))
	return r == '。' || r >= utf8.RuneSelf && unicode.Is(unicode.So, r)
}

// dropIntros removes from note lines the greetings, sign-offs and, with
// intros, the sentences that only introduce the answers ("Answers inline
// below."). An introduction is a whole line that is a whole sentence, so
// that a wrapped line of a longer note is never taken for one. In a reply
// that is nothing else, such a sentence is what it says ("I'll answer
// these before Thursday!"): result keeps it, for the receipt to show.
func dropIntros(ls []string, intros bool) []string {
	var kept []string
	sentenceStart := true
	for _, l := range ls {
		t := strings.TrimSpace(l)
		if rest, ok := cutGreeting(t); ok && sentenceStart && courtesySentence(rest) {
			t = rest // "Hi Sam, here you go.", "Hi Sam, only had time for two:": the greeting, then a courtesy
		}
		if sentenceStart {
			if rest := afterCourtesy(t); rest != t {
				t, l = rest, rest // "Thank you for these. I have answered three. The others in person."
			}
		}
		ends := sentenceEnds(t)
		if t != "" && (isSignOff(t) || isGreeting(t) || intros && sentenceStart && ends && courtesySentence(t)) {
			sentenceStart = true
			continue
		}
		sentenceStart = t == "" || ends
		kept = append(kept, l)
	}
	return kept
}

// afterCourtesy returns t without the sentences that open it and are
// courtesy ("Thank you for sending these through. I have answered the ones
// I have a view on."), when a sentence that says more follows them; t
// itself otherwise.
func afterCourtesy(t string) string {
	for {
		rest := afterFirstSentence(t)
		if rest == "" {
			return t
		}
		first := strings.TrimSpace(t[:len(t)-len(rest)])
		if !courtesySentence(first) || containsAnyPhrase(strings.ToLower(first), lexicon.InOrder()) {
			return t // an announcement of answers in order is read by inOrder
		}
		t = rest
	}
}

// courtesySentence reports a sentence that only does the courtesies of a reply,
// by what it does, in any language of the lexicon: it thanks
// ("Thanks for sending these!"), apologises for the reply ("Sorry for the
// late reply, was off sick two days.", lexicon Apologies, opening it),
// introduces the answers ("Here you go:", "A few thoughts ahead of
// Thursday.", introSentences) or says which questions it answers ("only
// had time for two on the train:", lexicon AnswerIntros). One that puts
// questions off ("Sorry, I'd rather talk about 6 in person.") says more.
func courtesySentence(s string) bool {
	n := len(strings.Fields(s))
	if n == 0 {
		return false
	}
	does := introSentences(s) || thanksLine().MatchString(s) && n <= maxThanksWords
	if !does && n <= maxIntroWords {
		lower := strings.ToLower(strings.ReplaceAll(s, "’", "'"))
		does = containsAnyPhrase(lower, lexicon.AnswerIntros()) || hasPrefixAny(lower, lexicon.Apologies())
	}
	return does && !deferral(s)
}

// hasPrefixAny reports whether s opens with one of the phrases, as whole
// words.
func hasPrefixAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.HasPrefix(s, p) && !hasLetterAt(s, len(p)) {
			return true
		}
	}
	return false
}

// Bounds of a sentence of courtesy: one that only thanks, and any other.
const (
	maxThanksWords = 8
	maxIntroWords  = 15
)

// AnswersOf reads the answers to the prep questions from a reply's
// decoded body, quotes included (Message.Text).
//
// It reads answers numbered in any of the usual ways ("3.", "3)", "(3)",
// "3 -", "3/", "Q3:", "A3:", "Q3 – A:", "#3", "**3.**", "Re 3 -", "Answer
// 3:", "Question 3 —", "Frage 3:", "Zu Frage 3:"), answers written under the quoted
// questions (mapped by the number in the quote or, without one, by matching
// the quoted text with questions), answers typed between the questions of
// an original that Outlook quotes without "> " below its header block
// (quoteUnprefixedOriginal), and answers that repeat the question before
// answering. A numbered list inside an answer stays in it: question
// numbers increase, and only 1..len(questions) (1..8 without questions) are
// question numbers.
//
// A line that opens with a pasted question, whole or short ("What is going
// well?  The team…", "Magic wand? …"), answers that question when every
// distinctive word before its "?" belongs to it more than to any other.
// Paragraphs with none of these marks are notes, unless the reply says they
// answer the questions in order or there are exactly as many paragraphs as
// questions (inOrder).
//
// answers maps question numbers to normalised answer text: paragraphs
// separated by a blank line, wrapped lines joined, bullets as "- ". notes is
// the text that answers no particular question, without greetings,
// sign-offs and lines that only introduce the answers.
func AnswersOf(body string, questions []string) (answers map[int]string, notes string) {
	d := quote.NewDoc(body)
	return Answers(d, d.Trim(), questions)
}

// Answers is AnswersOf on a body already classified (d) and
// trimmed.
func Answers(d *quote.Doc, trimmed string, questions []string) (answers map[int]string, notes string) {
	qs := compiledQuestions(questions)
	c := &answerCollector{qs: qs, wc: newWordCounter(qs), maxN: len(questions), sections: map[int][][]string{}}
	if c.maxN == 0 {
		c.maxN = maxQuestion
	}
	if unq := quoteUnprefixedOriginal(d, qs); unq != d.Text {
		d = quote.NewDoc(unq) // answers typed into an original quoted without "> "
		trimmed = d.Trim()
	}
	lines, blocks := replyLines(d.Lines, trimmed)
	lines = dropMarkings(lines)
	// Greeting: the first line written.
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		if t := strings.TrimSpace(l.text); isGreeting(t) || nameSalutation(t) {
			lines[i].text = "" // "Hi Sam," or just "Sam,", "Sam –"
		}
		break
	}
	lines = dropSignatures(lines)
	lines = splitRunOn(lines, c.maxN)
	c.bare = bareList(lines, c.maxN)
	c.prevCtx, c.prevBlank = -1, true
	for i := 0; i < len(lines); i++ {
		i += c.line(lines, i, blocks)
	}
	c.trailingNote()
	answers, notes = c.result()
	if len(answers) == 0 {
		answers, notes = inOrder(c.noteLines(), notes, len(questions))
	}
	return answers, notes
}

// answerCollector files the lines of a prep reply under the questions they
// answer; section 0 holds the notes.
type answerCollector struct {
	qs       []qmatch
	wc       *wordCounter
	maxN     int
	sections map[int][][]string // the answers to each question, each its lines; 0: the notes
	order    []int
	// cur is the question being answered, last the highest question
	// numbered so far, listPrev the number of the previous item of a list
	// inside an answer.
	cur, last, listPrev int
	prevCtx             int
	prevBlank           bool
	said                bool // the answer under the current quote has a line
	started             int  // the question of the last answer started
	// bare marks the lines of a list numbered without terminators
	// (bareList): their numbers are question numbers.
	bare map[int]bool
}

// add adds a line to the answer being written to question q.
func (c *answerCollector) add(q int, l string) {
	as, ok := c.sections[q]
	if !ok {
		c.order = append(c.order, q)
	}
	if len(as) == 0 {
		as = append(as, make([]string, 0, sectionLines))
	}
	as[len(as)-1] = append(as[len(as)-1], l)
	c.sections[q] = as
}

// sectionLines is the room an answer's lines get at first: most answers
// are a few lines, which then take one allocation.
const sectionLines = 4

// start starts an answer to question q, with the text after its mark.
func (c *answerCollector) start(q int, rest string) {
	c.cur, c.last, c.listPrev, c.started = q, q, 0, q
	if _, ok := c.sections[q]; !ok {
		c.order = append(c.order, q)
	}
	c.sections[q] = append(c.sections[q], make([]string, 0, sectionLines))
	if rest != "" {
		c.add(q, rest)
	}
	c.prevBlank = false
}

// line files lines[i]; it returns how many more lines it took.
func (c *answerCollector) line(lines []srcLine, i int, blocks [][]string) int {
	l := lines[i]
	if l.ctx != c.prevCtx {
		c.prevCtx = l.ctx
		q, several := 0, false
		if l.ctx >= 0 && l.ctx < len(blocks) {
			q, several = quoteQuestion(blocks[l.ctx], c.qs, c.wc)
		}
		c.cur, c.last, c.listPrev = q, q, 0
		if several || q == 0 {
			c.last = 0
		}
		c.prevBlank, c.said = true, false
	}
	if l.text == "" {
		c.add(c.cur, "")
		c.prevBlank = true
		return 0
	}
	// "I'll think about 5-7 before we meet.", "P.S. …": a note, in a
	// paragraph after an answer (under a quoted question: after its first).
	if c.prevBlank && c.cur > 0 && (l.ctx < 0 || c.said) && (deferral(l.text) || isPostscript(l.text)) {
		c.cur, c.listPrev = 0, 0
	}
	m, ok := parseMarker(l.text)
	if !ok && c.bare[i] {
		m, ok = bareMarker(l.text)
	}
	if ok && m.n >= 1 && m.n <= c.maxN {
		if c.isQuestion(m) {
			c.start(m.n, m.rest)
			return 0
		}
		c.listPrev = m.n
	} else if q, rest, skip := pastedQuestionLines(lines, i, c.qs, c.wc); q > 0 && q != c.cur {
		c.start(q, rest)
		return skip
	} else if c.prevBlank && c.listPrev > 0 && !isListItem(l.text) {
		c.listPrev = 0
	} else if c.cur == 0 && c.started == 0 && c.prevBlank {
		if head, m, ok := wordedClause(l.text); ok && m.n <= c.maxN {
			if !courtesyClause(head) {
				c.add(0, head)
			}
			c.start(m.n, m.rest) // "Hi Sam, answers inline, and for question 1: …"
			return 0
		}
	}
	c.add(c.cur, l.text)
	c.prevBlank, c.said = false, true
	return 0
}

// bareList finds the answers a terse reply numbers without terminators,
// one to a line ("1 want to talk about the course", "2 my crew on B
// shift", "6 need my forklift ticket renewed"), as a person reads them: two
// or more lines in a row that open with a bare number, the numbers
// increasing and all of them questions' (1..maxN), in a reply without
// an answer numbered otherwise ("1.", "2)") and without a line that opens
// with another bare number. A sentence that starts with a number ("12 years on the
// line", "3 people asked") stays a sentence. It returns the indexes of
// those lines, or nil.
func bareList(lines []srcLine, maxN int) map[int]bool {
	var marked map[int]bool
	prevN, run := 0, 0
	for i, l := range lines {
		t := trimIndent(l.text)
		if t == "" || !isDigit(t[0]) {
			run = 0 // only a line that opens with a digit may hold a bare number
			continue
		}
		if _, ok := parseMarker(t); ok {
			return nil // numbered otherwise ("1.", "2)"): those numbers are the answers'
		}
		m, ok := bareMarker(l.text)
		if !ok {
			run = 0
			continue
		}
		if m.n < 1 || m.n > maxN || m.n <= prevN || run == 0 && i > 0 && lines[i-1].text != "" && !strings.HasSuffix(lines[i-1].text, ":") {
			return nil // not a question's number, not in order, or inside a paragraph
		}
		if marked == nil {
			marked = map[int]bool{}
		}
		marked[i], prevN = true, m.n
		run++
	}
	if len(marked) < 2 || !consecutive(marked) {
		return nil
	}
	return marked
}

// consecutive reports whether the indexes of marked follow one another.
func consecutive(marked map[int]bool) bool {
	lo, hi := -1, -1
	for i := range marked {
		if lo < 0 || i < lo {
			lo = i
		}
		hi = max(hi, i)
	}
	return hi-lo+1 == len(marked)
}

// bareMarker reads a question number without a terminator or label that
// opens line ("2 my crew"), with text after it.
func bareMarker(line string) (marker, bool) {
	it := quote.ReadItem(line)
	if it.Kind != quote.ItemNumbered || it.Sep || it.Strong || it.Labels != 0 || it.BulletEnd > 0 {
		return marker{}, false
	}
	rest := strings.TrimSpace(line[it.Start:])
	return marker{n: it.N, rest: rest}, rest != ""
}

// isQuestion reports whether a numbered line starts an answer rather than
// being an item of a list inside one.
func (c *answerCollector) isQuestion(m marker) bool {
	isQuestion := m.labelled || m.n > c.last
	if !m.labelled && c.listPrev > 0 && m.n == c.listPrev+1 && !c.prevBlank {
		isQuestion = false // the next item of a list inside an answer
	}
	if !m.labelled && len(c.qs) >= m.n && c.qs[m.n-1].stripRepeated(m.rest) != m.rest {
		isQuestion = true // the question is repeated after its number
	}
	return isQuestion
}

// trailingNote moves a closing paragraph below the last answer into the
// notes ("Happy to chat before Thursday.", "My updated CV is here: …"):
// when every answer of two or more is one paragraph, the one paragraph
// more that ends the last says something else. A paragraph that a colon
// announces, or a list, stays in the answer.
func (c *answerCollector) trailingNote() {
	if c.started == 0 {
		return
	}
	answered := 0
	for _, q := range c.order {
		if q == 0 {
			continue
		}
		answered++
		for k, part := range c.sections[q] {
			n := countParagraphs(part)
			if n > 1 && (q != c.started || k != len(c.sections[q])-1 || n > 2) {
				return // an answer in several paragraphs: the last may be too
			}
		}
	}
	parts := c.sections[c.started]
	last := parts[len(parts)-1]
	pars := paragraphs(last)
	if answered < 2 || len(pars) != 2 || strings.HasSuffix(strings.TrimSpace(last[pars[0][1]-1]), ":") ||
		isListItem(last[pars[1][0]]) {
		return
	}
	parts[len(parts)-1] = last[:pars[1][0]]
	if len(c.sections[0]) > 0 {
		c.add(0, "")
	}
	for _, l := range last[pars[1][0]:pars[1][1]] {
		c.add(0, l)
	}
}

// countParagraphs is len(paragraphs(lines)), without making them.
func countParagraphs(lines []string) int {
	n, in := 0, false
	for _, l := range lines {
		blank := strings.TrimSpace(l) == ""
		if !blank && !in {
			n++
		}
		in = !blank
	}
	return n
}

// paragraphs returns the spans [start, end) of the paragraphs of lines,
// which blank lines separate.
func paragraphs(lines []string) [][2]int {
	var out [][2]int
	start := -1
	for i, l := range lines {
		switch blank := strings.TrimSpace(l) == ""; {
		case blank && start >= 0:
			out, start = append(out, [2]int{start, i}), -1
		case !blank && start < 0:
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(lines)})
	}
	return out
}

// noteLines are the lines of the notes.
func (c *answerCollector) noteLines() []string {
	var out []string
	for _, ls := range c.sections[0] {
		out = append(out, ls...)
	}
	return out
}

// result joins each question's lines into its answer, and the rest into
// the notes.
func (c *answerCollector) result() (map[int]string, string) {
	answers, notes := map[int]string{}, ""
	for _, q := range c.order {
		if q == 0 {
			notes = normalizeText(strings.Join(dropIntros(c.noteLines(), true), "\n"))
			if notes == "" && len(c.order) == 1 { // no answer and nothing but an introduction: it is what the reply says
				notes = normalizeText(strings.Join(dropIntros(c.noteLines(), false), "\n"))
			}
			continue
		}
		// Several answers to q are joined.
		var parts []string
		for _, ls := range c.sections[q] {
			part := strings.Join(ls, "\n")
			if len(c.qs) >= q {
				part = c.qs[q-1].stripRepeated(strings.TrimSpace(part))
			}
			if t := normalizeText(part); t != "" && !skipAnswer().MatchString(t) {
				parts = append(parts, t)
			}
		}
		if len(parts) > 0 {
			answers[q] = strings.Join(parts, "\n\n")
		}
	}
	if len(answers) == 0 {
		answers = nil
	}
	return answers, notes
}

// bulletItems splits a paragraph made only of bullet lines ("- …") into
// the items' texts; ok is false for any other paragraph.
func bulletItems(p string) ([]string, bool) {
	var items []string
	for l := range strings.SplitSeq(p, "\n") {
		e := bulletEnd(l)
		if e == 0 {
			return nil, false
		}
		items = append(items, strings.TrimSpace(l[e:]))
	}
	return items, len(items) > 1
}

// inOrder files unnumbered paragraphs under the questions in order when
// the reply says they follow the questions' order ("my answers, in the
// order of the questions:", in any language of the lexicon) and there are
// no more of them than questions, or when there are exactly as many
// paragraphs as questions. Otherwise the paragraphs stay notes. raw is
// what the notes were made of, before the introductions were dropped.
func inOrder(raw []string, notes string, nQuestions int) (map[int]string, string) {
	if notes == "" || nQuestions < 2 {
		return nil, notes
	}
	announced := false
	for _, l := range raw {
		if containsAnyPhrase(strings.ToLower(l), lexicon.InOrder()) {
			announced = true
			break
		}
	}
	var pars, ps []string
	for p := range strings.SplitSeq(notes, "\n\n") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if announced && len(pars) == 0 && len(p) < 200 && containsAnyPhrase(strings.ToLower(p), lexicon.InOrder()) {
			// The announcement itself; a sentence after it ("The other
			// three on Thursday.") stays a note.
			if rest := withoutInOrder(p); rest != "" {
				ps = append(ps, rest)
			}
			continue
		}
		if announced && len(p) < 120 && strings.HasSuffix(p, ":") && containsAnyPhrase(strings.ToLower(p), lexicon.InOrder()) {
			continue // the announcement, closed by ":"
		}
		if isPostscript(p) || announced && deferral(p) {
			ps = append(ps, p) // "PS: see you Monday", "I'll think about the rest" stay notes
			continue
		}
		if items, ok := bulletItems(p); ok && announced {
			pars = append(pars, items...) // "- one answer per bullet"
			continue
		}
		pars = append(pars, p)
	}
	if len(pars) < 2 || len(pars) > nQuestions || !announced && len(pars) != nQuestions {
		return nil, notes
	}
	answers := make(map[int]string, len(pars))
	for i, p := range pars {
		answers[i+1] = p
	}
	return answers, strings.Join(ps, "\n\n")
}

// withoutInOrder is paragraph p without its sentences that announce the
// answers in order.
func withoutInOrder(p string) string {
	var kept []string
	for p != "" {
		sent, rest := p, afterFirstSentence(p)
		if rest != "" {
			sent = strings.TrimSpace(p[:len(p)-len(rest)])
		}
		if !containsAnyPhrase(strings.ToLower(sent), lexicon.InOrder()) {
			kept = append(kept, sent)
		}
		p = rest
	}
	return strings.Join(kept, " ")
}

// splitRunOn splits a line of answers run on with semicolons ("1) the
// promotion path; 2) the people; 3) the rewrite") at each "; " that a
// marker with a higher question number follows, so that each answer stands
// on its own line. Lines that open with no marker stay whole.
func splitRunOn(lines []srcLine, maxN int) []srcLine {
	var out []srcLine
	for i, l := range lines {
		if !strings.Contains(l.text, ";") {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		m, ok := parseMarker(l.text)
		if !ok || m.n < 1 || m.n > maxN {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		var parts []string
		t, n := l.text, m.n
		for from := 0; ; {
			k := strings.IndexByte(t[from:], ';')
			if k < 0 {
				break
			}
			k += from
			if next, ok := parseMarker(trimIndent(t[k+1:])); ok && next.n > n && next.n <= maxN && t[k+1:] != trimIndent(t[k+1:]) {
				parts = append(parts, t[:k])
				t, n, from = trimIndent(t[k+1:]), next.n, 0
				continue
			}
			from = k + 1
		}
		if parts == nil {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = append(make([]srcLine, 0, len(lines)+len(parts)), lines[:i]...)
		}
		for _, p := range append(parts, t) {
			out = append(out, srcLine{text: p, ctx: l.ctx})
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// deferralSay, deferralRef and deferralNumbers match a paragraph that says
// some questions will be answered later ("I'll think about 5-7 before we
// meet.", "Will get back to you on the rest."): it puts questions off
// (deferralSay) and names them, in words (deferralRef: "the rest", "den
// Rest", "the last two") or by number (deferralNumbers: a range "5-7", "5
// bis 7"; "questions 5", "Fragen 5", "#5"), all from the lexicon.
// deferralSay and deferralRef are literalREs; deferralNumbers runs only on
// a line with a digit.
var (
	deferralSay = sync.OnceValue(func() *literalRE {
		return newLiteralRE(`(?i)\b(?:` + alternation(lexicon.Deferrals()) + `)\b`)
	})
	deferralRef = sync.OnceValue(func() *literalRE {
		var counts []string // "two", "zwei"
		for w, n := range lexicon.StepNumbers() {
			if n <= 8 {
				counts = append(counts, w)
			}
		}
		return newLiteralRE(`(?i)\b(?:` + alternation(lexicon.Remaining()) + `)\b` +
			`|\b(?:` + alternation(lexicon.RemainingLeads()) + `)\s+(?:` + alternation(counts) + `|[2-8])\b`)
	})
	deferralNumbers = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b[1-8]\s*(?:-|–|&|\+|` + alternation(slices.Concat(lexicon.Ranges(), lexicon.Joiners())) + `)\s*[1-8]\b` +
			`|(?:\b(?:` + alternation(slices.Concat(lexicon.QuestionPlurals(), questionWords())) + `)|#)\s*[1-8]\b`)
	})
)

// deferral reports whether t, the first line of a paragraph, is a short
// sentence that puts off some questions (deferralSay, then deferralRef or
// deferralNumbers) rather
// than answering the question above it.
func deferral(t string) bool {
	if len(t) > 160 || !deferralSay().MatchString(t) { // the filter that spares most lines
		return false
	}
	if _, ok := parseMarker(t); ok {
		return false // a numbered answer
	}
	return deferralRef().MatchString(t) || strings.ContainsAny(t, "12345678") && deferralNumbers().MatchString(t)
}

// skipHeaderBlock returns the first line after the header block of an
// unquoted original that starts at start. A rule above the block ("____",
// Outlook's) is marked quoted, and the block with it.
func skipHeaderBlock(kinds []byte, start int, quoted []bool) int {
	rule := false
	for i := start - 1; i >= 0 && (kinds[i] == quote.Delimiter || kinds[i] == quote.Empty); i-- {
		quoted[i] = kinds[i] == quote.Delimiter
		rule = rule || quoted[i]
	}
	for start < len(kinds) && (kinds[start] == quote.Header || kinds[start] == quote.Marker || kinds[start] == quote.Empty) {
		quoted[start] = rule
		start++
	}
	return start
}

// quoteUnprefixedOriginal handles answers typed inline into an original
// quoted without "> " (Outlook: a From/Sent/To/Subject block, then the
// prep email as it was, the answers between its questions). When at least
// two questions of the bank stand in the text below such a block, in order,
// the text of the original (up to and including the first question, the
// questions, and everything after the last one; a rule above the header
// block and the block with it) is prefixed with "> ", so
// that what is left between the questions reads as answers written under
// them. Otherwise body comes back as it is.
func quoteUnprefixedOriginal(d *quote.Doc, qs []qmatch) string {
	body := d.Text
	if len(qs) == 0 {
		return body
	}
	lines, kinds := d.Lines, d.Kinds
	if q := quotedHeaderRun(lines, kinds); q >= 0 {
		// HTML turned into text quotes Outlook's header block and the
		// original below it, answers and all: read it unquoted.
		lines = slices.Clone(lines)
		for i := q; i < len(lines); i++ {
			lines[i] = unquoteOnce(lines[i])
		}
		kinds = quote.Classify(lines)
	}
	start := -1 // the first line of the original
	text := false
	for i, k := range kinds {
		switch k {
		case quote.Text:
			text = true
		case quote.Quote, quote.QuotedMarker:
			return body // a quoted original: Trim and the quote context handle it
		case quote.Header, quote.Marker:
			if text && start < 0 {
				start = i
			}
		}
	}
	if start < 0 {
		return body
	}
	quoted := make([]bool, len(lines)) // lines of the original
	start = skipHeaderBlock(kinds, start, quoted)
	first, end, found, lastQ := -1, -1, 0, 0
	for i := start; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		q, skip := originalQuestion(lines, i, qs)
		if q <= lastQ {
			continue
		}
		found, lastQ = found+1, q
		if first < 0 {
			first = i
		}
		for j := i; j <= i+skip; j++ {
			quoted[j] = true
		}
		i += skip
		end = i
	}
	if found < 2 {
		return body
	}
	for i := first; i < end; i++ {
		if !quoted[i] && storedAnswerLine(lines[i]) {
			return body // the receipt of an earlier reply: its answers are history
		}
	}
	var b strings.Builder
	b.Grow(len(body) + 2*(len(lines)-start))
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if (i >= start && (i < first || i > end) || quoted[i]) && strings.TrimSpace(l) != "" {
			b.WriteString("> ")
		}
		b.WriteString(l)
	}
	return b.String()
}

// quotedHeaderRun returns where a quote that runs to the end of the message
// and opens with a mail header block starts, after text; -1 when there is
// none.
func quotedHeaderRun(lines []string, kinds []byte) int {
	q, text := -1, false
	for i, k := range kinds {
		switch {
		case k == quote.Text && q < 0:
			text = true
		case k == quote.Quote && q < 0 && text:
			q = i
		case q >= 0 && k != quote.Quote && k != quote.Empty:
			return -1
		}
	}
	if q < 0 {
		return -1
	}
	head := make([]string, 0, 4)
	for i := q; i < len(lines) && len(head) < 4; i++ {
		if u := unquoteOnce(lines[i]); strings.TrimSpace(u) != "" {
			head = append(head, u)
		}
	}
	if bytes.Count(quote.Classify(head), []byte{quote.Header}) < 2 {
		return -1
	}
	return q
}

// unquoteOnce removes one level of "> " quoting from l.
func unquoteOnce(l string) string {
	t := trimIndent(l)
	if !strings.HasPrefix(t, ">") {
		return l
	}
	return strings.TrimPrefix(t[1:], " ")
}

// storedAnswerLine reports whether l is an answer as careerconv's receipt
// quotes it: indented, in quotation marks.
func storedAnswerLine(l string) bool {
	t := trimIndent(l)
	if len(l)-len(t) < 2 {
		return false
	}
	return strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“")
}

// originalQuestion tells which question (1-based; 0: none) the line
// lines[i] of an original email opens with, written out in full with or
// without its number, and how many lines after it the question goes on.
func originalQuestion(lines []string, i int, qs []qmatch) (q, skip int) {
	t := strings.TrimSpace(lines[i])
	if m, ok := parseMarker(t); ok {
		t = m.rest
	}
	st, e := nextWord(t, 0)
	if st < 0 {
		return 0, 0
	}
	joined := ""
	for k := range qs {
		if len(qs[k].words) == 0 || !strings.EqualFold(t[st:e], qs[k].words[0]) {
			continue
		}
		if joined == "" { // the line and the next few: the question may be wrapped
			var b strings.Builder
			b.WriteString(t)
			for j := i + 1; j < len(lines) && j-i <= 4 && strings.TrimSpace(lines[j]) != ""; j++ {
				b.WriteByte('\n')
				b.WriteString(strings.TrimSpace(lines[j]))
			}
			joined = b.String()
		}
		full := qs[k].stripRepeated(joined)
		consumed := len(joined) - len(full)
		if consumed == 0 {
			continue
		}
		n := strings.Count(joined[:consumed], "\n")
		if full != "" && joined[consumed-1] == '\n' {
			n-- // the next line is no longer the question
		}
		return k + 1, n
	}
	return 0, 0
}

// normalizeText normalises an answer or note: spaces collapsed, paragraphs
// separated by one blank line, wrapped lines joined, list items (quote.ReadItem)
// on lines of their own, bullets written "- ", numbers and letters as
// typed. It writes into one buffer as it
// reads.
func normalizeText(s string) string {
	var out strings.Builder
	out.Grow(len(s))
	paraOpen := false  // the current paragraph has text
	breakOwed := false // a blank line was seen since the last text
	prev := ""
	for rest := s; rest != ""; {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		t := strings.TrimSpace(l)
		if t == "" {
			breakOwed = paraOpen || breakOwed
			paraOpen, prev = false, ""
			continue
		}
		if breakOwed && out.Len() > 0 {
			out.WriteString("\n\n")
		}
		breakOwed = false
		it := quote.ReadItem(t)
		if next, _, _ := strings.Cut(rest, "\n"); quote.LoneBullet(it, prev, next) {
			it = quote.Item{} // "👍 Sounds good": an emoji, no list
		}
		if paraOpen {
			if answerListItem(it) {
				out.WriteByte('\n') // a list item keeps its line
			} else {
				out.WriteByte(' ')
			}
		}
		if e := itemBulletEnd(it); e > 0 && e < len(t) {
			out.WriteString("- ")
			t = t[e:]
		}
		writeFields(&out, t)
		paraOpen, prev = true, l
	}
	return out.String()
}

// writeFields writes the words of t to b separated by single spaces.
func writeFields(b *strings.Builder, t string) {
	if singleSpaced(t) {
		b.WriteString(t) // most lines: one copy
		return
	}
	pending := false // a space is owed before the next word
	wrote := false
	start := -1
	for i := 0; i < len(t); {
		c := t[i]
		size := 1
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(t[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				if pending {
					b.WriteByte(' ')
				}
				b.WriteString(t[start:i])
				start, wrote = -1, true
			}
			pending = wrote
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		if pending || wrote && start > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t[start:])
	}
}
