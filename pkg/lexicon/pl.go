package lexicon

import "time"

// polish holds the Polish words of replies and of quoted mail.
func polish() Language {
	return Language{
		Code:       "pl",
		Greetings:  []string{"cześć", "czesc", "dzień dobry", "dzien dobry", "witam", "witaj", "hej", "drogi", "droga", "szanowny", "szanowna", "szanowny panie", "szanowna pani", "szanowni państwo"},
		Addressees: []string{"wszystkim", "wszyscy"},
		SignOffs: []string{"pozdrawiam", "pozdrawiam serdecznie", "serdecznie pozdrawiam", "pozdrowienia", "serdeczne pozdrowienia", "z poważaniem",
			"z wyrazami szacunku", "dzięki", "dziękuję", "dziekuje", "miłego dnia", "do usłyszenia", "do zobaczenia", "pzdr"},
		And:               []string{"oraz"},
		AutoReplySubjects: []string{"automatyczna odpowiedź", "odpowiedź automatyczna", "poza biurem", "nieobecność", "nieobecny", "nieobecna"},
		AutoReplyBodies: []string{"jestem na urlopie", "przebywam na urlopie", "jestem poza biurem", "jestem nieobecny", "jestem nieobecna",
			"ograniczony dostęp do poczty", "nie mam dostępu do poczty", "automatyczna odpowiedź", "to jest automatyczna odpowiedź"},
		InOrder:          []string{"w kolejności pytań", "w tej samej kolejności", "po kolei", "pytania po kolei"},
		ActionHeaders:    []string{"krok", "kroki", "zadanie", "zadania", "działanie", "działania", "co", "cel"},
		DueHeaders:       []string{"termin", "data", "do kiedy", "kiedy", "deadline"},
		ListFrames:       []string{"dam znać", "będę informować", "zgodnie z ustaleniami", "jak ustaliliśmy", "oto kroki", "ustalone kroki", "dziękuję za rozmowę", "dzięki za rozmowę"},
		Acknowledgements: []string{"wygląda dobrze", "dzięki", "dziękuję", "super", "zgoda", "pasuje", "w porządku"},
		AnswerIntros:     []string{"odpowiedziałem", "odpowiedziałam"},
		Promises:         []string{"wyślę", "prześlę", "podeślę"},
		Later:            []string{"jutro", "później", "wieczorem", "w przyszłym tygodniu"},
		Disclaimer:       []string{"poufn", "adresat", "przez pomyłkę", "omyłkowo", "zabronione", "zakazane"},
		Statuses: StatusWords{
			"zrobione": Done, "zrobiony": Done, "zrobiona": Done, "gotowe": Done, "gotowy": Done, "gotowa": Done,
			"ukończone": Done, "ukończony": Done, "ukończona": Done, "zakończone": Done, "zakończony": Done, "zakończona": Done,
			"skończone": Done, "zrealizowane": Done, "załatwione": Done,
			"w trakcie": InProgress, "w toku": InProgress, "w realizacji": InProgress, "w połowie": InProgress, "rozpoczęte": InProgress,
			"zaczęte": InProgress, "prawie gotowe": InProgress,
			"nie zaczęte": NotStarted, "niezaczęte": NotStarted, "nie rozpoczęte": NotStarted, "nierozpoczęte": NotStarted,
			"nie rozpoczęty": NotStarted, "nie zacząłem": NotStarted, "nie zaczęłam": NotStarted,
			"zablokowane": Blocked, "zablokowany": Blocked, "zablokowana": Blocked, "wstrzymane": Blocked, "wstrzymany": Blocked,
			"anulowane": Dropped, "anulowany": Dropped, "porzucone": Dropped, "odpuszczone": Dropped, "skreślone": Dropped, "rezygnuję": Dropped,
		},
		Months: map[string]time.Month{
			"styczeń": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3, "marca": 3, "kwiecień": 4, "kwietnia": 4,
			"maj": 5, "maja": 5, "czerwiec": 6, "czerwca": 6, "lipiec": 7, "lipca": 7, "sierpień": 8, "sierpnia": 8,
			"wrzesień": 9, "września": 9, "październik": 10, "października": 10, "listopad": 11, "listopada": 11,
			"grudzień": 12, "grudnia": 12,
		},
		Headers:           map[string]string{"od": "from", "wysłano": "date", "do": "to", "temat": "subject", "dw": "to"},
		Separators:        []string{"wiadomość oryginalna", "oryginalna wiadomość", "przekazana wiadomość"},
		Wrote:             []string{"pisze", "napisał", "napisal"},
		AttributionStarts: []string{"w dniu", "dnia "},
		DeviceLines:       []string{"wysłane z", "wysłano z"},
		StepNouns:         []string{"krok", "punkt"},
		StepLabels:        []string{"kroki", "krok"},
		Joiners:           []string{"oraz"},
		Fillers:           []string{"jeszcze", "już", "nadal", "wciąż", "jest", "są"},
		Qualifiers:        []string{"w połowie", "prawie gotowe"},
	}
}
