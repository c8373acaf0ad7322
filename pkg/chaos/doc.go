// Package chaos proves the lifecycle loses nothing and sends nothing twice under
// failure. It runs N whole lifecycles on the embedded adapters with the real
// handlers and a simulated clock, with decorators over every port (Store, Mailer,
// Scheduler, RawMail) failing a fraction of calls before the real call (nothing
// happened) and after it (it happened, the caller sees an error; a conditional
// store write then answers "condition failed" half the time, as DynamoDB's SDK
// does when it retries a write whose answer was lost).
//
// Every job and every reply is delivered twice, half the time concurrently. Each
// delivery is tried as Lambda's asynchronous invocation does (three tries, a
// minute and two more apart), then goes to a dead-letter queue that is redriven an
// hour later. HR creates each conversation through the API, retrying a failed
// call with the same Idempotency-Key; it moves every fourth meeting a day later
// two days before it, so the notices of the move (jobs like any other) are
// checked too. The employee answers every email that asks for a reply.
//
// The Report counts emails never sent (and those recorded as sent), emails sent
// twice (and those a lost provider acknowledgement explains: an after-fault on
// the Mailer, the one duplicate no protocol can avoid), answers, steps and
// progress not stored, conversations stuck short of completed, and duplicate
// conversations, with the root cause of each. `make chaos` runs 1,000 lifecycles.
package chaos
