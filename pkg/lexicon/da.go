package lexicon

// danish holds the Danish words of quoted mail: the reader recognises
// the history a Danish mail client quotes, though it reads answers in
// the languages with status and date words only.
func danish() Language {
	return Language{
		Code:              "da",
		Headers:           map[string]string{"fra": "from", "sendt": "date", "dato": "date", "til": "to", "emne": "subject"},
		Separators:        []string{"original meddelelse", "videresendt meddelelse"},
		ForwardMarkers:    []string{"videresendt brev"},
		Wrote:             []string{"skrev"},
		AttributionStarts: []string{"den "},
		DeviceLines:       []string{"sendt fra"},
	}
}
