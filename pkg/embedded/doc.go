// Package embedded implements the assistant's Store and Scheduler ports on one
// local bbolt file, for running careerconv on a laptop: Open the file, then use
// DB.Store and DB.Scheduler. The local runner drives the scheduler with Due and
// Done (and NextDue to know how long to sleep).
//
// Layout of the file, one bucket each:
//
//	meta           "schema" → the layout version
//	conversations  ID → the conversation as JSON
//	employees      len(email) email start id → ""   listing by employee, in meeting order
//	managers       len(email) email start id → ""   listing by manager, in meeting order
//	statuses       len(status) status start id → "" listing by status, in meeting order
//	messages       Message-ID key → the link as JSON  a sent email by its Message-ID (FindMessage)
//	convmessages   len(id) id key → ""               a conversation's links, for Delete
//	ledger         len(id) id email → claim time     the send ledger
//	jobs           at name → its time zone            pending jobs, in due order (the name holds the rest)
//	jobnames       name → at                          a job by its name
//
// Emails in index keys are lower-cased; start is the meeting start in Unix
// milliseconds and at is the due time to the nanosecond, both encoded so that
// byte order is time order. Length prefixes keep one email's (or one
// conversation's) keys from running into another's.
//
// Times come back truncated to the millisecond, in UTC, as the store contract of
// package storetest says. Every method is safe for concurrent use; a second
// process opening the same file gets an EUNAVAILABLE error after a short wait.
package embedded
