package lexicon

// czech holds the Czech words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Czech mail client quotes, though it reads answers in
// the languages with status and date words only.
func czech() Language {
	return Language{
		Code:              "cs",
		Markings:          []string{"interní", "důvěrné", "veřejné", "pouze pro interní potřebu"},
		MarkingLabels:     []string{"klasifikace"},
		Phatic:            []string{"jak se máš", "jak se máte", "jak to jde"},
		YouWrote:          []string{"napsal jste", "napsala jste", "napsal jsi", "napsala jsi"},
		Then:              []string{"pak", "a pak", "potom", "a potom"},
		Greetings:         []string{"dobrý den", "dobry den", "ahoj", "čau", "vážený", "vážená", "milý", "milá"},
		SignOffs:          []string{"s pozdravem", "s přátelským pozdravem", "se srdečným pozdravem", "zdraví", "zdravím", "díky", "děkuji", "mějte se"},
		AutoReplySubjects: []string{"automatická odpověď", "mimo kancelář", "nepřítomnost"},
		AutoReplyBodies:   []string{"jsem na dovolené", "jsem mimo kancelář", "jsem nepřítomen", "jsem nepřítomna", "omezený přístup k e-mailu", "toto je automatická odpověď"},
		Headers:           map[string]string{"od": "from", "odesláno": "date", "komu": "to", "předmět": "subject"},
		Separators:        []string{"původní zpráva", "přeposlaná zpráva"},
		Wrote:             []string{"napsal"},
		AttributionStarts: []string{"dne "},
		DeviceLines:       []string{"odesláno z"},
	}
}
