// Package mailparse reads a reply to careerconv: the facade of the reply
// reader, and the JSON contract of `careerconv reply` (Reply).
//
// The reader is a pipeline of small packages that pass one typed document
// along, each doing one thing:
//
//  1. pkg/mime: Parse decodes a raw RFC 5322 message (github.com/emersion/
//     go-message): header fields, the MIME tree, transfer encodings,
//     charsets, format=flowed, attachments, and whether it is an automatic
//     reply. Its body is normalised plain text; an HTML-only body is
//     rendered by
//  2. pkg/htmltext: paragraphs, lists, tables as rows ("Action | Due
//     date") and every client's quote container as "> " quoting.
//  3. pkg/quote classifies every line of the body once (quote.Doc: text,
//     blank, quote, attribution, header block, forwarded marker,
//     delimiter, device line) and keeps what the sender newly wrote
//     (Doc.Trim); quote.ReadItem is the one grammar of a list item.
//  4. pkg/extract reads what the kind of reply says from the classified
//     document and what Trim kept: answers, steps or progress, commands,
//     and drops signatures, greetings and courtesy by their features.
//  5. pkg/lexicon holds every word of every language the stages match,
//     one file per language.
//
// Read and ReadMessage run them in that order. The body is classified
// once: Parse keeps the document it classified to look for an
// out-of-office notice (mime.Message.Doc), the forward check, Trim and the
// extractors read the same lines and kinds, and only a body rewritten (a
// forward read through, an original quoted without "> ") is classified
// again. An automatic reply is reported in Reply.Automatic and read no
// further; a reply that is only commands gives Reply.Commands; what an
// extractor could not place is listed in Reply.Unplaced for the receipt
// to ask about.
//
// Policy, checked against two public corpora (discourse/email_reply_trimmer
// and mailgun/talon, in shared/corpus): quoted history, signatures and
// device boilerplate go; valedictions such as "Thanks,\nAlex" stay in
// quote.Trim's output, as both corpora expect (the reply reader drops them).
//
// Everything runs in time linear in its input, whatever the input: the
// HTML tokenizer streams with a bounded element stack, the MIME walk is
// bounded in size, depth, number of parts and header fields, and the
// reader reads at most MaxReadBytes of a body (MaxLineBytes of a line).
package mailparse
