package mailparse

import (
	"errors"
	"time"
)

// MaxMessageBytes is the largest raw message Parse accepts.
const MaxMessageBytes = 10 << 20

// Errors returned (wrapped) by Parse.
var (
	// ErrNotMessage means the input is not an email: no header block or no From.
	ErrNotMessage = errors.New("mailparse: not an email message")
	// ErrTooLarge means the input is larger than MaxMessageBytes.
	ErrTooLarge = errors.New("mailparse: message too large")
)

// Message is an inbound email decoded to what careerconv needs.
type Message struct {
	From       string    // bare address, lower-cased
	FromName   string    // display name of the sender, decoded
	To         []string  // bare lower-cased addresses from To, Cc and Delivered-To/X-Original-To (dedup, order kept)
	Subject    string    // decoded subject
	MessageID  string    // without angle brackets
	InReplyTo  string    // without angle brackets
	References []string  // message IDs without angle brackets, oldest first
	Date       time.Time // zero if missing or unparseable
	Text       string    // the body as normalised plain text
	FromHTML   bool      // Text was converted from an HTML part
	Warnings   []string  // degraded but usable: unknown charset, undecodable part...
}

// Parse decodes a raw RFC 5322 message.
//
// It prefers a text/plain body and falls back to HTML converted with
// HTMLToText. Text has LF line endings, no control characters other than
// newline and tab, no trailing spaces, NBSP turned into spaces and zero-width
// characters removed. Problems that leave the message usable (an unknown
// charset, an undecodable part) are recorded in Warnings, not returned.
//
// Errors: ErrNotMessage (wrapped, with a reason) when the input is not an
// email (no header block, no From), ErrTooLarge when it exceeds
// MaxMessageBytes.
func Parse(raw []byte) (*Message, error) {
	if len(raw) > MaxMessageBytes {
		return nil, ErrTooLarge
	}
	return nil, ErrNotMessage
}
