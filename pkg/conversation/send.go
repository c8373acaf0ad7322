package conversation

import (
	"slices"
	"time"
)

// The names of the emails careerconv sends, as the send ledger (Send.Email),
// Message-IDs and the X-Careerconv-Email header spell them. The email of a
// job is named by its kind (the JobKind constants are these names); the
// check-ins add their number ("checkin2"), the notices the participant;
// receipts, plans, progress receipts and unreadable answers add a short hash
// of the message they answer ("receipt-…").
const (
	EmailPrep        = "prep"        // the preparation email, to the employee
	EmailNudge       = "nudge"       // the reminder if nothing was answered
	EmailPreread     = "preread"     // the pre-read, to the manager
	EmailWrapUp      = "wrapup"      // after the meeting: reply with the agreed steps
	EmailCheckIn     = "checkin"     // a check-in on the steps
	EmailReview      = "review"      // the closing review, to both
	EmailRebook      = "rebook"      // a reminder to book the next conversation
	EmailRescheduled = "rescheduled" // the meeting moved, to each participant
	EmailCancelled   = "cancelled"   // the conversation was cancelled, to each participant
	EmailReceipt     = "receipt"     // the receipt for answers
	EmailPlan        = "plan"        // the plan, from the agreed steps
	EmailProgress    = "progress"    // the receipt for a check-in reply
	EmailUnreadable  = "unreadable"  // a reply that could not be read
	EmailUpdate      = "update"      // late answers after the pre-read, to the manager
	EmailNoted       = "noted"       // the answer to a reply that needed none
	EmailCommanded   = "commanded"   // what a reply's commands did, to its sender (a pause also to the other)
	EmailStranger    = "stranger"    // to an address careerconv does not know: the one it expects
	EmailBooking     = "booking"     // the answer to a reply to the review, and the ask again after "not now"
	EmailInvite      = "invite"      // the answer to a calendar invite
	EmailMoved       = "moved"       // to the manager: steps done and blocked in a check-in reply
	EmailFeedback    = "feedback"    // the manager's reply to that note, to the employee (cc him)
	EmailAdjusted    = "adjusted"    // the plan after an adjustment by reply, to both
	EmailRecorded    = "recorded"    // the receipt for a win or setback, to the employee
	EmailHelp        = "help"        // what can be replied, to whoever asked
)

// SendState is where one email of the send ledger stands.
type SendState string

// The states of a ledger entry: claimed → sent.
const (
	// SendClaimed: an owner is sending it (or was, and failed or vanished).
	SendClaimed SendState = "claimed"
	// SendSent: the provider accepted it.
	SendSent SendState = "sent"
)

// Send is one entry of the send ledger: an email of the conversation being or
// having been sent. The ledger lives in the conversation, so that a claim and the
// state transition its email announces are one conditional write.
type Send struct {
	// Email names the email: "prep", "checkin2", "receipt-<hash>"…
	Email string    `json:"email"`
	State SendState `json:"state"`
	// Owner is who claimed it (one delivery of a job or reply: its retries share it).
	Owner string `json:"owner,omitempty"`
	// Until is when a claim's lease ends: then anyone may take it over.
	Until time.Time `json:"until,omitzero"`
	// At is when it was claimed, then when it was sent.
	At time.Time `json:"at"`
	// ProviderID is the mail provider's ID of the accepted message.
	ProviderID string `json:"providerId,omitempty"`
	// MessageID is the Message-ID header the email carried, without angle
	// brackets, kept only when the provider gave no ID of its own.
	MessageID string `json:"messageId,omitempty"`
}

// ClaimResult says what a claim attempt found.
type ClaimResult int

// The outcomes of Conversation.Claimable.
const (
	// ClaimFree: nobody claimed it; it may be claimed.
	ClaimFree ClaimResult = iota
	// ClaimRetake: claimed but not sent, by this owner or with its lease over: it
	// may be taken again (a send that failed, or whose outcome is unknown).
	ClaimRetake
	// ClaimBusy: another owner holds it within its lease: do not send now.
	ClaimBusy
	// ClaimSent: it was sent; never send it again.
	ClaimSent
)

// MaxSends bounds the ledger; the oldest sent answers to replies go first (their
// replies' Message-IDs are remembered in the history).
const MaxSends = 120

// Claimable reports whether owner may claim email at now.
func (c *Conversation) Claimable(email, owner string, now time.Time) ClaimResult {
	i := slices.IndexFunc(c.Sends, func(s Send) bool { return s.Email == email })
	switch {
	case i < 0:
		if c.recordedSent(email) {
			return ClaimSent
		}
		return ClaimFree
	case c.Sends[i].State == SendSent:
		return ClaimSent
	case c.Sends[i].Owner == owner || !now.Before(c.Sends[i].Until):
		return ClaimRetake
	}
	return ClaimBusy
}

// Claim records that owner is sending email until until (the lease). Call it
// after Claimable said ClaimFree or ClaimRetake, in the same write as the state
// transition the email announces.
func (c *Conversation) Claim(email, owner string, now, until time.Time) {
	s := Send{Email: email, State: SendClaimed, Owner: owner, Until: until, At: now}
	if i := slices.IndexFunc(c.Sends, func(s Send) bool { return s.Email == email }); i >= 0 {
		c.Sends[i] = s
		return
	}
	c.Sends = append(c.Sends, s)
	c.trimSends()
}

// Release drops a claim whose email will never be sent (its address was refused).
func (c *Conversation) Release(email string) {
	c.Sends = slices.DeleteFunc(c.Sends, func(s Send) bool { return s.Email == email && s.State == SendClaimed })
}

// MarkSent records that the provider accepted email. It reports false if it was
// recorded before (nothing changes then).
func (c *Conversation) MarkSent(email, providerID, messageID string, at time.Time) bool {
	i := slices.IndexFunc(c.Sends, func(s Send) bool { return s.Email == email })
	if i >= 0 && c.Sends[i].State == SendSent {
		return false
	}
	// A sent entry keeps no owner or lease: nobody may claim it again, so
	// they would only make every later write of the conversation larger. For
	// the same reason it keeps careerconv's Message-ID only when the provider
	// gave none: the provider's is the one the recipients saw, and careerconv's
	// is derived from the conversation and the email's name anyway.
	if providerID != "" {
		messageID = ""
	}
	s := Send{Email: email, State: SendSent, At: at, ProviderID: providerID, MessageID: messageID}
	if i >= 0 {
		c.Sends[i] = s
	} else {
		c.Sends = append(c.Sends, s)
		c.trimSends()
	}
	return true
}

// SendOf returns the ledger entry of email.
func (c *Conversation) SendOf(email string) (Send, bool) {
	i := slices.IndexFunc(c.Sends, func(s Send) bool { return s.Email == email })
	if i < 0 {
		return Send{}, false
	}
	return c.Sends[i], true
}

// trimSends drops the oldest sent entries beyond MaxSends, keeping claims.
func (c *Conversation) trimSends() {
	for n := len(c.Sends) - MaxSends; n > 0; n-- {
		i := slices.IndexFunc(c.Sends, func(s Send) bool { return s.State == SendSent })
		if i < 0 {
			return
		}
		c.Sends = slices.Delete(c.Sends, i, i+1)
	}
}
