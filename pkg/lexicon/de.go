package lexicon

import "time"

func german() Language {
	return germanCourtesy(germanReplies(Language{
		Code:           "de",
		Ranges:         []string{"bis"},
		Remaining:      []string{"den rest", "restlichen fragen", "anderen fragen", "übrigen fragen"},
		RemainingLeads: []string{"die letzten", "die ersten", "die anderen"},
		Then:           []string{"dann", "und dann", "danach", "und danach"},
		Greetings:      []string{"hallo", "liebe", "lieber", "liebes", "guten morgen", "guten tag", "moin", "servus", "sehr geehrte", "sehr geehrter"},
		Addressees:     []string{"zusammen", "alle", "ihr beiden", "team"},
		SignOffs: []string{"viele grüße", "viele grüsse", "beste grüße", "beste grüsse", "liebe grüße", "liebe grüsse", "lg", "vg", "mfg", "bg", "glg",
			"mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "freundliche grüsse", "gruß", "grüße", "danke",
			"vielen dank", "bis bald", "herzliche grüße", "herzliche grüsse", "schöne grüße", "schöne grüsse", "mit besten grüßen", "besten dank", "danke und gruß", "danke und grüße", "gruss", "grüsse", "dankeschön", "danke schön", "vielen dank und viele grüße", "sonnige grüße"},
		SignatureLines:    []string{"denken sie an die umwelt", "bitte drucken sie diese", "umwelt zuliebe", "sitz der gesellschaft", "geschäftsführer", "amtsgericht", "registergericht"},
		Articles:          []string{"der", "die", "das", "und"},
		And:               []string{"und"},
		AutoReplySubjects: []string{"abwesenheitsnotiz", "automatische antwort", "abwesend", "außer haus", "ausser haus", "nicht im büro"},
		AutoReplyBodies: []string{"nicht im büro", "nicht im buero", "ich bin im urlaub", "bin ich im urlaub", "außer haus", "ausser haus", "keinen zugriff auf meine e-mails",
			"eingeschränktem zugriff", "automatische antwort"},
		InOrder:          []string{"in der reihenfolge der fragen", "der reihenfolge nach", "der reihe nach", "in derselben reihenfolge", "in gleicher reihenfolge", "in der reihenfolge deiner fragen", "in der reihenfolge ihrer fragen", "in der reihenfolge eurer fragen"},
		ActionHeaders:    []string{"maßnahme", "massnahme", "maßnahmen", "schritt", "schritte", "aufgabe", "aufgaben", "was", "aktion", "ziel"},
		DueHeaders:       []string{"fällig", "fällig bis", "faellig", "frist", "termin", "bis", "bis wann", "datum", "zieldatum", "deadline"},
		LookAhead:        []string{"mal sehen, wie", "schauen wir mal", "schauen wir, wie", "sehen wir, wie", "bin gespannt, wie", "bin gespannt auf", "freue mich auf", "freue mich, zu hören"},
		ListFrames:       []string{"ich melde mich", "halte dich auf dem laufenden", "halte sie auf dem laufenden", "hier die vereinbarten schritte", "wie besprochen", "wie vereinbart", "sag bescheid, falls ich etwas vergessen", "danke für das gespräch"},
		Starts:           []string{"ab", "beginnend"},
		Acknowledgements: []string{"sieht gut aus", "passt", "danke", "vielen dank", "super", "perfekt", "alles klar", "einverstanden"},
		AnswerIntros:     []string{"habe ich beantwortet", "ich habe beantwortet", "ich habe die fragen", "habe ich die fragen", "nur zeit für", "hatte nur zeit", "nur geschafft"},
		Wishes:           []string{"viel erfolg", "viel glück", "viel spaß", "alles gute", "toi toi toi"},
		Promises:         []string{"schicke dir", "schick dir", "schicke ich", "sende dir", "schicke ihnen", "reiche ich"},
		Later:            []string{"morgen", "später", "heute abend", "nächste woche", "nach dem wochenende"},
		Disclaimer: []string{"vertraulich", "empfänger", "adressat", "irrtümlich", "unbefugte weitergabe", "unerlaubte", "rechtlich geschützte",
			"nicht der richtige", "ausschließlich", "verboten", "unzulässig"},
		Unchanged: []string{"keine änderung", "keine änderungen", "unverändert", "nichts neues", "wie gehabt", "alles beim alten", "gleicher stand", "stand unverändert"},
		Statuses: StatusWords{
			"auf eis": Blocked, "liegt auf eis": Blocked, "auf eis gelegt": Blocked,
			"erledigt": Done, "fertig": Done, "abgeschlossen": Done, "geschafft": Done,
			"in arbeit": InProgress, "begonnen": InProgress, "angefangen": InProgress, "läuft": InProgress,
			"fast fertig": InProgress, "halb fertig": InProgress, "zur hälfte": InProgress, "in bearbeitung": InProgress, "nicht begonnen": NotStarted,
			"noch nicht begonnen": NotStarted, "noch nicht angefangen": NotStarted, "offen": NotStarted, "noch nicht erledigt": NotStarted,
			"nicht erledigt": NotStarted, "noch nicht": NotStarted, "blockiert": Blocked, "pausiert": Blocked,
			"wartet auf": Blocked, "warte auf": Blocked, "gestrichen": Dropped, "verworfen": Dropped,
			"abgebrochen": Dropped, "fallen gelassen": Dropped, "entfällt": Dropped,
		},
		Months: map[string]time.Month{
			"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5,
			"juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
		},
		Weekdays: map[string]time.Weekday{
			"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday,
			"donnerstag": time.Thursday, "freitag": time.Friday,
		},
		Numbers: map[string]int{
			"ein": 1, "eine": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
			"sechs": 6, "acht": 8, "zehn": 10, "zwölf": 12,
		},
		Dates: germanDates(),
		DurationDays: map[string]int{
			"tag": 1, "tage": 1, "tagen": 1, "woche": 7, "wochen": 7, "monat": 0, "monate": 0, "monaten": 0,
		},
		Headers:           map[string]string{"von": "from", "gesendet": "date", "datum": "date", "an": "to", "betreff": "subject", "antwort an": "other"},
		Separators:        []string{"ursprüngliche nachricht", "ursprungliche nachricht", "originalnachricht", "weitergeleitete nachricht"},
		ForwardMarkers:    []string{"anfang der weitergeleiteten nachricht", "ursprüngliche nachricht"},
		Wrote:             []string{"schrieb"},
		AttributionStarts: []string{"am "},
		DeviceLines:       []string{"von meinem", "gesendet von", "gesendet mit", "diese nachricht wurde von"},
		Commands: map[string]string{
			"stopp": CmdStop, "keine e-mails mehr": CmdStop, "keine emails mehr": CmdStop, "keine mails mehr": CmdStop,
			"abmelden": CmdStop, "aufhören": CmdStop, "beenden": CmdStop,
			"pause bis": CmdPause, "pause bis zum": CmdPause, "pausieren bis": CmdPause, "pausiere bis": CmdPause, "aussetzen bis": CmdPause,
			"überspringen": CmdSkip, "ueberspringen": CmdSkip, "diesen überspringen": CmdSkip, "diesmal aussetzen": CmdSkip, "auslassen": CmdSkip,
			"privat": CmdPrivate, "antwort privat": CmdPrivate, "vertraulich": CmdPrivate,
			"hilfe":           CmdHelp,
			"weniger e-mails": CmdFewer, "weniger emails": CmdFewer, "weniger mails": CmdFewer, "nur wenn etwas blockiert ist": CmdFewer,
			"nur wenn etwas hängt": CmdFewer, "nur bei blockaden": CmdFewer, "keine erinnerungen": CmdFewer,
			"alle e-mails": CmdAllEmails, "alle emails": CmdAllEmails, "wieder alle e-mails": CmdAllEmails,
			"auch ich": CmdAlias, "das bin auch ich": CmdAlias, "auch meine adresse": CmdAlias,
		},
		Courtesy: []string{"bitte", "danke"},
	}))
}

// germanCourtesy adds the German words of protective markings, small talk,
// courtesy and announcements around the answers and steps.
func germanCourtesy(l Language) Language {
	l.Markings = []string{"intern", "nur für den internen gebrauch", "nur zur internen verwendung", "interne verwendung", "vertraulich", "streng vertraulich", "öffentlich", "offen", "eingeschränkt"}
	l.MarkingLabels = []string{"klassifizierung", "klassifikation", "vertraulichkeit", "schutzklasse", "einstufung"}
	l.Phatic = []string{"wie geht's", "wie gehts", "wie geht es dir", "wie geht es ihnen", "wie läuft's", "alles gut", "alles klar", "hoffe, es geht dir gut", "hoffe es geht dir gut"}
	l.Apologies = []string{"sorry für", "entschuldige die", "entschuldige bitte die", "entschuldigen sie die", "entschuldigung für", "tut mir leid, dass", "sorry, dass"}
	l.Requests = []string{"sag bescheid, falls", "sag bescheid, wenn", "gib bescheid, falls", "gib bescheid, wenn", "melde dich, falls", "korrigier mich, falls", "korrigiere mich, falls", "korrigier mich, wenn", "korrigiere mich, wenn", "sag mir, falls", "sag mir, wenn"}
	l.WriteUps = []string{"zusammenfassung", "kurzfassung", "protokoll", "notizen", "mitschrift"}
	l.Only = []string{"nur", "vorerst", "erstmal", "erst mal", "fürs erste", "bisher"}
	l.My = []string{"meinem", "meiner"}
	l.DeviceEnds = []string{"vom handy", "vom smartphone"}
	l.YouWrote = []string{"sie schrieben", "du schriebst", "sie haben geschrieben", "du hast geschrieben"}
	l.QuestionPlurals = []string{"fragen"}
	return l
}

// germanReplies adds the words of check-ins, answer markers and replies to the review.
func germanReplies(l Language) Language {
	l.StepNouns = []string{"schritt", "punkt"}
	l.StepLabels = []string{"schritte", "schritt"}
	l.StepNumbers = map[string]int{"eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8}
	l.Joiners = []string{"und"}
	l.Ordinals = map[string]int{"erste": 1, "ersten": 1, "erster": 1, "zweite": 2, "zweiten": 2, "dritte": 3, "dritten": 3, "vierte": 4, "vierten": 4,
		"fünfte": 5, "fünften": 5, "sechste": 6, "sechsten": 6, "siebte": 7, "siebten": 7, "achte": 8, "achten": 8, "letzte": -1, "letzten": -1}
	l.RankNouns = []string{"schritt", "punkt"}
	l.RankArticles = []string{"der", "die", "das"}
	l.Common = []string{"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "mein", "meine", "meinen", "meinem", "mit", "für", "im", "in", "am", "an", "auf", "zu", "zum", "zur", "von", "vom", "bis", "ich", "wir", "ist", "sind", "machen", "abschließen", "beenden", "fertig", "anfangen", "schritt", "woche", "wochen", "monat", "monate", "tage", "noch", "nicht"}
	l.RankVerbs = []string{"ist", "war", "hat", "sind", "waren", "haben"}
	l.Except = []string{"außer", "ausser", "bis auf"}
	l.All = []string{"alles", "alle"}
	l.Reasons = []string{"weil", "da"}
	l.Fillers = []string{"noch", "ist", "schon", "sind", "wurde", "wurden", "jetzt", "endlich", "immer", "welcher", "welche"}
	l.Qualifiers = []string{"fast fertig", "halb fertig"}
	l.Devices = []string{"handy", "mobil", "telefon"}
	l.AnswerLabels = []string{"antwort", "zu", "ad"}
	l.QuestionLabels = []string{"frage"}
	l.NumberLabels = []string{"nr.", "nr"}
	l.AnswerTags = []string{"antwort:"}
	l.BookYes = []string{"ja", "ja gerne", "gerne", "gern", "passt", "okay", "ok", "einverstanden", "klingt gut", "perfekt", "super", "prima", "machen wir", "bitte buchen", "in ordnung"}
	l.NotNow = []string{"nicht jetzt", "jetzt nicht", "später", "spaeter", "noch nicht", "im moment nicht", "derzeit nicht", "zu früh"}
	l.MonthLead = []string{"im", "in", "anfang", "mitte", "ende", "irgendwann im"}
	l.Thanks = []string{"danke", "vielen dank"}
	l.Profile = []string{"profil", "lebenslauf"}
	l.PlanNouns = []string{"schritte", "plan", "maßnahmen"}
	l.Agreed = []string{"vereinbart", "besprochen"}
	l.Deferrals = []string{"nachdenken", "später", "vor dem termin", "im gespräch", "lasse ich", "lass ich", "persönlich", "besprechen wir"}
	l.AnswerNouns = []string{"antworten", "ein paar gedanken", "einige gedanken", "erste gedanken"}
	l.Inline = []string{"unten", "zwischen den zeilen", "zwischen zeilen"}
	l.HereYouGo = []string{"hier bitte", "hier sind sie", "hier ist es", "bitte sehr"}
	l.QuestionRefs = []string{"zu", "zur", "bei"}
	l.Definite = []string{"der", "die"}
	return l
}

// germanDates are the German words of due dates.
func germanDates() DateWords {
	return DateWords{
		Leads:     []string{"im", "bis", "vor"},
		Before:    []string{"vor"},
		DayLeads:  []string{"bis", "bis zum", "bis spätestens", "zum", "am", "spätestens", "fällig", "vor"},
		MonthEnds: []string{"ende"},
		MonthMids: []string{"mitte"},
		Periods: map[string]Period{"nächste woche": EndOfNextWeek, "nächsten woche": EndOfNextWeek, "nächster woche": EndOfNextWeek,
			"nächste monat": EndOfNextMonth, "nächsten monat": EndOfNextMonth, "nächster monat": EndOfNextMonth,
			"ende des monats": EndOfMonth, "ende des jahres": EndOfYear, "morgen": Tomorrow},
		Within:       []string{"innerhalb von", "in den nächsten"},
		WeekdayShort: []string{"mo", "di", "mi", "do", "fr", "sa", "so"},
		DayOf:        []string{"zum", "dem"},
		Clauses:      []string{"bis", "bis zum", "bis zur", "bis spätestens", "spätestens", "spätestens am", "spätestens bis", "fällig", "fällig am"},
	}
}
