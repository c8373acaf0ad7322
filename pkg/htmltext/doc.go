// Package htmltext renders the HTML body of an email as the plain text a
// reply reader needs: paragraphs and line breaks, numbered and bulleted
// lists, tables as rows ("Action | Due date"), links with their address, and
// quoted history as "> " quoting, whatever the client's quote container.
//
// The output is not cleaned of control or zero-width characters: the
// caller normalises it with the rest of the message (mime.HTMLToText).
// There are no regular expressions here: golang.org/x/net/html tokenizes
// the input as a stream, with a bounded element stack, so rendering is
// linear in the input whatever its nesting. The renderer reads each tag
// name once, into a small per-document cache of what its element does, and
// keeps the attribute values the tokenizer copied instead of copying them
// again. Nothing is built at package initialisation.
package htmltext
