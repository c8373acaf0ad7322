// Package mailcompose renders careerconv's outbound email: the preparation email,
// receipts, the nudge, the manager's pre-read and its late-answer update, the
// wrap-up, the agreed plan (with iCalendar attachments), check-ins, progress
// receipts, the review, the notices of a reschedule or cancellation, the short
// answers to replies that could not be used or needed none; and the answer to a
// calendar invite, which carries an iMIP REPLY (text/calendar; method=REPLY)
// accepting or declining it.
//
// Every email reads as a person would write it: first names, near dates without the
// year ("Tue 12 Jan at 14:00"), a sender naming the person it speaks for ("Sam
// Patel via careerconv", the address staying the product's), and first the one
// thing the recipient is asked to do and by when ("Reply by Mon 11 Jan – Sam reads
// your answers the day before…"), or a one-line summary when nothing is asked. The
// first email each person receives introduces the organisation, its HR contact and
// how answers are handled (Organisation); every footer repeats them. The pre-read
// is a brief: what the employee wants from the meeting in her words, a summary,
// three questions drawn from her answers, then her answers by stage with a one-line
// tip each.
//
// Every email is real RFC 5322 MIME built with github.com/emersion/go-message: a
// multipart/alternative of text/plain and text/html (UTF-8, quoted-printable), and for
// the plan and notices a multipart/mixed that adds text/calendar parts written with
// github.com/emersion/go-ical and folded at 75 octets (RFC 5545): one file per
// person, worded for that person; a cancellation sends METHOD:CANCEL with the same
// UIDs and a higher SEQUENCE. The text is plain Go code, one function per kind and
// part (email_*.go) inside a shared layout (layout.go): the HTML is written as
// markup, a type that only constants and esc, num and href produce, so every
// user-supplied value is escaped (links only http, https and mailto). There is no
// text/template or html/template: their reflective method calls would stop the
// linker from removing unused code from the Lambda binaries. Times are shown in
// the recipient's own zone. The HTML is a 600 px table layout (a ghost table for
// Outlook), declares `color-scheme: light dark` with dark colours of its own, and
// takes its lang from the organisation's locale. Every email carries
// Auto-Submitted: auto-generated, so out-of-office responders stay quiet.
//
// Rendering is deterministic: the same conversation, arguments and time give the same
// bytes, including Message-ID and MIME boundaries, so a retried send is the same
// message and mail clients thread it. Message-IDs have the form
// cc.<conversation>.<email>@<MessageDomain>. There are three threads, each with one
// subject: the employee's before the meeting (under the prep), the manager's (under
// the pre-read) and the steps after the meeting (under the wrap-up).
package mailcompose
