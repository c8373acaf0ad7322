package assistant

import (
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Composer renders the emails of the lifecycle (implemented by mailcompose).
// replyTo is the signed reply address, or "" for none; now is the Date.
type Composer interface {
	// Prep renders the employee's preparation email; with a previous cycle it
	// reminds her of what she wanted and did last time.
	Prep(c *conversation.Conversation, cy conversation.Cycle, replyTo string, now time.Time) (conversation.Email, error)
	// Receipt shows the employee the answers a prep reply changed, asks about
	// what it said that was not placed (kept as notes), and says what became
	// of a CV it brought.
	Receipt(c *conversation.Conversation, changed []int, unplaced []conversation.Unplaced, cv CVNote, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error)
	Nudge(c *conversation.Conversation, replyTo string, now time.Time) (conversation.Email, error)
	// Preread renders the manager's brief; full adds each stage's whole guidance,
	// for a manager's first pre-read. With a previous cycle it shows last time's
	// goal, steps and outcomes and the record; the CV goes along attached.
	Preread(c *conversation.Conversation, cy conversation.Cycle, replyTo string, full bool, now time.Time) (conversation.Email, error)
	// PrereadUpdate tells the manager what the employee answered (changed) or
	// noted (notes) after the pre-read and before the meeting.
	PrereadUpdate(c *conversation.Conversation, changed []int, notes, replyTo string, now time.Time) (conversation.Email, error)
	WrapUp(c *conversation.Conversation, replyTo string, now time.Time) (conversation.Email, error)
	// Plan renders the agreed steps to both, asking about the steps of the
	// reply whose due date could not be read (unplaced).
	Plan(c *conversation.Conversation, checkIns []time.Time, unplaced []conversation.Unplaced, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error)
	CheckIn(c *conversation.Conversation, n int, replyTo string, now time.Time) (conversation.Email, error)
	// ProgressReceipt shows the employee what her check-in reply moved, and
	// asks about the lines that named no step (unplaced).
	ProgressReceipt(c *conversation.Conversation, n int, applied, rejected []conversation.ProgressUpdate, unplaced []conversation.Unplaced, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error)
	Review(c *conversation.Conversation, replyTo string, now time.Time) (conversation.Email, error)
	// Rescheduled tells participant to that the meeting moved from old; with the
	// plan agreed, checkIns are the check-in dates for the updated calendar.
	Rescheduled(c *conversation.Conversation, to conversation.Participant, old time.Time, checkIns []time.Time, replyTo string, now time.Time) (conversation.Email, error)
	// Cancelled tells participant to that the conversation is cancelled; with the
	// plan agreed, checkIns name the calendar events to cancel.
	Cancelled(c *conversation.Conversation, to conversation.Participant, checkIns []time.Time, replyTo string, now time.Time) (conversation.Email, error)
	// Noted answers a reply that needed none; notes, when not empty, are the
	// manager's notes for the meeting, shown back to him.
	Noted(c *conversation.Conversation, to conversation.Participant, notes, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error)
	// Unreadable answers a reply that could not be used, saying what was
	// expected: a prep, steps or check-in reply.
	Unreadable(c *conversation.Conversation, to conversation.Participant, expected conversation.Purpose, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error)
	// Invite renders the answer to a calendar invite: the organizer's
	// confirmation with an iMIP REPLY accepting it, or the reason it was refused.
	Invite(a InviteAnswer, now time.Time) (conversation.Email, error)
	// Moved renders the manager's note on a check-in reply that moved steps
	// (done, blocked); replyTo takes his answer for the employee.
	Moved(c *conversation.Conversation, n conversation.MovedNote, replyTo string, now time.Time) (conversation.Email, error)
	// Feedback renders the manager's answer to a note, for the employee (cc him).
	Feedback(c *conversation.Conversation, f conversation.Feedback, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error)
	// Adjusted renders the plan after an adjustment by reply, to both: the
	// changes, who made them, the steps and the updated calendar.
	Adjusted(c *conversation.Conversation, changes []conversation.Change, by conversation.Participant, checkIns []time.Time, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error)
	// Recorded renders the receipt for the wins and setbacks a reply recorded.
	Recorded(c *conversation.Conversation, entries []conversation.Entry, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error)
	// Booking answers a reply to the review (b, read from it by who: the next
	// conversation booked, next, or a date proposed, or asked again later, or
	// not understood), or, with b.Kind BookAsk, asks again for the next
	// conversation at b.At after a "not now".
	Booking(c *conversation.Conversation, b conversation.Booking, next *conversation.Conversation, who conversation.Participant, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error)
	// Help renders the short list of what can be replied to the email whose
	// reply (for purpose) asked for help.
	Help(c *conversation.Conversation, to conversation.Participant, purpose conversation.Purpose, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error)
	// Commanded tells participant to what the commands of one reply did
	// (made: applied, or refused with why): a pause with the check-in dates
	// (checkIns, with the updated calendar once the plan exists), a skipped
	// check-in, the answers the manager will and will not see, fewer emails,
	// another address. The other participant gets it with a pause only.
	Commanded(c *conversation.Conversation, to conversation.Participant, made []conversation.Choice, checkIns []time.Time, replyTo string, t conversation.Thread, now time.Time) (conversation.Email, error)
	// Stranger answers a reply from an address careerconv does not know
	// (from) that looks like one of expected: it names their known address
	// and how to confirm this one. It shows nothing of the conversation.
	Stranger(c *conversation.Conversation, from string, expected []conversation.Participant, t conversation.Thread, now time.Time) (conversation.Email, error)
}
