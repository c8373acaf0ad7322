package lexicon

// greek holds the Greek words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Greek mail client quotes, though it reads answers in
// the languages with status and date words only.
func greek() Language {
	return Language{
		Code:          "el",
		Markings:      []string{"εσωτερικό", "εμπιστευτικό", "δημόσιο"},
		MarkingLabels: []string{"ταξινόμηση"},
		Phatic:        []string{"τι κάνεις", "τι κάνετε"},
		YouWrote:      []string{"γράψατε", "έγραψες"},
		Then:          []string{"μετά", "και μετά", "έπειτα"},
		Greetings:     []string{"γεια σας", "γεια", "αγαπητέ", "αγαπητή"},
		SignOffs:      []string{"με εκτίμηση", "ευχαριστώ", "φιλικά", "με φιλικούς χαιρετισμούς"},
		Wrote:         []string{"έγραψε"},
	}
}
