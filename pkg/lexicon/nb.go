package lexicon

import "time"

// norwegian holds the Norwegian (Bokmål) words of replies and of quoted mail.
func norwegian() Language {
	return Language{
		Code:              "nb",
		Markings:          []string{"intern", "internt", "fortrolig", "åpen", "begrenset"},
		MarkingLabels:     []string{"klassifisering"},
		Phatic:            []string{"hvordan går det", "håper alt er bra"},
		My:                []string{"min"},
		YouWrote:          []string{"du skrev"},
		AnswerNouns:       []string{"svar", "svarene"},
		Inline:            []string{"nedenfor"},
		Then:              []string{"og så", "deretter", "etterpå"},
		Greetings:         []string{"hei", "hallo", "kjære", "god morgen"},
		SignOffs:          []string{"mvh", "med vennlig hilsen", "vennlig hilsen", "hilsen", "beste hilsen", "takk", "tusen takk", "ha det"},
		And:               []string{"og"},
		AutoReplySubjects: []string{"automatisk svar", "autosvar", "fraværende", "ikke på kontoret"},
		AutoReplyBodies:   []string{"jeg er på ferie", "jeg er i permisjon", "jeg er fraværende", "jeg er ikke på kontoret", "begrenset tilgang til e-post", "leser ikke e-post", "dette er et automatisk svar"},
		InOrder:           []string{"i samme rekkefølge", "i rekkefølgen til spørsmålene", "i rekkefølge"},
		ActionHeaders:     []string{"tiltak", "steg", "oppgave", "oppgaver", "mål"},
		DueHeaders:        []string{"frist", "dato", "når", "senest"},
		ListFrames:        []string{"her er stegene vi ble enige om", "her er stegene", "som avtalt", "som vi snakket om", "si ifra hvis jeg har glemt noe", "takk for praten", "takk for samtalen"},
		Acknowledgements:  []string{"ser bra ut", "høres bra ut", "takk", "perfekt", "enig"},
		Disclaimer:        []string{"konfidensiell", "mottaker", "ved en feil", "uautorisert", "forbudt"},
		Unchanged:         []string{"ingen endringer", "uendret", "ikke noe nytt", "som før"},
		Statuses: StatusWords{
			"ferdig": Done, "ferdige": Done, "fullført": Done, "gjort": Done, "levert": Done, "i mål": Done,
			"pågår": InProgress, "i gang": InProgress, "underveis": InProgress, "halvveis": InProgress, "nesten ferdig": InProgress, "påbegynt": InProgress,
			"ikke begynt": NotStarted, "ikke startet": NotStarted, "ikke påbegynt": NotStarted, "ikke ennå": NotStarted, "ikke enda": NotStarted,
			"blokkert": Blocked, "på vent": Blocked, "står på vent": Blocked, "satt på vent": Blocked, "på pause": Blocked, "venter på": Blocked,
			"droppet": Dropped, "avlyst": Dropped, "kansellert": Dropped, "skrinlagt": Dropped, "strøket": Dropped,
		},
		Months: map[string]time.Month{
			"januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9,
			"oktober": 10, "november": 11, "desember": 12, "des": 12,
		},
		Weekdays: map[string]time.Weekday{
			"mandag": time.Monday, "tirsdag": time.Tuesday, "onsdag": time.Wednesday, "torsdag": time.Thursday, "fredag": time.Friday,
		},
		// "en" (one) is left out: a French word.
		Numbers:      map[string]int{"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "åtte": 8, "ti": 10},
		DurationDays: map[string]int{"dag": 1, "dager": 1, "uke": 7, "uker": 7, "måned": 0, "måneder": 0},
		Dates: DateWords{
			Leads:     []string{"innen", "før", "i", "i løpet av"},
			Before:    []string{"før"},
			DayLeads:  []string{"innen", "senest", "før"},
			MonthEnds: []string{"utgangen av", "slutten av", "i slutten av"},
			MonthMids: []string{"midten av", "i midten av"},
			Periods: map[string]Period{"neste uke": EndOfNextWeek, "neste måned": EndOfNextMonth, "utgangen av måneden": EndOfMonth, "slutten av måneden": EndOfMonth,
				"i morgen": Tomorrow, "utgangen av året": EndOfYear},
			Within:  []string{"innen", "om", "i løpet av"},
			Clauses: []string{"innen", "senest", "før", "frist"},
		},
		Headers:           map[string]string{"fra": "from", "sendt": "date", "dato": "date", "til": "to", "emne": "subject"},
		Separators:        []string{"opprinnelig melding", "videresendt melding"},
		ForwardMarkers:    []string{"videresendt brev"},
		Wrote:             []string{"skrev"},
		AttributionStarts: []string{"den ", "på "},
		DeviceLines:       []string{"sendt fra"},
		StepNouns:         []string{"steg"},
		StepLabels:        []string{"steg"},
		Joiners:           []string{"og"},
		Fillers:           []string{"fortsatt", "ennå", "enda", "nå", "allerede", "er", "det"},
		Qualifiers:        []string{"halvveis", "nesten ferdig", "venter på"},
	}
}
