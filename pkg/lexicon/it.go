package lexicon

import "time"

func italian() Language {
	return italianCourtesy(Language{
		Code:        "it",
		Definite:    []string{"la"},
		AnswerNouns: []string{"risposte"},
		Inline:      []string{"sotto", "tra le righe", "tra righe"},
		HereYouGo:   []string{"ecco", "eccole", "eccoli"},
		PlanNouns:   []string{"passi", "piano", "azioni"},
		Agreed:      []string{"concordati", "concordato"},
		Thanks:      []string{"grazie"},
		Greetings:   []string{"ciao", "salve", "buongiorno", "gentile", "caro", "cara"},
		Addressees:  []string{"a tutti", "tutti", "ragazzi"},
		SignOffs: []string{"cordiali saluti", "saluti", "grazie", "grazie mille", "a presto", "un saluto", "buona giornata",
			"distinti saluti", "un caro saluto", "grazie e saluti", "saluti e grazie", "grazie ancora", "cari saluti", "un abbraccio", "buona serata"},
		SignatureLines:    []string{"prima di stampare", "rispetta l'ambiente", "sede legale"},
		Articles:          []string{"il", "lo", "la", "e"},
		And:               []string{"e"},
		AutoReplySubjects: []string{"risposta automatica", "fuori sede", "fuori ufficio"},
		AutoReplyBodies:   []string{"fuori ufficio", "fuori sede", "sono in ferie", "risposta automatica"},
		InOrder:           []string{"nell'ordine delle domande", "nello stesso ordine", "domande in ordine", "in ordine:", "nell'ordine delle tue domande", "nell'ordine delle sue domande", "nell'ordine delle vostre domande"},
		ActionHeaders:     []string{"azione", "azioni", "passo", "passi", "attività", "compito"},
		DueHeaders:        []string{"scadenza", "entro", "data", "quando"},
		LookAhead:         []string{"vediamo come", "vedremo come", "facciamo il punto", "faremo il punto", "ci aggiorniamo"},
		ListFrames:        []string{"ti tengo aggiornato", "ti tengo aggiornata", "ti aggiorno", "ecco i passi", "come concordato", "come discusso", "fammi sapere se ho dimenticato"},
		Starts:            []string{"a partire da"},
		Acknowledgements:  []string{"va bene", "perfetto", "grazie", "d'accordo"},
		AnswerIntros:      []string{"ho risposto", "rispondo a", "avuto tempo solo", "solo il tempo per"},
		Wishes:            []string{"in bocca al lupo", "buona fortuna", "buon lavoro", "goditi"},
		Promises:          []string{"ti mando", "ti invio", "te la mando", "te li mando", "vi mando"},
		Later:             []string{"domani", "più tardi", "stasera", "la prossima settimana"},
		Disclaimer:        []string{"riservat", "destinatario", "per errore", "esclusivamente", "vietat", "non autorizzat", "divulgazione", "diffusione"},
		Unchanged:         []string{"nessun cambiamento", "nessuna novità", "invariato", "tutto uguale", "niente di nuovo", "nessun aggiornamento"},
		Statuses: StatusWords{
			"fatti": Done, "fatta": Done, "fatte": Done, "completati": Done, "completata": Done, "finiti": Done, "finita": Done, "terminati": Done, "terminata": Done, "bloccati": Blocked, "bloccate": Blocked, "iniziati": InProgress, "iniziata": InProgress,
			"fatto": Done, "completato": Done, "finito": Done, "terminato": Done,
			"in corso": InProgress, "in lavorazione": InProgress, "iniziato": InProgress, "quasi finito": InProgress,
			"a metà": InProgress, "non iniziato": NotStarted, "non ancora iniziato": NotStarted, "da fare": NotStarted,
			"non ancora": NotStarted, "bloccato": Blocked, "bloccata": Blocked, "in attesa": Blocked,
			"in sospeso": Blocked, "abbandonato": Dropped, "annullato": Dropped, "lasciato perdere": Dropped,
		},
		Months: map[string]time.Month{
			"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
			"settembre": 9, "ottobre": 10, "dicembre": 12,
		},
		Weekdays: map[string]time.Weekday{
			"lunedì": time.Monday, "martedì": time.Tuesday, "mercoledì": time.Wednesday,
			"giovedì": time.Thursday, "venerdì": time.Friday,
		},
		Numbers: map[string]int{
			"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "otto": 8, "dieci": 10, "dodici": 12,
		},
		Dates: italianDates(),
		DurationDays: map[string]int{
			"giorno": 1, "giorni": 1, "settimana": 7, "settimane": 7, "mese": 0, "mesi": 0,
		},
		Headers:           map[string]string{"da": "from", "inviato": "date", "data": "date", "a": "to", "oggetto": "subject", "risposta": "other"},
		Separators:        []string{"messaggio originale", "messaggio inoltrato"},
		ForwardMarkers:    []string{"inizio messaggio inoltrato"},
		Wrote:             []string{"ha scritto", "scrisse"},
		AttributionStarts: []string{"il "},
		DeviceLines:       []string{"inviato da", "inviato dal", "inviato con", "scarica outlook per"},
		StepNouns:         []string{"passo"},
		StepLabels:        []string{"passi", "passo"},
		StepNumbers:       map[string]int{"due": 2, "tre": 3},
		Joiners:           []string{"e"},
		RankArticles:      []string{"il", "lo"},
		Common:            []string{"il", "lo", "la", "gli", "le", "un", "uno", "una", "di", "del", "della", "dei", "al", "alla", "in", "nel", "nella", "mio", "mia", "miei", "mie", "per", "con", "su", "entro", "prima", "io", "è", "sono", "fare", "finire", "completare", "iniziare", "passo", "settimana", "settimane", "mese", "mesi", "giorno", "giorni", "ancora", "non"},
		RankVerbs:         []string{"è", "sta"},
		Except:            []string{"tranne", "eccetto"},
		All:               []string{"tutto", "tutti"},
		Reasons:           []string{"perché", "poiché"},
		Fillers:           []string{"ancora", "già", "è", "sono", "ora", "finalmente", "che"},
		Qualifiers:        []string{"a metà", "quasi finito", "in attesa"},
		Devices:           []string{"cellulare"},
		AnswerLabels:      []string{"risposta"},
		QuestionLabels:    []string{"domanda"},
	})
}

// italianCourtesy adds the Italian words of protective markings, small talk,
// courtesy and announcements around the answers and steps.
func italianCourtesy(l Language) Language {
	l.Markings = []string{"uso interno", "interno", "riservato", "confidenziale", "strettamente riservato", "pubblico", "ad uso interno"}
	l.MarkingLabels = []string{"classificazione", "riservatezza"}
	l.Phatic = []string{"come stai", "come va", "tutto bene", "spero tu stia bene", "spero che tu stia bene", "come andiamo"}
	l.Deferrals = []string{"più tardi", "di persona", "ne parliamo", "lascio", "alla riunione", "prima dell'incontro"}
	l.Apologies = []string{"scusa il", "scusa la", "scusa per", "scusami per", "scusate il", "scusate per", "mi scuso per", "chiedo scusa per"}
	l.Requests = []string{"fammi sapere se", "fatemi sapere se", "dimmi se", "correggimi se"}
	l.WriteUps = []string{"riepilogo", "riassunto", "appunti", "verbale", "resoconto"}
	l.Only = []string{"solo", "soltanto", "per ora", "per il momento"}
	l.My = []string{"mio"}
	l.YouWrote = []string{"hai scritto"}
	l.QuestionPlurals = []string{"domande"}
	l.Ranges = []string{"a", "alla"}
	l.Remaining = []string{"il resto", "le altre", "altre domande", "domande restanti"}
	l.RemainingLeads = []string{"le ultime", "le prime"}
	l.Then = []string{"poi", "e poi"}
	l.QuestionRefs = []string{"per", "quanto a"}
	return l
}

// italianDates are the Italian words of due dates.
func italianDates() DateWords {
	return DateWords{
		Leads:     []string{"entro", "prima di", "prima del"},
		Before:    []string{"prima"},
		DayLeads:  []string{"entro il"},
		MonthEnds: []string{"fine", "fine di"},
		MonthMids: []string{"metà", "a metà", "metà di"},
		Periods: map[string]Period{"fine mese": EndOfMonth, "fine del mese": EndOfMonth, "fine settimana": EndOfWeek, "fine anno": EndOfYear, "fine dell'anno": EndOfYear,
			"settimana prossima": EndOfNextWeek, "la settimana prossima": EndOfNextWeek, "mese prossimo": EndOfNextMonth, "il mese prossimo": EndOfNextMonth, "domani": Tomorrow},
		Within:       []string{"tra", "fra", "entro"},
		WeekdayShort: []string{"lun", "mar", "mer", "gio", "ven", "sab", "dom"},
		DaySuffixes:  []string{"º"},
		Clauses:      []string{"entro", "entro il", "entro la"},
	}
}
