package lexicon

// indonesian holds the Indonesian words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Indonesian mail client quotes, though it reads answers in
// the languages with status and date words only.
func indonesian() Language {
	return Language{
		Code:              "id",
		Markings:          []string{"internal", "rahasia", "publik", "terbatas"},
		MarkingLabels:     []string{"klasifikasi"},
		Phatic:            []string{"apa kabar"},
		Then:              []string{"lalu", "kemudian", "dan kemudian", "setelah itu"},
		Greetings:         []string{"halo", "hai", "selamat pagi", "yth"},
		SignOffs:          []string{"salam", "terima kasih", "hormat saya", "salam hangat"},
		AttributionStarts: []string{"pada "},
	}
}
