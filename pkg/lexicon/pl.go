package lexicon

// polish holds the Polish words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Polish mail client quotes, though it reads answers in
// the languages with status and date words only.
func polish() Language {
	return Language{
		Code:              "pl",
		Greetings:         []string{"cześć", "dzień dobry", "witam", "witaj", "szanowny panie", "szanowna pani"},
		SignOffs:          []string{"pozdrawiam", "z poważaniem", "serdecznie pozdrawiam", "pozdrowienia", "dziękuję", "dzięki"},
		Headers:           map[string]string{"od": "from", "wysłano": "date", "do": "to", "temat": "subject", "dw": "to"},
		Separators:        []string{"wiadomość oryginalna", "oryginalna wiadomość", "przekazana wiadomość"},
		Wrote:             []string{"pisze", "napisał", "napisal"},
		AttributionStarts: []string{"w dniu", "dnia "},
		DeviceLines:       []string{"wysłane z", "wysłano z"},
	}
}
