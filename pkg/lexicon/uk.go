package lexicon

import "time"

// ukrainian holds the Ukrainian words of replies and of quoted mail.
// Ukrainian inflects by gender and case, so statuses ("зробив",
// "зробила"), months ("березень", "до 15 березня") and labels are listed
// in the forms a reply writes.
func ukrainian() Language {
	return ukrainianMore(Language{
		Code:         "uk",
		AnswerIntros: []string{"я відповів", "я відповіла", "встиг відповісти лише", "встигла відповісти лише"},
		Promises:     []string{"надішлю", "відправлю", "пришлю"},
		Later:        []string{"завтра", "пізніше", "ввечері", "наступного тижня"},
		Starts:       []string{"з", "починаючи з"},
		Disclaimer:   []string{"конфіденційн", "адресат", "помилково", "заборонено", "несанкціонован", "виключно для"},
		Unchanged:    []string{"без змін", "нічого нового", "змін немає"},
		Statuses: StatusWords{
			"готово": Done, "зроблено": Done, "зробив": Done, "зробила": Done, "виконано": Done, "виконав": Done, "виконала": Done,
			"завершено": Done, "закінчив": Done, "закінчила": Done,
			"в процесі": InProgress, "у процесі": InProgress, "в роботі": InProgress, "у роботі": InProgress, "почав": InProgress, "почала": InProgress,
			"майже готово": InProgress, "наполовину": InProgress,
			"не розпочато": NotStarted, "не почато": NotStarted, "не почав": NotStarted, "не почала": NotStarted, "ще не почав": NotStarted,
			"ще не почала": NotStarted, "не починав": NotStarted, "не починала": NotStarted,
			"заблоковано": Blocked, "заблокований": Blocked, "заблокована": Blocked, "на паузі": Blocked, "призупинено": Blocked,
			"скасовано": Dropped, "відмовився": Dropped, "відмовилася": Dropped, "знято": Dropped,
		},
		Months: map[string]time.Month{
			"січень": 1, "січня": 1, "січні": 1, "лютий": 2, "лютого": 2, "лютому": 2, "березень": 3, "березня": 3, "березні": 3,
			"квітень": 4, "квітня": 4, "квітні": 4, "травень": 5, "травня": 5, "травні": 5, "червень": 6, "червня": 6, "червні": 6,
			"липень": 7, "липня": 7, "липні": 7, "серпень": 8, "серпня": 8, "серпні": 8, "вересень": 9, "вересня": 9, "вересні": 9,
			"жовтень": 10, "жовтня": 10, "жовтні": 10, "листопад": 11, "листопада": 11, "листопаді": 11, "грудень": 12, "грудня": 12, "грудні": 12,
		},
		Weekdays: map[string]time.Weekday{
			"понеділок": time.Monday, "понеділка": time.Monday, "вівторок": time.Tuesday, "вівторка": time.Tuesday, "середа": time.Wednesday,
			"середу": time.Wednesday, "четвер": time.Thursday, "четверга": time.Thursday, "пʼятниця": time.Friday, "п'ятниця": time.Friday,
			"п'ятницю": time.Friday, "субота": time.Saturday, "суботу": time.Saturday, "неділя": time.Sunday, "неділю": time.Sunday,
		},
		Numbers:      map[string]int{"один": 1, "одна": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6, "вісім": 8, "десять": 10},
		DurationDays: map[string]int{"день": 1, "дні": 1, "днів": 1, "тиждень": 7, "тижні": 7, "тижнів": 7, "місяць": 0, "місяці": 0, "місяців": 0},
		Dates: DateWords{
			Leads:     []string{"до", "у", "в"},
			Before:    []string{"до"},
			DayLeads:  []string{"до", "не пізніше"},
			MonthEnds: []string{"кінця", "кінець"},
			MonthMids: []string{"середини", "середина"},
			Periods: map[string]Period{"наступного тижня": EndOfNextWeek, "кінця тижня": EndOfWeek, "кінця місяця": EndOfMonth,
				"наступного місяця": EndOfNextMonth, "кінця року": EndOfYear, "завтра": Tomorrow},
			Within:  []string{"протягом", "за"},
			Clauses: []string{"до", "не пізніше", "термін"},
		},
		Headers:           map[string]string{"від": "from", "надіслано": "date", "кому": "to", "тема": "subject", "копія": "to"},
		Separators:        []string{"переслане повідомлення", "оригінальне повідомлення", "вихідне повідомлення"},
		Wrote:             []string{"пише", "написав", "написала", "написав(ла)"},
		AttributionStarts: []string{"у "},
		DeviceLines:       []string{"надіслано з", "надіслано із"},
		Devices:           []string{"телефона", "телефону", "мобільного"},
		StepNouns:         []string{"крок", "кроку", "пункт"},
		StepLabels:        []string{"кроки", "крок", "пункт"},
		Ordinals: map[string]int{"перший": 1, "перша": 1, "перше": 1, "другий": 2, "друга": 2, "друге": 2, "третій": 3, "третя": 3,
			"третє": 3, "четвертий": 4, "п'ятий": 5, "останній": -1, "остання": -1, "останнє": -1},
		RankNouns:      []string{"крок", "пункт"},
		Except:         []string{"крім", "окрім", "за винятком"},
		All:            []string{"все", "усе", "всі", "усі"},
		Reasons:        []string{"бо", "тому що", "оскільки"},
		Fillers:        []string{"вже", "уже", "ще", "досі", "поки"},
		Qualifiers:     []string{"майже готово", "наполовину"},
		And:            []string{"і", "й"},
		Joiners:        []string{"і"},
		AnswerLabels:   []string{"відповідь"},
		QuestionLabels: []string{"питання", "запитання"},
		Thanks:         []string{"дякую", "щиро дякую", "дуже дякую"},
		PlanNouns:      []string{"кроки"},
		Agreed:         []string{"домовилися", "узгодили"},
		Deferrals:      []string{"подумаю", "пізніше", "на зустрічі"},
		AnswerNouns:    []string{"мої відповіді", "відповіді"},
		IntroEnds:      []string{"мої відповіді", "відповіді нижче", "відповідаю на питання", "відповідаю нижче"},
		Inline:         []string{"нижче", "між рядків"},
		HereYouGo:      []string{"ось", "тримай", "тримайте"},
		Profile:        []string{"резюме", "профіль"},
		BookYes:        []string{"так", "підходить", "давайте", "домовилися", "добре"},
		NotNow:         []string{"не зараз", "пізніше", "поки ні"},
	})
}

// ukrainianMore adds the rest of the Ukrainian words: one literal would run over
// 80 lines.
func ukrainianMore(l Language) Language {
	l.Markings = []string{"для службового користування", "конфіденційно", "внутрішнє", "публічне"}
	l.MarkingLabels = []string{"класифікація", "гриф"}
	l.Phatic = []string{"як справи", "як ти"}
	l.YouWrote = []string{"ви написали", "ти написав", "ти написала"}
	l.Then = []string{"потім", "а потім", "далі", "після цього"}
	l.Greetings = []string{"привіт", "добрий день", "доброго дня", "вітаю", "шановний", "шановна", "колеги"}
	l.Addressees = []string{"всім", "усім"}
	l.SignOffs = []string{"з повагою", "дякую", "з найкращими побажаннями", "гарного дня", "дякую заздалегідь"}
	l.AutoReplySubjects = []string{"автоматична відповідь", "автовідповідь", "поза офісом", "у відпустці"}
	l.AutoReplyBodies = []string{"я у відпустці", "я в відпустці", "я поза офісом", "мене немає в офісі", "обмежений доступ до пошти", "це автоматична відповідь"}
	l.Apologies = []string{"вибачте за", "вибач за", "перепрошую за"}
	l.Requests = []string{"дайте знати, якщо", "дай знати, якщо", "виправте мене, якщо", "виправ мене, якщо", "напишіть, якщо", "напиши, якщо"}
	l.WriteUps = []string{"підсумки зустрічі", "короткі підсумки", "нотатки"}
	l.Only = []string{"лише", "тільки", "поки що"}
	l.InOrder = []string{"по порядку", "в порядку питань", "у порядку питань", "в тому ж порядку", "у тому ж порядку"}
	l.ActionHeaders = []string{"крок", "кроки", "завдання", "дія", "дії", "що", "мета"}
	l.DueHeaders = []string{"термін", "дата", "коли", "дедлайн"}
	l.ListFrames = []string{"ось кроки", "як домовилися", "як ми домовилися", "триматиму в курсі", "дякую за розмову", "дякую за зустріч"}
	l.LookAhead = []string{"подивимося, як", "чекаю з нетерпінням"}
	l.Acknowledgements = []string{"виглядає добре", "все вірно", "усе вірно", "дякую", "чудово", "супер", "згоден", "згодна", "підходить"}
	return l
}
