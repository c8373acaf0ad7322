package lexicon

// ukrainian holds the Ukrainian words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Ukrainian mail client quotes, though it reads answers in
// the languages with status and date words only.
func ukrainian() Language {
	return Language{
		Code:              "uk",
		Markings:          []string{"для службового користування", "конфіденційно", "внутрішнє", "публічне"},
		MarkingLabels:     []string{"класифікація", "гриф"},
		Phatic:            []string{"як справи", "як ти"},
		YouWrote:          []string{"ви написали", "ти написав", "ти написала"},
		Then:              []string{"потім", "а потім", "далі"},
		Greetings:         []string{"привіт", "добрий день", "вітаю", "шановний", "шановна"},
		SignOffs:          []string{"з повагою", "дякую", "з найкращими побажаннями"},
		Headers:           map[string]string{"від": "from", "надіслано": "date"},
		Separators:        []string{"переслане повідомлення"},
		Wrote:             []string{"пише", "написав"},
		AttributionStarts: []string{"у "},
		DeviceLines:       []string{"надіслано з"},
	}
}
