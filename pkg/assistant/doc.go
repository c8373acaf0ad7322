// Package assistant holds careerconv's use cases: creating a conversation, the timed
// jobs (prep, nudge, pre-read, wrap-up, check-ins, review), reading replies, and the
// admin actions (reschedule, cancel, erase). It is written against small ports
// (Store, Mailer, Scheduler and a clock) and is the only place flows live.
//
// Every use case is idempotent under at-least-once delivery: a job run twice or a
// message received twice changes nothing and sends nothing the second time. The
// send ledger (Store.ClaimSend) makes each email go out at most once; inbound
// messages are recognised by the hash of their Message-ID kept in the history;
// jobs of a stale generation do nothing.
package assistant
