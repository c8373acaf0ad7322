package quote

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/lexicon"
)

// The start of a list item: one grammar (ReadItem) for the answer, step
// and check-in readers of pkg/extract and for HasNumberedLine.
//
//	item     = [bullet] numbered | lettered | bullet | symbol
//	numbered = {label} ["("] enumerator [terminator]
//	label    = a word of the lexicon (Q, Frage, Pregunta, Answer, Re, Step,
//	           Schritt, Paso, Nr., Nº …) or "#"
//	enumerator = 1-2 digits (ASCII or full-width) | keycap digit "1️⃣" |
//	           circled digit "①", "❶", "➀"
//	terminator = "." ")" ":" "-" ".-" ".)" "–" "—" "/" "->" "=>" "→"
//	           (then a space or the end), or "：" "．" "）" "、" (then
//	           anything)
//	lettered = ["("] (a letter a–h | a roman number i–viii) ("." | ")")
//	bullet   = a run of symbols, punctuation or emoji before a space:
//	           - * • · ・ → -> ▪ ◦ 🔹 👉 …, perhaps then a checkbox "[ ]"
//	symbol   = a status symbol of the lexicon (✅, ❌, [x] …)
//
// A number without a terminator is bare ("1 done"): the check-in reader
// takes it, the answer and step readers do not. A number that runs into a
// letter or digit ("3rd", "3.5", "3:30", "1-on-1", "2027") opens no item.

// ItemKind is what opens a line of a list.
type ItemKind uint8

// The kinds of item.
const (
	ItemNone     ItemKind = iota
	ItemNumbered          // "1.", "2.-", "Q1：", "#1", "1️⃣", "①", "１．", "Step 2:"
	ItemLettered          // "a)", "b.", "(c)", "ii."
	ItemBullet            // "-", "*", "•", "→", "🔹", "・", "[ ]"
	ItemSymbol            // a status symbol: "✅", "❌", "[x]"
)

// LabelSet is the kinds of label words before a number.
type LabelSet uint8

// The kinds of label.
const (
	LabelReply    LabelSet = 1 << iota // names the answer or refers to it: "Answer", "Re", "Zu"
	LabelQuestion                      // names the question: "Q", "Frage", "Nr."
	LabelStep                          // names a step: "Step", "Schritt", "Item"
	LabelHash                          // "#"
)

// Item is the start of a line as ReadItem reads it. Offsets are into the
// line.
type Item struct {
	Kind   ItemKind
	N      int      // the number; a lettered item's rank (a=1, ii=2)
	Labels LabelSet // the labels before the number
	// Sep: a terminator follows the number, or an enumerator that needs
	// none (keycap, circled digit); Strong: a label that needs none ("Q3",
	// "#3", "A3").
	Sep, Strong bool
	NumEnd      int    // where the enumerator ends
	BulletEnd   int    // where the text after a bullet before the number starts; 0: none
	Start       int    // where the item's text starts
	Bullet      string // a bullet item's bullet ("-", "🔹")
}

// labelWord is a label of the lexicon with its kind.
type labelWord struct {
	w    string
	kind LabelSet
}

// labelWords are the labels of every language by their first byte, either
// case, longest first.
var labelWords = sync.OnceValue(func() *[256][]labelWord {
	var t [256][]labelWord
	add := func(ws []string, k LabelSet) {
		for _, w := range ws {
			c := w[0]
			t[c] = append(t[c], labelWord{w, k})
			if c >= 'a' && c <= 'z' {
				t[c-'a'+'A'] = append(t[c-'a'+'A'], labelWord{w, k})
			}
		}
	}
	add(lexicon.AnswerLabels(), LabelReply)
	add(lexicon.QuestionLabels(), LabelQuestion)
	add(lexicon.NumberLabels(), LabelQuestion)
	add(lexicon.StepLabels(), LabelStep)
	add(lexicon.ItemLabels(), LabelStep)
	for _, ws := range t {
		sort.SliceStable(ws, func(i, j int) bool { return len(ws[i].w) > len(ws[j].w) })
	}
	return &t
})

// ReadItem reads the start of a list item at the start of line (after
// its indentation and any "**" or "__" emphasis).
func ReadItem(line string) Item {
	i := skipSpace(line, 0)
	if strings.HasPrefix(line[i:], "**") || strings.HasPrefix(line[i:], "__") {
		i = skipSpace(line, i+2)
	}
	if i == len(line) {
		return Item{}
	}
	c := line[i]
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#' || c == '(' || c >= utf8.RuneSelf {
		if it := readNumbered(line, i); it.Kind != ItemNone {
			return it
		}
		if it := readLettered(line, i); it.Kind != ItemNone {
			return it
		}
	}
	if k := StatusSymbolLen(line[i:]); k > 0 {
		return Item{Kind: ItemSymbol, Start: skipSpace(line, i+k)}
	}
	e := bulletLen(line[i:])
	if e == 0 {
		return Item{}
	}
	j := skipSpace(line, i+e)
	if k := checkboxLen(line[j:]); k > 0 {
		j = skipSpace(line, j+k)
	}
	if it := readNumbered(line, j); it.Kind == ItemNumbered {
		it.BulletEnd = j // "- 2: done", "• 1 → done"
		return it
	}
	return Item{Kind: ItemBullet, Start: j, Bullet: line[i : i+e]}
}

// Pictograph reports whether the item's bullet is an emoji or a pictograph
// ("🔹", "👉", "★") rather than a list bullet ("-", "•", "→", "▪"). A line
// opening with one is an item only next to a line opening with the same
// (LoneBullet): "👍 Here are the steps" alone is a sentence.
func (it Item) Pictograph() bool {
	for _, r := range it.Bullet {
		if r >= 0x2600 && unicode.Is(unicode.So, r) {
			return true
		}
	}
	return false
}

// LoneBullet reports whether line, whose item is it, opens with a
// pictograph bullet that neither the line before (prev) nor the line after
// (next) opens with: it is no list item.
func LoneBullet(it Item, prev, next string) bool {
	if !it.Pictograph() {
		return false
	}
	for _, l := range [...]string{prev, next} {
		if o := ReadItem(l); o.Kind == ItemBullet && o.Bullet == it.Bullet {
			return false
		}
	}
	return true
}

// readNumbered reads a numbered item at line[i:]: labels, an enumerator and
// its terminator.
func readNumbered(line string, i int) Item {
	it, i := readLabels(line, i)
	if i >= len(line) || it.Labels == 0 && line[i] < utf8.RuneSelf && unicode.IsLetter(rune(line[i])) {
		return Item{}
	}
	paren := line[i] == '('
	if paren {
		i++
	}
	n, j, needsNone := ReadEnumerator(line, i)
	if j < 0 {
		return Item{}
	}
	it.Kind, it.N, it.NumEnd = ItemNumbered, n, j
	k := skipSpace(line, j)
	if paren {
		if strings.HasPrefix(line[k:], ")") || strings.HasPrefix(line[k:], "）") {
			_, size := utf8.DecodeRuneInString(line[k:])
			it.Sep, it.Start = true, skipSpace(line, k+size)
			return it
		}
		return Item{}
	}
	if term, needSpace := terminatorAt(line[k:]); term > 0 && !(k > j && line[k] == '/') {
		m := k + term
		if strings.HasPrefix(line[m:], ")") {
			m++ // "1.)"
		}
		if strings.HasPrefix(line[m:], "**") || strings.HasPrefix(line[m:], "__") {
			m += 2 // "**3.**"
		}
		if !needSpace || m == len(line) || line[m] == ' ' || line[m] == '\t' {
			it.Sep, it.Start = true, skipSpace(line, m)
			return it
		}
		if k == j {
			return Item{} // "3.5", "3:30", "1-on-1", "1/2"
		}
	}
	it.Sep, it.Start = needsNone, k
	if needsNone || k > j || k == len(line) {
		return it // "1️⃣ …", bare: "1 done", "Q3 …"
	}
	r, _ := utf8.DecodeRuneInString(line[k:])
	if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("%'’°", r) || r == ',' && k+1 < len(line) && line[k+1] >= '0' && line[k+1] <= '9' {
		return Item{} // "3rd", "2027", "3%", "1,000"
	}
	return it // "4✅", "1, 3 done"
}

// readLabels reads up to three labels at line[i:] ("Re step", "Zu Frage
// Nr.", "#", "A" before a digit) and the spaces after them; it returns
// them in an Item and where they end.
func readLabels(line string, i int) (Item, int) {
	var it Item
	lw := labelWords()
	for range 3 {
		if i >= len(line) {
			break
		}
		c := line[i]
		switch {
		case c == '#':
			it.Labels |= LabelHash
			it.Strong = true
			i = skipSpace(line, i+1)
			continue
		case (c == 'a' || c == 'A') && it.Labels == 0 && i+1 < len(line) && line[i+1] >= '0' && line[i+1] <= '9':
			it.Labels, it.Strong = LabelReply, true // "A3:"
			i++
			continue
		case len(lw[c]) > 0:
			if w, j := cutLabel(line, i, lw[c]); j > i {
				if w.kind == LabelQuestion && j+1 < len(line) && line[j] == '.' && line[j+1] >= '0' && line[j+1] <= '9' {
					j++ // "Q.5"
				}
				it.Labels |= w.kind
				it.Strong = it.Strong || len(w.w) == 1 // "Q3": a one-letter label needs no terminator
				i = j
				continue
			}
		}
		break
	}
	return it, i
}

// cutLabel reads a label word at line[i:], ignoring case, and the spaces
// after it. The word must end there: a space, a digit, "#" or "(" follow,
// or the word ends in "." or ":". j is i when there is none.
func cutLabel(line string, i int, words []labelWord) (labelWord, int) {
	s := line[i:]
	for _, w := range words {
		if len(s) < len(w.w) || !strings.EqualFold(s[:len(w.w)], w.w) {
			continue
		}
		if rest := s[len(w.w):]; rest != "" {
			c, last := rest[0], w.w[len(w.w)-1]
			dotNumber := c == '.' && len(rest) > 1 && rest[1] >= '0' && rest[1] <= '9' // "Q.5"
			if !(c == ' ' || c == '\t' || c == '#' || c == '(' || c >= '0' && c <= '9' || dotNumber || last == ':' || last == '.') {
				continue
			}
		}
		return w, skipSpace(line, i+len(w.w))
	}
	return labelWord{}, i
}

// ReadEnumerator reads the number at line[i:]: one or two digits, ASCII or
// full-width, perhaps a keycap ("1️⃣"), or a digit in a circle or
// parentheses or with a full stop, or a roman numeral, as one character
// ("①", "❶", "➀", "⑴", "⒈", "Ⅲ"). end is -1 when there is none;
// needsNone says that no terminator is needed (keycap, one character).
func ReadEnumerator(line string, i int) (n, end int, needsNone bool) {
	j := i
	for j < len(line) && j-i < 3*3 {
		r, size := utf8.DecodeRuneInString(line[j:])
		d := -1
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= '０' && r <= '９':
			d = int(r - '０')
		}
		if d < 0 {
			break
		}
		n, j = n*10+d, j+size
		if n >= 100 {
			return 0, -1, false
		}
	}
	if j > i {
		k := j
		if strings.HasPrefix(line[k:], "\uFE0F") {
			k += len("\uFE0F")
		}
		if strings.HasPrefix(line[k:], "\u20E3") {
			return n, k + len("\u20E3"), true
		}
		return n, j, false
	}
	r, size := utf8.DecodeRuneInString(line[i:])
	for _, b := range [...][2]rune{{'①', '⑳'}, {'❶', '❿'}, {'➀', '➉'}, {'➊', '➓'}, {'⓵', '⓾'}, {'⑴', '⒇'}, {'⒈', '⒛'}, {'Ⅰ', 'Ⅻ'}, {'ⅰ', 'ⅻ'}} {
		if r >= b[0] && r <= b[1] {
			return int(r-b[0]) + 1, i + size, true
		}
	}
	if r == '🔟' {
		return 10, i + size, true
	}
	return 0, -1, false
}

// terminators end an enumerator, longest first; the full-width ones need
// no space after them.
var terminators = [...]string{".-", ".)", "->", "=>", ".", ")", ":", "-", "/", "–", "—", "→", "：", "．", "）", "、"}

// terminatorAt returns the length of the terminator that opens s (0: none)
// and whether a space must follow it.
func terminatorAt(s string) (int, bool) {
	for _, t := range terminators {
		if strings.HasPrefix(s, t) {
			return len(t), t[0] < utf8.RuneSelf || t == "–" || t == "—" || t == "→"
		}
	}
	return 0, false
}

// readLettered reads a lettered item at line[i:]: "a)", "b.", "(c)",
// "ii.", "IV)". A letter is one of a–h; "i", "v" and "x" alone are roman.
func readLettered(line string, i int) Item {
	paren := line[i] == '('
	j := i
	if paren {
		j++
	}
	k := j
	for k < len(line) && k-j < 4 && (line[k]|0x20 >= 'a' && line[k]|0x20 <= 'z') {
		k++
	}
	if k == j || k == len(line) {
		return Item{}
	}
	n := romanValue(line[j:k])
	if c := line[j] | 0x20; k == j+1 && c >= 'a' && c <= 'h' {
		n = int(c-'a') + 1
	}
	upper := line[j] < 'a'
	if n == 0 || !(line[k] == ')' || line[k] == '.' && !paren && !upper) {
		return Item{} // "A." and "I." may open a name or a sentence
	}
	m := skipSpace(line, k+1)
	if m == k+1 || m == len(line) {
		return Item{}
	}
	return Item{Kind: ItemLettered, N: n, Sep: true, NumEnd: k, Start: m}
}

// romanValue is the value of a small roman number, i to viii in either
// case, read from the values of its letters (0: none).
func romanValue(s string) int {
	n, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		v := 0
		switch s[i] | 0x20 {
		case 'i':
			v = 1
		case 'v':
			v = 5
		case 'x':
			v = 10
		}
		switch {
		case v == 0:
			return 0
		case v < prev:
			n -= v
		default:
			n, prev = n+v, v
		}
	}
	if n > 8 {
		return 0
	}
	return n
}

// bulletLen returns the length of the run of bullet runes that opens s:
// symbols, punctuation and emoji ("-", "*", "•", "・", "→", "->", "🔹",
// "👉"), but not an opening bracket or quotation mark, "#", a quote's ">",
// nor "--" (a signature's delimiter). A space follows the run, except in
// Chinese, Japanese or Korean text ("・AWS認定資格"). 0 when s opens with
// none.
func bulletLen(s string) int {
	if s == "" || s[0] == '>' {
		return 0
	}
	i, runes := 0, 0
	for i < len(s) && runes < 8 {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !bulletRune(r) {
			break
		}
		i += size
		runes++
	}
	if i == 0 || i > 1 && strings.Trim(s[:i], "-") == "" {
		return 0 // "--", "---"
	}
	if i < len(s) && s[i] != ' ' && s[i] != '\t' {
		last, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[i:])
		if !cjk(last) && !cjk(next) {
			return 0 // "-foo", "**bold**"; "・AWS認定資格" needs no space
		}
	}
	return i
}

// bulletRune reports whether r can be part of a bullet.
func bulletRune(r rune) bool {
	if r < utf8.RuneSelf {
		return strings.ContainsRune("-*+=>", r) // not "~": "~ Jo" signs a reply
	}
	switch {
	case strings.ContainsRune("«‹„“‘「『（【〈《〔［｛…¿¡©®™°№", r):
		return false
	case r == 0xFE0F || r == 0x200D || r >= 0x1F3FB && r <= 0x1F3FF:
		return true // emoji variation selector, joiner, skin tone
	}
	return unicode.In(r, unicode.Pd, unicode.Po, unicode.Sm, unicode.So)
}

// checkboxLen is the length of a checkbox ("[ ]", "[x]", "[]") opening t, or 0.
func checkboxLen(t string) int {
	switch {
	case strings.HasPrefix(t, "[]"):
		return 2
	case len(t) >= 3 && t[0] == '[' && t[2] == ']' && (t[1] == ' ' || t[1] == 'x' || t[1] == 'X'):
		return 3
	}
	return 0
}

// cjk reports whether r is a Chinese, Japanese or Korean character or
// full-width punctuation, which no space separates from the next.
func cjk(r rune) bool {
	return r >= 0x3000 && r <= 0x30FF || r >= 0xFF00 && r <= 0xFFEF || unicode.In(r, unicode.Han, unicode.Hangul)
}

// symbolTable indexes the status symbols of the lexicon: first marks the
// bytes a symbol starts with, byRune holds the lengths of the symbols that
// start with each rune, longest first.
type symbolTable struct {
	first  [256]bool
	byRune map[rune][]int
}

// statusSymbolTable builds the symbol index on first use.
var statusSymbolTable = sync.OnceValue(func() *symbolTable {
	t := &symbolTable{byRune: map[rune][]int{}}
	for sym := range lexicon.StatusSymbols() {
		t.first[sym[0]] = true
		r, _ := utf8.DecodeRuneInString(sym)
		if !slices.Contains(t.byRune[r], len(sym)) {
			t.byRune[r] = append(t.byRune[r], len(sym))
		}
	}
	for _, ns := range t.byRune {
		slices.SortFunc(ns, func(a, b int) int { return b - a })
	}
	return t
})

// StatusSymbolLen returns the length of the status symbol of the lexicon
// ("✅", "❌", "[x]") that s opens with, or 0.
func StatusSymbolLen(s string) int {
	t := statusSymbolTable()
	if s == "" || !t.first[s[0]] {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s)
	for _, n := range t.byRune[r] { // longest symbol first
		if n <= len(s) {
			if _, ok := lexicon.StatusSymbols()[s[:n]]; ok {
				return n
			}
		}
	}
	return 0
}

// skipSpace returns the index of the first byte of t at or after i that is
// not a space or a tab.
func skipSpace(t string, i int) int {
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	return i
}
