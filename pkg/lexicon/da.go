package lexicon

// danish holds the Danish words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Danish mail client quotes, though it reads answers in
// the languages with status and date words only.
func danish() Language {
	return Language{
		Code:              "da",
		Greetings:         []string{"hej", "kære", "godmorgen"},
		SignOffs:          []string{"med venlig hilsen", "venlig hilsen", "mvh", "hilsen", "de bedste hilsner", "bedste hilsner", "tak", "mange tak"},
		Headers:           map[string]string{"fra": "from", "sendt": "date", "dato": "date", "til": "to", "emne": "subject"},
		Separators:        []string{"original meddelelse", "videresendt meddelelse"},
		ForwardMarkers:    []string{"videresendt brev"},
		Wrote:             []string{"skrev"},
		AttributionStarts: []string{"den "},
		DeviceLines:       []string{"sendt fra"},
	}
}
