package lexicon

import "time"

// finnish holds the Finnish words of replies and of quoted mail. Finnish
// puts "by" after the date ("31.3. mennessä"); the leads here are the
// words that stand before it ("viimeistään", "ennen").
func finnish() Language {
	return finnishReplies(Language{
		Code:          "fi",
		Phatic:        []string{"mitä kuuluu", "miten menee"},
		MarkingLabels: []string{"luokitus", "luottamuksellisuus"},
		Markings:      []string{"sisäinen", "luottamuksellinen", "julkinen", "rajoitettu"},
		YouWrote:      []string{"kirjoitit"},
		Then:          []string{"ja sitten", "sen jälkeen"},
		Greetings:     []string{"hei", "moi", "moikka", "terve", "hyvä", "huomenta", "hyvää huomenta", "päivää", "hei hei"},
		Addressees:    []string{"kaikki", "kaikille"},
		SignOffs: []string{"ystävällisin terveisin", "terveisin", "kiitos", "parhain terveisin", "t.", "terv.", "terv", "kiitos paljon",
			"kiitos jo etukäteen", "hyvää päivänjatkoa", "hyvää viikonloppua", "nähdään", "kiitti", "yst. terv."},
		SignatureLines:    []string{"y-tunnus", "ajattele ympäristöä"},
		Articles:          []string{"ja"},
		And:               []string{"ja"},
		AutoReplySubjects: []string{"automaattinen vastaus", "poissa toimistolta", "poissaoloilmoitus", "lomalla"},
		AutoReplyBodies: []string{"olen lomalla", "olen poissa toimistolta", "olen vuosilomalla", "olen sairauslomalla", "olen matkoilla",
			"olen poissa", "luen sähköpostiani rajoitetusti", "en lue sähköpostiani", "tämä on automaattinen vastaus", "luen sähköpostia rajoitetusti"},
		InOrder:          []string{"kysymysten järjestyksessä", "samassa järjestyksessä", "järjestyksessä"},
		ActionHeaders:    []string{"toimenpide", "toimenpiteet", "askel", "askeleet", "vaihe", "vaiheet", "tehtävä", "tehtävät", "mitä", "tavoite"},
		DueHeaders:       []string{"määräaika", "takaraja", "päivämäärä", "milloin", "deadline", "mennessä", "eräpäivä", "aikataulu"},
		ListFrames:       []string{"kerro jos", "kerro, jos", "pidän sinut ajan tasalla", "tässä askeleet", "kuten sovittiin", "kuten sovimme", "kuten puhuimme", "kerro, jos unohdin jotain", "kiitos keskustelusta", "sovitut askeleet", "sovitut toimenpiteet", "kerro jos unohdin jotain"},
		Acknowledgements: []string{"näyttää hyvältä", "kuulostaa hyvältä", "kiitos", "täydellistä", "selvä", "sopii", "hyvä"},
		Wishes:           []string{"onnea", "tsemppiä", "nauti"},
		AnswerIntros:     []string{"olen vastannut", "vastasin"},
		Promises:         []string{"lähetän listan", "lähetän askeleet", "lähetän"},
		Later:            []string{"huomenna", "myöhemmin", "illalla", "ensi viikolla"},
		Disclaimer:       []string{"luottamuksellinen", "vastaanottaja", "vahingossa", "yksinomaan", "kielletty", "luvaton", "tarkoitettu ainoastaan", "erehdyksessä"},
		Unchanged:        []string{"ei muutoksia", "ei muutosta", "ennallaan", "ei uutta", "sama kuin viimeksi"},
		Statuses: StatusWords{
			"valmis": Done, "valmiina": Done, "tehty": Done, "hoidettu": Done, "suoritettu": Done,
			"kesken": InProgress, "työn alla": InProgress, "käynnissä": InProgress, "aloitettu": InProgress, "melkein valmis": InProgress,
			"puolivälissä": InProgress, "menossa": InProgress,
			"ei aloitettu": NotStarted, "ei vielä aloitettu": NotStarted, "aloittamatta": NotStarted, "ei vielä": NotStarted,
			"jumissa": Blocked, "odottaa": Blocked, "tauolla": Blocked, "pysähdyksissä": Blocked, "estetty": Blocked, "blokattu": Blocked,
			"peruttu": Dropped, "peruutettu": Dropped, "hylätty": Dropped, "jätetty pois": Dropped, "luovuttu": Dropped, "jäissä": Blocked, "lähes valmis": InProgress, "pysäytetty": Blocked, "tehtynä": Done,
		},
		Months: map[string]time.Month{
			"tammikuu": 1, "tammikuun": 1, "tammikuuta": 1, "helmikuu": 2, "helmikuun": 2, "helmikuuta": 2,
			"maaliskuu": 3, "maaliskuun": 3, "maaliskuuta": 3, "huhtikuu": 4, "huhtikuun": 4, "huhtikuuta": 4,
			"toukokuu": 5, "toukokuun": 5, "toukokuuta": 5, "kesäkuu": 6, "kesäkuun": 6, "kesäkuuta": 6,
			"heinäkuu": 7, "heinäkuun": 7, "heinäkuuta": 7, "elokuu": 8, "elokuun": 8, "elokuuta": 8,
			"syyskuu": 9, "syyskuun": 9, "syyskuuta": 9, "lokakuu": 10, "lokakuun": 10, "lokakuuta": 10,
			"marraskuu": 11, "marraskuun": 11, "marraskuuta": 11, "joulukuu": 12, "joulukuun": 12, "joulukuuta": 12,
		},
		Weekdays: map[string]time.Weekday{
			"maanantai": time.Monday, "maanantaina": time.Monday, "tiistai": time.Tuesday, "tiistaina": time.Tuesday,
			"keskiviikko": time.Wednesday, "keskiviikkona": time.Wednesday, "torstai": time.Thursday, "torstaina": time.Thursday,
			"perjantai": time.Friday, "perjantaina": time.Friday,
		},
		Numbers: map[string]int{"kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7, "kahdeksan": 8, "kymmenen": 10},
		DurationDays: map[string]int{"päivä": 1, "päivää": 1, "päivän": 1, "viikko": 7, "viikkoa": 7, "viikon": 7,
			"kuukausi": 0, "kuukautta": 0, "kuukauden": 0},
		Dates: DateWords{
			Leads:     []string{"viimeistään", "ennen"},
			Before:    []string{"ennen"},
			DayLeads:  []string{"viimeistään", "ennen"},
			EndsAfter: []string{"loppuun", "lopussa", "lopulla"},
			After:     []string{"mennessä"},
			Periods: map[string]Period{"ensi viikolla": EndOfNextWeek, "ensi viikkoon mennessä": EndOfNextWeek, "viikon loppuun mennessä": EndOfWeek,
				"kuun loppuun mennessä": EndOfMonth, "ensi kuussa": EndOfNextMonth, "huomenna": Tomorrow, "vuoden loppuun mennessä": EndOfYear},
			Clauses: []string{"viimeistään", "ennen"},
		},
		Headers:        map[string]string{"lähettäjä": "from", "lähetetty": "date", "päivämäärä": "date", "vastaanottaja": "to", "kopio": "to", "aihe": "subject"},
		Separators:     []string{"alkuperäinen viesti", "välitetty viesti", "edelleenlähetetty viesti"},
		ForwardMarkers: []string{"välitetty viesti", "edelleenlähetetty viesti"},
		Wrote:          []string{"kirjoitti"},
		DeviceLines:    []string{"lähetetty"},
	})
}

// finnishReplies adds the Finnish words of check-ins, answer markers and
// the lines around answers and steps.
func finnishReplies(l Language) Language {
	l.StepNouns = []string{"askel", "vaihe", "kohta"}
	l.StepLabels = []string{"askel", "vaihe", "kohta"}
	l.Joiners = []string{"ja"}
	l.Ordinals = map[string]int{"ensimmäinen": 1, "kolmas": 3, "neljäs": 4, "viides": 5, "viimeinen": -1}
	l.Except = []string{"paitsi"}
	l.All = []string{"kaikki"}
	l.Reasons = []string{"koska"}
	l.Fillers = []string{"vielä", "nyt", "jo", "edelleen"}
	l.Qualifiers = []string{"melkein valmis", "puolivälissä", "odottaa"}
	l.Devices = []string{"puhelin", "puhelimesta", "iphonesta"}
	l.AnswerLabels = []string{"vastaus"}
	l.QuestionLabels = []string{"kysymys"}
	l.AnswerTags = []string{"vastaus:"}
	l.Thanks = []string{"kiitos", "kiitti", "kiitos paljon"}
	l.PlanNouns = []string{"askeleet", "vaiheet"}
	l.Agreed = []string{"sovitut", "sovittiin", "sovimme"}
	l.Deferrals = []string{"palaan", "mietin", "myöhemmin", "tapaamisessa"}
	l.AnswerNouns = []string{"vastaukset", "vastaukseni"}
	l.Inline = []string{"alla", "rivien välissä"}
	l.HereYouGo = []string{"ole hyvä"}
	l.Courtesy = []string{"kiitos"}
	return l
}
