package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/lexicon"
	"github.com/careerconv/careerconv/pkg/quote"
)

// The greeting and sign-off phrases of the lexicon, indexed on first use.
var (
	greetingIndex = sync.OnceValue(func() map[string][]string { return phraseIndex(lexicon.Greetings()) })
	signOffIndex  = sync.OnceValue(func() map[string][]string { return phraseIndex(lexicon.SignOffs()) })
)

// nameLike reports whether s is empty or a short name: at most three words,
// each starting with an upper-case letter ("Jane", "Jane Doe", "Sam").
func nameLike(s string) bool {
	if s == "" {
		return true
	}
	words := strings.Fields(s)
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		w = strings.Trim(w, ",.!")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '.' {
				return false
			}
		}
	}
	return true
}

// isGreeting reports whether line is a salutation such as "Hi Sam,", perhaps
// followed by a phatic question ("Oi Sam, tudo bem?", "Hallo Sam, wie
// geht's?").
func isGreeting(line string) bool {
	if phraseLine(line, greetingIndex()) {
		return true
	}
	if rest, ok := phraseRest(line, greetingIndex()); ok && phaticAfter(rest) {
		return true
	}
	// "Hi all,", "Hallo zusammen!": a greeting, then whom it greets.
	t := strings.ToLower(strings.TrimRight(strings.TrimSpace(line), ",:!. "))
	if len(t) > 40 {
		return false
	}
	for _, a := range lexicon.Addressees() {
		if head, ok := strings.CutSuffix(t, " "+a); ok && slices.Contains(lexicon.Greetings(), strings.TrimSpace(head)) {
			return true
		}
	}
	// "サムさん": a name and an honorific, alone on the line.
	return honoredName(t) || nameThenGreeting(line)
}

// honoredName reports a name and an honorific of the lexicon, alone: "サムさん",
// "Sam님".
func honoredName(t string) bool {
	for _, h := range lexicon.Honorifics() {
		if head, ok := strings.CutSuffix(t, h); ok && head != "" && utf8.RuneCountInString(head) <= 10 && !strings.ContainsAny(head, " 。、") {
			return true
		}
	}
	return false
}

// greetingsByLast indexes the lexicon's greetings by their last letter,
// which the last of a line is looked up by.
var greetingsByLast = sync.OnceValue(func() map[rune][]string {
	m := map[rune][]string{}
	for _, g := range lexicon.Greetings() {
		r, _ := utf8.DecodeLastRuneInString(g)
		m[r] = append(m[r], g)
	}
	return m
})

// nameThenGreeting reports a greeting written after the name it greets, the
// order of several languages: "Sam 你好，", "Sam님, 안녕하세요.", "サムさん、お疲れ様です。",
// "Sam, hello!". The name is capitalised words, a name in a script without
// case, or a name with an honorific.
func nameThenGreeting(line string) bool {
	t := strings.TrimRight(strings.TrimSpace(line), ",:;!.?，：；！。？、 ")
	if len(t) > 60 || t == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	for _, g := range greetingsByLast()[unicode.ToLower(last)] {
		if len(t) <= len(g) || !strings.EqualFold(t[len(t)-len(g):], g) {
			continue
		}
		head := t[:len(t)-len(g)]
		if r, _ := utf8.DecodeLastRuneInString(head); unicode.IsLetter(r) && !caseless(g) {
			continue // "hi" in "Sushi"; "Sam你好" has no space
		}
		head = strings.TrimRight(head, ",，、 ")
		if head != "" && (nameLike(head) || caselessName(head) || honoredName(strings.ToLower(head))) {
			return true
		}
	}
	return false
}

// phaticAfter reports whether rest, what follows a greeting on its line,
// is a name perhaps, then a phatic question or wish of the lexicon and
// nothing else: " Sam, how are you?", ", ¿qué tal?".
func phaticAfter(rest string) bool {
	name, q, ok := strings.Cut(rest, ",")
	if !ok || !nameLike(strings.TrimSpace(name)) {
		return false
	}
	q = strings.ToLower(strings.Trim(q, " \t¿¡?!.,:;…"))
	return q != "" && slices.Contains(lexicon.Phatic(), strings.Join(strings.Fields(q), " "))
}

// isSignOff reports whether line is a valediction such as "Thanks, Jane",
// or several joined by a slash, a comma or the "and" of a language of the
// lexicon, or ending a sentence: "Mit freundlichen Grüßen / Best regards",
// "Thank you and best regards", "以上、よろしくお願いします。", "以上です。よろしく
// お願いいたします。".
func isSignOff(line string) bool {
	rest, ok := phraseRest(line, signOffIndex())
	if !ok {
		return false
	}
	if restName(line, rest) {
		return true
	}
	rest = strings.TrimLeft(rest, " ,")
	for _, join := range [...]string{"/", "&", "+", "、", "。", "."} { // "以上です。よろしくお願いいたします。", "Thanks. Best regards", "Thanks & Regards"
		if after, found := strings.CutPrefix(rest, join); found {
			return strings.TrimSpace(after) != "" && isSignOff(after)
		}
	}
	w, after, _ := strings.Cut(rest, " ")
	return slices.Contains(lexicon.And(), strings.ToLower(w)) && isSignOff(after)
}

// signOffFrom reports a sign-off followed by where it is sent from: "Beste
// Grüße aus Köln", "Saludos desde Madrid". It is only taken for one above
// signature lines (dropSignature): alone, "Thanks to Priya" could be a
// sentence.
func signOffFrom(line string) bool {
	rest, ok := phraseRest(line, signOffIndex())
	if rest = trimPhraseRest(rest); !ok || rest == "" {
		return false
	}
	w, place, _ := strings.Cut(rest, " ")
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && place != "" && nameLike(place)
}

// dropSignatures is dropSignature at the end of lines and at the end of the
// text written above the quote when more is written under quoted lines
// below it: "Answers inline.\n\nAlex" then the answers under the questions.
func dropSignatures(lines []srcLine) []srcLine {
	lines = dropSignature(lines)
	top := 0
	for top < len(lines) && lines[top].ctx < 0 {
		top++
	}
	if top == 0 || top == len(lines) {
		return lines
	}
	kept := dropSignature(lines[:top])
	if len(kept) == top {
		return lines
	}
	out := make([]srcLine, 0, len(kept)+len(lines)-top)
	return append(append(out, kept...), lines[top:]...)
}

// dropSignature removes a trailing signature from lines and returns the
// lines kept. A signature is found by its features, with or without a "-- "
// line: a sign-off in any language of the lexicon ("Kind regards", "Viele
// Grüße", "よろしくお願いいたします") followed only by signature lines (short
// lines without a sentence's end: the name, a title, a company, an address;
// lines with a phone number, a URL or an address; "Sent from …"; legal
// notices), blank lines between them allowed. An acknowledgement ("Thanks,
// looks good!") over signature lines stays, its signature goes. Without a sign-off, a lone
// short name in a paragraph of its own after other text goes, and so does a
// trailing legal notice.
func dropSignature(lines []srcLine) []srcLine {
	end := len(lines)
	for end > 0 && lines[end-1].text == "" {
		end--
	}
	sigLines := 0
	notice := -1 // start of a trailing legal notice
	ps := -1     // start of a postscript below the signature
	plain := -1  // start of a paragraph no part of which is a notice
	below := ""  // the signature line below the one read
	slogan := false
	for i := end - 1; i >= 0 && sigLines <= maxSignatureLines; i-- {
		t := strings.TrimSpace(lines[i].text)
		if t == "" {
			continue
		}
		if (isSignOff(t) || sigLines > 0 && signOffFrom(t) || sigLines > 0 && acknowledgement(t)) && !signatureHead(below) {
			break // "Thanks for the nudge!" over "1 done": the reply, not its signature
		}
		if isSignOff(t) || sigLines > 0 && signOffFrom(t) {
			if ps < 0 {
				return lines[:i]
			}
			// The postscript stays, in a paragraph of its own.
			out := append(slices.Clip(lines[:i]), srcLine{ctx: lines[i].ctx})
			return append(out, lines[ps:end]...)
		}
		if sigLines > 0 && acknowledgement(t) {
			return lines[:i+1] // "Thanks, looks good!" over a signature: the reply stays
		}
		if p := paragraphStart(lines, i); ps < 0 && isPostscript(lines[p].text) {
			ps, i = p, p // "P.S. I'll be late": read on above it
			continue
		}
		if p := paragraphStart(lines, i); p != plain {
			if isNotice(lines[p : i+1]) {
				notice, i = p, p
				continue
			}
			if len(lines[p:i+1]) <= maxNoticeLines && textLen(lines[p:i+1]) <= maxNoticeBytes {
				plain = p // not a notice whole: none of its first lines is
			}
		}
		if !signatureLine(t) && !(i > 0 && dashName(t, "") && isSignOff(strings.TrimSpace(lines[i-1].text))) {
			if slogan || !sloganLine(lines, i) {
				break // not a signature line, nor a dash and a name under a sign-off ("Cheers,\n— Sam")
			}
			slogan = true // "Our values: fair, open, accountable." between contact lines and a notice
		}
		sigLines++
		below = t
	}
	if notice > 0 {
		end = notice
		for end > 0 && lines[end-1].text == "" {
			end--
		}
	}
	if p := paragraphStart(lines, max(end-1, 0)); p > 0 && contactBlock(lines[p:end]) {
		end = p // "Jane Doe / Staff Engineer / www.acme.example" without a sign-off
		for end > 0 && lines[end-1].text == "" {
			end--
		}
	}
	// A first name alone, then a block that opens with it: "Sam\n\nSam
	// Patel\nHead of Account Management\nHarbourline Logistics Ltd".
	if p := paragraphStart(lines, max(end-1, 0)); p >= 2 && lines[p-1].text == "" && namedBlock(lines[p-2].text, lines[p:end]) {
		end = p - 1
		for end > 0 && lines[end-1].text == "" {
			end--
		}
	}
	return lines[:nameClosing(lines, end)]
}

// nameClosing returns where lines[:end] end without a closing that is only
// the sender's name, or a short closing and the name.
func nameClosing(lines []srcLine, end int) int {
	// A name or initials alone after a blank line: "…answer.\n\nJane",
	// "…\n\n- Jonas", "…\n\nd".
	if end >= 3 && lines[end-2].text == "" && (shortName(lines[end-1].text) || initials(lines[end-1].text) || dashName(lines[end-1].text, lines[end-3].text)) {
		return end - 1
	}
	// A first name alone under the sentence that closes the reply: "Shout
	// if I've got any of that wrong!\nInes".
	if end >= 2 && shortName(lines[end-1].text) && len(strings.Fields(lines[end-1].text)) == 1 &&
		strings.ContainsAny(lastByte(strings.TrimSpace(lines[end-2].text)), ".!?") {
		return end - 1
	}
	if end >= 4 && lines[end-3].text == "" && shortName(lines[end-1].text) && closingLine(lines[end-2].text) {
		return end - 2
	}
	return end
}

// lastByte is the last byte of t, as a string ("" for "").
func lastByte(t string) string {
	if t == "" {
		return ""
	}
	return t[len(t)-1:]
}

// sloganLine reports whether lines[i] may be a company's line inside a
// signature, such as its values or motto: a paragraph of one short line,
// no item of a list, under a paragraph with a contact detail, written
// after the same quoted block. dropSignature takes one at most.
func sloganLine(lines []srcLine, i int) bool {
	t := strings.TrimSpace(lines[i].text)
	if i < 2 || lines[i-1].text != "" || i+1 < len(lines) && lines[i+1].text != "" ||
		len(t) > 80 || len(strings.Fields(t)) > 8 || strings.HasSuffix(t, "?") || quote.ReadItem(t).Kind != quote.ItemNone {
		return false
	}
	for k := i - 2; k >= 0 && lines[k].text != "" && lines[k].ctx == lines[i].ctx; k-- {
		if contactLine(strings.TrimSpace(lines[k].text)) {
			return true
		}
	}
	return false
}

// namedBlock reports a signature block under the name that signs the
// reply: the block's first line is that name and more (signsAs: "Sam"
// over "Sam Patel" or "Professor Sam Patel"), and every line may be a
// signature's.
func namedBlock(name string, block []srcLine) bool {
	name = strings.TrimSpace(name)
	if !shortName(name) || len(block) < 2 || len(block) > maxSignatureLines {
		return false
	}
	if !signsAs(strings.TrimSpace(block[0].text), name) {
		return false
	}
	for _, l := range block {
		if !signatureLine(strings.TrimSpace(l.text)) {
			return false
		}
	}
	return true
}

// signsAs reports whether first, the first line of a signature block, is
// name (a first name) and more: "Sam Patel" under "Sam", or the same after
// at most maxTitles capitalised titles ("Dr Sam Patel", "Prof. Dr. Sam
// Patel", "Professeur Sam Patel").
func signsAs(first, name string) bool {
	words := strings.Fields(first)
	i := slices.Index(words, name)
	if i < 0 || i > maxTitles || i == len(words)-1 || len(words)-i > 3 {
		return false
	}
	return nameLike(strings.Join(words[:i], " ")) && nameLike(strings.Join(words[i:], " "))
}

// maxTitles bounds the titles before a name in a signature.
const maxTitles = 2

// signatureHead reports whether t, the line under a sign-off, may open
// its signature: nothing, a dash and a name ("— Sam"), or a line that is no
// item of a list or of a check-in ("1 done", "- the course").
func signatureHead(t string) bool {
	return t == "" || dashName(t, "") || (t[0] < '0' || t[0] > '9') && stepMarkerEnd(quote.ReadItem(t)) < 0
}

// shortName reports a line that is only a name of one or two words.
func shortName(l string) bool {
	return nameLike(strings.TrimSpace(l)) && len(strings.Fields(l)) <= 2 && !strings.ContainsAny(l, ".:")
}

// initials reports a line that is only one or two letters: the initials
// that sign a reply, in whatever case ("d", "jd").
func initials(l string) bool {
	t := strings.TrimSpace(l)
	n := 0
	for _, r := range t {
		if n++; !unicode.IsLetter(r) || n > 2 {
			return false
		}
	}
	return n > 0
}

// dashName reports a closing written as a dash and the sender's name ("-
// Jonas", "— Priya"), not a last item of a list of such dashes (above: the
// line above the blank line before it).
func dashName(l, above string) bool {
	t := strings.TrimSpace(l)
	for _, d := range []string{"-", "–", "—", "~"} {
		if rest, ok := strings.CutPrefix(t, d); ok {
			return shortName(rest) && !strings.HasPrefix(strings.TrimSpace(above), d)
		}
	}
	return false
}

// closingLine reports the closing above a name: a short line ending with a
// comma, with no sentence end in it ("See you Thursday,"), or a short one
// that opens with a sign-off of the lexicon ("see you thurs ✌️", "talk soon
// 🙌").
func closingLine(l string) bool {
	t := strings.TrimSpace(l)
	if len(strings.Fields(t)) > 6 {
		return false
	}
	if strings.HasSuffix(t, ",") && !strings.ContainsAny(t, ".!?:") {
		return true
	}
	if strings.ContainsAny(t, ".?:") {
		return false
	}
	end := leadingLetters(t)
	for _, p := range signOffIndex()[strings.ToLower(t[:end])] {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) && !hasLetterAt(t, len(p)) {
			return true
		}
	}
	return false
}

// contactBlock reports a signature without a sign-off: a paragraph that
// opens with a name, holds a contact detail (phone, URL, address) and
// nothing but signature lines.
func contactBlock(par []srcLine) bool {
	if len(par) < 2 || len(par) > maxSignatureLines {
		return false
	}
	first := strings.TrimSpace(strings.Split(strings.TrimSpace(par[0].text), "|")[0])
	if !nameLike(first) && !caselessName(first) {
		return false
	}
	contact := false
	for _, l := range par {
		t := strings.TrimSpace(l.text)
		if !signatureLine(t) {
			return false
		}
		contact = contact || contactLine(t)
	}
	return contact
}

// caseless reports whether s starts with a letter of a script without
// case (Han, kana, Hangul).
func caseless(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r)
}

// caselessName reports a name in a script without letter case (山田 太郎,
// 김민수): one or two words of at most five letters each.
func caselessName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) > 5 {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) || unicode.IsUpper(r) || unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// isPostscript reports a line that opens a postscript: "P.S.", "PS:",
// "P.-S.", "PPS".
func isPostscript(l string) bool {
	t := strings.ToLower(strings.TrimSpace(l))
	for _, p := range lexicon.Postscripts() {
		if rest, ok := strings.CutPrefix(t, p); ok && (rest == "" || !hasLetterAt(rest, 0) || !hasLetterAt(p, len(p)-1)) {
			return true
		}
	}
	return false
}

// cutSuffixAny cuts the first of suffixes that ends s.
func cutSuffixAny(s string, suffixes []string) (string, bool) {
	for _, x := range suffixes {
		if head, ok := strings.CutSuffix(s, x); ok {
			return head, true
		}
	}
	return s, false
}

// maxSignatureLines bounds the lines of a signature below its sign-off.
const maxSignatureLines = 16

// paragraphStart returns the index of the first line of the paragraph that
// holds lines[i].
func paragraphStart(lines []srcLine, i int) int {
	for i > 0 && lines[i-1].text != "" {
		i--
	}
	return i
}

// Bounds of a legal notice's paragraph.
const (
	maxNoticeLines = 12
	maxNoticeBytes = 4000
)

// textLen is the length of the text of lines.
func textLen(lines []srcLine) int {
	n := 0
	for _, l := range lines {
		n += len(l.text)
	}
	return n
}

// isNotice reports whether a paragraph is a legal or confidentiality
// notice: long enough, with at least two notice words of the lexicon.
func isNotice(par []srcLine) bool {
	if len(par) == 0 || len(par) > maxNoticeLines {
		return false
	}
	if n := textLen(par); n < 80 || n > maxNoticeBytes {
		return false
	}
	var b strings.Builder
	for _, l := range par {
		b.WriteString(strings.ToLower(l.text))
		b.WriteByte(' ')
	}
	lower, hits := b.String(), 0
	pairs := pairsOf(lower)
	for _, w := range lexicon.Disclaimer() {
		if pairs.mayHold(w) && strings.Contains(lower, w) {
			if hits++; hits == 2 {
				return true
			}
		}
	}
	return false
}

// signatureLine reports whether t (trimmed, not blank) may be a line of a
// signature block: short, not ending a sentence and not an item of a list
// (a name, a title, a company, an address), or holding a phone number, a URL or an address
// whatever its end.
func signatureLine(t string) bool {
	if len(t) > 160 {
		return false
	}
	if contactLine(t) || containsAnyPhrase(strings.ToLower(t), lexicon.SignatureLines()) {
		return true
	}
	if utf8.RuneCountInString(t) > 50 || strings.HasSuffix(t, ":") || stepMarkerEnd(quote.ReadItem(t)) >= 0 {
		return false // a numbered or bulleted line is content, not a signature
	}
	// A sentence ends with its punctuation; "ACME Soluciones S.L." and
	// "Adventure Works Sp. z o.o." are companies, not sentences.
	last, _ := utf8.DecodeLastRuneInString(t)
	if last != '.' {
		return !strings.ContainsRune("!?。！？", last)
	}
	words := strings.Fields(t)
	n := len(words)
	// "Adventure Works Sp. z o.o.", "Kessler Components India Pvt. Ltd.":
	// abbreviations, not a sentence's end.
	return n < 5 || strings.Contains(strings.TrimSuffix(words[n-1], "."), ".") || strings.HasSuffix(words[n-2], ".")
}

// contactLine reports whether t holds a contact detail: a URL, an email
// address, a phone number ("+44 20 7946 0958", "T: 030 123456") or fields
// separated by "|".
func contactLine(t string) bool {
	lower := strings.ToLower(t)
	if strings.Contains(lower, "http://") || strings.Contains(lower, "https://") || strings.Contains(lower, "www.") ||
		strings.Contains(t, "@") && !strings.Contains(t, " @") || strings.Count(t, "|") >= 1 && len(t) < 100 {
		return true
	}
	digits, run := 0, 0
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			digits++
			run++
		case r == ' ' || r == '-' || r == '(' || r == ')' || r == '.' || r == '/' || r == '+':
		default:
			if run > 0 && digits < 6 {
				digits = 0
			}
			run = 0
		}
	}
	return digits >= 6 || addressLine(t)
}

// addressLine reports a postal address on one line: three or more parts
// separated by commas, each of at most four words opening with a capital
// or a digit, a digit among them, no sentence's end ("Floor 4, Carrick
// House, 22 Weaver Street, Leeds LS1 4XT").
func addressLine(t string) bool {
	if strings.Count(t, ",") < 2 || !strings.ContainsAny(t, "0123456789") || strings.ContainsAny(t[len(t)-1:], ".!?:") {
		return false
	}
	for part := range strings.SplitSeq(t, ",") {
		part = strings.TrimSpace(part)
		r, _ := utf8.DecodeRuneInString(part)
		if part == "" || len(strings.Fields(part)) > 4 || !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// joinFields is strings.Join(strings.Fields(s), " "), without a copy when s
// already has one space between words and none around them.
func joinFields(s string) string {
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports whether s has one ASCII space between its words and
// no other space, none around them: it is its own joinFields.
func singleSpaced(s string) bool {
	prevSpace := true // a space at the start is one to drop
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			space := asciiSpace(c) || c == '\v'
			if space && (c != ' ' || prevSpace) {
				return false
			}
			prevSpace = space
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return !prevSpace || s == ""
}

// leadingLetters is the length of the run of letters that opens t: its
// first word, up to a space, a digit or punctuation.
func leadingLetters(t string) int {
	end := 0
	for end < len(t) {
		r, size := utf8.DecodeRuneInString(t[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += size
	}
	return end
}

// isMarking reports a protective marking or sensitivity label stamped on
// a line of its own (lexicon Markings): "OFFICIAL", "OFFICIAL-SENSITIVE",
// "[SEC=OFFICIAL]", "Classification: Internal", "C2 - Interne", "Intern".
func isMarking(t string) bool {
	t = strings.Trim(t, " \t*_[]()")
	if t == "" || len(t) > 60 {
		return false
	}
	lower := strings.ToLower(strings.Join(strings.Fields(t), " "))
	for _, l := range lexicon.MarkingLabels() {
		if rest, ok := strings.CutPrefix(lower, l); ok && rest != "" && (!hasLetterAt(rest, 0) || !hasLetterAt(l, len(l)-1)) {
			lower = strings.TrimLeft(rest, " :=-–")
			break
		}
	}
	// A tier before the label: "C2 - Internal", "L1: Public".
	if len(lower) > 2 && lower[0] >= 'a' && lower[0] <= 'z' && isDigit(lower[1]) && !hasLetterAt(lower, 2) {
		lower = strings.TrimLeft(lower[2:], " :-–")
	}
	return slices.Contains(lexicon.Markings(), lower)
}

// dropMarkings blanks the protective markings (isMarking) that stand on
// the first or the last written lines of a reply: mail systems stamp them
// above and below the text, and they are no part of it.
func dropMarkings(lines []srcLine) []srcLine {
	for i := range lines {
		if lines[i].text == "" {
			continue
		}
		if !isMarking(lines[i].text) {
			break
		}
		lines[i].text = ""
	}
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].text == "" {
			continue
		}
		if !isMarking(lines[i].text) {
			break
		}
		lines[i].text = ""
	}
	return lines
}
