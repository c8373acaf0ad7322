package mailparse

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/extract"
	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/quote"
)

// ErrUnknownKind is returned (wrapped) by Read for a conversation.ReplyKind it
// does not know.
var ErrUnknownKind = errors.New("mailparse: unknown reply kind")

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
	Steps []extract.Step `json:"steps,omitempty"`
	// Progress is the progress per step (check-in replies); a note is what
	// the sender wrote after the status.
	Progress []conversation.ProgressUpdate `json:"progress,omitempty"`
	// Commands are the commands of a reply that is only commands ("stop",
	// "pause until 10 March", "private 4"; see ReadCommands), of any kind.
	Commands []extract.Command `json:"commands,omitempty"`
	// Automatic says why the reply is an automatic one (an out-of-office
	// notice, by its headers, subject or wording), or is empty. An automatic
	// reply carries no answers, notes, steps or progress.
	Automatic string `json:"automatic,omitempty"`
	// Unplaced lists what the reader could not place, for the receipt to
	// ask about: paragraphs tied to no question (prep), steps without a due
	// date (wrap-up), lines that read like updates but named no step of
	// the check-in.
	Unplaced []conversation.Unplaced `json:"unplaced,omitempty"`
}

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
	msg, err := mime.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("read %s reply: %w", kind, err)
	}
	return ReadMessage(msg, kind, ReadOptions{Questions: questions, Now: now})
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
func ReadMessage(msg *mime.Message, kind conversation.ReplyKind, o ReadOptions) (*Reply, error) {
	if err := checkKind(kind); err != nil {
		return nil, err
	}
	text := readable(msg.Text)
	doc := msg.Doc
	if doc == nil || doc.Text != text {
		doc = quote.NewDoc(text) // else Parse classified this very text
	}
	d := extract.Forwarded(doc, msg.From, msg.FromName) // classified once
	trimmed := d.Trim()                                 // once per reply: every extractor reads its lines
	r := &Reply{From: msg.From, Text: extract.NewWords(trimmed), Automatic: msg.Automatic}
	if r.Automatic != "" {
		return r, nil // an out-of-office notice answers nothing
	}
	ref := msg.Date
	if ref.IsZero() {
		ref = o.Now
	}
	if cmds, ok := extract.ReadCommands(r.Text, ref); ok {
		r.Commands = cmds
		return r, nil // a command reply answers nothing else
	}
	switch kind {
	case conversation.ReplyPrep:
		answers, notes := extract.Answers(d, trimmed, o.Questions)
		if len(answers) > 0 {
			r.Answers = answers
		}
		r.Notes = notes
		for p := range strings.SplitSeq(notes, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				r.Unplaced = append(r.Unplaced, conversation.Unplaced{Kind: conversation.UnplacedParagraph, Text: p})
			}
		}
	case conversation.ReplySteps:
		r.Steps = extract.Steps(d, trimmed, ref, !msg.FromHTML)
		for _, s := range r.Steps {
			if s.Due == nil {
				r.Unplaced = append(r.Unplaced, conversation.Unplaced{Kind: conversation.UnplacedNoDue, Text: s.Text})
			}
		}
	case conversation.ReplyCheckIn:
		var updates []string
		r.Progress, updates = extract.Progress(d, trimmed, o.Steps, o.StepTexts)
		if len(r.Progress) == 0 {
			if unq := extract.UnprefixedSteps(d); unq != d.Text {
				ud := quote.NewDoc(unq) // typed under Outlook's unquoted steps
				r.Progress, updates = extract.Progress(ud, ud.Trim(), o.Steps, o.StepTexts)
			}
		}
		for _, u := range updates {
			r.Unplaced = append(r.Unplaced, conversation.Unplaced{Kind: conversation.UnplacedNoStep, Text: u})
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
