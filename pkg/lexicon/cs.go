package lexicon

import "time"

// czech holds the Czech words of replies and of quoted mail. Czech
// inflects by gender and case, so statuses ("dokončil", "dokončila"),
// months ("březen", "do 15. března") and labels are listed in the forms
// a reply writes.
func czech() Language {
	return czechMore(Language{
		Code:             "cs",
		ListFrames:       []string{"tady jsou kroky", "zde jsou kroky", "jak jsme se dohodli", "jak jsme se domluvili", "dám vědět", "budu informovat", "díky za rozhovor", "děkuji za rozhovor"},
		LookAhead:        []string{"uvidíme, jak", "těším se na"},
		Acknowledgements: []string{"vypadá to dobře", "vypadá dobře", "díky", "děkuji", "super", "souhlasím", "v pořádku", "sedí"},
		AnswerIntros:     []string{"odpověděl jsem", "odpověděla jsem", "stihl jsem jen", "stihla jsem jen"},
		Promises:         []string{"pošlu", "zašlu", "doplním"},
		Later:            []string{"zítra", "později", "večer", "příští týden"},
		Starts:           []string{"od", "počínaje"},
		Disclaimer:       []string{"důvěrn", "adresát", "omylem", "zakázáno", "zakázané", "neoprávněn", "výhradně"},
		Unchanged:        []string{"beze změny", "bez změny", "žádná změna", "žádné změny", "nic nového"},
		Statuses: StatusWords{
			"hotovo": Done, "hotový": Done, "hotová": Done, "hotové": Done, "dokončeno": Done, "dokončil": Done, "dokončila": Done,
			"dokončil jsem": Done, "dokončila jsem": Done, "splněno": Done, "uděláno": Done, "udělal jsem": Done, "udělala jsem": Done, "vyřízeno": Done,
			"rozpracováno": InProgress, "rozpracované": InProgress, "rozpracovaný": InProgress, "probíhá": InProgress, "v běhu": InProgress,
			"pracuji na tom": InProgress, "začal jsem": InProgress, "začala jsem": InProgress, "zahájeno": InProgress, "skoro hotovo": InProgress, "napůl": InProgress,
			"nezahájeno": NotStarted, "nezačato": NotStarted, "nezačal jsem": NotStarted, "nezačala jsem": NotStarted, "ještě jsem nezačal": NotStarted,
			"ještě jsem nezačala": NotStarted, "zatím nezačato": NotStarted,
			"zablokováno": Blocked, "zablokované": Blocked, "zablokovaný": Blocked, "blokováno": Blocked, "pozastaveno": Blocked,
			"zrušeno": Dropped, "zrušen": Dropped, "zrušila jsem": Dropped, "zrušil jsem": Dropped, "vypuštěno": Dropped, "odpadá": Dropped,
		},
		Months: map[string]time.Month{
			"leden": 1, "ledna": 1, "únor": 2, "února": 2, "březen": 3, "března": 3, "duben": 4, "dubna": 4, "květen": 5, "května": 5,
			"červen": 6, "června": 6, "červenec": 7, "července": 7, "srpen": 8, "srpna": 8, "září": 9, "říjen": 10, "října": 10,
			"listopad": 11, "listopadu": 11, "prosinec": 12, "prosince": 12,
			"lednu": 1, "únoru": 2, "březnu": 3, "dubnu": 4, "květnu": 5, "červnu": 6, "červenci": 7, "srpnu": 8, "říjnu": 10, "prosinci": 12,
		},
		Weekdays: map[string]time.Weekday{
			"pondělí": time.Monday, "úterý": time.Tuesday, "středa": time.Wednesday, "středu": time.Wednesday, "čtvrtek": time.Thursday,
			"pátek": time.Friday, "sobota": time.Saturday, "sobotu": time.Saturday, "neděle": time.Sunday, "neděli": time.Sunday,
		},
		Numbers:      map[string]int{"jeden": 1, "jedna": 1, "dva": 2, "dvě": 2, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6, "osm": 8, "deset": 10, "dvanáct": 12},
		DurationDays: map[string]int{"den": 1, "dny": 1, "dnů": 1, "dní": 1, "týden": 7, "týdny": 7, "týdnů": 7, "měsíc": 0, "měsíce": 0, "měsíců": 0},
		Dates: DateWords{
			Leads:     []string{"do", "v", "před"},
			Before:    []string{"před"},
			DayLeads:  []string{"do", "nejpozději do"},
			MonthEnds: []string{"konce", "konec"},
			MonthMids: []string{"poloviny", "půlky"},
			Periods: map[string]Period{"příští týden": EndOfNextWeek, "konce týdne": EndOfWeek, "konce měsíce": EndOfMonth, "příští měsíc": EndOfNextMonth,
				"konce roku": EndOfYear, "zítra": Tomorrow},
			Within:  []string{"během"},
			Clauses: []string{"do", "nejpozději do", "termín"},
		},
		Headers:           map[string]string{"od": "from", "odesláno": "date", "komu": "to", "předmět": "subject", "kopie": "to", "datum": "date"},
		Separators:        []string{"původní zpráva", "přeposlaná zpráva"},
		Wrote:             []string{"napsal", "napsala", "napsal(a)"},
		AttributionStarts: []string{"dne "},
		DeviceLines:       []string{"odesláno z", "odesláno ze"},
		Devices:           []string{"iphonu", "mobilu", "telefonu", "androidu"},
		StepNouns:         []string{"krok", "kroku", "bod"},
		StepLabels:        []string{"kroky", "krok", "bod"},
		Ordinals: map[string]int{"první": 1, "prvním": 1, "druhý": 2, "druhá": 2, "druhé": 2, "třetí": 3, "čtvrtý": 4, "čtvrtá": 4, "čtvrté": 4,
			"pátý": 5, "pátá": 5, "páté": 5, "šestý": 6, "poslední": -1},
		RankNouns:      []string{"krok", "bod"},
		Except:         []string{"kromě", "až na"},
		All:            []string{"vše", "všechno", "všechny"},
		Reasons:        []string{"protože", "jelikož", "neboť"},
		Fillers:        []string{"už", "ještě", "stále", "pořád", "je", "jsou"},
		Qualifiers:     []string{"skoro hotovo", "napůl"},
		AnswerLabels:   []string{"odpověď", "k otázce"},
		QuestionLabels: []string{"otázka", "otázce"},
		NumberLabels:   []string{"č.", "č"},
		Thanks:         []string{"díky", "děkuji", "děkuju", "mockrát díky"},
		PlanNouns:      []string{"kroky"},
		Agreed:         []string{"dohodli", "domluvili"},
		Deferrals:      []string{"rozmyslím si", "později", "na schůzce"},
		AnswerNouns:    []string{"odpovědi", "moje odpovědi"},
		Inline:         []string{"níže", "pod tím"},
		HereYouGo:      []string{"tady to je", "posílám"},
		Profile:        []string{"životopis"},
		BookYes:        []string{"ano", "jasně", "platí", "souhlasím", "hodí se"},
		NotNow:         []string{"teď ne", "později", "zatím ne"},
	})
}

// czechMore adds the rest of the Czech words: one literal would run over
// 80 lines.
func czechMore(l Language) Language {
	l.Markings = []string{"interní", "důvěrné", "veřejné", "pouze pro interní potřebu"}
	l.MarkingLabels = []string{"klasifikace"}
	l.Phatic = []string{"jak se máš", "jak se máte", "jak to jde"}
	l.YouWrote = []string{"napsal jste", "napsala jste", "napsal jsi", "napsala jsi"}
	l.Then = []string{"pak", "a pak", "potom", "a potom", "následně"}
	l.Greetings = []string{"dobrý den", "dobry den", "ahoj", "čau", "vážený", "vážená", "milý", "milá", "zdravím"}
	l.Addressees = []string{"všichni", "všem", "týme"}
	l.SignOffs = []string{"s pozdravem", "s přátelským pozdravem", "se srdečným pozdravem", "zdraví", "díky", "děkuji", "mějte se", "hezký den", "pěkný den", "s díky"}
	l.AutoReplySubjects = []string{"automatická odpověď", "mimo kancelář", "nepřítomnost"}
	l.AutoReplyBodies = []string{"jsem na dovolené", "jsem mimo kancelář", "jsem nepřítomen", "jsem nepřítomna", "omezený přístup k e-mailu", "toto je automatická odpověď"}
	l.Apologies = []string{"omlouvám se za", "omlouvám se, že", "promiň, že", "promiňte, že", "sorry za"}
	l.Requests = []string{"dejte vědět, jestli", "dej vědět, jestli", "dejte vědět, pokud", "dej vědět, pokud", "opravte mě, pokud", "oprav mě, pokud"}
	l.WriteUps = []string{"shrnutí", "zápis", "poznámky"}
	l.Only = []string{"jen", "zatím", "prozatím"}
	l.InOrder = []string{"v pořadí otázek", "ve stejném pořadí", "popořadě", "po pořadě", "v pořadí vašich otázek", "v pořadí tvých otázek"}
	l.ActionHeaders = []string{"krok", "kroky", "úkol", "úkoly", "akce", "opatření", "co", "cíl"}
	l.DueHeaders = []string{"termín", "do kdy", "datum", "kdy", "splnit do"}
	return l
}
