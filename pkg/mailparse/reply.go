package mailparse

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/lexicon"
	"github.com/careerconv/careerconv/pkg/quote"
)

// ErrUnknownKind is returned (wrapped) by Read for a conversation.ReplyKind it
// does not know.
var ErrUnknownKind = errors.New("mailparse: unknown reply kind")

// Step is one agreed step read from a wrap-up reply.
type Step struct {
	Text string `json:"text"`
	// Due is an ISO date (2006-01-02), or nil when the step names none or
	// names one that cannot be read without guessing (03/04).
	Due *string `json:"due"`
}

// Reply is the JSON contract of `careerconv reply`: what one reply says.
// Fields that do not belong to the reply's kind are left empty (and omitted).
type Reply struct {
	// From is the sender's bare address.
	From string `json:"from"`
	// Text is what the sender newly wrote: no quoted history or signature.
	Text string `json:"text"`
	// Answers maps a question number (1..8) to the answer, without its
	// number, label or a repeated question (prep replies). In JSON the
	// numbers are the object's keys: "1".."8".
	Answers map[int]string `json:"answers,omitempty"`
	// Notes is text that answers no particular question (prep replies).
	Notes string `json:"notes,omitempty"`
	// Steps are the agreed steps (wrap-up replies).
	Steps []Step `json:"steps,omitempty"`
	// Progress is the progress per step (check-in replies); a note is what
	// the sender wrote after the status.
	Progress []conversation.ProgressUpdate `json:"progress,omitempty"`
	// Commands are the commands of a reply that is only commands ("stop",
	// "pause until 10 March", "private 4"; see ReadCommands), of any kind.
	Commands []Command `json:"commands,omitempty"`
	// Automatic says why the reply is an automatic one (an out-of-office
	// notice, by its headers, subject or wording), or is empty. An automatic
	// reply carries no answers, notes, steps or progress.
	Automatic string `json:"automatic,omitempty"`
	// Unplaced lists what the reader could not place, for the receipt to
	// ask about: paragraphs tied to no question (prep), steps without a due
	// date (wrap-up), lines that read like updates but named no step of
	// the check-in.
	Unplaced []Unplaced `json:"unplaced,omitempty"`
}

// Unplaced is one thing a reply says that the reader could not place.
type Unplaced struct {
	// Kind is UnplacedParagraph, UnplacedNoDue or UnplacedNoStep.
	Kind string `json:"kind"`
	// Text is the paragraph, the step or the update, as written.
	Text string `json:"text"`
}

// The kinds of Unplaced.
const (
	UnplacedParagraph = "paragraph" // prep: a paragraph tied to no question (it is in Notes)
	UnplacedNoDue     = "no_due"    // wrap-up: a step without a due date that could be read
	UnplacedNoStep    = "no_step"   // check-in: an update that named no step of the check-in
)

// Read parses one raw reply of the given kind: conversation.ReplyPrep gives
// answers and notes, ReplySteps steps, ReplyCheckIn progress; ReplyNotes and
// ReplyInfo are free text, read into Text only.
//
// questions are the eight prep questions in order; they let answers written
// under quoted questions be mapped even when the quote lost its numbers. now
// resolves relative due dates ("in 6 weeks") when the message has no Date
// header; otherwise the Date header does, in the sender's own time zone.
//
// Errors wrap ErrNotMessage or ErrTooLarge when raw is not a usable message,
// and ErrUnknownKind for any other kind.
func Read(raw []byte, kind conversation.ReplyKind, questions []string, now time.Time) (*Reply, error) {
	if err := checkKind(kind); err != nil {
		return nil, err
	}
	msg, doc, err := parse(raw)
	if err != nil {
		return nil, fmt.Errorf("read %s reply: %w", kind, err)
	}
	return readMessage(msg, doc, kind, ReadOptions{Questions: questions, Now: now})
}

// ReadOptions is what ReadMessage knows of the conversation a reply belongs to.
type ReadOptions struct {
	// Questions are the prep questions in order, for answers written inline.
	Questions []string
	// Now resolves relative due dates when the message has no Date header.
	Now time.Time
	// Steps is how many steps a check-in asks about; 0 means unknown.
	Steps int
	// StepTexts are the texts of the steps a check-in asks about, in order
	// (nil: unknown). They let a reply name a step by its words ("AWS
	// course: done"); without them the steps listed in the quoted check-in
	// email are used, when the reply quotes it.
	StepTexts []string
}

// ReadMessage is Read on an already parsed message.
//
// An automatic reply (Message.Automatic) is reported in Reply.Automatic and
// nothing else is read from it. A reply the sender re-sent as a forward with
// only a covering note is read through to the forwarded text. Trim runs once;
// the extractor of the kind reads the lines it kept, and what it could not
// place is listed in Reply.Unplaced.
func ReadMessage(msg *Message, kind conversation.ReplyKind, o ReadOptions) (*Reply, error) {
	return readMessage(msg, nil, kind, o)
}

// readMessage is ReadMessage given the body as Parse classified it, if it
// did (doc, else nil): a document is made once per reply.
func readMessage(msg *Message, doc *quote.Doc, kind conversation.ReplyKind, o ReadOptions) (*Reply, error) {
	if err := checkKind(kind); err != nil {
		return nil, err
	}
	text := readable(msg.Text)
	if doc == nil || doc.Text != text {
		doc = quote.NewDoc(text) // else Parse classified this very text
	}
	d := forwardedReply(doc, msg.From) // classified once
	trimmed := d.Trim()                // once per reply: every extractor reads its lines
	r := &Reply{From: msg.From, Text: newWords(trimmed), Automatic: msg.Automatic}
	if r.Automatic != "" {
		return r, nil // an out-of-office notice answers nothing
	}
	ref := msg.Date
	if ref.IsZero() {
		ref = o.Now
	}
	if cmds, ok := ReadCommands(r.Text, ref); ok {
		r.Commands = cmds
		return r, nil // a command reply answers nothing else
	}
	switch kind {
	case conversation.ReplyPrep:
		answers, notes := extractAnswers(d, trimmed, o.Questions)
		if len(answers) > 0 {
			r.Answers = answers
		}
		r.Notes = notes
		for p := range strings.SplitSeq(notes, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				r.Unplaced = append(r.Unplaced, Unplaced{Kind: UnplacedParagraph, Text: p})
			}
		}
	case conversation.ReplySteps:
		r.Steps = extractSteps(d, trimmed, ref, !msg.FromHTML)
		for _, s := range r.Steps {
			if s.Due == nil {
				r.Unplaced = append(r.Unplaced, Unplaced{Kind: UnplacedNoDue, Text: s.Text})
			}
		}
	case conversation.ReplyCheckIn:
		var updates []string
		r.Progress, updates = readProgress(d, trimmed, o.Steps, o.StepTexts)
		if len(r.Progress) == 0 {
			if unq := quoteUnprefixedSteps(d); unq != d.Text {
				ud := quote.NewDoc(unq) // typed under Outlook's unquoted steps
				r.Progress, updates = readProgress(ud, ud.Trim(), o.Steps, o.StepTexts)
			}
		}
		for _, u := range updates {
			r.Unplaced = append(r.Unplaced, Unplaced{Kind: UnplacedNoStep, Text: u})
		}
	}
	return r, nil
}

// Bounds on what ReadMessage reads of a body. A person's reply (with the quoted
// email it answers) fits many times over; a hostile one cannot make reading it
// slow, whatever the shape of its lines.
const (
	MaxReadBytes = 32 << 10 // of the body, from its start
	MaxLineBytes = 4 << 10  // of each line
)

// readable returns text cut to MaxReadBytes at a line end, with every line cut
// to MaxLineBytes, never inside a UTF-8 sequence. Text within bounds comes back
// as is.
func readable(text string) string {
	if len(text) <= MaxLineBytes {
		return text
	}
	var b strings.Builder
	for line := range strings.Lines(text) {
		if len(line) > MaxLineBytes {
			line = cutRunes(line, MaxLineBytes) + "\n"
		}
		if b.Len()+len(line) > MaxReadBytes {
			break
		}
		b.WriteString(line)
	}
	if b.Len() == len(text) {
		return text
	}
	return b.String()
}

// cutRunes cuts s to at most n bytes without splitting a UTF-8 sequence.
func cutRunes(s string, n int) string {
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func checkKind(k conversation.ReplyKind) error {
	switch k {
	case conversation.ReplyPrep, conversation.ReplySteps, conversation.ReplyCheckIn, conversation.ReplyNotes, conversation.ReplyInfo:
		return nil
	}
	return fmt.Errorf("read reply: %w: %q", ErrUnknownKind, string(k))
}

// newWords is Trim's output (trimmed) without the quoted lines Trim keeps around inline answers,
// with runs of blank lines collapsed.
func newWords(trimmed string) string {
	var b strings.Builder
	blank := false
	for l := range strings.SplitSeq(trimmed, "\n") {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if isQuoted(l) {
			continue
		}
		if strings.TrimSpace(l) == "" {
			blank = b.Len() > 0
			continue
		}
		if blank {
			b.WriteString("\n\n")
		} else if b.Len() > 0 {
			b.WriteByte('\n')
		}
		blank = false
		b.WriteString(l)
	}
	return b.String()
}

// srcLine is one newly written line of a reply, with the quoted block it
// follows.
type srcLine struct {
	text string // the line, right-trimmed; "" for a blank line
	ctx  int    // index of the quoted block the line follows, -1 for none
}

// replyLines returns the newly written lines of a body (all: its lines;
// trimmed: what Trim kept of it, less quoted lines) and the quoted blocks
// they follow, so that text written under a quoted question can be mapped
// to it. Each quoted block is returned as its lines with the quote markers
// removed.
//
// The lines Trim keeps are located in the body in one forward pass; if Trim
// changed a line so that it cannot be found, the kept lines are returned
// without quote context.
func replyLines(all []string, trimmed string) (lines []srcLine, blocks [][]string) {
	// One pass over the body: a line is kept when it is the next line Trim
	// kept (less quoted and blank ones), and quoted lines go to one backing
	// array that the blocks share.
	rest := trimmed // the kept lines not yet found
	next, more := nextKept(&rest)
	quoted := 0
	for _, l := range all {
		if isQuoted(l) {
			quoted++
		}
	}
	lines = make([]srcLine, 0, strings.Count(trimmed, "\n")+1)
	backing := make([]string, 0, quoted)
	ctx := -1
	inQuote := false
	blockStart := 0
	closeBlock := func() {
		if inQuote {
			blocks[len(blocks)-1] = backing[blockStart:len(backing):len(backing)]
		}
	}
	for _, l := range all {
		if isQuoted(l) {
			if !inQuote {
				blocks = append(blocks, nil)
				blockStart = len(backing)
				inQuote = true
			}
			backing = append(backing, unquote(l))
			continue
		}
		t := strings.TrimSpace(l)
		switch {
		case t == "":
			if len(lines) > 0 && !inQuote {
				lines = append(lines, srcLine{ctx: ctx})
			}
		case more && t == next:
			next, more = nextKept(&rest)
			if inQuote {
				closeBlock()
				ctx = len(blocks) - 1
				inQuote = false
			}
			lines = append(lines, srcLine{text: strings.TrimRightFunc(l, unicode.IsSpace), ctx: ctx})
		}
	}
	closeBlock()
	if more { // Trim rewrote a line: no quote context
		lines = lines[:0]
		rest = trimmed
		for k, ok := nextKept(&rest); ok; k, ok = nextKept(&rest) {
			lines = append(lines, srcLine{text: k, ctx: -1})
		}
		return lines, nil
	}
	return lines, blocks
}

// nextKept returns the next line of *rest (a text Trim kept) that is
// neither blank nor quoted, trimmed, and moves *rest past it; ok is false
// when there is none.
func nextKept(rest *string) (line string, ok bool) {
	for *rest != "" {
		l, r, _ := strings.Cut(*rest, "\n")
		*rest = r
		if t := strings.TrimSpace(l); t != "" && !isQuoted(l) {
			return t, true
		}
	}
	return "", false
}

// isQuoted reports whether l is a quoted line ("> …", after optional spaces).
func isQuoted(l string) bool {
	return strings.HasPrefix(trimIndent(l), ">")
}

// unquote removes every level of "> " quoting from l.
func unquote(l string) string {
	l = trimIndent(l)
	for strings.HasPrefix(l, ">") {
		l = trimIndent(l[1:])
	}
	return strings.TrimRightFunc(l, unicode.IsSpace)
}

// phraseLine reports whether line consists of one of the phrases followed by
// nothing but punctuation and, at most, a short name (capitalised words).
func phraseLine(line string, phrases map[string][]string) bool {
	rest, ok := phraseRest(line, phrases)
	return ok && nameLike(trimPhraseRest(rest))
}

// trimPhraseRest trims the punctuation around what follows a phrase.
func trimPhraseRest(rest string) string { return strings.Trim(rest, " \t,.!:;-–—。、！") }

// phraseRest returns what follows one of the phrases that line (trimmed, at
// most 60 bytes) opens with; ok is false when line
// opens with none. phrases is indexed by its first word (phraseIndex):
// only the phrases starting with the line's first word are tried, without
// lower-casing the line. With several matches, the first whose rest is a
// name wins.
func phraseRest(line string, phrases map[string][]string) (rest string, ok bool) {
	t := strings.TrimSpace(line)
	if t == "" || len(t) > 60 {
		return "", false
	}
	end := leadingLetters(t)
	if end == 0 {
		return "", false
	}
	var buf [64]byte
	first := buf[:0]
	for _, r := range t[:end] {
		first = utf8.AppendRune(first, unicode.ToLower(r))
	}
	for _, p := range phrases[string(first)] {
		if len(t) < len(p) || !strings.EqualFold(t[:len(p)], p) {
			continue
		}
		r := t[len(p):]
		if r != "" {
			c, _ := utf8.DecodeRuneInString(r)
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				continue // "best" in "bestowed", "hi" in "his"
			}
		}
		if !ok || nameLike(trimPhraseRest(r)) {
			rest, ok = r, true
		}
	}
	return rest, ok
}

// phraseIndex indexes phrases by their first word.
func phraseIndex(phrases []string) map[string][]string {
	m := map[string][]string{}
	for _, p := range phrases {
		end := len(p)
		for i, r := range p {
			if !unicode.IsLetter(r) {
				end = i
				break
			}
		}
		m[p[:end]] = append(m[p[:end]], p)
	}
	return m
}

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

// isGreeting reports whether line is a salutation such as "Hi Sam,".
func isGreeting(line string) bool {
	if phraseLine(line, greetingIndex()) {
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
	for _, h := range lexicon.Honorifics() {
		if head, ok := strings.CutSuffix(t, h); ok && head != "" && utf8.RuneCountInString(head) <= 10 && !strings.ContainsAny(head, " 。、") {
			return true
		}
	}
	return false
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
	if nameLike(trimPhraseRest(rest)) {
		return true
	}
	rest = strings.TrimLeft(rest, " ,")
	for _, join := range [...]string{"/", "、", "。", "."} { // "以上です。よろしくお願いいたします。", "Thanks. Best regards"
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
			break // not a signature line, nor a dash and a name under a sign-off ("Cheers,\n— Sam")
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
	// A name alone after a blank line: "…answer.\n\nJane", "…\n\n- Jonas".
	if end >= 3 && lines[end-2].text == "" && (shortName(lines[end-1].text) || dashName(lines[end-1].text, lines[end-3].text)) {
		return lines[:end-1]
	}
	// A closing of any wording that ends with a comma, then the name, in a
	// paragraph of their own: "See you on the 14th,\nHana".
	if end >= 4 && lines[end-3].text == "" && shortName(lines[end-1].text) && closingLine(lines[end-2].text) {
		return lines[:end-2]
	}
	return lines[:end]
}

// namedBlock reports a signature block under the name that signs the
// reply: the block's first line is that name and more ("Sam" over "Sam
// Patel"), and every line may be a signature's.
func namedBlock(name string, block []srcLine) bool {
	name = strings.TrimSpace(name)
	if !shortName(name) || len(block) < 2 || len(block) > maxSignatureLines {
		return false
	}
	first := strings.TrimSpace(block[0].text)
	if !strings.HasPrefix(first, name+" ") || !nameLike(first) {
		return false
	}
	for _, l := range block {
		if !signatureLine(strings.TrimSpace(l.text)) {
			return false
		}
	}
	return true
}

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
	for _, w := range lexicon.Disclaimer() {
		if strings.Contains(lower, w) {
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
	if contactLine(t) || lexicon.ContainsAny(strings.ToLower(t), lexicon.SignatureLines()) {
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
	return len(words) < 5 || strings.Contains(strings.TrimSuffix(words[len(words)-1], "."), ".")
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
	return digits >= 6
}

// joinFields is strings.Join(strings.Fields(s), " "), without a copy when s
// already has one space between words and none around them.
func joinFields(s string) string {
	prevSpace := true // a space at the start is one to drop
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			space := asciiSpace(c) || c == '\v'
			if space && (c != ' ' || prevSpace) {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = space
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = false
		i += size
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
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
