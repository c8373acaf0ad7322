package lexicon

import "time"

// russian holds the Russian words of replies and of quoted mail. Russian
// inflects by gender and case, so statuses ("сделал", "сделала"), months
// ("март", "до 15 марта") and labels are listed in the forms a reply
// writes.
func russian() Language {
	return russianMore(Language{
		Code:       "ru",
		Promises:   []string{"пришлю", "отправлю", "вышлю"},
		Later:      []string{"завтра", "позже", "вечером", "на следующей неделе"},
		Starts:     []string{"с", "начиная с"},
		Disclaimer: []string{"конфиденциальн", "адресат", "по ошибке", "запрещено", "запрещается", "несанкционированн", "исключительно для"},
		Unchanged:  []string{"без изменений", "ничего нового", "изменений нет", "всё по-прежнему", "все по-прежнему"},
		Statuses: StatusWords{
			"готово": Done, "сделано": Done, "сделал": Done, "сделала": Done, "выполнено": Done, "выполнен": Done, "выполнена": Done,
			"завершено": Done, "завершён": Done, "завершен": Done, "закончил": Done, "закончила": Done, "закрыто": Done,
			"в процессе": InProgress, "в работе": InProgress, "начал": InProgress, "начала": InProgress, "начато": InProgress,
			"почти готово": InProgress, "наполовину": InProgress, "делаю": InProgress,
			"не начато": NotStarted, "не начат": NotStarted, "не начал": NotStarted, "не начала": NotStarted, "ещё не начал": NotStarted,
			"еще не начал": NotStarted, "ещё не начала": NotStarted, "еще не начала": NotStarted, "не приступал": NotStarted, "не приступала": NotStarted,
			"заблокировано": Blocked, "заблокирован": Blocked, "заблокирована": Blocked, "блокер": Blocked, "на паузе": Blocked, "приостановлено": Blocked,
			"отменено": Dropped, "отменён": Dropped, "отменен": Dropped, "отказался": Dropped, "отказалась": Dropped, "снято": Dropped,
		},
		Months: map[string]time.Month{
			"январь": 1, "января": 1, "январе": 1, "февраль": 2, "февраля": 2, "феврале": 2, "март": 3, "марта": 3, "марте": 3,
			"апрель": 4, "апреля": 4, "апреле": 4, "май": 5, "мая": 5, "мае": 5, "июнь": 6, "июня": 6, "июне": 6,
			"июль": 7, "июля": 7, "июле": 7, "август": 8, "августа": 8, "августе": 8, "сентябрь": 9, "сентября": 9, "сентябре": 9,
			"октябрь": 10, "октября": 10, "октябре": 10, "ноябрь": 11, "ноября": 11, "ноябре": 11, "декабрь": 12, "декабря": 12, "декабре": 12,
		},
		Weekdays: map[string]time.Weekday{
			"понедельник": time.Monday, "понедельника": time.Monday, "вторник": time.Tuesday, "вторника": time.Tuesday, "среда": time.Wednesday,
			"среду": time.Wednesday, "среды": time.Wednesday, "четверг": time.Thursday, "четверга": time.Thursday, "пятница": time.Friday,
			"пятницу": time.Friday, "пятницы": time.Friday, "суббота": time.Saturday, "субботу": time.Saturday, "воскресенье": time.Sunday,
		},
		Numbers:      map[string]int{"один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "восемь": 8, "десять": 10},
		DurationDays: map[string]int{"день": 1, "дня": 1, "дней": 1, "неделя": 7, "недели": 7, "недель": 7, "неделю": 7, "месяц": 0, "месяца": 0, "месяцев": 0},
		Dates: DateWords{
			Leads:     []string{"до", "в", "к"},
			Before:    []string{"до"},
			DayLeads:  []string{"до", "к", "не позднее"},
			MonthEnds: []string{"конца", "конец"},
			MonthMids: []string{"середины", "середина"},
			Periods: map[string]Period{"на следующей неделе": EndOfNextWeek, "следующей неделе": EndOfNextWeek, "конца недели": EndOfWeek, "конца месяца": EndOfMonth,
				"следующем месяце": EndOfNextMonth, "конца года": EndOfYear, "завтра": Tomorrow},
			Within:  []string{"в течение", "за"},
			Clauses: []string{"до", "не позднее", "срок"},
		},
		Headers:           map[string]string{"от": "from", "отправлено": "date", "кому": "to", "тема": "subject", "дата": "date", "копия": "to"},
		Separators:        []string{"исходное сообщение", "пересылаемое сообщение", "пересланное сообщение"},
		Wrote:             []string{"написал", "написала", "пишет", "писал", "написал(а)"},
		AttributionStarts: []string{"в "},
		DeviceLines:       []string{"отправлено с", "отправлено из", "отправлено со"},
		Devices:           []string{"телефон", "телефона", "мобильного", "айфона"},
		StepNouns:         []string{"шаг", "шага", "пункт"},
		StepLabels:        []string{"шаги", "шаг", "пункт"},
		Ordinals: map[string]int{"первый": 1, "первая": 1, "первое": 1, "второй": 2, "вторая": 2, "второе": 2, "третий": 3, "третья": 3,
			"третье": 3, "четвёртый": 4, "четвертый": 4, "пятый": 5, "последний": -1, "последняя": -1, "последнее": -1},
		RankNouns:      []string{"шаг", "пункт"},
		Except:         []string{"кроме", "за исключением"},
		All:            []string{"всё", "все"},
		Reasons:        []string{"потому что", "так как", "поскольку"},
		Fillers:        []string{"уже", "ещё", "еще", "пока", "всё ещё", "все еще"},
		Qualifiers:     []string{"почти готово", "наполовину"},
		And:            []string{"и"},
		Joiners:        []string{"и"},
		AnswerLabels:   []string{"ответ", "по вопросу"},
		QuestionLabels: []string{"вопрос"},
		NumberLabels:   []string{"№"},
		Thanks:         []string{"спасибо", "большое спасибо"},
		PlanNouns:      []string{"шаги"},
		Agreed:         []string{"договорились", "согласовали"},
		Deferrals:      []string{"подумаю", "позже", "на встрече"},
		AnswerNouns:    []string{"мои ответы", "ответы"},
		IntroEnds:      []string{"мои ответы", "ответы ниже", "отвечаю на вопросы", "отвечаю ниже"},
		Inline:         []string{"ниже", "между строк"},
		HereYouGo:      []string{"вот", "держи", "держите"},
		Profile:        []string{"резюме", "профиль"},
		BookYes:        []string{"да", "подходит", "давайте", "договорились", "хорошо"},
		NotNow:         []string{"не сейчас", "позже", "пока нет"},
	})
}

// russianMore adds the rest of the Russian words: one literal would run over
// 80 lines.
func russianMore(l Language) Language {
	l.Markings = []string{"для служебного пользования", "конфиденциально", "внутреннее", "публичное"}
	l.MarkingLabels = []string{"классификация", "гриф"}
	l.Phatic = []string{"как дела", "как ты", "надеюсь, у тебя всё хорошо"}
	l.YouWrote = []string{"вы написали", "ты написал", "ты написала"}
	l.Then = []string{"потом", "а потом", "затем", "и потом", "после этого"}
	l.Greetings = []string{"привет", "здравствуйте", "добрый день", "доброе утро", "уважаемый", "уважаемая", "коллеги"}
	l.Addressees = []string{"всем", "все"}
	l.SignOffs = []string{"с уважением", "спасибо", "всего доброго", "с наилучшими пожеланиями", "хорошего дня", "заранее спасибо", "спасибо заранее"}
	l.AutoReplySubjects = []string{"автоматический ответ", "автоответ", "нет на месте", "вне офиса", "в отпуске"}
	l.AutoReplyBodies = []string{"я в отпуске", "я нахожусь в отпуске", "я вне офиса", "меня нет в офисе", "ограниченный доступ к почте", "это автоматический ответ", "нет доступа к почте"}
	l.Apologies = []string{"извините за", "простите за", "прошу прощения за", "извини за", "сорри за"}
	l.Requests = []string{"дайте знать, если", "дай знать, если", "поправьте меня, если", "поправь меня, если", "напишите, если", "напиши, если"}
	l.WriteUps = []string{"резюме встречи", "итоги встречи", "краткие итоги", "заметки"}
	l.Only = []string{"только", "пока"}
	l.InOrder = []string{"по порядку", "в порядке вопросов", "в том же порядке", "по порядку вопросов"}
	l.ActionHeaders = []string{"шаг", "шаги", "задача", "задачи", "действие", "действия", "что", "цель"}
	l.DueHeaders = []string{"срок", "дата", "до какого числа", "когда", "дедлайн"}
	l.ListFrames = []string{"вот шаги", "вот о чём мы договорились", "как договорились", "как мы договорились", "буду держать в курсе", "спасибо за разговор", "спасибо за встречу"}
	l.LookAhead = []string{"посмотрим, как", "жду с нетерпением"}
	l.Acknowledgements = []string{"выглядит хорошо", "всё верно", "все верно", "спасибо", "отлично", "супер", "согласен", "согласна", "подходит"}
	l.AnswerIntros = []string{"я ответил", "я ответила", "успел ответить только", "успела ответить только"}
	return l
}
