// Package schedulertest is the contract suite for conversation.Scheduler: every
// implementation (embedded, eventbridge) runs the same tests with Run.
//
// The contract the suite holds an implementation to, beyond the port's doc comments:
//
//   - A scheduled job is pending under its Name until it runs or is cancelled; its
//     ConversationID, Kind, Seq, Generation and TimeZone are kept, and its At is kept
//     to the second (the suite schedules whole seconds in the future, as EventBridge
//     Scheduler's at() expressions hold no more).
//   - Scheduling a job whose name is pending is not an error and leaves one.
//   - Cancel needs only the job's identity (its Name); At does not matter.
//   - A job that fails conversation.Job.Validate, or has a zero At, is EINVALID and
//     nothing of that call is scheduled.
package schedulertest
