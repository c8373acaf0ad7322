package lexicon

// greek holds the Greek words of quoted mail: the reader recognises
// the history a Greek mail client quotes, though it reads answers in
// the languages with status and date words only.
func greek() Language {
	return Language{
		Code:  "el",
		Wrote: []string{"έγραψε"},
	}
}
