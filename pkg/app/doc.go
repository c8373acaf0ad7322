// Package app is configuration and wiring: the only place that picks
// implementations of the assistant's ports. NewLocal wires the embedded
// stand-ins (one bbolt file, an .eml outbox, a local inbox and scheduler loop);
// NewAWS wires DynamoDB, SES v2, EventBridge Scheduler and S3. Both hand out the
// same three handlers (API, Inbound, Dispatch).
package app
