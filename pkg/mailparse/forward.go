package mailparse

import (
	"strings"

	"github.com/careerconv/careerconv/pkg/quote"
)

// forwardedReply returns the text of a reply the sender forwarded or re-sent
// to careerconv ("resending in case it got lost"), when what they newly
// wrote is only a covering note: the lines below the forwarded message's
// header block (From: the sender themself, Date/Sent, To, Subject), with
// their own quoted history. Any other text comes back unchanged.
//
// A covering note is at most maxCoveringLines short lines, none numbered:
// a reply with answers, steps or updates of its own above the forward is
// read as it is.
func forwardedReply(text, from string) string {
	if from == "" || !strings.Contains(text, from) {
		return text
	}
	lines := strings.Split(quote.Normalize(text), "\n")
	kinds := quote.Classify(lines)
	start := -1
	for i, k := range kinds {
		if k == quote.Header {
			start = i
			break
		}
		if k == quote.Quote || k == quote.QuotedMarker {
			return text
		}
	}
	if start < 0 || !coveringNote(lines[:start], kinds[:start]) {
		return text
	}
	end, self := start, false
	for end < len(kinds) && (kinds[end] == quote.Header || kinds[end] == quote.Text && end+1 < len(kinds) && kinds[end+1] == quote.Header) {
		if quote.IsFromHeader(lines[end]) && strings.Contains(strings.ToLower(lines[end]), strings.ToLower(from)) {
			self = true
		}
		end++
	}
	if !self {
		return text
	}
	return strings.Join(lines[end:], "\n")
}

// maxCoveringLines bounds the text lines of a covering note.
const maxCoveringLines = 4

// coveringNote reports whether the lines above a forwarded message are only
// a covering note: a few text lines, none of them numbered, the rest
// blank lines, markers and delimiters.
func coveringNote(lines []string, kinds []byte) bool {
	n := 0
	for i, k := range kinds {
		if k != quote.Text {
			continue
		}
		if n++; n > maxCoveringLines || len(lines[i]) > 200 {
			return false
		}
	}
	return !quote.HasNumberedLine(lines, kinds)
}
