package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// respellStatus reads a status written with a typo where a line names a
// step by its number and no status follows it at once: the first words after the
// number ("4 - not startd yet", "2: in Arbiet", "1 - finshed, …") are
// compared with the status phrases of the lexicon, and a phrase whose
// words all match, one of them (of at least minTypoLetters letters) with
// one letter missing, added, changed or two swapped, is written in their
// place. When the line has a status further on (later), the phrase must
// stand alone before a punctuation mark or the end ("4: blokiert, warte
// auf das Review" is blocked, its note what follows), not open the step's
// name ("1. Finish the course – done"). It returns c with the phrase spelt
// right and true, or c and false when no phrase is that close. Only a line
// whose status is not where a status stands is read again, so a line read
// at once pays nothing.
func respellStatus(c string, from int, later bool) (string, bool) {
	if st, e := nextWord(c, from); st < 0 || !typoShaped(c[st:e]) {
		return c, false
	}
	var spans [maxTypoPhraseWords][2]int
	n := 0
	for i := from; n < maxTypoPhraseWords; n++ {
		st, e := nextWord(c, i)
		if st < 0 {
			break
		}
		spans[n], i = [2]int{st, e}, e
	}
	if later && !punctuatedAfter(c, spans[:n]) {
		return c, false
	}
	var got [maxTypoPhraseWords]string
	for k := range n {
		got[k] = strings.ToLower(c[spans[k][0]:spans[k][1]])
	}
	tab := statusTables()
	var best []string // the words of the closest phrase: the longest, the first found of those
	consider := func(first string) {
		for _, p := range tab.index[first] {
			if len(p.words) > len(best) && len(p.words) <= n && typoMatch(got[:len(p.words)], p.words) {
				best = p.words
			}
		}
	}
	consider(got[0]) // "not startd": the typo in a later word
	if w := got[0]; len(w) >= minTypoLetters {
		for d := -2; d <= 2; d++ { // "finshed": the typo in the first word
			for _, f := range typoShapes()[typoShape{w[0], w[1], len(w) + d}] {
				if typoNear(w, f) {
					consider(f)
				}
			}
		}
	}
	if best == nil {
		return c, false
	}
	end := spans[len(best)-1][1]
	if rest := strings.TrimLeft(c[end:], " \t"); later && rest != "" && !strings.ContainsRune(noteTrim, []rune(rest)[0]) {
		return c, false
	}
	return c[:spans[0][0]] + strings.Join(best, " ") + c[end:], true
}

// typoShaped reports whether a status phrase may start with w, or with a
// word one edit away from it of its first two letters and its length give
// or take two bytes: a test of one bit (typoBits) that most words fail
// ("Three things:", "the launch"), then of the index.
func typoShaped(w string) bool {
	if len(w) < 2 || len(w) > 2*maxStatusWord {
		return false
	}
	c0, c1 := lowerASCII(w[0]), lowerASCII(w[1])
	b := shapeBit(c0, c1, len(w))
	if typoBits()[b/64]&(1<<(b%64)) == 0 {
		return false
	}
	var buf [2 * maxStatusWord]byte
	lower := appendLower(buf[:0], w)
	if _, ok := statusTables().index[string(lower)]; ok {
		return true // "not startd": the typo in a later word
	}
	if len(lower) < minTypoLetters {
		return false
	}
	shapes := typoShapes()
	for d := -2; d <= 2; d++ {
		if len(shapes[typoShape{lower[0], lower[1], len(lower) + d}]) > 0 {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases an ASCII letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// typoBits has the bit (shapeBit) of every first two letters and length,
// give or take two bytes, of a status phrase's first word set.
var typoBits = sync.OnceValue(func() *[1 << 14 / 64]uint64 {
	var bits [1 << 14 / 64]uint64
	for w := range statusTables().index {
		for d := -2; len(w) >= 2 && d <= 2; d++ {
			if n := len(w) + d; n >= 2 {
				b := shapeBit(w[0], w[1], n)
				bits[b/64] |= 1 << (b % 64)
			}
		}
	}
	return &bits
})

// punctuatedAfter reports whether a punctuation mark that may end a
// status (noteTrim) follows one of the words at spans, or the last ends c:
// "blokiert, warte auf …", not "Finish the talk – done".
func punctuatedAfter(c string, spans [][2]int) bool {
	for _, sp := range spans {
		rest := strings.TrimLeft(c[sp[1]:], " \t")
		if rest == "" {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(rest); r != ' ' && strings.ContainsRune(noteTrim, r) {
			return true
		}
	}
	return false
}

// typoShape is the first two bytes and the length in bytes of a word.
type typoShape struct {
	c0, c1 byte
	n      int
}

// typoShapes indexes the first words of the status phrases by their shape,
// built on first use.
var typoShapes = sync.OnceValue(func() map[typoShape][]string {
	m := map[typoShape][]string{}
	for w := range statusTables().index {
		if len(w) >= 2 {
			k := typoShape{w[0], w[1], len(w)}
			m[k] = append(m[k], w)
		}
	}
	for _, ws := range m {
		sort.Strings(ws)
	}
	return m
})

// typoMatch reports whether the words got spell the phrase's words want,
// with exactly one word one edit away (typoNear) that is no common word of
// the lexicon spelt right ("finish" is not "finis").
func typoMatch(got, want []string) bool {
	typos := 0
	for i, w := range want {
		g := got[i] // lower-case already
		if g == w {
			continue
		}
		if typos++; typos > 1 || stepNameSkip()[g] || !typoNear(g, w) {
			return false
		}
	}
	return typos == 1
}

// typoNear reports whether a and b, both of at least minTypoLetters
// letters, are one edit apart: a letter missing, added or changed, or two
// next to each other swapped.
func typoNear(a, b string) bool {
	if asciiWord(a) && asciiWord(b) {
		return oneEdit([]byte(a), []byte(b))
	}
	return oneEdit([]rune(a), []rune(b))
}

// oneEdit is typoNear on the letters of two words.
func oneEdit[L byte | rune](a, b []L) bool {
	if min(len(a), len(b)) < minTypoLetters {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch len(b) - len(a) {
	case 0:
		if i == len(a) {
			return false
		}
		if slices.Equal(a[i+1:], b[i+1:]) {
			return true // one letter changed
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && slices.Equal(a[i+2:], b[i+2:])
	case 1:
		return slices.Equal(a[i:], b[i+1:]) // one letter missing
	}
	return false
}

// Bounds of a status read with a typo: the shortest word that may hold one
// (shorter ones are other words one letter away: "done"/"dome"), and the
// longest phrase compared.
const (
	minTypoLetters     = 5
	maxTypoPhraseWords = 4
)
