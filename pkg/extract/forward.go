package extract

import (
	"slices"
	"strings"

	"github.com/careerconv/careerconv/pkg/quote"
)

// Forwarded returns the document of a reply the sender forwarded or re-sent
// to careerconv ("resending in case it got lost"), when what they newly
// wrote is only a covering note: the lines below the forwarded message's
// header block (From: the sender themself, Date/Sent, To, Subject), with
// their own quoted history. Any other document comes back unchanged.
//
// The forwarded message is the sender's when its From holds the sender's
// address (from) or, written at another address of theirs (a personal
// one), the sender's own name (name, the display name of the reply's
// From: "Ruth Adeyemi", "Adeyemi, Ruth"): a third party's message is
// never read as the sender's.
//
// A covering note is at most maxCoveringLines short lines, none numbered:
// a reply with answers, steps or updates of its own above the forward is
// read as it is.
func Forwarded(d *quote.Doc, from, name string) *quote.Doc {
	if from == "" || !strings.Contains(d.Text, from) && (name == "" || !strings.Contains(d.Text, name)) {
		return d
	}
	lines, kinds := d.Lines, d.Kinds
	start := -1
	for i, k := range kinds {
		if k == quote.Header {
			start = i
			break
		}
		if k == quote.Quote || k == quote.QuotedMarker {
			return d
		}
	}
	if start < 0 || !coveringNote(lines[:start], kinds[:start]) {
		return d
	}
	end, self := start, false
	for end < len(kinds) && (kinds[end] == quote.Header || kinds[end] == quote.Text && end+1 < len(kinds) && kinds[end+1] == quote.Header) {
		if quote.IsFromHeader(lines[end]) && (strings.Contains(strings.ToLower(lines[end]), strings.ToLower(from)) || sameName(lines[end], name)) {
			self = true
		}
		end++
	}
	if !self {
		return d
	}
	return quote.NewDoc(strings.Join(lines[end:], "\n"))
}

// maxCoveringLines bounds the text lines of a covering note.
const maxCoveringLines = 4

// coveringNote reports whether the lines above a forwarded message are only
// a covering note: a few text lines, none of them numbered, the rest
// blank lines, markers, delimiters and the sender's signature (a name,
// contact details), which does not count.
func coveringNote(lines []string, kinds []byte) bool {
	n := 0
	for i, k := range kinds {
		if k != quote.Text {
			continue
		}
		if t := strings.TrimSpace(lines[i]); nameLike(t) || contactLine(t) {
			continue
		}
		if n++; n > maxCoveringLines || len(lines[i]) > 200 {
			return false
		}
	}
	return !quote.HasNumberedLine(lines, kinds)
}

// sameName reports whether the From header line names the person name
// (a display name of two words or more): the same words in any order and
// case, commas and quotes aside ("From: Ruth Adeyemi <ruth@home.example>",
// "Von: Adeyemi, Ruth").
func sameName(header, name string) bool {
	want := nameWords(name)
	if len(want) < 2 {
		return false
	}
	_, value, _ := strings.Cut(header, ":")
	if lt := strings.IndexByte(value, '<'); lt >= 0 {
		value = value[:lt]
	}
	got := nameWords(value)
	slices.Sort(want)
	slices.Sort(got)
	return slices.Equal(want, got)
}

// nameWords are the words of a display name, lower-case, without quotes
// and commas.
func nameWords(s string) []string {
	return strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", "\"", " ", "'", " ", "*", " ").Replace(s)))
}
