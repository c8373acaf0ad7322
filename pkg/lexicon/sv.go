package lexicon

// swedish holds the Swedish words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Swedish mail client quotes, though it reads answers in
// the languages with status and date words only.
func swedish() Language {
	return Language{
		Code:              "sv",
		Greetings:         []string{"hej", "hejsan", "hallå", "god morgon", "kära", "käre"},
		SignOffs:          []string{"med vänliga hälsningar", "vänliga hälsningar", "mvh", "hälsningar", "tack", "tack så mycket", "ha det bra", "allt gott", "bästa hälsningar"},
		Headers:           map[string]string{"från": "from", "skickat": "date", "till": "to", "ämne": "subject", "kopia": "to"},
		Separators:        []string{"originalmeddelande", "vidarebefordrat meddelande"},
		ForwardMarkers:    []string{"vidarebefordrat brev"},
		Wrote:             []string{"skrev"},
		AttributionStarts: []string{"den ", "på "},
		DeviceLines:       []string{"skickat från", "skickades från"},
	}
}
