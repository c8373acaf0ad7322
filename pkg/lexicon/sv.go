package lexicon

import "time"

// swedish holds the Swedish words of replies and of quoted mail.
func swedish() Language {
	return Language{
		Code:       "sv",
		Greetings:  []string{"hej", "hejsan", "hallå", "tjena", "god morgon", "god eftermiddag", "kära", "käre", "bäste", "bästa"},
		Addressees: []string{"alla", "allihop", "på er", "på dig"},
		SignOffs: []string{"mvh", "med vänliga hälsningar", "vänliga hälsningar", "vänlig hälsning", "med vänlig hälsning", "hälsningar",
			"bästa hälsningar", "hälsar", "tack", "tack så mycket", "stort tack", "ha det bra", "allt gott", "hörs", "vi hörs", "kram", "ses"},
		And:               []string{"och"},
		AutoReplySubjects: []string{"automatiskt svar", "autosvar", "frånvaromeddelande", "frånvarande", "inte på kontoret"},
		AutoReplyBodies: []string{"jag är föräldraledig", "jag är på semester", "jag är ledig", "jag är tjänstledig", "jag är sjukskriven",
			"jag är inte på kontoret", "jag är frånvarande", "läser inte min e-post", "läser inte min mejl", "begränsad tillgång till e-post",
			"begränsad tillgång till min e-post", "detta är ett automatiskt svar", "automatiskt svar"},
		InOrder:          []string{"i frågornas ordning", "i samma ordning", "frågorna i ordning", "i tur och ordning"},
		ActionHeaders:    []string{"åtgärd", "åtgärder", "steg", "uppgift", "uppgifter", "aktivitet", "vad", "mål"},
		DueHeaders:       []string{"datum", "senast", "klart senast", "deadline", "när", "slutdatum", "förfallodatum"},
		ListFrames:       []string{"jag håller dig uppdaterad", "hör av mig", "här är stegen", "som vi kom överens om", "som vi pratade om", "säg till om jag har missat något", "tack för samtalet"},
		Acknowledgements: []string{"ser bra ut", "låter bra", "tack", "perfekt", "toppen", "okej", "stämmer"},
		AnswerIntros:     []string{"jag har svarat", "har jag svarat"},
		Promises:         []string{"skickar listan", "skickar stegen", "jag skickar", "skickar jag"},
		Later:            []string{"imorgon", "i morgon", "senare", "ikväll", "nästa vecka"},
		Disclaimer:       []string{"konfidentiell", "sekretess", "avsedd endast för", "av misstag", "mottagare", "obehörig"},
		Statuses: StatusWords{
			"klar": Done, "klart": Done, "klara": Done, "färdig": Done, "färdigt": Done, "avklarad": Done, "avklarat": Done,
			"slutförd": Done, "slutfört": Done, "gjort": Done, "fixat": Done,
			"pågår": InProgress, "pågående": InProgress, "påbörjad": InProgress, "påbörjat": InProgress, "igång": InProgress,
			"håller på": InProgress, "nästan klar": InProgress,
			"inte påbörjad": NotStarted, "inte påbörjat": NotStarted, "ej påbörjad": NotStarted, "ej påbörjat": NotStarted,
			"inte startat": NotStarted, "inte börjat": NotStarted, "inte klar": InProgress,
			"blockerad": Blocked, "blockerat": Blocked, "fastnat": Blocked, "väntar på": Blocked, "pausad": Blocked, "pausat": Blocked,
			"struken": Dropped, "struket": Dropped, "strukit": Dropped, "avbruten": Dropped, "avbrutet": Dropped, "inställd": Dropped,
			"inställt": Dropped, "skippad": Dropped, "skippat": Dropped,
		},
		Months: map[string]time.Month{
			"januari": 1, "februari": 2, "mars": 3, "maj": 5, "juni": 6, "juli": 7, "augusti": 8, "oktober": 10, "okt": 10,
		},
		Dates: DateWords{
			Leads:     []string{"senast", "till", "före", "innan", "i"},
			Before:    []string{"före", "innan"},
			DayLeads:  []string{"senast", "till", "före", "senast den"},
			MonthEnds: []string{"slutet av"},
			MonthMids: []string{"mitten av"},
			Periods: map[string]Period{"nästa vecka": EndOfNextWeek, "slutet av veckan": EndOfWeek, "slutet av månaden": EndOfMonth,
				"nästa månad": EndOfNextMonth, "imorgon": Tomorrow, "i morgon": Tomorrow},
			Within:  []string{"inom"},
			Clauses: []string{"senast", "senast den", "före", "till", "innan", "i"},
		},
		Headers:           map[string]string{"från": "from", "skickat": "date", "till": "to", "ämne": "subject", "kopia": "to"},
		Separators:        []string{"originalmeddelande", "vidarebefordrat meddelande"},
		ForwardMarkers:    []string{"vidarebefordrat brev"},
		Wrote:             []string{"skrev"},
		AttributionStarts: []string{"den ", "på "},
		DeviceLines:       []string{"skickat från", "skickades från"},
		StepNouns:         []string{"steg"},
		StepLabels:        []string{"steg"},
		Joiners:           []string{"och"},
		Fillers:           []string{"fortfarande", "är", "än", "ännu", "nu", "redan", "det"},
		Qualifiers:        []string{"nästan klar"},
	}
}
