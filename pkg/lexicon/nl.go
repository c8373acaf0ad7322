package lexicon

import "time"

func dutch() Language {
	return dutchCourtesy(Language{
		Code:        "nl",
		Then:        []string{"daarna", "en daarna", "en dan", "vervolgens"},
		AnswerNouns: []string{"antwoorden"},
		Inline:      []string{"hieronder", "tussen de regels", "tussen regels"},
		HereYouGo:   []string{"alsjeblieft", "bij deze"},
		PlanNouns:   []string{"stappen", "plan", "acties"},
		Agreed:      []string{"afgesproken"},
		Thanks:      []string{"bedankt", "dank je"},
		Greetings:   []string{"hoi", "beste", "goedemorgen", "goedemiddag", "dag", "hallo"},
		Addressees:  []string{"allemaal", "iedereen", "allen", "team"},
		SignOffs: []string{"met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "groeten", "groetjes", "bedankt",
			"dank je", "dank je wel", "tot snel", "hartelijke groet", "met hartelijke groet", "mvg", "gr", "groet", "hartelijke groeten", "vriendelijke groeten", "dank en groet", "alvast bedankt"},
		SignatureLines:    []string{"denk aan het milieu", "voordat u deze e-mail print", "kvk"},
		Articles:          []string{"de", "het", "en"},
		And:               []string{"en"},
		AutoReplySubjects: []string{"automatisch antwoord", "niet op kantoor", "afwezig"},
		AutoReplyBodies:   []string{"niet op kantoor", "met vakantie", "automatisch antwoord", "ik ben afwezig", "ben ik afwezig", "beste afzender", "wordt niet doorgestuurd"},
		InOrder:           []string{"in de volgorde van de vragen", "in dezelfde volgorde", "op volgorde", "in de volgorde van je vragen", "in de volgorde van jouw vragen", "in de volgorde van uw vragen"},
		ActionHeaders:     []string{"actie", "acties", "stap", "stappen", "taak", "taken", "wat", "doel"},
		DueHeaders:        []string{"deadline", "datum", "uiterlijk", "wanneer", "streefdatum", "klaar op"},
		LookAhead:         []string{"we zien wel", "eens kijken hoe", "benieuwd hoe", "we kijken bij", "ik hoor wel hoe"},
		ListFrames:        []string{"ik hou je op de hoogte", "ik houd je op de hoogte", "dit hebben we afgesproken", "zoals besproken", "zoals afgesproken", "laat het weten als ik iets vergeten"},
		Starts:            []string{"vanaf"},
		Acknowledgements:  []string{"ziet er goed uit", "prima", "top", "bedankt", "akkoord", "helemaal goed"},
		AnswerIntros:      []string{"heb ik beantwoord", "ik heb beantwoord", "ik heb geantwoord", "alleen tijd voor", "maar tijd voor"},
		Wishes:            []string{"succes", "veel succes", "veel plezier", "geniet"},
		Promises:          []string{"stuur ik", "stuur je", "ik stuur", "stuur ik je"},
		Later:             []string{"morgen", "later", "vanavond", "volgende week"},
		Disclaimer:        []string{"vertrouwelijk", "geadresseerde", "per vergissing", "onbevoegd", "uitsluitend bestemd", "onterecht ontvangt", "verboden", "niet toegestaan"},
		Unchanged:         []string{"geen wijziging", "geen wijzigingen", "ongewijzigd", "niets nieuws", "geen verandering", "hetzelfde als vorige keer"},
		Statuses: StatusWords{
			"niet aan begonnen": NotStarted, "nog niet aan begonnen": NotStarted,
			"klaar": Done, "gedaan": Done, "afgerond": Done, "voltooid": Done,
			"bezig": InProgress, "halverwege": InProgress, "loopt nog": InProgress, "loopt": InProgress, "lopend": InProgress, "onderweg": InProgress, "gestart": InProgress, "begonnen mee": InProgress,
			"bijna klaar": InProgress, "half klaar": InProgress, "in uitvoering": InProgress, "niet begonnen": NotStarted,
			"nog niet begonnen": NotStarted, "nog niet": NotStarted, "nog niet gestart": NotStarted, "niet gestart": NotStarted, "niet gedaan": NotStarted, "geblokkeerd": Blocked,
			"vastgelopen": Blocked, "wacht op": Blocked, "staat stil": Blocked, "laten vallen": Dropped,
			"geschrapt": Dropped, "vervallen": Dropped, "geannuleerd": Dropped,
		},
		Months: map[string]time.Month{
			"januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "augustus": 8,
		},
		Weekdays: map[string]time.Weekday{
			"maandag": time.Monday, "dinsdag": time.Tuesday, "woensdag": time.Wednesday,
			"donderdag": time.Thursday, "vrijdag": time.Friday,
		},
		Numbers: map[string]int{
			"een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "tien": 10, "twaalf": 12,
		},
		Dates: dutchDates(),
		DurationDays: map[string]int{
			"dag": 1, "dagen": 1, "weken": 7, "maand": 0, "maanden": 0,
		},
		Headers:           map[string]string{"van": "from", "verzonden": "date", "aan": "to", "onderwerp": "subject"},
		Separators:        []string{"oorspronkelijk bericht", "origineel bericht", "doorgestuurd bericht"},
		ForwardMarkers:    []string{"begin doorgestuurd bericht"},
		Wrote:             []string{"schreef", "geschreven", "het volgende geschreven"},
		AttributionStarts: []string{"op "},
		DeviceLines:       []string{"verzonden vanaf", "verzonden met", "verstuurd vanaf", "verstuurd met", "download outlook voor"},
		StepNouns:         []string{"stap"},
		StepLabels:        []string{"stappen", "stap"},
		StepNumbers:       map[string]int{"twee": 2, "drie": 3},
		Joiners:           []string{"en"},
		RankArticles:      []string{"de", "het"},
		Common:            []string{"de", "het", "een", "en", "of", "mijn", "met", "voor", "in", "op", "aan", "van", "bij", "tot", "ik", "we", "wij", "is", "zijn", "maken", "afronden", "afmaken", "beginnen", "stap", "week", "weken", "maand", "maanden", "dag", "dagen", "nog", "niet"},
		RankVerbs:         []string{"zit", "wordt"},
		Except:            []string{"behalve"},
		All:               []string{"allemaal"},
		Reasons:           []string{"omdat", "aangezien"},
		Fillers:           []string{"nog", "al", "zijn", "is", "nu", "eindelijk"},
		Qualifiers:        []string{"bijna klaar", "half klaar"},
		Devices:           []string{"telefoon"},
		AnswerLabels:      []string{"antwoord"},
		QuestionLabels:    []string{"vraag"},
	})
}

// dutchCourtesy adds the Dutch words of protective markings, small talk,
// courtesy and announcements around the answers and steps.
func dutchCourtesy(l Language) Language {
	l.Markings = []string{"intern", "intern gebruik", "alleen voor intern gebruik", "vertrouwelijk", "strikt vertrouwelijk", "openbaar"}
	l.MarkingLabels = []string{"classificatie", "rubricering", "vertrouwelijkheid"}
	l.Phatic = []string{"hoe gaat het", "hoe gaat het met je", "hoe is het", "alles goed", "hoop dat alles goed is", "hoop dat het goed met je gaat"}
	l.Deferrals = []string{"later", "persoonlijk", "bespreken we", "laat ik", "in het gesprek"}
	l.Apologies = []string{"sorry voor", "sorry dat", "excuses voor", "mijn excuses voor", "excuus voor"}
	l.Requests = []string{"laat het weten als", "laat maar weten als", "laat me weten als", "corrigeer me als", "zeg het als"}
	l.WriteUps = []string{"samenvatting", "verslag", "notities", "aantekeningen"}
	l.Only = []string{"alleen", "slechts", "voorlopig", "voor nu"}
	l.My = []string{"mijn"}
	l.YouWrote = []string{"je schreef", "jij schreef", "u schreef"}
	l.QuestionPlurals = []string{"vragen"}
	l.Ranges = []string{"tot"}
	l.Remaining = []string{"de rest", "de andere", "andere vragen", "overige vragen"}
	l.RemainingLeads = []string{"de laatste", "de eerste"}
	return l
}

// dutchDates are the Dutch words of due dates.
func dutchDates() DateWords {
	return DateWords{
		Leads:        []string{"voor", "vóór", "uiterlijk"},
		Before:       []string{"voor", "vóór"},
		DayLeads:     []string{"uiterlijk", "voor"},
		MonthEnds:    []string{"eind", "einde"},
		MonthMids:    []string{"half", "medio", "midden"},
		Periods:      map[string]Period{"volgende week": EndOfNextWeek, "volgende maand": EndOfNextMonth},
		Within:       []string{"binnen", "over"},
		WeekdayShort: []string{"ma", "di", "wo", "do", "vr", "za", "zo"},
		Clauses:      []string{"uiterlijk", "uiterlijk op", "vóór", "voor"},
	}
}
