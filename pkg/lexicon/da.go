package lexicon

import "time"

// danish holds the Danish words of replies and of quoted mail.
func danish() Language {
	return danishReplies(Language{
		Code:          "da",
		Phatic:        []string{"hvordan går det", "håber alt er godt"},
		MarkingLabels: []string{"klassifikation"},
		Markings:      []string{"intern", "fortrolig", "offentlig", "begrænset"},
		My:            []string{"min"}, YouWrote: []string{"du skrev"},
		Then:       []string{"og så", "derefter", "bagefter"},
		Greetings:  []string{"hej", "hejsa", "hallo", "kære", "godmorgen", "god morgen", "goddag", "hej hej"},
		Addressees: []string{"alle", "allesammen", "i to"},
		SignOffs: []string{"mvh", "med venlig hilsen", "venlig hilsen", "venlige hilsner", "hilsen", "de bedste hilsner", "bedste hilsner",
			"tak", "mange tak", "vh", "kh", "knus", "kærlig hilsen", "hilsner", "hlsn", "god weekend", "vi ses", "vi tales ved", "tak for nu"},
		SignatureLines:    []string{"tænk på miljøet", "inden du udskriver", "cvr-nr", "cvr nr"},
		Articles:          []string{"og"},
		And:               []string{"og"},
		AutoReplySubjects: []string{"automatisk svar", "autosvar", "fraværende", "ikke på kontoret", "fravær"},
		AutoReplyBodies: []string{"jeg er på ferie", "jeg er på barsel", "jeg er fraværende", "jeg er ikke på kontoret", "begrænset adgang til e-mail",
			"begrænset adgang til min mail", "læser ikke mine e-mails", "læser ikke mails", "dette er et automatisk svar", "jeg holder ferie",
			"jeg er på kursus"},
		InOrder:          []string{"i samme rækkefølge", "i spørgsmålenes rækkefølge", "i rækkefølge"},
		ActionHeaders:    []string{"handling", "handlinger", "trin", "opgave", "opgaver", "aktivitet", "hvad", "mål"},
		DueHeaders:       []string{"dato", "frist", "deadline", "senest", "hvornår", "slutdato"},
		ListFrames:       []string{"sig til, hvis", "sig til hvis", "jeg holder dig opdateret", "her er trinnene", "som aftalt", "som vi aftalte", "som vi talte om", "sig til, hvis jeg har glemt noget", "tak for samtalen", "tak for snakken", "her er de trin, vi aftalte", "her er de trin vi aftalte", "her er trinene"},
		Starts:           []string{"fra", "fra og med", "startende"},
		Acknowledgements: []string{"ser godt ud", "lyder godt", "tak", "perfekt", "fint", "super", "okay", "enig", "det passer"},
		Wishes:           []string{"held og lykke", "god fornøjelse", "nyd"},
		AnswerIntros:     []string{"jeg har svaret", "har jeg svaret"},
		Promises:         []string{"sender listen", "sender trinnene", "jeg sender", "sender jeg"},
		Later:            []string{"i morgen", "senere", "i aften", "næste uge"},
		Disclaimer:       []string{"fortrolig", "modtager", "ved en fejl", "udelukkende", "uautoriseret", "forbudt", "videregivelse"},
		Unchanged:        []string{"ingen ændring", "ingen ændringer", "uændret", "intet nyt", "som sidst", "samme status", "som før"},
		Statuses: StatusWords{
			"færdig": Done, "færdige": Done, "klar": Done, "afsluttet": Done, "fuldført": Done, "gennemført": Done, "udført": Done, "gjort": Done,
			"i gang": InProgress, "igang": InProgress, "under arbejde": InProgress, "påbegyndt": InProgress, "næsten færdig": InProgress,
			"halvvejs": InProgress, "ikke færdig": InProgress,
			"ikke startet": NotStarted, "ikke startet endnu": NotStarted, "ikke påbegyndt": NotStarted, "ikke begyndt": NotStarted, "ikke endnu": NotStarted,
			"blokeret": Blocked, "venter på": Blocked, "sat på pause": Blocked, "på pause": Blocked, "sidder fast": Blocked, "på hold": Blocked,
			"droppet": Dropped, "aflyst": Dropped, "annulleret": Dropped, "opgivet": Dropped, "strøget": Dropped, "afventer": Blocked, "endnu ikke": NotStarted, "færdigt": Done, "klaret": Done, "overstået": Done, "sat i bero": Blocked, "sprunget over": Dropped, "undervejs": InProgress,
		},
		Months: map[string]time.Month{
			"januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "august": 8,
			"september": 9, "oktober": 10, "november": 11, "december": 12, "okt": time.October,
		},
		Weekdays: map[string]time.Weekday{
			"mandag": time.Monday, "tirsdag": time.Tuesday, "onsdag": time.Wednesday, "torsdag": time.Thursday, "fredag": time.Friday,
		},
		Numbers:      map[string]int{"tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8, "ti": 10, "tolv": 12, "to": 2},
		DurationDays: map[string]int{"dag": 1, "dage": 1, "uge": 7, "uger": 7, "måned": 0, "måneder": 0},
		Dates: DateWords{
			Leads:     []string{"senest", "inden", "før", "i", "til", "i løbet af"},
			Before:    []string{"før", "inden"},
			DayLeads:  []string{"senest", "senest den", "inden", "inden den", "før", "før den"},
			MonthEnds: []string{"udgangen af", "slutningen af", "ultimo", "sidst i"},
			MonthMids: []string{"midten af", "medio", "midt i"},
			Periods: map[string]Period{"næste uge": EndOfNextWeek, "udgangen af ugen": EndOfWeek, "udgangen af måneden": EndOfMonth,
				"slutningen af måneden": EndOfMonth, "næste måned": EndOfNextMonth, "i morgen": Tomorrow, "udgangen af året": EndOfYear},
			Within:  []string{"inden for", "om", "inden for de næste", "i løbet af"},
			Clauses: []string{"senest", "senest den", "inden", "inden den", "før", "før den", "deadline"},
		},
		Headers:           map[string]string{"fra": "from", "sendt": "date", "dato": "date", "til": "to", "emne": "subject", "cc": "to"},
		Separators:        []string{"original meddelelse", "oprindelig meddelelse", "videresendt meddelelse"},
		ForwardMarkers:    []string{"videresendt brev", "start på videresendt besked"},
		Wrote:             []string{"skrev"},
		AttributionStarts: []string{"den "},
		DeviceLines:       []string{"sendt fra"},
	})
}

// danishReplies adds the Danish words of check-ins, answer markers and the
// lines around answers and steps.
func danishReplies(l Language) Language {
	l.StepNouns = []string{"trin", "punkt"}
	l.StepLabels = []string{"trin", "punkt"}
	l.Joiners = []string{"og"}
	l.Ordinals = map[string]int{"første": 1, "tredje": 3, "fjerde": 4, "femte": 5, "sidste": -1}
	l.Except = []string{"undtagen", "bortset fra"}
	l.All = []string{"alt", "alle"}
	l.Reasons = []string{"fordi", "da"}
	l.Fillers = []string{"stadig", "er", "endnu", "nu", "allerede", "det"}
	l.Qualifiers = []string{"næsten færdig", "halvvejs", "venter på", "afventer"}
	l.Devices = []string{"mobil", "telefon"}
	l.AnswerLabels = []string{"svar"}
	l.QuestionLabels = []string{"spørgsmål"}
	l.AnswerTags = []string{"svar:"}
	l.Thanks = []string{"tak", "mange tak", "tak for"}
	l.PlanNouns = []string{"trin", "trinnene", "skridt"}
	l.Agreed = []string{"aftalt", "aftalte"}
	l.Deferrals = []string{"vende tilbage", "tænke over", "senere", "til mødet"}
	l.AnswerNouns = []string{"svar", "mine svar", "svarene"}
	l.Inline = []string{"nedenfor", "herunder", "mellem linjerne"}
	l.HereYouGo = []string{"her er de", "værsgo"}
	l.Courtesy = []string{"tak"}
	return l
}
