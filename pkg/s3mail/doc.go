// Package s3mail fetches raw inbound email that an SES receipt rule's S3 action
// stored: the object Prefix+<SES message ID> in Bucket. It implements
// conversation.RawMail.
//
// A message is read whole into memory, never more than MaxBytes of it: an object
// whose ContentLength is over the limit is refused before its body is read, and
// the body is read through a limit in case the length was not given.
//
// # Errors
//
//	no such object (NoSuchKey, 404)            ENOTFOUND
//	over MaxBytes; a malformed key             EINVALID  "Message too large…"
//	SlowDown, 5xx, network, cancelled context,  EUNAVAILABLE
//	a body cut short
//	AccessDenied, NoSuchBucket, anything else  EINTERNAL
//
// S3 answers 403 AccessDenied, not 404, for a missing object when the caller may
// not s3:ListBucket; the inbound function's policy should allow ListBucket on the
// bucket (restricted to the prefix) so a missing message reads as ENOTFOUND.
package s3mail
