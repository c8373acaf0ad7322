package extract

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/lexicon"
	"github.com/careerconv/careerconv/pkg/quote"
)

// statusWords maps status phrases, lower-case, to statuses. Negations come
// with their own entry so that "not done" is not read as "done".
var statusWords = sync.OnceValue(func() map[string]conversation.StepStatus {
	m := lexicon.MergedMap(func(l lexicon.Language) map[string]conversation.StepStatus { return l.Statuses })
	for _, p := range lexicon.Unchanged() {
		m[p] = statusUnchanged
	}
	return m
})

// statusUnchanged is the status of the words that say a step stands as it
// did ("no change", lexicon.Unchanged): found like a status, so that a line
// splits around it, it records nothing. Its value is no status's name and no
// word, so it is never stored nor mistaken for one.
const statusUnchanged conversation.StepStatus = "="

// unchangedIn reports whether one of spans says nothing changed ("no
// change", lexicon.Unchanged): "Sin cambios, todo sigue igual" reports on
// no step, whatever other status word it holds.
func unchangedIn(spans []statusSpan) bool {
	return slices.ContainsFunc(spans, func(s statusSpan) bool { return s.status == statusUnchanged })
}

// statusSymbols maps ticks, crosses and emoji to statuses.
var statusSymbols = lexicon.StatusSymbols

// noteTrim is what is cut around a note.
const (
	noteTrim    = " \t:;,.!-–—()|（）：、．。，；"
	noteTrimEnd = " \t:;-–—(|（："
)

// noteCut and noteEndCut are noteTrim and noteTrimEnd as sets.
var (
	noteCut    = sync.OnceValue(func() *cutSet { return newCutSet(noteTrim) })
	noteEndCut = sync.OnceValue(func() *cutSet { return newCutSet(noteTrimEnd) })
)

// trimNote cuts noteTrim before s and noteTrimEnd after it.
func trimNote(s string) string { return noteEndCut().right(noteCut().left(s)) }

// cutSet is a set of runes to cut, as strings.Trim reads its cutset,
// with a table for ASCII.
type cutSet struct {
	ascii [utf8.RuneSelf]bool
	other []rune
}

// newCutSet is the set of the runes of chars.
func newCutSet(chars string) *cutSet {
	c := &cutSet{}
	for _, r := range chars {
		if r < utf8.RuneSelf {
			c.ascii[r] = true
		} else {
			c.other = append(c.other, r)
		}
	}
	return c
}

// has reports whether r is in the set.
func (c *cutSet) has(r rune) bool {
	if r < utf8.RuneSelf {
		return c.ascii[r]
	}
	return slices.Contains(c.other, r)
}

// left is strings.TrimLeft(s, the set).
func (c *cutSet) left(s string) string {
	for s != "" {
		r, n := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s)
		}
		if !c.has(r) {
			break
		}
		s = s[n:]
	}
	return s
}

// right is strings.TrimRight(s, the set).
func (c *cutSet) right(s string) string {
	for s != "" {
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(s)
		}
		if !c.has(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// trim is strings.Trim(s, the set).
func (c *cutSet) trim(s string) string { return c.right(c.left(s)) }

// progressJoiners join the numbers of several steps: "1 and 2", "1, 2 & 3".
var progressJoiners = sync.OnceValue(func() []string { return append([]string{",", "&", "+", "/"}, lexicon.Joiners()...) })

// joinerFirst marks the bytes a joiner starts with, in either case: most
// text after a step number starts with none.
var joinerFirst = sync.OnceValue(func() *[256]bool {
	var t [256]bool
	for _, w := range progressJoiners() {
		r, _ := utf8.DecodeRuneInString(w)
		for f := unicode.SimpleFold(r); ; f = unicode.SimpleFold(f) { // what strings.EqualFold takes for r
			t[utf8.AppendRune(nil, f)[0]] = true
			if f == r {
				break
			}
		}
	}
	return &t
})

// parseProgressMarker reads the step number(s) that open a progress line:
// a numbered list item (quote.ReadItem: "1", "1.", "2:", "#3", "(3)", "- 2",
// "Step 2", "Re step 2:", "Schritt 2 –", "Paso 1.-", "1️⃣", "①"), not
// labelled as a question, then perhaps more numbers joined to it ("1 and
// 2", "1, 2 & 3"). end is where the numbers end. A number must not run
// into a digit or a letter ("123", "3rd", "1-on-1").
func parseProgressMarker(t string) (steps []int, end int, ok bool) {
	return progressMarker(t, quote.ReadItem(t))
}

// progressMarker is parseProgressMarker on t's item (quote.ReadItem), read
// already.
func progressMarker(t string, it quote.Item) (steps []int, end int, ok bool) {
	if it.Kind != quote.ItemNumbered || it.Labels&quote.LabelQuestion != 0 {
		return nil, 0, false
	}
	steps, end = oneStep(it.N), it.NumEnd
	for {
		k := skipSpace(t, end)
		if k == len(t) || !joinerFirst()[t[k]] {
			break
		}
		joined := -1
		for _, w := range progressJoiners() {
			if len(t)-k >= len(w) && strings.EqualFold(t[k:k+len(w)], w) {
				joined = k + len(w)
				break
			}
		}
		if joined < 0 {
			break
		}
		n, j, _ := quote.ReadEnumerator(t, skipSpace(t, joined))
		if j < 0 {
			break
		}
		if r, _ := utf8.DecodeRuneInString(t[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			break // "1 and 2nd"
		}
		steps, end = append(steps, n), j
	}
	return steps, end, true
}

// stepSingles holds the numbers 0 to 99, read-only: oneStep's slices.
var stepSingles = sync.OnceValue(func() []int { return stepRange(0, 100) })

// oneStep is []int{n} without an allocation for a number below 100 (an
// enumerator's): a slice of stepSingles whose capacity ends with it, so
// that an append copies it. No reader writes into a step list.
func oneStep(n int) []int {
	if n < 0 || n >= 100 {
		return []int{n}
	}
	return stepSingles()[n : n+1 : n+1]
}

// skipSpace returns the index of the first byte of t at or after i that is
// not a space or a tab.
func skipSpace(t string, i int) int {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return i
}

// trimIndent returns t without the spaces and tabs it starts with.
func trimIndent(t string) string { return t[skipSpace(t, 0):] }

// readSmallNumber reads a number of one or two digits at t[i:] that is not
// followed by another digit; end is -1 when there is none.
func readSmallNumber(t string, i int) (n, end int) {
	j := i
	for j < len(t) && j-i < 3 && t[j] >= '0' && t[j] <= '9' {
		n = n*10 + int(t[j]-'0')
		j++
	}
	if j == i || j-i > 2 {
		return 0, -1
	}
	return n, j
}

// ProgressOf reads a check-in reply's decoded body (quotes included,
// Message.Text): what it says of each step. Lines name a step by number
// ("1 done", "2: in progress, halfway", "Step 3 blocked: waiting on
// Priya", "#4 ✅", "Re step 2: …") or are written under the quoted step; the
// status is a word or symbol in any of the languages careerconv reads, and
// the note is what follows it. nSteps is the number of steps (0 when
// unknown): numbers above it are ignored, and a reply about a single step
// may leave out the number. A step named twice keeps the last report.
//
// stepTexts are the texts of the steps, in
// order (nil: read from the quoted check-in email, if any). With them, a
// reply may also name a step by its words ("AWS course: done", "still
// working on the course") or its rank ("the first one is done", "the third
// is blocked", "done with the first two", "the last two"), write
// several steps in one sentence ("1 done, 2 halfway"; "Schritt 1 ist
// erledigt. Schritt 2 läuft noch"), and report on every step at once ("All
// done!"). A sentence whose step cannot be told is left out rather than
// guessed. Reports come in step order, one per step.
func ProgressOf(text string, nSteps int, stepTexts []string) []conversation.ProgressUpdate {
	d := quote.NewDoc(text)
	out, _ := Progress(d, d.Trim(), nSteps, stepTexts)
	return out
}

// Progress is ProgressOf on text already trimmed, also returning the clauses that
// gave a status but named no step of the check-in ("5 done" of four steps,
// "Done!" of several): updates it could not place.
func Progress(d *quote.Doc, trimmed string, nSteps int, stepTexts []string) ([]conversation.ProgressUpdate, []string) {
	lines, blocks := replyLines(d.Lines, trimmed)
	lines = dropSignatures(dropMarkings(lines))
	if len(stepTexts) == 0 {
		stepTexts = quotedSteps(blocks)
	}
	if _, start := unprefixedOriginal(d); len(stepTexts) == 0 && start >= 0 {
		stepTexts = quotedSteps([][]string{d.Lines[start:]}) // Outlook's original, without "> "
	}
	r := &progressReader{names: stepNames(stepTexts), nSteps: nSteps, byStep: map[int]int{}}
	r.maxStep = nSteps
	if r.maxStep <= 0 {
		r.maxStep = len(stepTexts) // the steps listed in the quoted check-in
	}
	if r.maxStep <= 0 {
		r.maxStep = MaxSteps
	}
	r.all = nSteps // how many steps "all done" covers
	if r.all <= 0 {
		r.all = len(stepTexts)
	}
	if legend, at := statusLegend(lines); legend != nil {
		lines[at].text = "" // "(✅ done, 🟡 in progress, ❌ not started)": the writer's own reading
		for i := range lines {
			lines[i].text = legend.Replace(lines[i].text)
		}
	}
	prevCtx := -1
	for _, l := range lines {
		if l.ctx != prevCtx {
			prevCtx = l.ctx
			r.pending, r.last = nil, nil
			if l.ctx >= 0 && l.ctx < len(blocks) {
				r.pending = quotedStep(blocks[l.ctx])
			}
		}
		r.line(strings.TrimSpace(l.text))
	}
	return r.result(), r.unplaced
}

// progressReader reads a check-in reply line by line.
type progressReader struct {
	names        [][]string // the distinctive words of each step
	nSteps       int        // the steps of the check-in, 0 when unknown
	maxStep, all int        // the highest step number read; how many "all done" covers
	byStep       map[int]int
	out          []conversation.ProgressUpdate
	more         [][]string // continuation lines of each entry's note
	last         []int      // the steps the previous line reported on
	pending      []int      // steps named on a line without a status
	unplaced     []string   // updates that named no step
	clauses      []clause   // splitClauses' buffer, reused line after line
	item         lineItem   // the item the line opens with
	// The steps the current line has reported on so far, and their status.
	lineSteps  []int
	lineStatus conversation.StepStatus
}

// set records what a line says of step, keeping the last report; it
// reports false for a step the check-in does not have.
func (r *progressReader) set(step int, p conversation.ProgressUpdate) bool {
	if step < 1 || step > r.maxStep {
		return false
	}
	p.Step = step
	if i, ok := r.byStep[step]; ok {
		r.out[i], r.more[i] = p, nil
		return true
	}
	if len(r.out) == MaxSteps {
		return true
	}
	r.byStep[step] = len(r.out)
	r.out = append(r.out, p)
	r.more = append(r.more, nil)
	return true
}

// line reads one line (trimmed) of the reply.
func (r *progressReader) line(t string) {
	r.lineSteps = nil
	if t == "" {
		r.last = nil
		return
	}
	t = trimIndent(t[initialsTag(t):]) // "[LF] Done.": the writer's mark on an inline update
	if reps := symbolLed(t, r.maxStep); reps != nil {
		for _, p := range reps {
			r.set(p.Step, p)
		}
		r.last, r.pending = nil, nil
		return
	}
	if r.allExcept(t) {
		return
	}
	r.item = lineItem{t, quote.ReadItem(t)}
	reported := false
	r.clauses = splitClauses(r.clauses[:0], t, r.names, &r.item)
	for _, cl := range r.clauses {
		reported = r.clause(cl) || reported
	}
	if isSignOff(t) {
		r.last = nil
		return
	}
	if !reported && answerListItem(r.item.of(t)) {
		r.last = nil // a list item of its own is no note's continuation
		return
	}
	if !reported && len(r.last) > 0 { // a note continued on the next line
		for _, s := range r.last {
			if i, ok := r.byStep[s]; ok && len(r.more[i]) < maxNoteLines {
				r.more[i] = append(r.more[i], t)
			}
		}
	}
}

// allExcept reads "All done except 2, which is blocked"; false when t is
// not of that shape.
func (r *progressReader) allExcept(t string) bool {
	if r.all <= 0 {
		return false
	}
	head, tail, ok := cutExcept(t)
	if !ok || !saysAll(head) {
		return false
	}
	st, ok := findStatusSpan(head, 0)
	if !ok {
		return false
	}
	ref := exceptedSteps(tail)
	if len(ref.steps) == 0 {
		ref = findRef(tail, r.names, nil)
	}
	if len(ref.steps) == 0 {
		return false
	}
	for s := 1; s <= r.all && st.status != statusUnchanged; s++ {
		if !slices.Contains(ref.steps, s) {
			r.set(s, conversation.ProgressUpdate{Status: st.status})
		}
	}
	// The excepted steps: their own status, or none said ("All done except 2").
	if tst, ok := findStatusSpan(tail, statusFrom(ref)); ok && tst.status != statusUnchanged {
		note := progressNote(tail, tst, ref)
		if tst.start < tst.end && strings.HasPrefix(strings.TrimSpace(tail[statusFrom(ref):tst.start]), ",") {
			// "except 2, which is blocked by finance", "außer Schritt 4, der ist noch blockiert": a
			// relative clause restates the step; its note is what follows the status.
			note = trimNote(tail[tst.end:])
		}
		for _, s := range ref.steps {
			r.set(s, conversation.ProgressUpdate{Status: tst.status, Note: note})
		}
	}
	r.last, r.pending = ref.steps, nil
	return true
}

// noStatus reads a clause in which no status was found: a step named by
// its number, whose status is on the line below, or a status after it
// written with a typo ("4 - not startd yet", respellStatus).
func (r *progressReader) noStatus(c string) bool {
	ref := findRef(c, nil, &r.item)
	if ref.numbered && ref.leading {
		if fixed, typo := respellStatus(c, ref.end, false); typo {
			st, _ := findStatusSpan(fixed, ref.end)
			return r.clause(newClause(fixed, 0, len(fixed), st))
		}
	}
	return r.numberedAbove(ref)
}

// clause reads one clause of a line; it reports whether the clause named
// its step(s).
func (r *progressReader) clause(cl clause) bool {
	c := cl.text
	if !cl.ok { // no status in the line: only a step named by number counts (rank and words aside)
		return r.noStatus(c)
	}
	ref := findRef(c, r.names, &r.item)
	if lr, ok := labelRef(c, r.names); ok && !ref.numbered {
		ref = lr // "Maria shadowing: in progress, the second shift is on 4 March"
	}
	if !ref.numbered && len(r.pending) > 0 {
		ref = stepRef{start: -1, end: -1} // written under the quoted step: that is the step
	}
	if s, ok := statusSentence(cl); len(ref.steps) == 0 && len(r.pending) == 0 && ok && len(findRef(s.text, r.names, &r.item).steps) > 0 {
		return r.clause(s) // "I finished the CV update. The AWS course …": the sentence of the status names its step
	}
	steps := ref.steps
	if len(steps) == 0 {
		steps = r.pending
	}
	st, ok := cl.st, true
	if from := statusFrom(ref); st.start < from {
		st, ok = findStatusSpan(c, from)
	}
	if ref.numbered && ref.leading && (!ok || strings.TrimLeft(c[ref.end:st.start], noteTrim) != "") {
		if fixed, typo := respellStatus(c, ref.end, ok); typo { // "4: blokiert, warte auf …"
			c = fixed
			st, ok = findStatusSpan(c, ref.end)
		}
	}
	if !ok {
		return r.numberedAbove(ref)
	}
	if cl.unchanged {
		r.last, r.pending = nil, nil // "2: no change", "Sin cambios": nothing to record
		return true
	}
	st = wordsOverSymbol(c, st)
	note := progressNote(c, st, ref)
	named := len(steps) > 0
	if !named && len(r.lineSteps) > 0 && st.status == r.lineStatus && hasWordOrNumber(c[st.end:]) {
		for _, s := range r.lineSteps { // "Done! Passed on 5 Feb.": the same status again says more of the same step
			if i, ok := r.byStep[s]; ok && len(r.more[i]) < maxNoteLines {
				r.more[i] = append(r.more[i], c)
			}
		}
		return true
	}
	if len(steps) == 0 {
		switch {
		case r.nSteps == 1:
			steps = []int{1}
		case r.all > 0 && saysAll(c):
			// "All done as of today 🎉", "All done! Thanks for the nudge.": a
			// report on every step is no one step's note.
			steps, note = stepRange(1, r.all), ""
		}
	}
	placed := false
	for _, s := range steps {
		placed = r.set(s, conversation.ProgressUpdate{Status: st.status, Note: note}) || placed
	}
	if !placed {
		r.unplaced = append(r.unplaced, c)
	}
	if len(steps) > 0 {
		r.last, r.pending = steps, nil
		if named {
			r.lineSteps, r.lineStatus = steps, st.status
		}
		return true
	}
	return false
}

// numberedAbove reads a clause without a status that names its step(s) by
// number: "1. Finish the course", then the status on the lines below.
func (r *progressReader) numberedAbove(ref stepRef) bool {
	if len(ref.steps) > 0 && ref.numbered && len(ref.steps) != len(r.pending) {
		r.pending, r.last = ref.steps, nil
		return true
	}
	return false
}

// statusSentence is the sentence of a clause of several that holds its
// status; ok is false when the clause is one sentence or has no status.
func statusSentence(cl clause) (clause, bool) {
	if !cl.ok {
		return cl, false
	}
	c, begin, end := cl.text, 0, len(cl.text)
	for _, sep := range []string{". ", "! ", "? "} {
		if i := strings.LastIndex(c[:cl.st.start], sep); i >= 0 {
			begin = max(begin, i+len(sep))
		}
		if i := strings.Index(c[cl.st.end:], sep); i >= 0 {
			end = min(end, cl.st.end+i+1)
		}
	}
	if begin == 0 && end == len(c) {
		return cl, false
	}
	s := newClause(c, begin, end, cl.st)
	s.unchanged = cl.st.status == statusUnchanged
	return s, true
}

// wordsOverSymbol lets the words after a status symbol decide: "❌ not
// started" is not started, "❌ (dropped, no budget)" dropped. The same
// status in words stays in the note ("✅ passed the exam") unless it is
// only the status's name ("✅ Done").
func wordsOverSymbol(c string, st statusSpan) statusSpan {
	if statusSymbolAt(c[st.start:]) == 0 {
		return st
	}
	w, ok := findStatusSpan(c, st.end)
	if !ok || strings.Trim(c[st.end:w.start], " \t(\uFE0F") != "" {
		return st
	}
	if w.status != st.status || strings.ReplaceAll(strings.ToLower(c[w.start:w.end]), " ", "_") == string(w.status) {
		return statusSpan{st.start, w.end, w.status}
	}
	return st
}

// result is what was read, in step order, notes continued.
func (r *progressReader) result() []conversation.ProgressUpdate {
	for i := range r.out {
		if len(r.more[i]) > 0 {
			r.out[i].Note = strings.TrimSpace(r.out[i].Note + " " + strings.Join(r.more[i], " "))
		}
	}
	slices.SortStableFunc(r.out, func(a, b conversation.ProgressUpdate) int { return a.Step - b.Step })
	return r.out
}

// exceptWords turn a report on all steps into one on all but some: "All on
// track except #2 which is blocked", each between spaces.
var exceptWords = sync.OnceValue(func() []string {
	out := make([]string, 0, len(lexicon.Except()))
	for _, w := range lexicon.Except() {
		out = append(out, " "+w+" ")
	}
	return out
})

// cutExcept splits t at its first except word: head is what is said of all
// steps, tail of the excepted ones.
func cutExcept(t string) (head, tail string, ok bool) {
	lower := strings.ToLower(t)
	for _, w := range exceptWords() {
		if i := strings.Index(lower, w); i > 0 {
			return t[:i], strings.TrimLeft(t[i+len(w):], " ,:"), true
		}
	}
	return "", "", false
}

// exceptedSteps reads the steps an except word leaves out when an article
// stands before their numbers ("sauf le 4, qui est toujours bloqué",
// "excepto el 3"): after "except" a number names a step, wherever its
// status is.
func exceptedSteps(tail string) stepRef {
	if s, e := nextWord(tail, 0); s == 0 && slices.Contains(lexicon.Articles(), strings.ToLower(tail[:e])) {
		k := skipSpace(tail, e)
		if steps, end, ok := parseProgressMarker(tail[k:]); ok {
			return stepRef{steps: steps, numbered: true, start: 0, end: k + end, leading: true}
		}
	}
	return stepRef{start: -1, end: -1}
}

// symbolLed reads a line that puts each status symbol before the steps it
// applies to: "✔ 1, 3 — ✘ 2 (no budget)". Each symbol must be followed by
// step numbers; what follows them up to the next symbol is their note. nil
// when the line is not of that shape.
func symbolLed(t string, maxStep int) []conversation.ProgressUpdate {
	if statusSymbolAt(t) == 0 {
		return nil
	}
	var out []conversation.ProgressUpdate
	for t != "" {
		n := statusSymbolAt(t)
		if n == 0 {
			return nil
		}
		status := statusSymbols()[t[:n]]
		rest := strings.TrimLeft(strings.TrimPrefix(t[n:], "\uFE0F"), " \t:")
		steps, end, ok := parseProgressMarker(rest)
		if !ok {
			return nil
		}
		rest = rest[end:]
		next := len(rest)
		for i := 1; i < len(rest); i++ {
			if (rest[i-1] == ' ' || rest[i-1] == '\t') && statusSymbolAt(rest[i:]) > 0 {
				next = i
				break
			}
		}
		seg := rest[:next]
		if w, ok := findStatusSpan(seg, 0); ok && (w.status != status || strings.ReplaceAll(strings.ToLower(seg[w.start:w.end]), " ", "_") == string(w.status)) {
			if r, _ := utf8.DecodeRuneInString(seg[w.start:]); unicode.IsLetter(r) && fillersOnly(seg[:w.start]) {
				status, seg = w.status, seg[w.end:] // "❌ 3 – not started yet": the words say it
				seg = trimIndent(seg)
				if f, after, _ := strings.Cut(seg, " "); isFiller(noteCut().trim(f)) {
					seg = after
				}
			}
		}
		note := joinFields(noteCut().trim(seg))
		for _, s := range steps {
			if s >= 1 && s <= maxStep {
				out = append(out, conversation.ProgressUpdate{Step: s, Status: status, Note: note})
			}
		}
		t = strings.TrimSpace(rest[next:])
	}
	return out
}

// initialsTag returns the length of the tag a writer marks inline updates
// with ("[LF] Done." under a quoted step): two to four capital letters in
// brackets that say no status ("[WIP]" does); 0 when t opens with none.
func initialsTag(t string) int {
	if len(t) < 4 || t[0] != '[' {
		return 0
	}
	end := strings.IndexByte(t[:min(len(t), 6)], ']')
	if end < 3 {
		return 0
	}
	for i := 1; i < end; i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return 0
		}
	}
	if _, _, st := findStatus(t[1:end]); st != "" {
		return 0
	}
	return end + 1
}

// statusLegend reads the legend a writer gives their status symbols ("(✅
// done, 🟡 in progress, ❌ not started)", "Legend: ✔️ = done, 🔴 = not
// started"): a line where two or more symbols are each followed by a status
// in words. It returns a replacer that writes each symbol the legend reads
// otherwise than the reader as a symbol the reader reads the legend's way
// (❌ as ⬜ when ❌ means not started), and the legend's line; nil when
// there is no legend or it agrees with the reader.
func statusLegend(lines []srcLine) (*strings.Replacer, int) {
	for at, l := range lines {
		t := l.text
		if symbolCount(t) < 2 {
			continue // a legend gives two symbols or more
		}
		var pairs []string
		defined := 0
		for i := 0; i < len(t); {
			n := statusSymbolAt(t[i:])
			if n == 0 {
				_, size := utf8.DecodeRuneInString(t[i:])
				i += size
				continue
			}
			sym := t[i : i+n]
			j := i + n
			for j < len(t) {
				r, size := utf8.DecodeRuneInString(t[j:])
				if !strings.ContainsRune(" \t=:-–\uFE0F", r) {
					break
				}
				j += size
			}
			if s, _, st := findStatus(t[j:min(len(t), j+maxLegendWords)]); s == 0 {
				defined++
				if st != statusSymbols()[sym] {
					pairs = append(pairs, sym, legendSymbols[st])
				}
			}
			i = j
		}
		if defined >= 2 {
			if len(pairs) == 0 {
				return nil, -1
			}
			return strings.NewReplacer(pairs...), at
		}
	}
	return nil, -1
}

// maxLegendWords bounds the words after a symbol of a legend that may say
// its status, in bytes.
const maxLegendWords = 48

// symbolCount counts the status symbols of t outside ASCII, up to two.
func symbolCount(t string) int {
	n := 0
	for i := 0; i < len(t) && n < 2; i++ {
		if t[i] >= utf8.RuneSelf && utf8.RuneStart(t[i]) && statusSymbolAt(t[i:]) > 0 {
			n++
		}
	}
	return n
}

// legendSymbols is a symbol the reader reads as each status.
var legendSymbols = map[conversation.StepStatus]string{
	conversation.StepDone: "✅", conversation.StepInProgress: "⏳", conversation.StepNotStarted: "⬜",
	conversation.StepBlocked: "🚫", conversation.StepDropped: "🗑",
}

// maxNoteLines bounds the lines a progress note gathers from below its step.
const maxNoteLines = 50

// quotedStep returns the step a quoted block ends with ("> 2. Talk to
// Priya", possibly followed by a line or two such as "> Status: not
// started"), for progress written under it.
func quotedStep(block []string) []int {
	seen := 0
	for i := len(block) - 1; i >= 0 && seen < 3; i-- {
		t := strings.TrimSpace(block[i])
		if t == "" {
			continue
		}
		seen++
		if n, _, ok := listItem(t); ok {
			return []int{n}
		}
	}
	return nil
}

// listItem reads a numbered list item without a label (quote.ReadItem): "2.
// Talk to Priya", "2) …".
func listItem(t string) (n int, text string, ok bool) {
	it := quote.ReadItem(t)
	if it.Kind != quote.ItemNumbered || !it.Sep || it.Labels != 0 || it.BulletEnd > 0 {
		return 0, "", false
	}
	return it.N, strings.TrimSpace(t[it.Start:]), true
}

// quotedSteps returns the texts of the steps a quoted check-in email lists:
// the longest run of list items numbered 1, 2, 3… in the quoted blocks,
// without a trailing "(by 31 March 2027)".
func quotedSteps(blocks [][]string) []string {
	var best, cur []string
	for _, b := range blocks {
		for _, l := range b {
			n, text, ok := listItem(strings.TrimSpace(l))
			if !ok {
				continue
			}
			if !strings.HasSuffix(text, ")") {
				// no due date in brackets
			} else if i := strings.LastIndex(text, " ("); i > 0 {
				text = text[:i]
			}
			switch n {
			case len(cur) + 1:
				cur = append(cur, text)
			case 1:
				cur = []string{text}
			default:
				cur = nil
			}
			if len(cur) > len(best) {
				best = cur
			}
		}
	}
	if len(best) > MaxSteps {
		best = best[:MaxSteps]
	}
	return best
}

// stepNameSkip are words that do not tell steps apart.
var stepNameSkip = sync.OnceValue(func() map[string]bool { return wordSet(lexicon.Common()) })

// wordSet is a set of words.
func wordSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// stepNames returns the distinctive words of each step text.
func stepNames(texts []string) [][]string {
	names := make([][]string, len(texts))
	for i, t := range texts {
		ws, _ := words(t)
		for _, w := range ws {
			if len(w) < 2 || stepNameSkip()[w] || stopwords()[w] || isNumber(w) {
				continue
			}
			if _, number := numberWords()[w]; number {
				continue // "Book two sessions": a number in a note names no step
			}
			if _, month := monthNames()[w]; month {
				continue
			}
			if !slices.Contains(names[i], w) {
				names[i] = append(names[i], w)
			}
		}
	}
	return names
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// sameWord reports whether a word of a reply names a word of a step: the
// same word, one a prefix of the other of at least four letters
// ("mentor" and "mentoring", "course" and "courses"), or the plural of a
// short one ("1:1" and "1:1s").
func sameWord(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || len(a) >= 4 && strings.HasPrefix(b, a) || len(b) == len(a)+1 && b[len(a)] == 's' && strings.HasPrefix(b, a)
}

// stepRef is how a clause of a reply names its step(s).
type stepRef struct {
	steps      []int
	numbered   bool // by number ("2", "Step 2", "#2"), not by name or rank
	start, end int  // the reference in the clause; -1 when there is none
	leading    bool // the reference opens the clause ("2: done")
}

// refWords are the words findRef looks up for every word of a clause,
// built once: the step words that introduce a step number anywhere in a
// sentence ("Mit Schritt 3 …") and the numbers in words that may follow
// them ("Step two"); the ordinals that name a step by rank when followed
// by a rank noun ("the first one", "der zweite Schritt"; -1 is the last
// step), or used alone after a rank article and before a rank verb ("the
// third is blocked"); the articles before a step number ("le 3"). The
// shapes filter the look-ups of numbers and ordinals.
type refWords struct {
	steps, rankNouns, rankArticles, rankVerbs map[string]bool
	numbers, ordinals                         map[string]int
	numberShapes, ordinalShapes               *wordShapes
	articles                                  []string
}

// refTables builds refWords on first use.
var refTables = sync.OnceValue(func() *refWords {
	return &refWords{
		steps:         wordSet(lexicon.StepNouns()),
		rankNouns:     wordSet(lexicon.RankNouns()),
		rankArticles:  wordSet(lexicon.RankArticles()),
		rankVerbs:     wordSet(lexicon.RankVerbs()),
		numbers:       lexicon.StepNumbers(),
		ordinals:      lexicon.Ordinals(),
		numberShapes:  newWordShapes(lexicon.StepNumbers()),
		ordinalShapes: newWordShapes(lexicon.Ordinals()),
		articles:      lexicon.Articles(),
	}
})

// wordShapes is a filter before a map of words: bit n of entry c is set
// when the map has a word of n bytes (63: 63 or more) starting with byte c.
type wordShapes [256]uint64

func newWordShapes[V any](m map[string]V) *wordShapes {
	var s wordShapes
	for w := range m {
		if w != "" {
			s[w[0]] |= 1 << min(len(w), 63)
		}
	}
	return &s
}

// get is m[string(w)], looked up only when the filter lets w through (s
// was made from m; the empty word is always looked up).
func (s *wordShapes) get(m map[string]int, w []byte) (int, bool) {
	if len(w) > 0 && s[w[0]]&(1<<min(len(w), 63)) == 0 {
		return 0, false
	}
	v, ok := m[string(w)]
	return v, ok
}

// lookup is m[string(w)] through the filter.
func (s *wordShapes) lookup(m map[string]int, w []byte) int {
	v, _ := s.get(m, w)
	return v
}

// rankCount reads a count after a rank ("the first two"): 2..9 as digits
// or words; 0 when w is none.
func rankCount(w []byte) int {
	if len(w) == 1 && w[0] >= '2' && w[0] <= '9' {
		return int(w[0] - '0')
	}
	if n, ok := numberWords()[string(w)]; ok && n >= 2 && n <= 9 && !stepNameSkip()[string(w)] { // "the first to …": a common word of another language
		return n
	}
	return 0
}

// stepRange is the n steps from first on.
func stepRange(first, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = first + i
	}
	return out
}

// lineItem is the item (quote.ReadItem) a line of a check-in opens with:
// the line, its clauses and the checks on it each want it, so it is read
// once.
type lineItem struct {
	text string
	it   quote.Item
}

// of is quote.ReadItem(t), read already when t is the line (m may be nil).
func (m *lineItem) of(t string) quote.Item {
	if m != nil && t == m.text {
		return m.it
	}
	return quote.ReadItem(t)
}

// findRef finds how clause names its step: a number opening it, "step N" or
// "#N" anywhere, a rank ("the first one") or, when the step texts are known,
// the words of one step and of no other as much. items holds the item of
// the line the clause is from (nil: none read).
func findRef(clause string, names [][]string, items *lineItem) stepRef {
	if steps, end, ok := progressMarker(clause, items.of(clause)); ok {
		return stepRef{steps: steps, numbered: true, start: 0, end: end, leading: true}
	}
	tw := refTables()
	var rank stepRef // the first rank named, if no number is
	// Each word is lower-cased once, into the buffer none of prev, prev2
	// and prev3 holds: the four take turns.
	var bufs [4][2 * maxStatusWord]byte
	wi := 0
	prev := []byte(nil)  // the previous word, lower-case
	prev2 := []byte(nil) // the word before it
	prev3 := []byte(nil) // and the one before that
	ps, pe := -1, -1
	for i := 0; ; {
		st, e := nextWord(clause, i)
		if st < 0 {
			break
		}
		i = e
		var w []byte
		if e-st <= maxStatusWord {
			w = appendLower(bufs[wi][:0], clause[st:e])
		}
		if n, end := readSmallNumber(clause, st); end == e {
			if prev != nil && tw.steps[string(prev)] && st-pe <= 2 {
				return stepRef{steps: []int{n}, numbered: true, start: ps, end: e}
			}
			if st > 0 && clause[st-1] == '#' {
				return stepRef{steps: []int{n}, numbered: true, start: st - 1, end: e}
			}
			if prev != nil && st-pe <= 2 && slices.Contains(tw.articles, string(prev)) && statusFollows(clause, e) {
				return stepRef{steps: []int{n}, numbered: true, start: ps, end: e} // "Le 3 est en cours"
			}
			if strings.HasSuffix(strings.TrimRight(clause[:st], " \t"), ":") && statusFollows(clause, e) {
				return stepRef{steps: []int{n}, numbered: true, start: st, end: e} // "My update: 1 is done"
			}
		} else if n := tw.numberShapes.lookup(tw.numbers, w); n > 0 && prev != nil && tw.steps[string(prev)] && st-pe <= 2 {
			return stepRef{steps: []int{n}, numbered: true, start: ps, end: e} // "Step two: started"
		}
		if len(rank.steps) == 0 && prev != nil && w != nil {
			if r, ok := tw.ordinalShapes.get(tw.ordinals, prev); ok {
				switch n := rankCount(w); {
				case tw.rankNouns[string(w)], n == 0 && tw.rankArticles[string(prev2)] && tw.rankVerbs[string(w)] && !dayOrdinal(prev, prev3):
					// "the first one", "the third is blocked"
					if r < 0 {
						r = len(names)
					}
					if r > 0 {
						rank = stepRef{steps: []int{r}, start: ps, end: e}
					}
				case n > 0 && !countEnds(clause, e):
					// "the last two practice exams": a note's words
				case n > 0 && r == 1: // "the first two"
					rank = stepRef{steps: stepRange(1, n), start: ps, end: e}
				case n > 0 && r < 0 && len(names) >= n: // "the last two"
					rank = stepRef{steps: stepRange(len(names)-n+1, n), start: ps, end: e}
				}
			}
		}
		prev3, prev2, prev = prev2, prev, w // prev is nil exactly when the previous word was too long
		wi = (wi + 1) % len(bufs)
		ps, pe = st, e
	}
	// "… and so is the third."
	if r, ok := tw.ordinals[string(prev)]; ok && len(rank.steps) == 0 && tw.rankArticles[string(prev2)] && !dayOrdinal(prev, prev3) {
		if r < 0 {
			r = len(names)
		}
		if r > 0 {
			rank = stepRef{steps: []int{r}, start: ps, end: pe}
		}
	}
	if len(rank.steps) > 0 {
		return rank
	}
	return nameRef(clause, names)
}

// dayOrdinal reports whether an ordinal in digits ("3rd") after an article
// is a day of the month rather than a rank: a word other than a rank verb
// comes before the article ("passed the exam on the 3rd", "blocked since
// the 1st"), where a rank opens its sentence or follows a rank verb ("the
// 3rd is done", "so is the 3rd"). An ordinal in words stays a rank.
func dayOrdinal(ord, before []byte) bool {
	return before != nil && bytes.ContainsAny(ord, "0123456789") && !refTables().rankVerbs[string(before)]
}

// countEnds reports whether the count of a rank ending at clause[e:] ("the
// first two") ends the reference: nothing follows it in its clause, or a
// status, a rank noun ("the last two steps") or a rank verb ("the first
// two are done"); another word makes the rank a note's ("the last two
// practice exams").
func countEnds(clause string, e int) bool {
	s, end := nextWord(clause, e)
	if s < 0 || strings.ContainsAny(clause[e:s], ".,;:!?–—") {
		return true
	}
	w := strings.ToLower(clause[s:end])
	if refTables().rankVerbs[w] || slices.ContainsFunc(lexicon.RankNouns(), func(n string) bool { return sameWord(n, w) }) {
		return true
	}
	st, ok := findStatusSpan(clause, e)
	return ok && st.start == s
}

// nameRef finds the step whose distinctive words the clause names more
// than any other step's ("AWS course: done").
func nameRef(clause string, names [][]string) stepRef {
	if len(names) == 0 {
		return stepRef{start: -1, end: -1}
	}
	ws, spans := words(clause)
	statuses := statusSpans(clause)
	best, bestN, second := 0, 0, 0
	bestStart, bestEnd := -1, -1
	for k, name := range names {
		n, s, e := 0, -1, -1
		var seen []string
		for i, w := range ws {
			if len(w) < 2 || stepNameSkip()[w] || slices.Contains(seen, w) || inSpans(spans[i][0], statuses) {
				continue // a word of a status names no step: "inte" of "inte börjat" is not "interna"
			}
			for _, nw := range name {
				if sameWord(w, nw) {
					seen = append(seen, w)
					n++
					if s < 0 {
						s = spans[i][0]
					}
					e = spans[i][1]
					break
				}
			}
		}
		switch {
		case n > bestN:
			best, bestN, second, bestStart, bestEnd = k+1, n, bestN, s, e
		case n > second:
			second = n
		}
	}
	if best > 0 && bestN > second {
		return stepRef{steps: []int{best}, start: bestStart, end: bestEnd}
	}
	return stepRef{start: -1, end: -1}
}

// statusSpans returns the spans of the first few status phrases of clause.
func statusSpans(clause string) [][2]int {
	var out [][2]int
	for from := 0; from < len(clause) && len(out) < 4; {
		s, e, st := findStatus(clause[from:])
		if st == "" || e <= 0 {
			break
		}
		out = append(out, [2]int{from + s, from + e})
		from += e
	}
	return out
}

// inSpans reports whether byte i lies in one of spans.
func inSpans(i int, spans [][2]int) bool {
	for _, sp := range spans {
		if i >= sp[0] && i < sp[1] {
			return true
		}
	}
	return false
}

// statusSpan is a status found in a text.
type statusSpan struct {
	start, end int
	status     conversation.StepStatus
}

// perfectAux are the auxiliaries a negation of negatedYet follows:
// "haven't", "has not", "didn't".
var perfectAux = sync.OnceValue(func() map[string]bool { return wordSet(lexicon.PerfectAux()) })

// negations are the negations negatedYet looks for: the lexicon's
// NotSuffixes written onto the auxiliary ("n't "), its Not after it (" not ").
var negations = sync.OnceValue(func() []string {
	var out []string
	for _, n := range lexicon.NotSuffixes() {
		out = append(out, n+" ")
	}
	for _, n := range lexicon.Not() {
		out = append(out, " "+n+" ")
	}
	return out
})

// maxYetGap bounds the words from a negated verb to its "yet", the verb
// included: "haven't booked the sessions with the SRE team yet".
const maxYetGap = 10

// negatedYet finds a negated verb that "yet" follows in the same clause,
// a few words on ("haven't found a mentor yet", "has not booked it yet"):
// the step is not started. The span runs from the auxiliary to the "yet":
// what follows is the note. Only negations that start at or before byte
// limit are read.
func negatedYet(t string, limit int) (start, end int, ok bool) {
	for from := 0; from < len(t) && from <= limit; {
		i, k := -1, 0 // the negation and its length: "n't ", " not "
		for _, n := range negations() {
			if j := strings.Index(t[from:min(len(t), limit+len(n))], n); j >= 0 && (i < 0 || j < i) {
				i, k = j, len(n)
			}
		}
		if i < 0 {
			return -1, -1, false
		}
		i += from
		from = i + k
		s := strings.LastIndexByte(t[:i], ' ') + 1 // the auxiliary: "have" of "haven't" or "have not"
		if !perfectAux()[strings.ToLower(t[s:i])] {
			continue
		}
		// The words after the negation, the verb first, up to the end of
		// the clause: the status runs to its "yet".
		for n, ws := 0, from; n < maxYetGap; n++ {
			ws = skipSpace(t, ws)
			we := ws + strings.IndexAny(t[ws:]+" ", " \t")
			if ws == we {
				break
			}
			w := strings.TrimRight(t[ws:we], ".,;:!?)")
			if n > 0 && slices.Contains(lexicon.Yet(), strings.ToLower(w)) {
				return s, ws + len(w), true
			}
			if len(w) < we-ws {
				break // the clause ended
			}
			ws = we
		}
	}
	return -1, -1, false
}

// findStatusSpan finds the first status of text at or after byte from.
func findStatusSpan(text string, from int) (statusSpan, bool) {
	s, e, st := findStatus(text[from:])
	for st != "" && negatedBefore(text[from:from+s]) { // "no longer blocked", "not dropped": not this status
		s2, e2, st2 := findStatus(text[from+e:])
		s, e, st = e+s2, e+e2, st2
	}
	// A negation counts only when its auxiliary starts before the status:
	// the negation then starts at most at the first space after s.
	limit := len(text)
	if st != "" {
		if sp := strings.IndexByte(text[from+s:], ' '); sp >= 0 {
			limit = s + sp
		}
	}
	if ns, ne, ok := negatedYet(text[from:], limit); ok && (st == "" || ns < s) {
		s, e, st = ns, ne, conversation.StepNotStarted // "I haven't found a mentor yet"
	}
	if st == "" {
		return statusSpan{}, false
	}
	if allWords()[strings.ToLower(text[from+s:from+e])] {
		if next, ok := findStatusSpan(text, from+e); ok {
			return next, true // "Todo hecho": the Spanish "all", not the English "todo", before a status
		}
	}
	return statusSpan{from + s, from + longerStatus(text[from:], s, e, st), st}, true
}

// negatedBefore reports text before a status that ends with a negation
// of it: "not", "no longer", "isn't" (see cutNegation). A negation that
// makes a status of its own ("not done") is a phrase of the lexicon, found
// before this is asked.
func negatedBefore(pre string) bool {
	_, ok := cutNegation(pre)
	return ok
}

// cutNegation cuts the negation that ends pre, fillers after it aside: one
// of the lexicon's Not ("not", "no longer") or a word ending in one of its
// NotSuffixes ("isn't really"). ok is false when pre ends with none.
func cutNegation(pre string) (head string, ok bool) {
	t := strings.TrimRight(pre, " ")
	for {
		i := strings.LastIndexByte(t, ' ') + 1
		if i == 0 || !noteFillers()[strings.ToLower(t[i:])] {
			break
		}
		t = strings.TrimRight(t[:i], " ")
	}
	for _, n := range lexicon.Not() {
		if h := len(t) - len(n); h >= 0 && strings.EqualFold(t[h:], n) && (h == 0 || !hasLetterAt(t, h-1)) {
			return t[:h], true
		}
	}
	for _, n := range lexicon.NotSuffixes() {
		if h := len(t) - len(n); h > 0 && strings.EqualFold(t[h:], n) {
			return t[:strings.LastIndexByte(t, ' ')+1], true
		}
	}
	return t, false
}

// negatedOnly reports text that holds nothing but negated statuses and
// fillers ("not dropped, just"): it says nothing else, and the note of
// the status after it follows that status.
func negatedOnly(pre string) bool {
	rest := pre
	for n := range 4 { // a few negated statuses at most
		if fillersOnly(rest) {
			return n > 0
		}
		s, e, st := findStatus(rest)
		if st == "" {
			return false
		}
		if head, ok := cutNegation(rest[:s]); !ok || !fillersOnly(head) {
			return false
		}
		rest = rest[e:]
	}
	return false
}

// maxStatusPhrase bounds the text longerStatus reads for a phrase that runs
// on: a status phrase is a few words.
const maxStatusPhrase = 64

// longerStatus returns where the status phrase at t[s:e] ends once a phrase
// of the same status that starts at one of its later words and runs on is
// taken in: "ainda não comecei" is "ainda não" and "não comecei", not a
// status with the note "comecei".
func longerStatus(t string, s, e int, st conversation.StepStatus) int {
	if e+1 >= len(t) || t[e] != ' ' || !unicode.IsLetter(rune(t[e+1])) && t[e+1] < utf8.RuneSelf {
		return e // nothing runs on: the phrase ends the text or meets punctuation
	}
	for w := s; ; {
		i := strings.IndexByte(t[w:e], ' ')
		if i < 0 {
			return e
		}
		w += i + 1
		if s2, e2, st2 := findStatus(t[w:min(len(t), w+maxStatusPhrase)]); s2 == 0 && st2 == st && w+e2 > e {
			e = w + e2
		}
	}
}

// clauseSeps end a clause that may report on a step of its own: ". ", "; ",
// the lexicon's "and" and "but" between spaces.
var clauseSeps = sync.OnceValue(func() []string {
	seps := []string{". ", "; ", ", ", "! "}
	for _, w := range slices.Concat(lexicon.And(), lexicon.But()) {
		seps = append(seps, " "+w+" ")
	}
	return seps
})

// splitClauses splits a line that reports on several steps into one clause
// per step: "1 done, 2 halfway", "The first one is done, still working on
// the course". A line is split only between two statuses, at the last
// separator before the second, and only when the clause after the split
// names a step of its own; otherwise the line stays whole, so that "in
// progress, halfway" is one report. The clauses are appended to out.
func splitClauses(out []clause, t string, names [][]string, items *lineItem) []clause {
	var spanBuf [4]statusSpan
	spans := spanBuf[:0]
	for from := 0; from < len(t) && len(spans) < 2*MaxSteps; {
		st, ok := findStatusSpan(t, from)
		if !ok {
			break
		}
		spans = append(spans, st)
		from = st.end
	}
	if len(spans) < 2 {
		c := clause{text: t}
		if len(spans) == 1 {
			c.st, c.ok, c.unchanged = spans[0], true, spans[0].status == statusUnchanged
		}
		return append(out, c)
	}
	begin, first := 0, 0                       // the clause being built and its first status
	byNumber := findRef(t, nil, items).leading // "1 done, 2 halfway": split only at numbers
	byLabel := labelled(t, names)              // "Maria shadowing: in progress, first shift done": split only at labels
	for k := 1; k < len(spans); k++ {
		region := t[spans[k-1].end:spans[k].start]
		sepAt, cut := -1, -1
		for _, sep := range clauseSeps() {
			if i := strings.LastIndex(region, sep); i >= 0 && spans[k-1].end+i+len(sep) > cut {
				sepAt, cut = spans[k-1].end+i, spans[k-1].end+i+len(sep)
			}
		}
		if cut < 0 && byNumber {
			sepAt = numberStart(t, spans[k-1].end, spans[k].start) // "1 ✅ 2 ⏳ 3 ❌"
			cut = sepAt
			if sepAt >= 0 && hasWordOrNumber(t[spans[k-1].end:sepAt]) {
				cut = -1 // "in progress - 4 of 6 modules done": a number inside the note
			}
		}
		if cut < 0 {
			continue
		}
		// The clause runs to the next separator after its status: "Todavía
		// no he empezado el café con Priya" names its step after a second
		// status word.
		end := len(t)
		for _, sep := range clauseSeps() {
			if i := strings.Index(t[spans[k].end:], sep); i >= 0 {
				end = min(end, spans[k].end+i)
			}
		}
		next := strings.TrimSpace(t[cut:end])
		ref := findRef(next, names, items)
		sentence := t[sepAt] == '.' || t[sepAt] == '!'
		unchanged := sentence && spans[k].status == statusUnchanged // "Everything else as before.": no step's note
		if !unchanged && (len(ref.steps) == 0 && !(sentence && !byNumber && len(names) > 0) || byNumber && !ref.numbered || byLabel && !labelled(next, names) || numberInNote(next, ref)) {
			continue // a sentence with a status of its own is never another step's note
		}
		if c := t[sepAt]; c == '.' || c == '!' {
			sepAt++ // a sentence keeps its full stop
		}
		c := newClause(t, begin, sepAt, spans[first])
		c.unchanged = unchangedIn(spans[first:k])
		out = append(out, c)
		begin, first = cut, k
	}
	c := newClause(t, begin, len(t), spans[first])
	c.unchanged = unchangedIn(spans[first:])
	return append(out, c)
}

// labelRef reads the label that opens t when it names a step by its words,
// closed by a colon ("Maria shadowing: in progress", "- one-pager: not
// started"): the words before the colon name a step and say no status, a
// status opens the words after it. The reference leads t and ends at the
// colon; ok is false when t opens with no such label.
func labelRef(t string, names [][]string) (ref stepRef, ok bool) {
	if len(names) == 0 {
		return ref, false
	}
	b := bulletEnd(t)
	colon := strings.IndexByte(t[b:], ':')
	if colon < 0 || colon > maxLabel {
		return ref, false
	}
	head, rest := t[b:b+colon], trimIndent(t[b+colon+1:])
	if _, _, st := findStatus(head); st != "" {
		return ref, false
	}
	if s, _, _ := findStatus(rest); s != 0 {
		return ref, false
	}
	ref = nameRef(head, names)
	if len(ref.steps) == 0 {
		return ref, false
	}
	return stepRef{steps: ref.steps, start: 0, end: b + colon + 1, leading: true}, true
}

// labelled reports whether t opens with a label that names a step (labelRef).
func labelled(t string, names [][]string) bool {
	_, ok := labelRef(t, names)
	return ok
}

// maxLabel bounds the label that names a step before a colon, in bytes.
const maxLabel = 60

// numberStart returns where the last number standing alone in t[from:to]
// starts (a step number between two statuses), or -1.
func numberStart(t string, from, to int) int {
	for i := to - 1; i >= from; i-- {
		if t[i] < '0' || t[i] > '9' {
			continue
		}
		j := i
		for j > from && t[j-1] >= '0' && t[j-1] <= '9' {
			j--
		}
		if j > 0 && t[j-1] != ' ' && t[j-1] != '\t' {
			return -1
		}
		if _, end := readSmallNumber(t, j); end == i+1 {
			return j
		}
		return -1
	}
	return -1
}

// clause is part of a progress line that reports on its own step(s), with
// its first status.
type clause struct {
	text      string
	st        statusSpan
	ok        bool // st is set
	unchanged bool // one of its statuses says nothing changed
}

// newClause is the clause t[begin:end], trimmed, whose first status is st
// (in t's offsets).
func newClause(t string, begin, end int, st statusSpan) clause {
	raw := t[begin:end]
	text := strings.TrimSpace(raw)
	off := begin + strings.Index(raw, text)
	return clause{text: text, st: statusSpan{st.start - off, st.end - off, st.status}, ok: true}
}

// allWords say that a report covers every step ("All done!").
var allWords = sync.OnceValue(func() map[string]bool { return wordSet(lexicon.All()) })

// saysAll reports whether a clause that names no step speaks of all of them.
func saysAll(clause string) bool {
	ws, _ := words(clause)
	for _, w := range ws {
		if allWords()[w] {
			return true
		}
	}
	return false
}

// reasonWords open a reason given after the step a status names ("I've
// dropped the coffee with the CTO since he's leaving"): it is the note.
var reasonWords = sync.OnceValue(func() map[string]bool { return wordSet(lexicon.Reasons()) })

// noteFillers are words between a status and its note, or before a status,
// that belong to neither ("still in progress", "läuft noch, …", "ist erledigt").
var noteFillers = sync.OnceValue(func() map[string]bool { return wordSet(lexicon.Fillers()) })

// isFiller reports whether w, in any case, is a filler word (noteFillers).
func isFiller(w string) bool {
	var buf [2 * maxStatusWord]byte
	return noteFillers()[string(appendLower(buf[:0], w))]
}

// fillersOnly reports whether s holds nothing but filler words.
func fillersOnly(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if w = noteCut().trim(w); w != "" && !isFiller(w) {
			return false
		}
	}
	return true
}

// progressNote is the note of a clause with status st: what follows the
// status, or the whole clause when the status sits in the middle of a
// sentence that says more ("Talked to Priya, we're on track for March").
func progressNote(clause string, st statusSpan, ref stepRef) string {
	from := 0
	if ref.leading {
		from = ref.end
	}
	pre := strings.TrimSpace(clause[from:st.start])
	post := strings.TrimRightFunc(clause[st.end:], unicode.IsSpace) // a tab after the status is a table's column: kept for sep
	for {
		trimmed := noteCut().left(strings.TrimPrefix(post, "\uFE0F"))
		sep := strings.ContainsAny(post[:len(post)-len(trimmed)], ":-–—,(|\t") // a table's column ends the status too
		post = trimmed
		w, after, _ := strings.Cut(post, " ")
		if w != "" && !sep && isFiller(noteCut().trim(w)) {
			post = after // "not done yet", "läuft noch, die Prüfung …"
			continue
		}
		if n := statusSymbolAt(post); n > 0 {
			post = post[n:] // "done ✅"
			continue
		}
		break
	}
	post = noteEndCut().right(post)
	var note string
	switch {
	case ref.start >= st.end && !ref.leading: // "still working on the course"
		rest := strings.TrimSpace(clause[ref.end:])
		for w, after, ok := strings.Cut(rest, " "); ok && isFiller(w); w, after, ok = strings.Cut(rest, " ") {
			rest = after // "haven't started looking for a mentor yet – any names welcome"
		}
		if w, _, _ := strings.Cut(rest, " "); rest != "" && (strings.ContainsRune(",:;-–—(", firstRune(rest)) || reasonWords()[strings.ToLower(w)]) {
			note = trimNote(rest)
		}
	case noteCut().trim(pre) == "",
		strings.ContainsAny(pre[len(pre)-1:], ":-–—,(|>") || strings.HasSuffix(pre, "—") || strings.HasSuffix(pre, "–") || strings.HasSuffix(pre, "→"),
		ref.start >= 0 && !ref.leading && ref.start < st.start,
		fillersOnly(pre), negatedOnly(pre):
		note = post // "Finish the course – done, passed": the step's name, then the status
		if phrase := clause[st.start:st.end]; note != "" && qualifiers()[strings.ToLower(phrase)] && strings.HasPrefix(clause[st.end:], " ") {
			if r, _ := utf8.DecodeRuneInString(note); unicode.IsLetter(r) && strings.HasPrefix(clause[st.end:], " "+note[:len(note)/2]) {
				note = phrase + " " + note // "halfway through the course": the status word is part of the note
			}
		}
	default:
		note = trimNote(clause[from:])
	}
	note = joinFields(note)
	if st.start == st.end && st.end < len(clause) { // a percentage
		note = percentNote(clause, from, st.start)
	}
	note = withoutEchoedStatus(note, st.status)
	if st.status == conversation.StepNotStarted && runsOnToYet(note) {
		note = "" // "inte börjat leta efter än", "haven't started looking yet": the verb runs on to "yet"
	}
	for _, p := range [...][2]string{{"(", ")"}, {"（", "）"}} {
		if t := strings.TrimRight(note, "."); strings.HasSuffix(t, p[1]) && strings.Count(note, p[1]) > strings.Count(note, p[0]) {
			note = noteEndCut().right(t[:len(t)-len(p[1])]) // "(dropped, no budget)", "Blocked (waiting on budget).", "進行中（残り２モジュール）"
		}
	}
	return note
}

// runsOnToYet reports a short note that ends with "yet" (the lexicon's
// Yet): the rest of a negated verb ("looking yet"), not a note.
func runsOnToYet(note string) bool {
	ws := strings.Fields(note)
	return len(ws) > 0 && len(ws) <= 4 && slices.Contains(lexicon.Yet(), strings.ToLower(strings.TrimRight(ws[len(ws)-1], noteTrim)))
}

// withoutEchoedStatus cuts from note a last clause that only says its
// status again: "60% through, still going" is "60% through".
func withoutEchoedStatus(note string, status conversation.StepStatus) string {
	i := max(strings.LastIndex(note, ", "), strings.LastIndex(note, "; "))
	if i <= 0 {
		return note
	}
	tail := note[i+2:]
	if s, e, st := findStatus(tail); st != status || !fillersOnly(tail[:s]) || !fillersOnly(tail[e:]) {
		return note
	}
	return note[:i]
}

// percentNote is the note of a clause whose status is the percentage at
// byte pct ("50%", "50 %"), read after the step's number (from). A
// percentage that stands alone for the status, like a status word, is no
// part of the note ("2 - 50%", "2 - 40%, waiting for the lab": "waiting
// for the lab"); in a sentence, qualified or run into words ("about 40%
// done, the labs…", "75% done"), the sentence is the note.
func percentNote(clause string, from, pct int) string {
	q := qualifierStart(clause, from, pct)
	sign := pct + strings.IndexByte(clause[pct:], '%') + 1
	rest := clause[sign:]
	if after := noteCut().left(rest); q == pct && (after == "" || len(after) < len(rest) && strings.ContainsAny(rest[:len(rest)-len(after)], ",;:-–—(")) {
		return joinFields(noteEndCut().right(after))
	}
	return joinFields(noteEndCut().right(clause[q:]))
}

// qualifierStart returns where the words that qualify a percentage at
// byte pct of clause start ("about 40% done", "which is roughly 80%"):
// after the step's number (from) and the fillers, or pct itself.
func qualifierStart(clause string, from, pct int) int {
	for from < pct {
		rest := noteCut().left(clause[from:pct])
		j := pct - len(rest)
		w, _, _ := strings.Cut(rest, " ")
		if j+len(w) >= pct || !isFiller(w) {
			return j
		}
		from = j + len(w)
	}
	return pct
}

// qualifiers are statuses that say how far a step has come: run into the
// words after them ("halfway through the course"), they stay in the note.
var qualifiers = sync.OnceValue(func() map[string]bool { return wordSet(lexicon.Qualifiers()) })

// statusSymbolAt returns the length of the status symbol s opens with, or 0.
var statusSymbolAt = quote.StatusSymbolLen

// statusTable indexes the status phrases: index maps the first word of
// each phrase to the phrases starting with it, longest first, each split
// into its words with its status; wordShape is a filter before the map,
// with the bit of (first byte, second byte, length) set for each first
// word (shapeBit): most words are no first word and fail it.
type statusTable struct {
	index     map[string][]statusPhrase
	wordShape [1 << 14 / 64]uint64
}

// shapeBit is the bit of wordShape for a word of n bytes, lower-case, that
// starts with bytes c0 and c1 (0 for a word of one byte).
func shapeBit(c0, c1 byte, n int) uint {
	x := (uint32(c0)<<16 | uint32(c1)<<8 | uint32(min(n, 255))) * 2654435761 // Fibonacci hashing: the top bits mix all three
	return uint(x >> (32 - 14))
}

// setShape sets the bit of w in wordShape.
func (tab *statusTable) setShape(w string) {
	c1 := byte(0)
	if len(w) > 1 {
		c1 = w[1]
	}
	b := shapeBit(w[0], c1, len(w))
	tab.wordShape[b/64] |= 1 << (b % 64)
}

// statusPhrase is a status phrase of the lexicon, lower-case, split into
// its words.
type statusPhrase struct {
	words  []string
	status conversation.StepStatus
}

// statusTables builds the status index on first use.
var statusTables = sync.OnceValue(func() *statusTable {
	t := &statusTable{index: map[string][]statusPhrase{}}
	byWord := map[string][]string{}
	for p := range statusWords() {
		w, _, _ := strings.Cut(p, " ")
		t.setShape(w)
		byWord[w] = append(byWord[w], p)
	}
	for w, ps := range byWord {
		sort.Slice(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) || len(ps[i]) == len(ps[j]) && ps[i] < ps[j] })
		for _, p := range ps {
			t.index[w] = append(t.index[w], statusPhrase{strings.Split(p, " "), statusWords()[p]})
		}
	}
	return t
})

// findStatus finds the first status phrase or symbol of line in one pass:
// its byte span and status ("" when there is none). Phrases match whole
// words, case-insensitively, with any run of spaces between words. A word
// is a run of letters, apostrophes and hyphens; the part after each
// apostrophe or hyphen ("progress" of "in-progress") may start a phrase too.
func findStatus(line string) (start, end int, status conversation.StepStatus) {
	tab := statusTables()
	inWord := false
	for i := 0; i < len(line); {
		r, size := rune(line[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(line[i:])
		}
		if r >= utf8.RuneSelf || r == '[' {
			if n := statusSymbolAt(line[i:]); n > 0 {
				return i, i + n, statusSymbols()[line[i:i+n]]
			}
		}
		if r >= '0' && r <= '9' && !inWord && (i == 0 || line[i-1] < '0' || line[i-1] > '9') {
			if s, e, st := percentStatus(line, i); st != "" {
				return s, e, st
			}
		}
		if !isLetter(r) {
			inWord = false
			i += size
			continue
		}
		if inWord {
			i += size
			continue
		}
		// A word starts at i: j is its end, k the first apostrophe or
		// hyphen in it (relative to i), -1 when none.
		j, k := i, -1
		for j < len(line) {
			c, size := rune(line[j]), 1
			if c >= utf8.RuneSelf {
				c, size = utf8.DecodeRuneInString(line[j:])
			}
			if c == '\'' || c == '-' {
				if k < 0 {
					k = j - i
				}
			} else if !isLetter(c) {
				break
			}
			j += size
		}
		if j-i <= maxStatusWord {
			if s, e, st := tab.at(line, i, j, k); st != "" {
				return s, e, st
			}
		}
		if r >= unspacedScripts {
			if e, st := unspacedStatus(line[i:j]); st != "" {
				return i, i + e, st
			}
		}
		// Go on after the word, or after its first apostrophe or hyphen,
		// where a word starts again.
		if k >= 0 {
			i, inWord = i+k+1, false
		} else {
			i, inWord = j, true
		}
	}
	return -1, -1, ""
}

// isLetter is unicode.IsLetter with a fast path for ASCII.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// at returns the status phrase that starts with the word line[i:j] (or
// with its part before the apostrophe or hyphen at i+k, when k > 0).
func (tab *statusTable) at(line string, i, j, k int) (start, end int, status conversation.StepStatus) {
	if w := line[i:j]; asciiWord(w) {
		c0, c1 := asciiLower(w[0]), byte(0)
		if len(w) > 1 {
			c1 = asciiLower(w[1])
		}
		if !tab.mayStart(c0, c1, len(w)) && (k <= 0 || !tab.mayStart(c0, c1, k)) {
			return -1, -1, "" // the test below, before lower-casing an ASCII word
		}
	}
	var buf [2 * maxStatusWord]byte
	lower := appendLower(buf[:0], line[i:j])
	c1 := byte(0)
	if len(lower) > 1 {
		c1 = lower[1]
	}
	if !tab.mayStart(lower[0], c1, len(lower)) && (k <= 0 || !tab.mayStart(lower[0], c1, k)) {
		return -1, -1, "" // most words: no status phrase starts with a word of these first bytes and length
	}
	for _, p := range tab.index[string(lower)] {
		if e, ok := matchPhrase(line, i, p.words); ok {
			return i, e, p.status
		}
	}
	if k > 0 { // "in-progress" vs "half-way"
		for _, p := range tab.index[string(lower[:k])] {
			if e, ok := matchPhrase(line, i, p.words); ok {
				return i, e, p.status
			}
		}
	}
	return -1, -1, ""
}

// mayStart reports whether a status phrase may start with a word of n
// bytes whose first bytes, lower-case, are c0 and c1 (c1 is ignored when n
// is 1).
func (tab *statusTable) mayStart(c0, c1 byte, n int) bool {
	if n == 1 {
		c1 = 0
	}
	b := shapeBit(c0, c1, n)
	return tab.wordShape[b/64]&(1<<(b%64)) != 0
}

// asciiLower lower-cases an ASCII letter.
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// asciiWord reports a word of ASCII letters, apostrophes and hyphens (as
// findStatus cuts them), which lower-cases byte for byte.
func asciiWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return len(w) > 0
}

// unspacedScripts is the first rune of the scripts written without spaces
// between words (kana, CJK ideographs): there a status phrase opens a run
// of letters rather than making a word of its own.
const unspacedScripts = '\u3040'

// unspacedStatus returns the end of the longest status phrase that opens w,
// a run of letters of a script written without spaces ("対応中です",
// "まだ着手していません"), and its status.
func unspacedStatus(w string) (end int, status conversation.StepStatus) {
	for e := min(len(w), maxUnspacedStatus); e > 0; {
		if st, ok := statusWords()[w[:e]]; ok {
			for k := min(len(w), e+maxUnspacedStatus/3); k > e; { // "対応中です": a filler written onto it goes with it
				if noteFillers()[w[e:k]] {
					return k, st
				}
				_, size := utf8.DecodeLastRuneInString(w[:k])
				k -= size
			}
			return e, st
		}
		_, size := utf8.DecodeLastRuneInString(w[:e])
		e -= size
	}
	return 0, ""
}

// maxUnspacedStatus is the longest status phrase of an unspaced script, in
// bytes: twelve characters of three bytes.
const maxUnspacedStatus = 36

// maxStatusWord is the longest first word of a status phrase, in bytes,
// with room to spare ("abgeschlossen", "concluído").
const maxStatusWord = 24

// appendLower appends s lower-cased to b.
func appendLower(b []byte, s string) []byte {
	for j := 0; j < len(s); {
		if c := s[j]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		j += size
	}
	return b
}

// matchPhrase reports whether the phrase of words p (lower-case) appears
// in line at byte i as whole words, any run of spaces between them, and
// where it ends.
func matchPhrase(line string, i int, p []string) (int, bool) {
	j := i
	for k, w := range p {
		if k > 0 {
			n := len(line[j:]) - len(trimIndent(line[j:]))
			if n == 0 {
				return 0, false
			}
			j += n
		}
		if len(line)-j < len(w) || !strings.EqualFold(line[j:j+len(w)], w) {
			return 0, false
		}
		j += len(w)
	}
	if c, _ := utf8.DecodeRuneInString(line[j:]); j < len(line) && unicode.IsLetter(c) {
		return 0, false
	}
	return j, true
}

// statusFrom is where the status of a clause is looked for: after a
// leading step number, else anywhere.
func statusFrom(ref stepRef) int {
	if ref.leading {
		return ref.end
	}
	return 0
}

// hasWordOrNumber reports whether s holds a letter or a digit.
func hasWordOrNumber(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// percentStatus reads a percentage at line[i:] as a status: "100%" is done,
// "0%" not started, anything between in progress, with the percentage left
// in the note (an empty span before it).
func percentStatus(line string, i int) (start, end int, status conversation.StepStatus) {
	n, j := 0, i
	for j < len(line) && j-i < 4 && line[j] >= '0' && line[j] <= '9' {
		n = n*10 + int(line[j]-'0')
		j++
	}
	pct := j // the sign, after a space in French and German typography ("50 %")
	if pct < len(line) && line[pct] == ' ' {
		pct++
	}
	if pct == len(line) || line[pct] != '%' || j-i > 3 || n > 100 {
		return -1, -1, ""
	}
	switch n {
	case 100:
		return i, pct + 1, conversation.StepDone
	case 0:
		return i, pct + 1, conversation.StepNotStarted
	}
	return i, i, conversation.StepInProgress
}

// numberInNote reports a clause that opens with a number which is part of a
// note, not a step: "3 of 6 sessions done", "2 more to go" (words or digits
// between the number and the status).
func numberInNote(clause string, ref stepRef) bool {
	if !ref.leading || ref.end > len(clause) {
		return false
	}
	st, ok := findStatusSpan(clause, ref.end)
	if !ok {
		return false
	}
	gap := clause[ref.end:st.start]
	return strings.ContainsAny(gap, "0123456789") || len(strings.Fields(gap)) > 3
}

// statusFollows reports whether a status comes right after byte i of
// clause, at most two words on ("3 is done", "le 4 est bloqué"), with no
// number between.
func statusFollows(clause string, i int) bool {
	st, ok := findStatusSpan(clause, i)
	if !ok {
		return false
	}
	gap := clause[i:st.start]
	return !strings.ContainsAny(gap, "0123456789") && len(strings.Fields(gap)) <= 2
}

// unprefixedOriginal finds the original an Outlook reply quotes without
// "> " below a header block after the new text: head is where the header
// block (with the delimiter above it) starts, start where the original's
// text does; both -1 when there is none, or the reply quotes with "> ".
func unprefixedOriginal(d *quote.Doc) (head, start int) {
	kinds := d.Kinds
	start, text := -1, false
	for i, k := range kinds {
		switch k {
		case quote.Quote, quote.QuotedMarker:
			return -1, -1
		case quote.Text:
			text = true
		case quote.Header:
			if text && start < 0 {
				start = i
			}
		}
	}
	if start < 0 {
		return -1, -1
	}
	head = start
	for head > 0 && (kinds[head-1] == quote.Delimiter || kinds[head-1] == quote.Empty || kinds[head-1] == quote.Marker) {
		head--
	}
	for start < len(kinds) && kinds[start] != quote.Text {
		start++
	}
	return head, start
}

// UnprefixedSteps reads a check-in answered inside an original that
// Outlook quotes without "> " below its header block: the updates typed
// under each numbered step ("1. Finish the course" then "Done - passed").
// The original's lines are quoted and the updates left as written, so that
// each update reads as written under its quoted step, blank lines between
// allowed; lines indented under a step ("   Status: not started") are the
// original's. With no update under a step, the steps are quoted all the
// same, so that what is written above ("All done!") knows them. Text with
// no header block, a "> " quote or fewer than two numbered steps comes back
// unchanged.
func UnprefixedSteps(d *quote.Doc) string {
	body, lines := d.Text, d.Lines
	head, start := unprefixedOriginal(d)
	if start < 0 {
		return body
	}
	out := append([]string(nil), lines[:head]...)
	for _, l := range lines[head:start] {
		out = append(out, "> "+l)
	}
	items, under, orig := 0, false, false
	for _, l := range lines[start:] {
		t := strings.TrimSpace(l)
		if n, _, ok := listItem(t); ok && n == items+1 {
			items, under, orig = n, true, true
			out = append(out, "> "+l)
			continue
		}
		if orig = orig && t != "" && t != l; orig {
			out = append(out, "> "+l) // "   Status: not started": the original's, indented under its step
			continue
		}
		if _, ok := findStatusSpan(t, 0); ok && under {
			out = append(out, l)
			continue
		}
		under = under && t == "" // text that gives no status ends the updates under a step
		out = append(out, "> "+l)
	}
	if items < 2 {
		return body
	}
	return strings.Join(out, "\n")
}
