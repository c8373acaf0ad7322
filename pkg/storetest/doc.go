// Package storetest is the contract suite for conversation.Store: every implementation
// (embedded, dynamo) runs the same tests with Run.
//
// The contract the suite holds an implementation to, beyond the port's doc comments:
//
//   - Times come back as the same instant truncated to the millisecond, in UTC
//     (Location is time.UTC). Zero times stay zero. Implementations may store more
//     precision, but must return exactly this.
//   - Everything else in a conversation round-trips unchanged (nil and empty slices
//     are not told apart: the suite only stores non-empty slices or nil).
//   - Get returns a copy: changing it, or the value passed to Create or Update,
//     does not change what is stored.
//   - Emails in a ListQuery match case-insensitively: the store keys its listings by
//     the lower-cased address.
//   - List orders by meeting start, then by ID; a Cursor is opaque and resumes
//     after the last conversation of the previous page. A malformed Cursor,
//     a negative Limit, or a query naming neither or both of Employee and Manager
//     is EINVALID.
//   - Errors carry conversation codes: ECONFLICT, ENOTFOUND, EINVALID as the port says.
//   - List sees a write at once: the suite lists right after Create, Update and
//     Delete. (DynamoDB's GSIs are eventually consistent on AWS; the emulator is
//     not, so the suite passes there while AWS may lag by a moment.)
//
// Helpers Minimal, Full and Stored build conversations for other tests too.
package storetest
