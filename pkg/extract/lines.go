package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// NewWords is Trim's output (trimmed) without the quoted lines Trim keeps around inline answers,
// with runs of blank lines collapsed.
func NewWords(trimmed string) string {
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
// nothing but punctuation and, at most, a short name (restName).
func phraseLine(line string, phrases map[string][]string) bool {
	rest, ok := phraseRest(line, phrases)
	return ok && restName(line, rest)
}

// restName reports whether rest, what follows a greeting or a sign-off on
// line, is nothing or the name of whom it greets or who signs: capitalised
// words (nameLike) or, on a line typed all in lower case, one word of
// letters, as such a writer types a name or an initial ("hey sam", "lg
// jonas", "mvh e").
func restName(line, rest string) bool {
	r := trimPhraseRest(rest)
	if nameLike(r) {
		return true
	}
	if strings.ContainsAny(r, " \t") || utf8.RuneCountInString(r) > maxLowerName || strings.ToLower(line) != line {
		return false
	}
	for _, c := range r {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// maxLowerName bounds a name typed in lower case after a greeting or a
// sign-off.
const maxLowerName = 12

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
		if !ok || restName(t, r) {
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
