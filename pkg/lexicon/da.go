package lexicon

import "time"

// danish holds the Danish words of replies and of quoted mail.
func danish() Language {
	return Language{
		Code:              "da",
		Markings:          []string{"intern", "fortrolig", "offentlig", "begrænset"},
		MarkingLabels:     []string{"klassifikation"},
		Phatic:            []string{"hvordan går det", "håber alt er godt"},
		My:                []string{"min"},
		YouWrote:          []string{"du skrev"},
		AnswerNouns:       []string{"svar", "svarene"},
		Inline:            []string{"nedenfor"},
		Then:              []string{"og så", "derefter", "bagefter"},
		Greetings:         []string{"hej", "hejsa", "kære", "godmorgen", "god morgen", "goddag"},
		SignOffs:          []string{"mvh", "med venlig hilsen", "venlig hilsen", "venlige hilsner", "hilsen", "de bedste hilsner", "bedste hilsner", "tak", "mange tak", "vh", "kh", "knus"},
		And:               []string{"og"},
		AutoReplySubjects: []string{"automatisk svar", "autosvar", "fraværende", "ikke på kontoret"},
		AutoReplyBodies:   []string{"jeg er på ferie", "jeg er på barsel", "jeg er fraværende", "jeg er ikke på kontoret", "begrænset adgang til e-mail", "læser ikke mine e-mails", "dette er et automatisk svar"},
		InOrder:           []string{"i samme rækkefølge", "i spørgsmålenes rækkefølge", "i rækkefølge"},
		ActionHeaders:     []string{"handling", "handlinger", "trin", "opgave", "opgaver", "mål"},
		DueHeaders:        []string{"frist", "deadline", "dato", "hvornår", "senest"},
		ListFrames:        []string{"her er de trin, vi aftalte", "her er de trin vi aftalte", "her er trinene", "som aftalt", "som vi aftalte", "sig til, hvis jeg har glemt noget", "tak for snakken", "tak for samtalen"},
		Acknowledgements:  []string{"ser godt ud", "lyder godt", "tak", "perfekt", "fint", "enig"},
		Disclaimer:        []string{"fortrolig", "modtager", "ved en fejl", "uautoriseret", "forbudt"},
		Unchanged:         []string{"ingen ændringer", "uændret", "intet nyt", "som før"},
		Statuses: StatusWords{
			"færdig": Done, "færdigt": Done, "færdige": Done, "klaret": Done, "gjort": Done, "afsluttet": Done, "fuldført": Done, "overstået": Done,
			"i gang": InProgress, "igang": InProgress, "undervejs": InProgress, "halvvejs": InProgress, "næsten færdig": InProgress, "påbegyndt": InProgress,
			"ikke startet": NotStarted, "ikke startet endnu": NotStarted, "ikke påbegyndt": NotStarted, "ikke begyndt": NotStarted, "endnu ikke": NotStarted, "ikke endnu": NotStarted,
			"blokeret": Blocked, "sat på pause": Blocked, "på pause": Blocked, "sat i bero": Blocked, "venter på": Blocked, "afventer": Blocked,
			"droppet": Dropped, "aflyst": Dropped, "opgivet": Dropped, "annulleret": Dropped, "sprunget over": Dropped,
		},
		Months: map[string]time.Month{
			"januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "august": 8, "september": 9,
			"oktober": 10, "okt": 10, "november": 11, "december": 12,
		},
		Weekdays: map[string]time.Weekday{
			"mandag": time.Monday, "tirsdag": time.Tuesday, "onsdag": time.Wednesday, "torsdag": time.Thursday, "fredag": time.Friday,
		},
		// "en" (one) is left out: a French word.
		Numbers:      map[string]int{"to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "otte": 8, "ti": 10},
		DurationDays: map[string]int{"dag": 1, "dage": 1, "uge": 7, "uger": 7, "måned": 0, "måneder": 0},
		Dates: DateWords{
			Leads:     []string{"inden", "senest", "før", "i", "i løbet af"},
			Before:    []string{"før", "inden"},
			DayLeads:  []string{"inden", "senest", "før"},
			MonthEnds: []string{"udgangen af", "slutningen af", "sidst i"},
			MonthMids: []string{"midten af", "midt i"},
			Periods: map[string]Period{"næste uge": EndOfNextWeek, "næste måned": EndOfNextMonth, "udgangen af måneden": EndOfMonth, "slutningen af måneden": EndOfMonth,
				"i morgen": Tomorrow, "udgangen af året": EndOfYear},
			Within:  []string{"inden for", "inden for de næste", "om", "i løbet af"},
			Clauses: []string{"inden", "senest", "senest den", "før", "deadline"},
		},
		Headers:           map[string]string{"fra": "from", "sendt": "date", "dato": "date", "til": "to", "emne": "subject"},
		Separators:        []string{"original meddelelse", "videresendt meddelelse"},
		ForwardMarkers:    []string{"videresendt brev"},
		Wrote:             []string{"skrev"},
		AttributionStarts: []string{"den "},
		DeviceLines:       []string{"sendt fra"},
		StepNouns:         []string{"trin"},
		StepLabels:        []string{"trin"},
		Joiners:           []string{"og"},
		Fillers:           []string{"stadig", "endnu", "nu", "allerede", "er", "det"},
		Qualifiers:        []string{"halvvejs", "næsten færdig", "venter på", "afventer"},
	}
}
