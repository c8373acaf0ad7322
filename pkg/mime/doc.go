// Package mime decodes an inbound email into what careerconv needs
// (Message): the first stage of the reply reader (see pkg/mailparse).
//
// Parse decodes a raw RFC 5322 message with github.com/emersion/go-message:
// the header fields (RFC 2047 words decoded, line breaks removed so that
// names and subjects cannot inject headers), the MIME tree (alternative,
// mixed, related, nested; attachments kept within bounds, other non-text
// parts ignored), transfer encodings, any charset golang.org/x/text knows,
// and format=flowed. A text/plain body is preferred; an HTML body is used
// when the plain one is missing, empty or a stub ("This is an HTML
// message"), rendered by pkg/htmltext (HTMLToText). The body is
// normalised: LF line endings, no control or zero-width characters, NBSP
// as a space, no trailing spaces. Problems that leave the message usable
// are Warnings, not errors.
//
// An out-of-office notice is recognised by its headers (Auto-Submitted,
// X-Autoreply, Precedence), or, for clients that send none, by a subject or
// the first lines of a short body in a language of pkg/lexicon
// ("Automatic reply:", "Abwesenheitsnotiz", "Réponse automatique"); the
// short body is classified once by pkg/quote for it and kept in
// Message.Doc for the readers after.
//
// There are no regular expressions here. Parse runs in time linear in its
// input: the MIME walk is bounded in size, depth, number of parts and
// header fields.
package mime
