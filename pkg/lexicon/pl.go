package lexicon

import "time"

// polish holds the Polish words of replies and of quoted mail.
func polish() Language {
	return polishMore(Language{
		Code:       "pl",
		Later:      []string{"jutro", "później", "wieczorem", "w przyszłym tygodniu"},
		Disclaimer: []string{"poufn", "adresat", "przez pomyłkę", "omyłkowo", "zabronione", "zakazane"},
		Statuses: StatusWords{
			"jeszcze nie": NotStarted, "prawie skończone": InProgress, "prawie gotowy": InProgress, "odpuściłem": Dropped, "odpuściłam": Dropped, "czekam na": Blocked, "czeka na": Blocked, "w zawieszeniu": Blocked,
			"zrobiłem": Done, "zrobiłam": Done, "skończyłem": Done, "skończyłam": Done, "ukończyłem": Done, "ukończyłam": Done,
			"zacząłem": InProgress, "zaczęłam": InProgress, "robię": InProgress, "w toku realizacji": InProgress,
			"jeszcze nie zacząłem": NotStarted, "jeszcze nie zaczęłam": NotStarted, "nie ruszone": NotStarted,
			"rezygnuję z tego": Dropped,
			"zrobione":         Done, "zrobiony": Done, "zrobiona": Done, "gotowe": Done, "gotowy": Done, "gotowa": Done,
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
		Numbers: map[string]int{"dwa": 2, "dwie": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "cztery": 4, "czterech": 4, "jeden": 1, "jedna": 1, "pięć": 5, "sześć": 6, "osiem": 8, "dziesięć": 10, "dwanaście": 12},
		Weekdays: map[string]time.Weekday{
			"poniedziałek": time.Monday, "poniedziałku": time.Monday, "wtorek": time.Tuesday, "wtorku": time.Tuesday, "środa": time.Wednesday,
			"środę": time.Wednesday, "środy": time.Wednesday, "czwartek": time.Thursday, "czwartku": time.Thursday, "piątek": time.Friday,
			"piątku": time.Friday, "sobota": time.Saturday, "sobotę": time.Saturday, "niedziela": time.Sunday, "niedzielę": time.Sunday,
		},
		DurationDays: map[string]int{"dzień": 1, "dni": 1, "tydzień": 7, "tygodnie": 7, "tygodni": 7, "miesiąc": 0, "miesiące": 0, "miesięcy": 0},
		Dates: DateWords{
			Leads:     []string{"do", "przed", "w"},
			Before:    []string{"przed"},
			DayLeads:  []string{"do", "najpóźniej do"},
			MonthEnds: []string{"końca", "koniec"},
			MonthMids: []string{"połowy", "połowa"},
			Periods: map[string]Period{"końca miesiąca": EndOfMonth, "końca tygodnia": EndOfWeek, "przyszłym tygodniu": EndOfNextWeek,
				"końca roku": EndOfYear, "jutra": Tomorrow, "przyszłym miesiącu": EndOfNextMonth},
			Within:  []string{"w ciągu"},
			Clauses: []string{"do", "najpóźniej do", "przed"},
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
		Qualifiers:        []string{"w połowie", "prawie gotowe", "czekam na", "czeka na"},
		Ordinals: map[string]int{"pierwszy": 1, "pierwsza": 1, "pierwsze": 1, "drugi": 2, "druga": 2, "drugie": 2, "trzeci": 3, "trzecia": 3,
			"trzecie": 3, "czwarty": 4, "czwarta": 4, "czwarte": 4, "piąty": 5, "piąta": 5, "ostatni": -1, "ostatnia": -1, "ostatnie": -1},
		RankNouns:      []string{"krok", "punkt"},
		Except:         []string{"oprócz", "poza", "z wyjątkiem"},
		All:            []string{"wszystko", "wszystkie"},
		Reasons:        []string{"bo", "ponieważ", "gdyż"},
		Unchanged:      []string{"bez zmian", "nic nowego", "brak zmian"},
		AnswerLabels:   []string{"odpowiedź", "ad"},
		QuestionLabels: []string{"pytanie", "pyt."},
		NumberLabels:   []string{"nr", "nr."},
		Thanks:         []string{"dzięki", "dziękuję", "dziekuje", "wielkie dzięki"},
		Agreed:         []string{"ustaliliśmy", "ustalone", "uzgodnione"},
		Inline:         []string{"poniżej", "niżej"},
		HereYouGo:      []string{"proszę bardzo", "oto one"},
		Profile:        []string{"cv", "życiorys"},
		Devices:        []string{"iphone'a", "telefonu", "komórki", "androida"},
		StepNumbers:    map[string]int{"jeden": 1, "dwa": 2, "trzy": 3, "cztery": 4, "pięć": 5},
		BookYes:        []string{"tak", "pasuje", "jasne", "zgoda", "może być"},
		NotNow:         []string{"nie teraz", "później", "jeszcze nie"},
	})
}

// polishMore adds the rest of the Polish words: one literal would run over
// 80 lines.
func polishMore(l Language) Language {
	l.Markings = []string{"wewnętrzne", "do użytku wewnętrznego", "użytek wewnętrzny", "poufne", "ściśle poufne", "publiczne", "jawne"}
	l.MarkingLabels = []string{"klasyfikacja", "klauzula"}
	l.Phatic = []string{"co słychać", "jak się masz", "jak leci", "mam nadzieję, że wszystko dobrze", "mam nadzieję, że u ciebie dobrze"}
	l.PlanNouns = []string{"plan", "kroki", "działania"}
	l.Deferrals = []string{"później", "osobiście", "porozmawiamy", "zostawiam", "na spotkaniu", "zastanowię się"}
	l.AnswerNouns = []string{"kilka myśli", "kilka uwag", "odpowiedź", "odpowiedzi", "moje odpowiedzi"}
	l.Apologies = []string{"przepraszam za", "sorry za"}
	l.Requests = []string{"daj znać, jeśli", "daj znać, czy", "popraw mnie, jeśli"}
	l.WriteUps = []string{"podsumowanie", "notatki", "notatka"}
	l.Only = []string{"tylko", "na razie", "póki co"}
	l.YouWrote = []string{"napisałeś", "napisałaś"}
	l.Then = []string{"potem", "a potem", "następnie"}
	l.Greetings = []string{"cześć", "czesc", "dzień dobry", "dzien dobry", "witam", "witaj", "hej", "drogi", "droga", "szanowny", "szanowna", "szanowny panie", "szanowna pani", "szanowni państwo"}
	l.Addressees = []string{"wszystkim", "wszyscy"}
	l.SignOffs = []string{"pozdrawiam", "pozdrawiam serdecznie", "serdecznie pozdrawiam", "pozdrowienia", "serdeczne pozdrowienia", "z poważaniem",
		"z wyrazami szacunku", "dzięki", "dziękuję", "dziekuje", "miłego dnia", "do usłyszenia", "do zobaczenia", "pzdr", "dzięki i pozdrawiam", "pozdr", "pozdrawiam serdecznie i dziękuję", "z pozdrowieniami"}
	l.And = []string{"oraz"}
	l.AutoReplySubjects = []string{"automatyczna odpowiedź", "odpowiedź automatyczna", "poza biurem", "nieobecność", "nieobecny", "nieobecna"}
	l.AutoReplyBodies = []string{"jestem na urlopie", "przebywam na urlopie", "jestem poza biurem", "jestem nieobecny", "jestem nieobecna",
		"ograniczony dostęp do poczty", "nie mam dostępu do poczty", "automatyczna odpowiedź", "to jest automatyczna odpowiedź"}
	l.InOrder = []string{"w kolejności pytań", "w tej samej kolejności", "po kolei", "pytania po kolei", "w kolejności twoich pytań", "w kolejności pani pytań", "w kolejności pana pytań"}
	l.ActionHeaders = []string{"krok", "kroki", "zadanie", "zadania", "działanie", "działania", "co", "cel"}
	l.DueHeaders = []string{"termin", "data", "do kiedy", "kiedy", "deadline"}
	l.ListFrames = []string{"dam znać", "będę informować", "zgodnie z ustaleniami", "jak ustaliliśmy", "oto kroki", "ustalone kroki", "dziękuję za rozmowę", "dzięki za rozmowę"}
	l.Acknowledgements = []string{"wygląda dobrze", "dzięki", "dziękuję", "super", "zgoda", "pasuje", "w porządku"}
	l.AnswerIntros = []string{"odpowiedziałem", "odpowiedziałam", "miałem czas tylko", "miałam czas tylko"}
	l.Wishes = []string{"powodzenia", "udanego"}
	l.Promises = []string{"wyślę", "prześlę", "podeślę"}
	return l
}
