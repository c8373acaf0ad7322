package quote

import (
	"bytes"
	"github.com/careerconv/careerconv/pkg/lexicon"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Trim returns what the sender newly wrote: no quoted history, signature,
// sign-off boilerplate or disclaimer.
//
// Lines are classified (text, blank, "> " quote, attribution such as
// "On … wrote:" in many languages, mail header block, delimiter, mobile
// signature) and the history is cut with rules over that classification:
//
//   - everything from a signature separator ("-- ") or an Outlook underscore
//     line on is dropped, and so are "Sent from my iPhone"-style lines;
//   - an attribution or "-----Original Message-----" marker after the reply
//     cuts the message there (with the few lines below the quote, a footer,
//     unless they hold a numbered line or a sentence of prose: an answer
//     written under a quoted question); an Outlook header block (From/Sent/To/Subject
//     and its translations, three lines or more) does too, unless the
//     original below it is "> " quoted with text written between its lines
//     (answers inline): then only the marker and the block go;
//   - quoted lines at the end of the message are dropped once there is text;
//   - when the message starts with the history and the new text comes last
//     (bottom-posting), only that text is kept.
//
// Quoted lines followed by newly written text are kept as they came, "> "
// included: that is how inline answers keep the question they answer
// (a reader that wants only the new words drops lines starting with ">").
// A message that is nothing but a quote is returned as it is. Valedictions
// ("Thanks,\nAlex") are kept, as both public corpora expect.
//
// Trim runs in time linear in the size of text.
func Trim(text string) string {
	return NewDoc(text).Trim()
}

// Doc is a text as Trim reads it: normalised (Normalize), split into lines,
// and each line classified (Classify), once. The stages that read a reply
// share one Doc rather than classify the same lines again. A Doc is not
// changed once made: its fields are read-only.
type Doc struct {
	Text  string   // the text, normalised
	Lines []string // Text split at "\n"
	Kinds []byte   // the kind of each line
}

// NewDoc normalises, splits and classifies text.
func NewDoc(text string) *Doc {
	text = Normalize(text)
	lines := strings.Split(text, "\n")
	return &Doc{Text: text, Lines: lines, Kinds: Classify(lines)}
}

// Trim is Trim of the document's text, from its classification.
func (d *Doc) Trim() string {
	if strings.TrimSpace(d.Text) == "" {
		return ""
	}
	// The rules change the kinds they read (and never the lines in place).
	keep := trimApplyRules(d.Lines, slices.Clone(d.Kinds))
	return trimJoin(d, keep)
}

// Line kinds, one byte per line, so that the cutting rules can be written
// as patterns over a string.
const (
	Empty         = 'e' // blank line
	Text          = 't' // anything else
	Quote         = 'q' // "> " quoted line
	Marker        = 'b' // attribution, "Original Message", forward marker
	Header        = 'h' // line of a mail header block (From:, Sent:, ...)
	Delimiter     = 'd' // "-- " signature separator, underscore line
	SoftDelimiter = 'D' // "----", "****", "====": a delimiter only at the end
	Signature     = 's' // "Sent from my iPhone" and the like
	// QuotedMarker is a quoted attribution ("> On … wrote:"): a quote
	// that says the message holds nothing but history. trimApplyRules
	// notes it and reads it as a quote.
	QuotedMarker = 'B'
)

// trimMaxLine is the longest line examined for markers, headers and
// signatures; longer lines are text (or quote) without further ado.
const trimMaxLine = 400

// Normalize gives Trim LF line endings and valid UTF-8 whatever it is fed.
func Normalize(text string) string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if strings.IndexByte(text, '\r') >= 0 {
		// CRLF and lone CR become LF, in one pass.
		var b strings.Builder
		b.Grow(len(text))
		for i := 0; i < len(text); i++ {
			c := text[i]
			if c == '\r' {
				c = '\n'
				if i+1 < len(text) && text[i+1] == '\n' {
					i++
				}
			}
			b.WriteByte(c)
		}
		text = b.String()
	}
	return text
}

// trimApplyRules cuts the history out of lines classified by kinds and
// returns the lines to keep.
func trimApplyRules(lines []string, kinds []byte) []string {
	quotedMarker := false
	for i, k := range kinds {
		if k == QuotedMarker {
			quotedMarker = true
			kinds[i] = Quote
		}
	}

	// Everything from the first hard delimiter on is a signature or history.
	for i, k := range kinds {
		if k == Delimiter {
			lines, kinds = lines[:i], kinds[:i]
			break
		}
	}
	// A soft delimiter followed by no text at all ends the message.
	if i := trimSoftDelimiterCut(kinds); i >= 0 {
		lines, kinds = lines[:i], kinds[:i]
	}
	for i, k := range kinds {
		if k == SoftDelimiter {
			kinds[i] = Text
		}
	}
	// Mobile signatures go wherever they are.
	lines, kinds = trimDrop(lines, kinds, Signature)

	p := kinds
	// A header block after text, above a "> " quoted original with text
	// written between its lines: answers inline (Outlook's "prefix each
	// line of the original message"). Found before the cuts below move the
	// quotes.
	inline := trimInlineAfterHeader(p)

	// The history comes first and the reply last (a reply below the
	// quote): keep the text at the end.
	if i, ok := trimReplyAtEnd(p); ok {
		return lines[i:]
	}
	// A marker after text, with no quote after it: the rest is history.
	if i := trimMarkerNoQuote(p); i >= 0 {
		lines, p = lines[:i+1], p[:i+1]
	}
	// A marker after text, followed by quotes and at most a few lines
	// (a footer, a signature under the quote).
	if i := trimMarkerQuote(p); i >= 0 && !HasNumberedLine(lines[i+1:], p[i+1:]) && !trimHasParagraph(lines[i+1:], p[i+1:]) {
		lines, p = lines[:i+1], p[:i+1]
	}
	// Text followed by quotes up to the end.
	if i := trimTrailingQuote(p); i >= 0 {
		lines, p = lines[:i+1], p[:i+1]
	}
	// Markers left in the middle (an attribution above a quote the sender
	// answered inline) go.
	lines, p = trimDrop(lines, p, Marker)
	// A header block after text: the rest is history, unless the sender
	// wrote between the quoted lines below it; then only the block goes.
	// Header lines left are text.
	if i := trimHeaderAfterText(p); i >= 0 {
		if inline {
			lines, p = trimDropHeaderBlock(lines, p, i)
		} else {
			lines, p = lines[:i+1], p[:i+1]
		}
	}
	if bytes.IndexByte(p, Text) >= 0 {
		// Trailing blank and quoted lines.
		n := len(p)
		for n > 0 && (p[n-1] == Empty || p[n-1] == Quote) {
			n--
		}
		lines, p = lines[:n], p[:n]
	} else if quotedMarker {
		// Nothing but quoted history.
		return nil
	}
	lines = trimDisclaimer(lines)
	return lines
}

// The cutting rules below are linear scans over the line kinds, one byte per
// line. Each is written as the regular expression it implements, over the
// kinds left at that point (e, t, q, b, h).

// trimReplyAtEnd implements ^(b[^t]+)*b[bqeh]+t[et]*$: the message starts
// with a marker, the history follows and the text comes last. It returns the
// index of the first line of that text.
func trimReplyAtEnd(p []byte) (int, bool) {
	if len(p) == 0 || p[0] != Marker {
		return 0, false
	}
	f := bytes.IndexByte(p, Text)
	if f < 2 {
		return 0, false
	}
	for _, k := range p[f:] {
		if k != Text && k != Empty {
			return 0, false
		}
	}
	return f, true
}

// trimMarkerNoQuote implements te*b[^q]*$: a marker after text with no
// quote after it. It returns the index of that text line, or -1.
func trimMarkerNoQuote(p []byte) int {
	lastQ := bytes.LastIndexByte(p, Quote)
	for k := lastQ + 1; k < len(p); k++ {
		if p[k] != Marker {
			continue
		}
		j := k - 1
		for j >= 0 && p[j] == Empty {
			j--
		}
		if j >= 0 && p[j] == Text {
			return j
		}
	}
	return -1
}

// trimMarkerQuote implements te*b[eqbh]*([te]*)$ with fewer than seven text
// lines in the group: a marker after text, the quote, then at most a few
// lines (a footer or a signature below the quote). It returns the index of
// the text line before the marker, or -1.
func trimMarkerQuote(p []byte) int {
	s := len(p)
	texts := 0
	for s > 0 && (p[s-1] == Text || p[s-1] == Empty) {
		s--
		if p[s] == Text {
			texts++
		}
	}
	if texts >= 7 {
		return -1
	}
	lastT := bytes.LastIndexByte(p[:s], Text)
	if lastT < 0 {
		return -1
	}
	j := lastT + 1
	for j < s && p[j] == Empty {
		j++
	}
	if j < s && p[j] == Marker {
		return lastT
	}
	return -1
}

// HasNumberedLine reports whether a text line of lines starts like a
// numbered answer or step (ReadItem: "1.", "2)", "3 done", "Q4:", "1️⃣"):
// text below a quote that reads like answers is kept, not taken for a
// signature.
func HasNumberedLine(lines []string, kinds []byte) bool {
	for i, l := range lines {
		if kinds[i] == Text && ReadItem(l).Kind == ItemNumbered {
			return true
		}
	}
	return false
}

// trimHasParagraph reports whether the text lines after the last quote of
// lines hold a sentence of prose (six words or more, ending with a full
// stop, "!" or "?"): text written below a quote, an answer under a quoted
// question, rather than a footer or a signature.
func trimHasParagraph(lines []string, kinds []byte) bool {
	lastQ := bytes.LastIndexByte(kinds, Quote)
	for i := lastQ + 1; i < len(lines); i++ {
		if kinds[i] != Text {
			continue
		}
		s := trimRightSpace(lines[i])
		if s == "" || strings.IndexByte(".!?", s[len(s)-1]) < 0 {
			continue
		}
		if len(strings.Fields(s)) >= 6 {
			return true
		}
	}
	return false
}

// trimTrailingQuote implements te*[qbe]+$: text followed by quotes (and
// markers, blank lines) to the end. It returns the index of that text line,
// or -1.
func trimTrailingQuote(p []byte) int {
	lastT := bytes.LastIndexByte(p, Text)
	if lastT < 0 || lastT == len(p)-1 {
		return -1
	}
	for _, k := range p[lastT+1:] {
		if k != Quote && k != Marker && k != Empty {
			return -1
		}
	}
	return lastT
}

// trimHeaderAfterText implements t[eq]*h: the first header block after
// text. It returns the index of that text line, or -1.
func trimHeaderAfterText(p []byte) int {
	for k := 0; k < len(p); k++ {
		if p[k] != Header {
			continue
		}
		j := k - 1
		for j >= 0 && (p[j] == Empty || p[j] == Quote) {
			j--
		}
		if j >= 0 && p[j] == Text {
			return j
		}
	}
	return -1
}

// trimInlineAfterHeader implements t[eqb]*h[hbe]*q.*q[qe]*t[te]*q: the first
// header block after text is followed by a quote, and text stands between
// two quoted lines after it. Quoted lines around the text are what tells
// an inline answer from a footer below the history.
func trimInlineAfterHeader(p []byte) bool {
	k := bytes.IndexByte(p, Header)
	if k < 0 {
		return false
	}
	j := k - 1
	for j >= 0 && (p[j] == Empty || p[j] == Quote || p[j] == Marker) {
		j--
	}
	if j < 0 || p[j] != Text {
		return false
	}
	for k < len(p) && (p[k] == Header || p[k] == Empty || p[k] == Marker) {
		k++
	}
	if k == len(p) || p[k] != Quote {
		return false
	}
	quoted, between := false, false
	for ; k < len(p); k++ {
		switch p[k] {
		case Quote:
			if between {
				return true
			}
			quoted = true
		case Text:
			between = quoted
		case Header, Marker:
			return false // another message below: history
		}
	}
	return false
}

// trimDropHeaderBlock removes the header block that follows the text line
// at index i (and the blank lines around it).
func trimDropHeaderBlock(lines []string, p []byte, i int) ([]string, []byte) {
	s := i + 1
	for s < len(p) && p[s] == Empty {
		s++
	}
	e := s
	for e < len(p) && (p[e] == Header || p[e] == Empty || p[e] == Quote && e == s) {
		if p[e] == Quote {
			break
		}
		e++
	}
	outL := append(slices.Clip(lines[:s]), lines[e:]...)
	outP := append(slices.Clip(p[:s]), p[e:]...)
	return outL, outP
}

// trimSoftDelimiterCut returns the index of a soft delimiter after which no
// text follows, or -1.
func trimSoftDelimiterCut(kinds []byte) int {
	cut := -1
	for i := len(kinds) - 1; i >= 0; i-- {
		switch kinds[i] {
		case Text, Header, Quote, Marker:
			return cut
		case SoftDelimiter:
			cut = i
		}
	}
	return cut
}

// trimDrop removes the lines of kind k.
func trimDrop(lines []string, kinds []byte, k byte) ([]string, []byte) {
	if bytes.IndexByte(kinds, k) < 0 {
		return lines, kinds
	}
	outL := make([]string, 0, len(lines))
	outK := make([]byte, 0, len(kinds))
	for i, kk := range kinds {
		if kk != k {
			outL = append(outL, lines[i])
			outK = append(outK, kk)
		}
	}
	return outL, outK
}

// trimJoin joins the kept lines of d, without leading blank lines, trailing
// white space or trailing delimiter lines.
func trimJoin(d *Doc, lines []string) string {
	for len(lines) > 0 && trimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 {
		last := trimSpace(lines[len(lines)-1])
		if last == "" || trimIsDelimiterLine(last) {
			lines = lines[:len(lines)-1]
			continue
		}
		break
	}
	if s, ok := d.span(lines); ok {
		return s
	}
	var b strings.Builder
	n := 0
	for _, l := range lines {
		n += len(l) + 1
	}
	b.Grow(n)
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(trimRightSpace(l))
	}
	return b.String()
}

// span returns what trimJoin builds of lines, without a copy, when that is
// a part of d.Text: lines are consecutive lines of d.Lines (the same
// array) without trailing white space. Most replies keep one run of lines.
func (d *Doc) span(lines []string) (string, bool) {
	if len(lines) == 0 {
		return "", false
	}
	k := -1
	for i := range d.Lines {
		if &d.Lines[i] == &lines[0] {
			k = i
			break
		}
	}
	if k < 0 {
		return "", false
	}
	start := 0
	for _, l := range d.Lines[:k] {
		start += len(l) + 1
	}
	// Checked, not assumed: the result is lines joined whatever d holds.
	end := start
	for i, l := range lines {
		if i > 0 {
			if end >= len(d.Text) || d.Text[end] != '\n' {
				return "", false
			}
			end++
		}
		if end+len(l) > len(d.Text) || d.Text[end:end+len(l)] != l || trimRightSpace(l) != l {
			return "", false
		}
		end += len(l)
	}
	return d.Text[start:end], true
}

// Classify gives each line its kind, one byte per line (Empty, Text,
// Quote, Marker, Header, Delimiter, SoftDelimiter, Signature, QuotedMarker).
func Classify(lines []string) []byte {
	kinds := make([]byte, len(lines))
	fenced := false
	// colon is the first line after i that ends with a colon (or
	// len(lines)): a wrapped attribution ends with one, so most lines need
	// no look-ahead. It only moves forward.
	colon := 0
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		s := trimSpace(line)
		if strings.HasPrefix(s, "```") {
			fenced = !fenced
			kinds[i] = Text
			continue
		}
		if fenced {
			if s == "" {
				kinds[i] = Empty
			} else {
				kinds[i] = Text
			}
			continue
		}
		switch {
		case s == "":
			kinds[i] = Empty
		case s[0] == '>' || trimIsNamedQuote(s):
			kinds[i] = Quote
			if len(s) < trimMaxLine && trimIsAttribution(trimSetQuote.left(s)) {
				kinds[i] = QuotedMarker
			}
		case len(s) > trimMaxLine:
			kinds[i] = Text
		case trimIsHardDelimiter(s):
			kinds[i] = Delimiter
		case trimIsDelimiterLine(s):
			kinds[i] = SoftDelimiter
		case trimIsSignature(s):
			kinds[i] = Signature
		case trimIsSeparatorMarker(s):
			kinds[i] = Marker
		case trimHeaderKey(s) != hdrNone:
			kinds[i] = Header
		default:
			if colon <= i {
				colon = i + 1
				for colon < len(lines) && !trimEndsColon(trimRightSpace(lines[colon])) {
					colon++
				}
			}
			if n := trimAttributionSpan(lines, i, colon, s); n > 0 {
				for j := i; j < i+n; j++ {
					kinds[j] = Marker
				}
				i += n - 1
				continue
			}
			kinds[i] = Text
		}
	}
	trimValidateMarkers(lines, kinds)
	trimValidateHeaders(lines, kinds)
	return kinds
}

// trimValidateMarkers turns back into text the attributions that sit in the
// middle of a paragraph without any sign of being one ("On Monday I wrote:"
// followed by more of the same paragraph).
func trimValidateMarkers(lines []string, kinds []byte) {
	for i := 0; i < len(kinds); i++ {
		if kinds[i] != Marker {
			continue
		}
		j := i
		for j+1 < len(kinds) && kinds[j+1] == Marker {
			j++
		}
		if j == i && !strings.Contains(lines[i], "@") && !trimIsSeparatorMarker(trimSpace(lines[i])) &&
			i > 0 && kinds[i-1] == Text && j+1 < len(kinds) && kinds[j+1] == Text {
			kinds[i] = Text
		}
		i = j
	}
}

// Header classes: a block of mail headers needs several different ones.
const (
	hdrNone = iota
	hdrFrom
	hdrDate
	hdrTo
	hdrSubject
	hdrOther
)

// trimHeaderWords maps lower-cased header names in many languages
// (lexicon.Headers) to their
// class.
var trimHeaderWords = sync.OnceValue(func() map[string]int {
	class := map[string]int{lexicon.RoleFrom: hdrFrom, lexicon.RoleDate: hdrDate, lexicon.RoleTo: hdrTo, lexicon.RoleSubject: hdrSubject, lexicon.RoleOther: hdrOther}
	m := map[string]int{}
	for name, role := range lexicon.Headers() {
		m[name] = class[role]
	}
	return m
})

// trimHeaderKey reports the class of a "Name: value" mail header line, bold
// markers ("*From:*") allowed.
func trimHeaderKey(s string) int {
	s = trimSetHeader.left(s)
	// The first colon, ASCII or full-width, in the first 48 bytes.
	head := s[:min(len(s), 48)]
	i := -1
	for k := 0; k < len(head); k++ {
		if c := head[k]; c == ':' || c == 0xef && k+3 <= len(head) && head[k+1] == 0xbc && head[k+2] == 0x9a {
			i = k
			break
		}
	}
	if i <= 0 || i > 40 {
		return hdrNone
	}
	name := trimSetHeader.right(s[:i])
	if name == "" || len(name) > trimHeaderWordMax() {
		return hdrNone
	}
	for k := 0; k < len(name); k++ {
		if !trimHeaderBytes()[name[k]] {
			return hdrNone
		}
	}
	// Lower-cased on the stack: a map index with string(bytes) does not
	// allocate.
	var buf [4 * 48]byte
	return trimHeaderWords()[string(trimAppendLower(buf[:0], name))]
}

// trimHeaderBytes are the bytes a header name may hold: those of
// trimHeaderWords in either case, and any byte of a multi-byte rune.
var trimHeaderBytes = sync.OnceValue(func() *trimSet {
	var set trimSet
	for w := range trimHeaderWords() {
		set.addWord(w)
	}
	set.addMultiByte()
	return &set
})

// trimHeaderWordMax bounds the length of a header name that may be in
// trimHeaderWords: thrice the longest one, since lower-casing shrinks a rune
// by two bytes at most (the Kelvin sign becomes "k").
var trimHeaderWordMax = sync.OnceValue(func() int {
	n := 0
	for w := range trimHeaderWords() {
		n = max(n, len(w))
	}
	return 3 * n
})

// trimValidateHeaders keeps the header kind only on blocks that look like the
// headers of a quoted or forwarded message: at least three header lines of at
// least two classes, among them a sender or a subject (continuation lines
// included). Other header-like lines are text.
func trimValidateHeaders(lines []string, kinds []byte) {
	for i := 0; i < len(kinds); i++ {
		if kinds[i] != Header {
			continue
		}
		// Extend the block over header lines and short continuations.
		end := i + 1
		var classes [hdrOther + 1]bool
		classes[trimHeaderKey(trimSpace(lines[i]))] = true
		count := 1
		for end < len(kinds) {
			if kinds[end] == Header {
				classes[trimHeaderKey(trimSpace(lines[end]))] = true
				count++
				end++
				continue
			}
			// A wrapped value: one or two text lines followed by a header.
			if kinds[end] == Text && end+1 < len(kinds) && kinds[end+1] == Header {
				end++
				continue
			}
			if kinds[end] == Text && end+2 < len(kinds) && kinds[end+1] == Text && kinds[end+2] == Header {
				end += 2
				continue
			}
			break
		}
		distinct := 0
		for _, c := range classes[hdrFrom:] {
			if c {
				distinct++
			}
		}
		valid := count >= 3 && distinct >= 2 && (classes[hdrFrom] || classes[hdrSubject])
		if !valid && count >= 2 && classes[hdrFrom] && classes[hdrDate] {
			valid = true
		}
		for j := i; j < end; j++ {
			switch {
			case valid:
				kinds[j] = Header
			case kinds[j] == Header:
				kinds[j] = Text
			}
		}
		i = end - 1
	}
}

// trimIsDelimiterLine reports whether s (trimmed) is made only of delimiter
// characters: "-----", "_____", "*****", "=====", "#####"...
func trimIsDelimiterLine(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		switch r {
		case '-', '_', ',', '=', '+', '~', '#', '*', 'ᐧ', '—', '–', ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// trimIsHardDelimiter reports lines after which nothing is new text: the
// "-- " signature separator, Outlook's underscore line and the tracking dot
// some mail extensions add.
func trimIsHardDelimiter(s string) bool {
	switch s {
	case "--", "-- ", "ᐧ", "__":
		return true
	}
	if len(s) >= 3 && strings.Trim(s, "_") == "" {
		return true
	}
	return false
}

// trimIsSeparatorMarker reports the separators of quoted or forwarded
// history: "-----Original Message-----" and its translations, "Begin
// forwarded message:", "---------- Forwarded message ---------".
func trimIsSeparatorMarker(s string) bool {
	if len(s) > 120 {
		return false
	}
	switch s[0] {
	case '-', '=', '*', '_', '<', '[', '~':
	default:
		// Unadorned markers are short: "Begin forwarded message:".
		if len(s) > 60 || len(s) < 15 {
			return false
		}
	}
	trimmed := trimSetSeparator.trim(s)
	if trimmed == "" {
		return false
	}
	for i := 0; i < len(trimmed); i++ {
		if !trimSeparatorBytes()[trimmed[i]] {
			return false
		}
	}
	// Lower-cased on the stack (a rune grows by a byte at most, and
	// len(s) <= 120); map lookups with string(bytes) do not allocate.
	var buf [240]byte
	core := trimAppendLower(buf[:0], trimmed)
	for len(core) > 0 && trimSetColon[core[len(core)-1]] {
		core = core[:len(core)-1]
	}
	if bytes.Contains(core, []byte("  ")) || bytes.IndexByte(core, '\t') >= 0 {
		core = []byte(strings.Join(strings.Fields(string(core)), " "))
	}
	if trimForwardSet()[string(core)] {
		return true
	}
	start := trimSetMarkStart.left(s)
	dashed := strings.HasPrefix(start, "--") || strings.HasPrefix(start, "==")
	return dashed && trimSeparatorSet()[string(core)]
}

// trimSeparatorSet and trimForwardSet hold trimSeparatorPhrases and
// trimForwardPhrases.
var (
	trimSeparatorSet = sync.OnceValue(func() map[string]bool { return trimWordSet(trimSeparatorPhrases()) })
	trimForwardSet   = sync.OnceValue(func() map[string]bool { return trimWordSet(trimForwardPhrases()) })
)

// trimSeparatorBytes are the bytes a separator may hold inside its dashes:
// those of the phrases in either case, any byte of a multi-byte rune, white
// space and a final colon.
var trimSeparatorBytes = sync.OnceValue(func() *trimSet {
	set := newTrimSet(": \t\n\v\f\r")
	for _, w := range append(slices.Clone(trimSeparatorPhrases()), trimForwardPhrases()...) {
		set.addWord(w)
	}
	set.addMultiByte()
	return set
})

func trimWordSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// trimSeparatorPhrases appear between dashes: "-----Original Message-----"
// (lexicon.Separators).
var trimSeparatorPhrases = lexicon.Separators

// trimForwardPhrases are forward markers standing on their own line
// (lexicon.ForwardMarkers).
var trimForwardPhrases = lexicon.ForwardMarkers

// trimWroteWords end attribution lines ("… wrote:"), lower-cased
// (lexicon.Wrote).
var trimWroteWords = lexicon.Wrote

// trimAttributionStarts begin attribution lines that may wrap over several
// lines ("On Mon, 1 Feb 2016 at 10:00, Some One <\nsome@one.com> wrote:").
var trimAttributionStarts = sync.OnceValue(func() []string {
	return append(slices.Clone(lexicon.AttributionStarts()), "----") // Zoho's "---- On … wrote ----"
})

// trimAttributionStartsBy are the trimAttributionStarts a line whose first
// byte is c may start with: those whose first byte is c whatever the case of
// an ASCII letter, and those that start beyond ASCII (case folding may pair
// them with another byte); all of them when c is beyond ASCII.
var trimAttributionStartsBy = sync.OnceValue(func() *[256][]string {
	var by [256][]string
	for c := range by {
		for _, p := range trimAttributionStarts() {
			if c >= utf8.RuneSelf || p[0] >= utf8.RuneSelf || byte(c)|0x20 == p[0]|0x20 {
				by[c] = append(by[c], p)
			}
		}
	}
	return &by
})

// trimIsAttribution reports whether s (one line, or several joined) is an
// attribution introducing a quote: "On <date>, <someone> wrote:" in its many
// forms and languages, or "<date> <someone> <address>:".
func trimIsAttribution(s string) bool {
	s = trimSpace(s)
	if len(s) < 6 || len(s) > trimMaxLine {
		return false
	}
	// Cheap test first: an attribution ends with a colon, or is Zoho's
	// "---- On … wrote ----", or starts with a date.
	end := trimSetDash.right(s)
	if !strings.HasSuffix(end, ":") && !strings.HasSuffix(end, "：") && s[0] != '-' && !trimStartsWithDate(s) {
		return false
	}
	// Zoho: "---- On <date> <someone> wrote ----".
	line := trimSpace(end)
	endsColon := trimEndsColon(line)
	bodyText := trimSpace(strings.TrimSuffix(strings.TrimSuffix(line, ":"), "："))
	hasDigit := trimHasDigit(s)
	hasAt := strings.IndexByte(s, '@') >= 0
	if !hasDigit && !hasAt {
		// Every form below needs a date or an address; without them, only
		// "you wrote:" in a language of the lexicon is one.
		return (endsColon || s[0] == '-') && trimEndsYouWrote(bodyText)
	}
	// ASCII letters lower-cased, on the stack: the words compared are
	// lower-case or caseless.
	var buf [trimMaxLine]byte
	body := trimAppendASCIILower(buf[:0], bodyText)
	// A wrote word is followed by less than trimWroteTail bytes: only the
	// end of the line can hold it. The pairs of bytes of that end go into a
	// filter, so that a word is searched for only when its first two bytes
	// may occur there.
	var pairs [trimPairBits / 64]uint64
	window := body[max(0, len(body)-trimWroteTail-trimWroteMax()):]
	for i := 1; i < len(window); i++ {
		h := trimPairHash(window[i-1], window[i])
		pairs[h/64] |= 1 << (h % 64)
	}
	dashStart := strings.HasPrefix(s, "-")
	for _, w := range trimWroteBytes() {
		if len(w) < 2 {
			if bytes.IndexByte(window, w[0]) < 0 {
				continue
			}
		} else if h := trimPairHash(w[0], w[1]); pairs[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		if i := bytes.LastIndex(body[max(0, len(body)-trimWroteTail-len(w)):], w); i >= 0 {
			// The wrote word ends the line, or is followed by a name and
			// the date ("schrieb Max <m@x.de>:", "schrieb am Fr., 28. Apr.").
			i += max(0, len(body)-trimWroteTail-len(w))
			tail := body[i+len(w):]
			if len(tail) == 0 || string(tail) == "(a)" || string(tail) == " :" || (endsColon && (hasAt || hasDigit) && len(tail) < trimWroteTail) {
				if endsColon || len(tail) == 0 && dashStart {
					return true
				}
			}
		}
	}
	if endsColon && hasAt && (bytes.HasSuffix(body, []byte(">")) || bytes.HasSuffix(body, []byte("]"))) && hasDigit {
		return true
	}
	// Gmail's old "2016-03-03 17:21 GMT+01:00 Some One <x@y.z>:" and
	// "2013/7/20 Some One <x@y.z>".
	if trimStartsWithDate(s) && (hasAt || trimContainsFoldASCII(line, "gmt")) && len(s) < 200 {
		return true
	}
	return false
}

// trimPairBits is the size of the filter of byte pairs trimIsAttribution
// builds, and trimPairHash a pair's place in it.
const trimPairBits = 4096

func trimPairHash(a, b byte) uint { return (uint(a)*37 + uint(b)) % trimPairBits }

// trimWroteTail bounds what may follow a wrote word in an attribution
// ("schrieb Max Mustermann <max@example.com>:").
const trimWroteTail = 120

// trimWroteBytes are trimWroteWords as byte slices, and trimWroteMax the
// length of the longest.
var (
	trimWroteBytes = sync.OnceValue(func() [][]byte {
		out := make([][]byte, len(trimWroteWords()))
		for i, w := range trimWroteWords() {
			out[i] = []byte(w)
		}
		return out
	})
	trimWroteMax = sync.OnceValue(func() int {
		n := 0
		for _, w := range trimWroteWords() {
			n = max(n, len(w))
		}
		return n
	})
)

// trimEndsYouWrote reports whether s ends with a word of lexicon.YouWrote:
// "On Monday you wrote", "Sie schrieben".
func trimEndsYouWrote(s string) bool {
	for _, p := range lexicon.YouWrote() {
		if len(s) >= len(p) && strings.EqualFold(s[len(s)-len(p):], p) {
			r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(p)])
			if len(s) == len(p) || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// trimStartsWithDate reports whether s begins with a numeric date:
// 2016-03-03, 2013/7/20, 26.06.2014, 02.04.2012.
func trimStartsWithDate(s string) bool {
	var n [3]int // the digits of the first three groups
	g := 0
	for i := 0; i < len(s) && i < 12 && g < 3; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			n[g]++
		case (c == '-' || c == '/' || c == '.') && n[g] > 0:
			g++
		default:
			i = len(s)
		}
	}
	// 2016-10-24, 24.10.2016, 10/24/16; not a phone number (03-5555-0123).
	return n[2] > 0 && (n[0] == 4 && n[1] <= 2 && n[2] <= 2 || n[0] <= 2 && n[1] <= 2 && (n[2] == 2 || n[2] == 4))
}

// trimAttributionSpan reports how many lines starting at i form an
// attribution (0 when they do not). An attribution may wrap over up to five
// lines, blank ones included, the last of which may start with ">" (a
// wrapped "<address\n> wrote:").
//
// colon is the index of the first line after i ending with a colon, or
// len(lines).
//
// first is lines[i] trimmed.
func trimAttributionSpan(lines []string, i, colon int, first string) int {
	if trimIsAttribution(first) {
		// "2016-10-24 15:36 GMT+02:00 Foo bar <" may go on with
		// "foo@bar.com>:" on the next line.
		if i+1 < len(lines) && !strings.HasSuffix(first, ":") {
			next := trimSpace(lines[i+1])
			if len(next) < 100 && (strings.HasSuffix(next, ":") || strings.HasSuffix(next, "：")) && !strings.Contains(next, " ") {
				return 2
			}
		}
		return 1
	}
	if colon > i+5 || !trimMayStartAttribution(first) || trimEndsSentence(first) {
		return 0
	}
	size := len(first)
	for j := i + 1; j < len(lines) && j < i+6; j++ {
		s := trimSpace(lines[j])
		if s == "" {
			continue
		}
		size += len(s) + 1
		if len(s) > trimMaxLine || size > trimMaxLine {
			return 0
		}
		if s[0] == '>' && len(s) > 12 {
			return 0
		}
		if !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, "：") {
			continue
		}
		// The wrapped attribution ends here, or there is none.
		var b strings.Builder
		b.Grow(size)
		b.WriteString(first)
		for k := i + 1; k <= j; k++ {
			if t := trimSpace(lines[k]); t != "" {
				b.WriteByte(' ')
				b.WriteString(t)
			}
		}
		if trimIsAttribution(b.String()) {
			return j - i + 1
		}
		return 0
	}
	return 0
}

// trimEndsSentence reports a line that ends a sentence of its own, with no
// address in it ("El 1 está hecho y el 2 va por la mitad."): no
// attribution wrapped onto the next lines, whose first line ends with a
// name, an address or a date ("… schrieb am Fr., 28.").
func trimEndsSentence(s string) bool {
	n := len(s)
	return n > 1 && strings.IndexByte(".!?", s[n-1]) >= 0 && (s[n-2]|0x20 >= 'a' && s[n-2]|0x20 <= 'z' || s[n-2] >= utf8.RuneSelf) &&
		strings.IndexByte(s, '@') < 0 && strings.IndexByte(s, '<') < 0
}

// trimEndsColon reports whether s ends with a colon, ASCII or full-width.
func trimEndsColon(s string) bool {
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// trimMayStartAttribution reports whether s may be the first line of an
// attribution wrapped over several lines.
func trimMayStartAttribution(s string) bool {
	if len(s) > 200 {
		return false
	}
	if strings.HasSuffix(s, "<") {
		return true
	}
	if !trimHasDigit(s) {
		return false
	}
	for _, p := range trimAttributionStartsBy()[s[0]] {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	if trimStartsWithDate(s) {
		return true
	}
	// "Max <max@example.com> schrieb am Fr., 28.": an address, then the
	// wrote word.
	if strings.IndexByte(s, '@') >= 0 {
		var buf [200]byte
		lower := trimAppendASCIILower(buf[:0], s)
		for _, w := range trimWroteBytes() {
			if bytes.Contains(lower, w) {
				return true
			}
		}
	}
	return false
}

// trimSignatureLeads start the boilerplate lines mobile and desktop mail apps
// add ("Sent from my iPhone"); the rest of the line must name a device or an
// app (trimSignatureDevices) so that "Sent from my desk" stays.
var trimSignatureLeads = lexicon.DeviceLines

// trimSignatureDevices are the words that make a trimSignatureLeads line
// boilerplate: a device or a mail app (lexicon.Devices).
var trimSignatureDevices = lexicon.Devices

// trimOpenLeads are the trimSignatureLeads that end in a possessive
// (lexicon.My: "from my", "von meinem", "从我的"): they open sentences too
// ("From my point of view"), so only a short line is a device line.
var trimOpenLeads = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range trimSignatureLeads() {
		for _, my := range lexicon.My() {
			if rest, ok := strings.CutSuffix(l, my); ok && (rest == "" || strings.HasSuffix(rest, " ") || my[0] >= utf8.RuneSelf) {
				m[l] = true
			}
		}
	}
	return m
})

// trimSignatureDeviceBytes are trimSignatureDevices as byte slices.
var trimSignatureDeviceBytes = sync.OnceValue(func() [][]byte {
	out := make([][]byte, len(trimSignatureDevices()))
	for i, d := range trimSignatureDevices() {
		out[i] = []byte(d)
	}
	return out
})

// trimIsSignature reports whether s (trimmed) is mail-app boilerplate such as
// "Sent from my iPhone", "Envoyé de mon iPhone" or "Get Outlook for iOS".
func trimIsSignature(s string) bool {
	if len(s) > 160 {
		return false
	}
	if !trimSignatureFirst(s) {
		return false
	}
	// Lower-cased on the stack (a rune grows by a byte at most, and
	// len(s) <= 160), without "[".
	var buf [240]byte
	lower := trimAppendLower(buf[:0], trimSetSignature.trim(s))
	if bytes.IndexByte(lower, '[') >= 0 {
		lower = bytes.ReplaceAll(lower, []byte("["), nil)
	}
	for _, e := range lexicon.DeviceEnds() { // "Sam from mobile": the phrase and two words at most
		if len(lower) > len(e) && lower[len(lower)-len(e)-1] == ' ' && string(lower[len(lower)-len(e):]) == e &&
			bytes.Count(lower, []byte(" ")) <= strings.Count(e, " ")+2 {
			return true
		}
	}
	for _, lead := range trimSignatureLeads() {
		if len(lower) < len(lead) || string(lower[:len(lead)]) != lead {
			continue
		}
		rest := lower[len(lead):]
		if len(rest) == 0 {
			return false
		}
		// "From my iPhone" must stay short: "From my point of view..." is
		// text even with a device further on.
		if trimOpenLeads()[lead] && len(rest) > 30 {
			return false
		}
		for _, d := range trimSignatureDeviceBytes() {
			if bytes.Contains(rest, d) {
				return true
			}
		}
		// "Sent from my TI-85": a model number.
		words := strings.Fields(string(rest))
		if len(words) > 0 && len(words) <= 4 && !trimOpenLeads()[lead] && slices.Contains(lexicon.My(), words[0]) {
			for _, w := range words[1:] {
				if trimHasDigit(w) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// trimDisclaimerWords mark a legal or confidentiality notice
// (lexicon.Disclaimer).
var trimDisclaimerWords = lexicon.Disclaimer

// trimDisclaimer cuts a legal notice ending the kept text: from the first
// paragraph with at least two notice words, when text precedes it.
func trimDisclaimer(lines []string) []string {
	// Notices end messages: look at the last few paragraphs only.
	first, pars := len(lines), 0
	nextBlank := true // lines[first+1] is blank (or there is none)
	for first > 0 && pars < trimDisclaimerParagraphs {
		first--
		blank := trimIsBlank(lines[first])
		if blank && !nextBlank {
			pars++
		}
		nextBlank = blank
	}
	start := first
	seenText := first > 0
	for i := first; i <= len(lines); i++ {
		if i < len(lines) && !trimIsBlank(lines[i]) {
			continue
		}
		// lines[start:i] is a paragraph.
		if i > start {
			if seenText && trimIsDisclaimer(lines[start:i]) {
				return lines[:start]
			}
			seenText = true
		}
		start = i + 1
	}
	return lines
}

// trimDisclaimerParagraphs is how many final paragraphs may hold a notice.
const trimDisclaimerParagraphs = 8

// trimIsDisclaimer reports whether a paragraph reads like a legal notice.
func trimIsDisclaimer(par []string) bool {
	n := 0
	for _, l := range par {
		n += len(l)
	}
	if n < 80 || n > 8000 {
		return false
	}
	// strings.ToLower(strings.Join(par, " ")), on the stack for most.
	var arr [4096]byte
	lower := arr[:0]
	for i, l := range par {
		if i > 0 {
			lower = append(lower, ' ')
		}
		lower = trimAppendLower(lower, l)
	}
	// The byte pairs of the paragraph, as in trimIsAttribution: most words
	// are not searched for.
	var pairs [trimPairBits / 64]uint64
	for i := 1; i < len(lower); i++ {
		h := trimPairHash(lower[i-1], lower[i])
		pairs[h/64] |= 1 << (h % 64)
	}
	hits := 0
	for _, w := range trimDisclaimerBytes() {
		if len(w) >= 2 {
			if h := trimPairHash(w[0], w[1]); pairs[h/64]&(1<<(h%64)) == 0 {
				continue
			}
		}
		if bytes.Contains(lower, w) {
			if hits++; hits == 2 {
				return true
			}
		}
	}
	return false
}

// trimDisclaimerBytes are trimDisclaimerWords as byte slices.
var trimDisclaimerBytes = sync.OnceValue(func() [][]byte {
	out := make([][]byte, len(trimDisclaimerWords()))
	for i, w := range trimDisclaimerWords() {
		out[i] = []byte(w)
	}
	return out
})

// trimIsNamedQuote reports Supercite-style quoting: "Richard> text", "C>".
func trimIsNamedQuote(s string) bool {
	for i := 0; i < len(s) && i < 12; i++ {
		c := s[i]
		switch {
		case c == '>':
			return i > 0
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return false
}

// trimSignatureInitials holds the first two lower-cased runes of
// trimSignatureLeads, for a cheap first test.
var trimSignatureInitials = sync.OnceValue(func() map[[2]rune]bool {
	m := map[[2]rune]bool{}
	for _, l := range trimSignatureLeads() {
		m[trimInitials(l)] = true
	}
	return m
})

// trimSignatureASCII holds the ASCII pairs of trimSignatureInitials, which
// most lines are looked up in.
var trimSignatureASCII = sync.OnceValue(func() *[utf8.RuneSelf][utf8.RuneSelf]bool {
	var t [utf8.RuneSelf][utf8.RuneSelf]bool
	for k := range trimSignatureInitials() {
		if k[0] < utf8.RuneSelf && k[1] < utf8.RuneSelf {
			t[k[0]][k[1]] = true
		}
	}
	return &t
})

// trimLowerByte lower-cases an ASCII letter.
func trimLowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// trimInitials returns the first two runes of s, lower-cased.
func trimInitials(s string) [2]rune {
	var k [2]rune
	for i, r := range s {
		if i > 0 && k[1] == 0 {
			k[1] = unicode.ToLower(r)
			break
		}
		k[0] = unicode.ToLower(r)
	}
	return k
}

// trimSignatureFirst reports whether s may be a signature line: it starts
// like one of trimSignatureLeads or ends with one of lexicon.DeviceEnds
// ("from mobile").
func trimSignatureFirst(s string) bool {
	t := trimSetSignature.left(s)
	switch {
	case len(t) >= 2 && t[0] < utf8.RuneSelf && t[1] < utf8.RuneSelf:
		if trimSignatureASCII()[trimLowerByte(t[0])][trimLowerByte(t[1])] {
			return true
		}
	case len(t) < 2 && (t == "" || t[0] < utf8.RuneSelf):
		// No second rune: the pair ends in 0, as trimInitials gives it.
		var c byte
		if t != "" {
			c = trimLowerByte(t[0])
		}
		if trimSignatureASCII()[c][0] {
			return true
		}
	case trimSignatureInitials()[trimInitials(t)]:
		return true
	}
	if s == "" || !trimDeviceEndBytes()[trimLowerByte(s[len(s)-1])] {
		return false
	}
	for _, e := range lexicon.DeviceEnds() {
		if len(s) > len(e) && strings.EqualFold(s[len(s)-len(e):], e) {
			return true
		}
	}
	return false
}

// trimDeviceEndBytes holds the last bytes of lexicon.DeviceEnds, lower and
// upper case, for a cheap first test of a line's end.
var trimDeviceEndBytes = sync.OnceValue(func() *[256]bool {
	var t [256]bool
	for _, e := range lexicon.DeviceEnds() {
		up := strings.ToUpper(e)
		t[e[len(e)-1]], t[up[len(up)-1]] = true, true
	}
	return &t
})

// trimAppendASCIILower appends s to dst with its ASCII letters lower-cased:
// the words it is compared with are lower-case or caseless, and this is much
// cheaper than strings.ToLower on non-Latin text.
func trimAppendASCIILower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// trimSet is a set of ASCII bytes to trim, built once: strings.Trim and
// friends build theirs on every call, which shows on every line.
type trimSet [256]bool

func newTrimSet(chars string) *trimSet {
	var s trimSet
	for i := 0; i < len(chars); i++ {
		s[chars[i]] = true
	}
	return &s
}

// The sets trimmed off lines: array literals, laid out by the compiler
// (nothing is built at package initialisation).
var (
	trimSetHeader    = &trimSet{'*': true, '_': true, ' ': true, '\t': true}                                                                              // bold header names: "*From:*"
	trimSetSignature = &trimSet{'(': true, ')': true, '<': true, '>': true, '[': true, ']': true, '*': true, '_': true, ' ': true, '\t': true}            // "<Sent from my iPhone>"
	trimSetSeparator = &trimSet{'-': true, '_': true, '=': true, '*': true, '~': true, ' ': true, '\t': true, '<': true, '>': true, '[': true, ']': true} // "-----Original Message-----"
	trimSetDash      = &trimSet{'-': true, ' ': true}                                                                                                     // Zoho's "---- On … wrote ----"
	trimSetQuote     = &trimSet{'>': true, ' ': true, '\t': true}                                                                                         // quote prefixes
	trimSetColon     = &trimSet{':': true, ' ': true}                                                                                                     // "Begin forwarded message:"
	trimSetMarkStart = &trimSet{'*': true, '_': true, ' ': true}                                                                                          // before a dashed separator
	trimSetSpace     = &trimSet{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true}                                                    // ASCII white space
)

func (set *trimSet) left(s string) string {
	i := 0
	for i < len(s) && set[s[i]] {
		i++
	}
	return s[i:]
}

func (set *trimSet) right(s string) string {
	i := len(s)
	for i > 0 && set[s[i-1]] {
		i--
	}
	return s[:i]
}

func (set *trimSet) trim(s string) string { return set.right(set.left(s)) }

// addWord adds the bytes of w, with its ASCII lower-case letters in upper case too.
func (set *trimSet) addWord(w string) {
	for i := 0; i < len(w); i++ {
		set[w[i]] = true
		if c := w[i]; c >= 'a' && c <= 'z' {
			set[c-'a'+'A'] = true
		}
	}
}

// addMultiByte adds every byte of a multi-byte UTF-8 sequence.
func (set *trimSet) addMultiByte() {
	for c := utf8.RuneSelf; c < 256; c++ {
		set[c] = true
	}
}

// trimSpace is strings.TrimSpace, faster on lines that start or end with
// a non-space.
func trimSpace(s string) string {
	s = trimSetSpace.left(s)
	for s != "" && s[0] >= utf8.RuneSelf {
		r, n := utf8.DecodeRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = trimSetSpace.left(s[n:])
	}
	return trimRightSpace(s)
}

// trimIsBlank reports whether s is white space only, as
// trimSpace(s) == "" would.
func trimIsBlank(s string) bool {
	if s != "" && !trimSetSpace[s[len(s)-1]] && s[len(s)-1] < utf8.RuneSelf {
		return false // most lines end with a letter or a mark
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case trimSetSpace[c]:
		case c >= utf8.RuneSelf:
			return trimSpace(s[i:]) == ""
		default:
			return false
		}
	}
	return true
}

// trimRightSpace is strings.TrimRightFunc(s, unicode.IsSpace), faster on
// lines that end with a non-space.
func trimRightSpace(s string) string {
	s = trimSetSpace.right(s)
	for s != "" && s[len(s)-1] >= utf8.RuneSelf {
		r, n := utf8.DecodeLastRuneInString(s)
		if !unicode.IsSpace(r) {
			break
		}
		s = trimSetSpace.right(s[:len(s)-n])
	}
	return s
}

// trimContainsFoldASCII reports whether s contains sub (lower-case ASCII)
// with s's ASCII letters lower-cased.
func trimContainsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && trimLowerByte(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// trimHasDigit reports whether s holds an ASCII digit.
func trimHasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// trimAppendLower appends s lower-cased to dst, as strings.ToLower would
// for valid UTF-8, without allocating when dst has room.
func trimAppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !trimCaseless(r) {
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
		i += size
	}
	return dst
}

// trimCaseless reports runes of large blocks without lower-case mappings
// (CJK, kana, Hangul, symbols, U+FFFD), which spares unicode.ToLower's table
// search on most non-Latin text. TestTrimCaseless checks the ranges against
// package unicode.
func trimCaseless(r rune) bool {
	return r >= 0x2cf3 && r < 0xa640 || r >= 0xa7f6 && r < 0xff21 || r >= 0xff3b && r < 0x10400
}

// IsFromHeader reports whether line is the sender line of a mail header
// block ("From:", "Von:", "De :" …, bold markers allowed).
func IsFromHeader(line string) bool { return trimHeaderKey(trimSpace(line)) == hdrFrom }
