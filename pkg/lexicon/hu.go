package lexicon

// hungarian holds the Hungarian words of quoted mail: the reader recognises
// the history a Hungarian mail client quotes, though it reads answers in
// the languages with status and date words only.
func hungarian() Language {
	return Language{
		Code:       "hu",
		Headers:    map[string]string{"feladó": "from", "küldve": "date", "címzett": "to", "tárgy": "subject"},
		Separators: []string{"eredeti üzenet"},
		Wrote:      []string{"írta"},
	}
}
