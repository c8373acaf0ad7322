package lexicon

import "time"

// swedish holds the Swedish words of replies and of quoted mail.
func swedish() Language {
	return swedishReplies(Language{
		Code:          "sv",
		Yet:           []string{"än", "ännu"},
		Phatic:        []string{"hur mår du", "hur är läget", "hur går det", "allt bra", "läget", "hoppas allt är bra", "hoppas du mår bra"},
		MarkingLabels: []string{"klassificering", "informationsklass", "känslighet"},
		Markings:      []string{"intern", "internt", "konfidentiell", "konfidentiellt", "begränsad", "öppen", "offentlig"},
		Apologies:     []string{"förlåt för", "förlåt att", "ursäkta för", "ursäkta att", "sorry för"},
		Requests:      []string{"säg till om", "rätta mig om", "hör av dig om"},
		WriteUps:      []string{"sammanfattning", "anteckningar", "minnesanteckningar"},
		Only:          []string{"bara", "för tillfället", "än så länge"},
		My:            []string{"min"}, YouWrote: []string{"du skrev"},
		Then:       []string{"och sedan", "och sen", "därefter"},
		Greetings:  []string{"hej", "hejsan", "hallå", "tjena", "god morgon", "god eftermiddag", "kära", "käre", "bäste", "bästa"},
		Addressees: []string{"alla", "allihop", "på er", "på dig"},
		SignOffs: []string{"mvh", "med vänliga hälsningar", "vänliga hälsningar", "vänlig hälsning", "med vänlig hälsning", "hälsningar",
			"bästa hälsningar", "hälsar", "tack", "tack så mycket", "stort tack", "ha det bra", "allt gott", "hörs", "vi hörs", "kram", "ses", "hälsn", "hälsningar och tack", "tack och hälsningar", "bästa hälsning", "mvh och tack"},
		And:               []string{"och"},
		AutoReplySubjects: []string{"automatiskt svar", "autosvar", "frånvaromeddelande", "frånvarande", "inte på kontoret"},
		AutoReplyBodies: []string{"jag är föräldraledig", "jag är på semester", "jag är ledig", "jag är tjänstledig", "jag är sjukskriven",
			"jag är inte på kontoret", "jag är frånvarande", "läser inte min e-post", "läser inte min mejl", "begränsad tillgång till e-post",
			"begränsad tillgång till min e-post", "detta är ett automatiskt svar", "automatiskt svar"},
		InOrder:          []string{"i frågornas ordning", "i samma ordning", "frågorna i ordning", "i tur och ordning", "i ordningen på dina frågor", "i samma ordning som dina frågor"},
		ActionHeaders:    []string{"åtgärd", "åtgärder", "steg", "uppgift", "uppgifter", "aktivitet", "vad", "mål"},
		DueHeaders:       []string{"datum", "senast", "klart senast", "deadline", "när", "slutdatum", "förfallodatum"},
		ListFrames:       []string{"jag håller dig uppdaterad", "hör av mig", "här är stegen", "som vi kom överens om", "som vi pratade om", "säg till om jag har missat något", "tack för samtalet"},
		Acknowledgements: []string{"ser bra ut", "låter bra", "tack", "perfekt", "toppen", "okej", "stämmer"},
		AnswerIntros:     []string{"jag har svarat", "har jag svarat", "bara tid med", "hann bara"},
		Wishes:           []string{"lycka till", "ha det så kul", "njut"},
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
			"inställt": Dropped, "skippad": Dropped, "skippat": Dropped, "halvvägs": InProgress, "inte än": NotStarted, "inte ännu": NotStarted, "lagt ner": Dropped, "parkerad": Blocked, "parkerat": Blocked, "på is": Blocked, "släppt": Dropped,
		},
		Months: map[string]time.Month{
			"januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "augusti": 8, "september": 9,
			"oktober": 10, "okt": 10, "november": 11, "december": 12,
		},
		Weekdays: map[string]time.Weekday{
			"måndag": time.Monday, "tisdag": time.Tuesday, "onsdag": time.Wednesday, "torsdag": time.Thursday, "fredag": time.Friday,
		},
		Numbers:      map[string]int{"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sju": 7, "åtta": 8, "tio": 10, "tolv": 12},
		DurationDays: map[string]int{"dag": 1, "dagar": 1, "vecka": 7, "veckor": 7, "månad": 0, "månader": 0},
		Unchanged:    []string{"ingen ändring", "inga ändringar", "oförändrat", "inget nytt", "som förra gången", "samma läge"},
		Starts:       []string{"från", "från och med", "fr.o.m."},
		Dates: DateWords{
			Leads:     []string{"senast", "till", "före", "innan", "i"},
			Before:    []string{"före", "innan"},
			DayLeads:  []string{"senast", "till", "före", "senast den"},
			MonthEnds: []string{"slutet av", "utgången av", "slutet på"},
			MonthMids: []string{"mitten av"},
			Periods: map[string]Period{"nästa vecka": EndOfNextWeek, "slutet av veckan": EndOfWeek, "slutet av månaden": EndOfMonth,
				"nästa månad": EndOfNextMonth, "imorgon": Tomorrow, "i morgon": Tomorrow},
			Within:  []string{"inom", "om"},
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
		Qualifiers:        []string{"nästan klar", "halvvägs", "väntar på"},
	})
}

// swedishReplies adds the Swedish words of check-ins, answer markers and
// the lines around answers and steps.
func swedishReplies(l Language) Language {
	l.Ordinals = map[string]int{"första": 1, "tredje": 3, "fjärde": 4, "femte": 5, "sista": -1}
	l.Except = []string{"utom", "förutom"}
	l.All = []string{"allt", "alla"}
	l.Reasons = []string{"eftersom"}
	l.Devices = []string{"mobil", "telefon"}
	l.AnswerLabels = []string{"svar"}
	l.QuestionLabels = []string{"fråga"}
	l.AnswerTags = []string{"svar:"}
	l.Thanks = []string{"tack", "tack så mycket", "stort tack", "tack för"}
	l.PlanNouns = []string{"stegen", "plan", "steg", "åtgärder"}
	l.Agreed = []string{"överens", "kom överens om", "bestämde"}
	l.Deferrals = []string{"återkommer", "fundera på", "senare", "till mötet", "personligen", "tar vi", "lämnar", "på mötet"}
	l.AnswerNouns = []string{"några tankar", "svar", "mina svar", "svaren"}
	l.Inline = []string{"nedan", "mellan raderna"}
	l.HereYouGo = []string{"här är de", "varsågod", "varsågoda"}
	l.Courtesy = []string{"tack", "snälla"}
	return l
}
