package lexicon

// czech holds the Czech words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Czech mail client quotes, though it reads answers in
// the languages with status and date words only.
func czech() Language {
	return Language{
		Code:              "cs",
		Greetings:         []string{"ahoj", "dobrý den", "milý", "milá"},
		SignOffs:          []string{"s pozdravem", "s přátelským pozdravem", "děkuji", "díky", "zdravím"},
		Headers:           map[string]string{"od": "from", "odesláno": "date", "komu": "to", "předmět": "subject"},
		Separators:        []string{"původní zpráva", "přeposlaná zpráva"},
		Wrote:             []string{"napsal"},
		AttributionStarts: []string{"dne "},
		DeviceLines:       []string{"odesláno z"},
	}
}
