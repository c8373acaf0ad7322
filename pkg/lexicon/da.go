package lexicon

// danish holds the Danish words of greetings, sign-offs, automatic replies
// and quoted mail: the reader recognises
// the history a Danish mail client quotes, though it reads answers in
// the languages with status and date words only.
func danish() Language {
	return Language{
		Code:          "da",
		Markings:      []string{"intern", "fortrolig", "offentlig", "begrænset"},
		MarkingLabels: []string{"klassifikation"},
		Phatic:        []string{"hvordan går det", "håber alt er godt"},
		My:            []string{"min"}, YouWrote: []string{"du skrev"},
		Then:              []string{"og så", "derefter", "bagefter"},
		Greetings:         []string{"hej", "hejsa", "kære", "godmorgen", "god morgen", "goddag"},
		SignOffs:          []string{"mvh", "med venlig hilsen", "venlig hilsen", "venlige hilsner", "hilsen", "de bedste hilsner", "bedste hilsner", "tak", "mange tak", "vh", "kh", "knus"},
		AutoReplySubjects: []string{"automatisk svar", "autosvar", "fraværende", "ikke på kontoret"},
		AutoReplyBodies:   []string{"jeg er på ferie", "jeg er på barsel", "jeg er fraværende", "jeg er ikke på kontoret", "begrænset adgang til e-mail", "læser ikke mine e-mails", "dette er et automatisk svar"},
		Headers:           map[string]string{"fra": "from", "sendt": "date", "dato": "date", "til": "to", "emne": "subject"},
		Separators:        []string{"original meddelelse", "videresendt meddelelse"},
		ForwardMarkers:    []string{"videresendt brev"},
		Wrote:             []string{"skrev"},
		AttributionStarts: []string{"den "},
		DeviceLines:       []string{"sendt fra"},
	}
}
