package lexicon

// norwegian holds the Norwegian (Bokmål) words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Norwegian (Bokmål) mail client quotes, though it reads answers in
// the languages with status and date words only.
func norwegian() Language {
	return Language{
		Code:              "nb",
		Greetings:         []string{"hei", "kjære", "god morgen"},
		SignOffs:          []string{"med vennlig hilsen", "vennlig hilsen", "mvh", "hilsen", "beste hilsen", "takk", "tusen takk"},
		Headers:           map[string]string{"fra": "from", "sendt": "date", "dato": "date", "til": "to", "emne": "subject"},
		Separators:        []string{"opprinnelig melding", "videresendt melding"},
		ForwardMarkers:    []string{"videresendt brev"},
		Wrote:             []string{"skrev"},
		AttributionStarts: []string{"den ", "på "},
		DeviceLines:       []string{"sendt fra"},
	}
}
