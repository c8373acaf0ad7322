// Package handlers holds the Lambda handlers: API (Function URL requests),
// Inbound (SES receipt events), Dispatch (EventBridge Scheduler jobs) and
// Feedback (SES bounce and complaint events from EventBridge). They
// turn events into assistant calls and assistant errors into the right answer for
// the event source: an HTTP status, a dropped message with its reason, or an
// error returned so Lambda retries.
//
// The local runner feeds the same event payloads through the same handlers with
// lambda.NewHandler(h).Invoke, so a local run exercises the production path.
//
// Inbound and Dispatch name the invocation (Lambda's request ID, the same for the
// retries of one asynchronous invocation) as the owner of the email claims they
// take (assistant.WithOwner).
package handlers
