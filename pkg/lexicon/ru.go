package lexicon

// russian holds the Russian words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Russian mail client quotes, though it reads answers in
// the languages with status and date words only.
func russian() Language {
	return Language{
		Code:              "ru",
		Markings:          []string{"для служебного пользования", "конфиденциально", "внутреннее", "публичное"},
		MarkingLabels:     []string{"классификация", "гриф"},
		Phatic:            []string{"как дела", "как ты", "надеюсь, у тебя всё хорошо"},
		YouWrote:          []string{"вы написали", "ты написал", "ты написала"},
		Then:              []string{"потом", "а потом", "затем", "и потом"},
		Greetings:         []string{"привет", "здравствуйте", "добрый день", "уважаемый", "уважаемая"},
		SignOffs:          []string{"с уважением", "спасибо", "всего доброго", "с наилучшими пожеланиями"},
		Headers:           map[string]string{"от": "from", "отправлено": "date", "кому": "to", "тема": "subject", "дата": "date", "копия": "to"},
		Separators:        []string{"исходное сообщение", "пересылаемое сообщение", "пересланное сообщение"},
		Wrote:             []string{"написал", "написала", "пишет", "писал"},
		AttributionStarts: []string{"в "},
		DeviceLines:       []string{"отправлено с", "отправлено из"},
		Devices:           []string{"телефон"},
	}
}
