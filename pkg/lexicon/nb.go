package lexicon

import "time"

// norwegian holds the Norwegian (Bokmål) words of replies and of quoted mail.
func norwegian() Language {
	return norwegianReplies(Language{
		Code:          "nb",
		Phatic:        []string{"hvordan går det", "håper alt er bra"},
		MarkingLabels: []string{"klassifisering"},
		Markings:      []string{"intern", "internt", "fortrolig", "åpen", "begrenset"},
		My:            []string{"min"}, YouWrote: []string{"du skrev"},
		Then:       []string{"og så", "deretter", "etterpå"},
		Greetings:  []string{"hei", "heisann", "hallo", "kjære", "god morgen", "god dag", "hei hei"},
		Addressees: []string{"alle", "alle sammen", "dere to"},
		SignOffs: []string{"mvh", "med vennlig hilsen", "vennlig hilsen", "vennlige hilsener", "hilsen", "beste hilsen", "beste hilsener",
			"takk", "tusen takk", "ha det", "ha det bra", "hilsener", "hlsn", "vh", "klem", "snakkes", "god helg"},
		SignatureLines:    []string{"tenk på miljøet", "før du skriver ut", "org.nr", "org. nr", "foretaksregisteret"},
		Articles:          []string{"og"},
		And:               []string{"og"},
		AutoReplySubjects: []string{"automatisk svar", "autosvar", "fraværende", "ikke på kontoret", "fravær"},
		AutoReplyBodies: []string{"jeg er på ferie", "jeg er i permisjon", "jeg er fraværende", "jeg er ikke på kontoret", "begrenset tilgang til e-post",
			"leser ikke e-post", "dette er et automatisk svar", "jeg har ferie", "jeg er på kurs"},
		InOrder:          []string{"i samme rekkefølge", "i rekkefølgen til spørsmålene", "i rekkefølge"},
		ActionHeaders:    []string{"tiltak", "steg", "trinn", "oppgave", "oppgaver", "aktivitet", "hva", "mål"},
		DueHeaders:       []string{"dato", "frist", "tidsfrist", "deadline", "innen", "når", "sluttdato", "senest"},
		ListFrames:       []string{"si fra hvis", "gi beskjed hvis", "jeg holder deg oppdatert", "her er stegene", "som avtalt", "som vi avtalte", "som vi snakket om", "si fra hvis jeg har glemt noe", "takk for praten", "takk for samtalen", "her er stegene vi ble enige om", "si ifra hvis jeg har glemt noe"},
		Starts:           []string{"fra", "fra og med", "fom"},
		Acknowledgements: []string{"ser bra ut", "høres bra ut", "takk", "perfekt", "supert", "greit", "enig", "det stemmer"},
		Wishes:           []string{"lykke til", "kos deg", "god tur"},
		AnswerIntros:     []string{"jeg har svart", "har jeg svart"},
		Promises:         []string{"sender listen", "sender stegene", "jeg sender", "sender jeg"},
		Later:            []string{"i morgen", "senere", "i kveld", "neste uke"},
		Disclaimer:       []string{"konfidensiell", "taushetsbelagt", "mottaker", "ved en feil", "utelukkende", "uautorisert", "forbudt", "videreformidling"},
		Unchanged:        []string{"ingen endring", "ingen endringer", "uendret", "ikke noe nytt", "som sist", "samme status", "som før"},
		Statuses: StatusWords{
			"ferdig": Done, "ferdige": Done, "klar": Done, "avsluttet": Done, "fullført": Done, "gjennomført": Done, "utført": Done, "gjort": Done,
			"pågår": InProgress, "i gang": InProgress, "under arbeid": InProgress, "påbegynt": InProgress, "nesten ferdig": InProgress,
			"halvveis": InProgress, "ikke ferdig": InProgress,
			"ikke startet": NotStarted, "ikke startet ennå": NotStarted, "ikke påbegynt": NotStarted, "ikke begynt": NotStarted, "ikke ennå": NotStarted,
			"blokkert": Blocked, "venter på": Blocked, "satt på vent": Blocked, "satt på pause": Blocked, "på vent": Blocked, "står fast": Blocked,
			"droppet": Dropped, "avlyst": Dropped, "kansellert": Dropped, "strøket": Dropped, "skrinlagt": Dropped, "i mål": Done, "ikke enda": NotStarted, "levert": Done, "på pause": Blocked, "står på vent": Blocked, "underveis": InProgress,
		},
		Months: map[string]time.Month{
			"januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
			"september": 9, "oktober": 10, "november": 11, "desember": 12, "des": 12,
		},
		Weekdays: map[string]time.Weekday{
			"mandag": time.Monday, "tirsdag": time.Tuesday, "onsdag": time.Wednesday, "torsdag": time.Thursday, "fredag": time.Friday,
		},
		Numbers:      map[string]int{"tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "åtte": 8, "ti": 10, "tolv": 12, "to": 2},
		DurationDays: map[string]int{"dag": 1, "dager": 1, "uke": 7, "uker": 7, "måned": 0, "måneder": 0},
		Dates: DateWords{
			Leads:     []string{"innen", "senest", "før", "i", "til", "i løpet av"},
			Before:    []string{"før"},
			DayLeads:  []string{"innen", "innen den", "senest", "senest den", "før", "før den"},
			MonthEnds: []string{"utgangen av", "slutten av", "ultimo", "i slutten av"},
			MonthMids: []string{"midten av", "medio", "i midten av"},
			Periods: map[string]Period{"neste uke": EndOfNextWeek, "slutten av uka": EndOfWeek, "slutten av uken": EndOfWeek, "utgangen av måneden": EndOfMonth,
				"slutten av måneden": EndOfMonth, "neste måned": EndOfNextMonth, "i morgen": Tomorrow, "utgangen av året": EndOfYear},
			Within:  []string{"innen", "om", "i løpet av"},
			Clauses: []string{"innen", "innen den", "senest", "senest den", "før", "før den", "frist"},
		},
		Headers:           map[string]string{"fra": "from", "sendt": "date", "dato": "date", "til": "to", "emne": "subject", "kopi": "to"},
		Separators:        []string{"opprinnelig melding", "videresendt melding", "original melding"},
		ForwardMarkers:    []string{"videresendt brev", "videresendt e-post"},
		Wrote:             []string{"skrev"},
		AttributionStarts: []string{"den ", "på "},
		DeviceLines:       []string{"sendt fra"},
	})
}

// norwegianReplies adds the Norwegian words of check-ins, answer markers
// and the lines around answers and steps.
func norwegianReplies(l Language) Language {
	l.StepNouns = []string{"steg", "trinn", "punkt"}
	l.StepLabels = []string{"steg", "trinn", "punkt"}
	l.Joiners = []string{"og"}
	l.Ordinals = map[string]int{"første": 1, "tredje": 3, "fjerde": 4, "femte": 5, "siste": -1}
	l.Except = []string{"unntatt", "bortsett fra"}
	l.All = []string{"alt", "alle"}
	l.Reasons = []string{"fordi", "siden"}
	l.Fillers = []string{"fortsatt", "fremdeles", "er", "ennå", "nå", "allerede", "det", "enda"}
	l.Qualifiers = []string{"nesten ferdig", "halvveis", "venter på"}
	l.Devices = []string{"mobil", "telefon"}
	l.AnswerLabels = []string{"svar"}
	l.QuestionLabels = []string{"spørsmål"}
	l.AnswerTags = []string{"svar:"}
	l.Thanks = []string{"takk", "tusen takk", "takk for"}
	l.PlanNouns = []string{"stegene", "trinnene"}
	l.Agreed = []string{"avtalt", "avtalte", "enige om"}
	l.Deferrals = []string{"komme tilbake", "tenke på", "senere", "til møtet"}
	l.AnswerNouns = []string{"svar", "svarene mine", "svarene"}
	l.Inline = []string{"nedenfor", "mellom linjene"}
	l.HereYouGo = []string{"her er de", "vær så god"}
	l.Courtesy = []string{"takk"}
	return l
}
