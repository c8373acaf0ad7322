// Package mailparse turns inbound email into what careerconv needs.
//
// The pipeline has three stages:
//
//  1. Parse decodes a raw RFC 5322 message (MIME structure, transfer
//     encodings, charsets, RFC 2047 headers) into a Message whose Text is the
//     body as normalised plain text. A text/plain part is preferred; an HTML
//     part is converted with HTMLToText when there is no usable plain text.
//  2. HTMLToText renders HTML as plain text that keeps the structure a reply
//     depends on: paragraphs, numbered lists and, above all, quoting. Quoted
//     history (blockquotes and the quote containers of Gmail, Outlook, Yahoo
//     and Thunderbird) comes out prefixed with "> ", so the plain-text tools
//     downstream see it the same way whatever client sent the mail.
//  3. Trim keeps what the sender newly wrote: it drops quoted history
//     ("On … wrote:" in many languages, Outlook header blocks, "> " quoting),
//     signatures, sign-off boilerplate and legal disclaimers, while keeping
//     text written inline between quoted blocks.
//
// Answer, step and progress extraction build on the trimmed text.
//
// Everything here runs in linear time on hostile input: lines are scanned
// with string functions, regular expressions are compiled once, and the
// MIME walk is bounded in size, depth and number of parts.
package mailparse
