package conversation

import "strconv"

// ReplyKind is what a reply answers, by the email it answers: the reply address
// of each email names it (pkg/token signs it), and the reader (pkg/mailparse)
// reads a reply by it.
type ReplyKind string

// The reply kinds.
const (
	// ReplyPrep answers the prep email: answers to the questions, notes.
	ReplyPrep ReplyKind = EmailPrep
	// ReplySteps answers the wrap-up: the agreed steps.
	ReplySteps ReplyKind = "steps"
	// ReplyCheckIn answers check-in N: progress on the steps.
	ReplyCheckIn ReplyKind = EmailCheckIn
	// ReplyNotes is the manager's reply to the pre-read: his notes for the
	// meeting.
	ReplyNotes ReplyKind = "notes"
	// ReplyInfo answers an email that asks nothing (the review, a notice): it
	// gets a short, helpful answer.
	ReplyInfo ReplyKind = "info"
	// ReplyMoved is the manager's reply to the note on the steps check-in N
	// moved.
	ReplyMoved ReplyKind = EmailMoved
	// ReplyReview answers the review (or a proposal that follows it), from
	// either participant: it books the next conversation or asks again later.
	ReplyReview ReplyKind = EmailReview
)

// Purpose says what a reply is for: its kind and, for ReplyCheckIn and
// ReplyMoved, the check-in.
type Purpose struct {
	Kind    ReplyKind
	CheckIn int // 1..9 when Kind is ReplyCheckIn or ReplyMoved
}

// String is "prep", "steps", "checkin<N>", "notes", "info", "moved<N>" or "review".
func (p Purpose) String() string {
	if p.Kind == ReplyCheckIn || p.Kind == ReplyMoved {
		return string(p.Kind) + strconv.Itoa(p.CheckIn)
	}
	return string(p.Kind)
}
