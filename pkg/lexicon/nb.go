package lexicon

// norwegian holds the Norwegian (Bokmål) words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Norwegian (Bokmål) mail client quotes, though it reads answers in
// the languages with status and date words only.
func norwegian() Language {
	return Language{
		Code:          "nb",
		Markings:      []string{"intern", "internt", "fortrolig", "åpen", "begrenset"},
		MarkingLabels: []string{"klassifisering"},
		Phatic:        []string{"hvordan går det", "håper alt er bra"},
		My:            []string{"min"}, YouWrote: []string{"du skrev"},
		Then:              []string{"og så", "deretter", "etterpå"},
		Greetings:         []string{"hei", "hallo", "kjære", "god morgen"},
		SignOffs:          []string{"mvh", "med vennlig hilsen", "vennlig hilsen", "hilsen", "beste hilsen", "takk", "tusen takk", "ha det"},
		AutoReplySubjects: []string{"automatisk svar", "autosvar", "fraværende", "ikke på kontoret"},
		AutoReplyBodies:   []string{"jeg er på ferie", "jeg er i permisjon", "jeg er fraværende", "jeg er ikke på kontoret", "begrenset tilgang til e-post", "leser ikke e-post", "dette er et automatisk svar"},
		Headers:           map[string]string{"fra": "from", "sendt": "date", "dato": "date", "til": "to", "emne": "subject"},
		Separators:        []string{"opprinnelig melding", "videresendt melding"},
		ForwardMarkers:    []string{"videresendt brev"},
		Wrote:             []string{"skrev"},
		AttributionStarts: []string{"den ", "på "},
		DeviceLines:       []string{"sendt fra"},
	}
}
