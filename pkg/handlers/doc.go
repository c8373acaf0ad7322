// Package handlers holds the three Lambda handlers: API (Function URL requests),
// Inbound (SES receipt events) and Dispatch (EventBridge Scheduler jobs). They
// turn events into assistant calls and assistant errors into the right answer for
// the event source: an HTTP status, a dropped message with its reason, or an
// error returned so Lambda retries.
//
// The local runner feeds the same event payloads through the same handlers with
// lambda.NewHandler(h).Invoke, so a local run exercises the production path.
package handlers
