package extract

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// literalRE is a regular expression with a filter in front: the literals
// one of which every match contains (found in the expression's syntax, so
// no word is spelled twice). An ASCII text that holds none of them,
// case aside, cannot match, and the regexp is not run on it: most lines
// fail that way at a fraction of the cost of the backtracking matcher.
type literalRE struct {
	re    *regexp.Regexp
	needs [][]byte // lower-case; nil: no filter
	pairs []uint   // the pairHash of the first two bytes of each need
}

// pairBits is the size of the filter of byte pairs MatchString builds of a
// text, and pairHash a pair's place in it: a need whose first two bytes
// are not a pair of the text is not searched for.
const pairBits = 1024

func pairHash(a, b byte) uint { return (uint(a)*37 + uint(b)) % pairBits }

// bytePairs is the filter of the byte pairs of a text.
type bytePairs [pairBits / 64]uint64

// pairsOf is the filter of the byte pairs of s.
func pairsOf(s string) bytePairs {
	var p bytePairs
	for i := 1; i < len(s); i++ {
		p.add(s[i-1], s[i])
	}
	return p
}

// containsAnyPhrase is lexicon.ContainsAny behind the filter of lower's
// byte pairs: a phrase is searched for only when its first two bytes are a
// pair of lower.
func containsAnyPhrase(lower string, phrases []string) bool {
	pairs := pairsOf(lower)
	for _, p := range phrases {
		if pairs.mayHold(p) && strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// add sets the pair of bytes a, b.
func (p *bytePairs) add(a, b byte) {
	h := pairHash(a, b)
	p[h/64] |= 1 << (h % 64)
}

// mayHold reports whether the text may hold w: false only when w's first
// two bytes are no pair of the text.
func (p *bytePairs) mayHold(w string) bool {
	if len(w) < 2 {
		return true
	}
	h := pairHash(w[0], w[1])
	return p[h/64]&(1<<(h%64)) != 0
}

// newLiteralRE compiles expr and finds its literals.
func newLiteralRE(expr string) *literalRE {
	l := &literalRE{re: regexp.MustCompile(expr)}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return l
	}
	lits, ok := requiredLiterals(tree.Simplify())
	if !ok {
		return l
	}
	for _, s := range lits {
		if len(s) < 3 || strings.ContainsRune(s, 0x17f) || strings.ContainsRune(s, 0x212a) { // long s and Kelvin fold with ASCII letters
			return l
		}
		n := []byte(strings.ToLower(s))
		l.needs = append(l.needs, n)
		l.pairs = append(l.pairs, pairHash(n[0], n[1]))
	}
	return l
}

// MatchString is regexp.MatchString.
func (l *literalRE) MatchString(t string) bool {
	if l.needs != nil && len(t) <= 512 && isASCII(t) {
		var buf [512]byte
		var pairs bytePairs
		lower := buf[:len(t)]
		for i := 0; i < len(t); i++ {
			c := t[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower[i] = c
			if i > 0 {
				pairs.add(lower[i-1], c)
			}
		}
		found := false
		for k, n := range l.needs {
			if h := l.pairs[k]; pairs[h/64]&(1<<(h%64)) != 0 && bytes.Contains(lower, n) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return l.re.MatchString(t)
}

// isASCII reports whether s is ASCII only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// requiredLiterals returns literals one of which every match of re holds;
// ok is false when it cannot tell. Of the parts of a concatenation, the one
// whose shortest literal is longest is kept.
func requiredLiterals(re *syntax.Regexp) (lits []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{string(re.Rune)}, true
	case syntax.OpCapture:
		return requiredLiterals(re.Sub[0])
	case syntax.OpPlus:
		return requiredLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiterals(re.Sub[0])
		}
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			l, ok := requiredLiterals(sub)
			if !ok {
				return nil, false
			}
			lits = append(lits, l...)
		}
		return lits, true
	case syntax.OpConcat:
		best := -1
		for _, sub := range re.Sub {
			l, ok := requiredLiterals(sub)
			if !ok {
				continue
			}
			if m := shortest(l); m > best {
				best, lits = m, l
			}
		}
		return lits, best >= 0
	}
	return nil, false
}

// shortest is the length of the shortest of lits.
func shortest(lits []string) int {
	m := -1
	for _, l := range lits {
		if m < 0 || len(l) < m {
			m = len(l)
		}
	}
	return m
}
