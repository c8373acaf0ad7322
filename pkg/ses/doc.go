// Package ses is the Amazon SES v2 implementation of conversation.Mailer: each
// conversation.Email goes out as one SendEmail call with Content.Raw, so the MIME the
// project builds (headers, threading, Reply-To, parts) is sent exactly as built.
// The envelope is Email.From (FromEmailAddress, which SES needs verified) and
// Email.To (Destination.ToAddresses: every recipient, To and Cc alike, as the
// message's own headers say who is To and who is Cc). A configuration set, when
// named, routes bounce and complaint events back to the assistant.
//
// # Errors
//
// What SES answers is mapped to the port's codes (pkg/awserr, on the SDK's own
// lists of throttling and retryable errors):
//
//	TooManyRequests, LimitExceeded, throttling,    EUNAVAILABLE  transient: Lambda retries, then the DLQ
//	InternalServiceError, any 5xx, network,
//	a cancelled context; MessageRejected saying
//	an identity is "not verified" (the sending
//	domain before verification, a recipient in
//	the SES sandbox: the set-up, not the address)
//	any other MessageRejected, BadRequest          EINVALID      this message or address is refused for good;
//	                                                             retrying the same email cannot succeed
//	MailFromDomainNotVerified, AccountSuspended,   EINTERNAL     the account or its configuration needs an
//	SendingPaused, NotFound (configuration set),                 operator: the job fails loudly and waits in
//	AccessDenied, anything else                                  the DLQ, to be redriven once fixed
//
// An Email the adapter can tell is unsendable (no sender, no or too many
// recipients, an empty or oversized message) is EINVALID without a call.
//
// # Pace
//
// Mailer.Pace keeps one instance within its share of the account's maximum send
// rate (recipients a second): the dispatch function, whose reserved concurrency
// bounds its instances, sends no faster than SES accepts, so jobs that fall due
// together wait in Lambda's queue instead of failing into the dead-letter queue.
package ses
