// Package mailparse turns inbound email into what careerconv needs.
//
// The pipeline has three stages, then the extraction of answers, steps and
// progress built on them:
//
//  1. Parse decodes a raw RFC 5322 message with github.com/emersion/go-message:
//     the header fields (RFC 2047 words decoded, line breaks removed so that
//     names and subjects cannot inject headers), the MIME tree (alternative,
//     mixed, related, nested; attachments and non-text parts ignored),
//     transfer encodings, any charset golang.org/x/text knows, and
//     format=flowed. A text/plain body is preferred; an HTML body is used
//     when the plain one is missing, empty or a stub ("This is an HTML
//     message"). The body is normalised: LF line endings, no control or
//     zero-width characters, NBSP as a space, no trailing spaces. Problems
//     that leave the message usable are Warnings, not errors.
//  2. HTMLToText renders HTML as plain text that keeps what a reply depends
//     on: paragraphs, numbered lists, and quoting. Blockquotes and the quote
//     containers of Outlook, Yahoo, Hotmail and Zimbra come out prefixed with
//     "> ", so the plain-text stage sees every client the same way.
//  3. Trim keeps what the sender newly wrote. It classifies each line (text,
//     blank, quote, attribution such as "On … wrote:" in many languages, mail
//     header block, delimiter, mobile signature) and cuts the history with
//     rules over that classification: signatures after "-- ", "Sent from my
//     iPhone" lines, legal notices, everything after an attribution, an
//     "Original Message" separator or an Outlook header block (unless the
//     "> " quoted original below it has text written between its lines),
//     and quoted lines at the end. Quoted lines followed by new text are kept, so that
//     an answer written under a quoted question still has its question.
//
// Policy, checked against two public corpora (discourse/email_reply_trimmer
// and mailgun/talon, in shared/corpus): quoted history, signatures and
// device boilerplate go; valedictions such as "Thanks,\nAlex" stay, as both
// corpora expect.
//
// Everything here runs in time linear in its input, whatever the input:
// lines are scanned with string functions (no regular expressions), the
// HTML tokenizer streams with a bounded element stack, and the MIME walk is
// bounded in size, depth, number of parts and header fields.
package mailparse
