package lexicon

// indonesian holds the Indonesian words of quoted mail: the reader recognises
// the history a Indonesian mail client quotes, though it reads answers in
// the languages with status and date words only.
func indonesian() Language {
	return Language{
		Code:              "id",
		AttributionStarts: []string{"pada "},
	}
}
