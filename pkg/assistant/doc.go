// Package assistant holds careerconv's use cases: creating a conversation, the timed
// jobs (prep, nudge, pre-read, wrap-up, check-ins, review), reading replies, and the
// admin actions (reschedule, cancel, erase; the notices of a reschedule or a
// cancellation are jobs due at once, so the function that makes the change
// needs no mail and a failed notice is retried). A conversation can also start from a
// calendar invite sent to the invite address (invite.go), which then moves and
// cancels it as the meeting is moved and cancelled. After the plan, the journey
// (journey.go, adjust.go) tells the manager which steps a check-in reply moved and
// passes his answer on, adjusts the plan by reply from either participant, and keeps
// the employee's record of wins and setbacks. It is written against small ports
// (conversation.Store, Mailer, Scheduler, RawMail; its own Composer; a clock) and
// is the only place flows live.
//
// Every use case is idempotent under at-least-once delivery: a job run twice or a
// message received twice changes nothing and sends nothing the second time. The
// send ledger (conversation.Send, stored with the conversation) makes each email
// go out once: a delivery claims it with an owner and a lease, in the same
// conditional write as the state transition the email announces; "sent" (with the
// provider's message ID) is recorded only once the provider accepted it; a failed
// or ambiguous send keeps the claim, which the same delivery's retry may take
// again at once and any other delivery after the lease. The emails a reply
// calls for (its receipt, the manager's note…) are claimed in the write that
// stores the reply (claimAll), so a reply costs that write and one per email sent. Inbound messages are
// recognised by the hash of their Message-ID kept in the history once verified
// and applied; jobs of a stale generation do nothing. The update that records
// an email sent also links its Message-IDs (careerconv's and the provider's) to
// its reply address (Store.FindMessage), so a reply that lost that address is
// found by its In-Reply-To or References. package chaos proves it
// under injected faults.
package assistant
