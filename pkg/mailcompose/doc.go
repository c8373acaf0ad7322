// Package mailcompose renders careerconv's outbound email: the preparation email,
// receipts, the nudge, the manager's pre-read, the wrap-up, the agreed plan (with an
// iCalendar attachment), check-ins, progress receipts, the review and the polite
// "we could not read your reply" answer; and the answer to a calendar invite, which
// carries an iMIP REPLY (text/calendar; method=REPLY) accepting or declining it.
//
// Every email is real RFC 5322 MIME built with github.com/emersion/go-message: a
// multipart/alternative of text/plain and text/html (UTF-8, quoted-printable), and for
// the plan a multipart/mixed that adds a text/calendar part written with
// github.com/emersion/go-ical. Text comes from embedded templates (text/template for
// the plain part, html/template for the HTML part, so every user-supplied value is
// escaped), with times shown in the recipient's own zone.
//
// Rendering is deterministic: the same conversation, arguments and time give the same
// bytes, including Message-ID and MIME boundaries, so a retried send is the same
// message and mail clients thread it. Message-IDs have the form
// cc.<conversation>.<email>@<MessageDomain>; employee emails are threaded under the
// prep email and manager-only emails under the pre-read.
package mailcompose
