package lexicon

import "time"

// finnish holds the Finnish words of replies and of quoted mail.
func finnish() Language {
	return Language{
		Code:              "fi",
		Markings:          []string{"sisäinen", "luottamuksellinen", "julkinen", "rajoitettu"},
		MarkingLabels:     []string{"luokitus", "luottamuksellisuus"},
		Phatic:            []string{"mitä kuuluu", "miten menee"},
		YouWrote:          []string{"kirjoitit"},
		Then:              []string{"ja sitten", "sen jälkeen"},
		Greetings:         []string{"hei", "moi", "hyvä", "terve"},
		SignOffs:          []string{"ystävällisin terveisin", "terveisin", "kiitos", "parhain terveisin", "t.", "yst. terv."},
		Headers:           map[string]string{"lähettäjä": "from", "lähetetty": "date", "vastaanottaja": "to", "aihe": "subject"},
		Separators:        []string{"alkuperäinen viesti", "välitetty viesti"},
		Wrote:             []string{"kirjoitti"},
		DeviceLines:       []string{"lähetetty"},
		AnswerNouns:       []string{"vastaukset", "vastaukseni"},
		And:               []string{"ja"},
		AutoReplySubjects: []string{"automaattinen vastaus", "poissa toimistolta", "poissaoloilmoitus"},
		AutoReplyBodies:   []string{"olen lomalla", "olen poissa toimistolta", "tämä on automaattinen vastaus", "luen sähköpostia rajoitetusti"},
		InOrder:           []string{"kysymysten järjestyksessä", "samassa järjestyksessä"},
		ActionHeaders:     []string{"toimenpide", "toimenpiteet", "askel", "tehtävä", "tehtävät", "tavoite"},
		DueHeaders:        []string{"määräaika", "aikataulu", "päivämäärä", "milloin"},
		ListFrames:        []string{"sovitut askeleet", "sovitut toimenpiteet", "kuten sovittiin", "kerro jos unohdin jotain", "kiitos keskustelusta"},
		Acknowledgements:  []string{"näyttää hyvältä", "kuulostaa hyvältä", "kiitos", "selvä", "sopii"},
		Disclaimer:        []string{"luottamuksellinen", "vastaanottaja", "erehdyksessä", "kielletty"},
		Unchanged:         []string{"ei muutoksia", "ennallaan", "ei uutta"},
		Statuses: StatusWords{
			"valmis": Done, "valmiina": Done, "tehty": Done, "tehtynä": Done, "hoidettu": Done, "suoritettu": Done,
			"kesken": InProgress, "työn alla": InProgress, "käynnissä": InProgress, "aloitettu": InProgress, "melkein valmis": InProgress, "lähes valmis": InProgress, "puolivälissä": InProgress,
			"ei aloitettu": NotStarted, "ei vielä aloitettu": NotStarted, "ei vielä": NotStarted, "aloittamatta": NotStarted,
			"jumissa": Blocked, "odottaa": Blocked, "tauolla": Blocked, "jäissä": Blocked, "pysäytetty": Blocked,
			"jätetty pois": Dropped, "peruttu": Dropped, "hylätty": Dropped, "luovuttu": Dropped,
		},
		// The months in the nominative, partitive ("26. helmikuuta") and genitive ("maaliskuun loppuun").
		Months: map[string]time.Month{
			"tammikuu": 1, "tammikuuta": 1, "tammikuun": 1, "helmikuu": 2, "helmikuuta": 2, "helmikuun": 2,
			"maaliskuu": 3, "maaliskuuta": 3, "maaliskuun": 3, "huhtikuu": 4, "huhtikuuta": 4, "huhtikuun": 4,
			"toukokuu": 5, "toukokuuta": 5, "toukokuun": 5, "kesäkuu": 6, "kesäkuuta": 6, "kesäkuun": 6,
			"heinäkuu": 7, "heinäkuuta": 7, "heinäkuun": 7, "elokuu": 8, "elokuuta": 8, "elokuun": 8,
			"syyskuu": 9, "syyskuuta": 9, "syyskuun": 9, "lokakuu": 10, "lokakuuta": 10, "lokakuun": 10,
			"marraskuu": 11, "marraskuuta": 11, "marraskuun": 11, "joulukuu": 12, "joulukuuta": 12, "joulukuun": 12,
		},
		Dates: DateWords{
			EndsAfter: []string{"loppuun", "lopussa", "lopulla"},
			After:     []string{"mennessä"},
			Periods:   map[string]Period{"ensi viikolla": EndOfNextWeek, "ensi kuussa": EndOfNextMonth, "huomenna": Tomorrow},
		},
		StepNouns:  []string{"askel", "kohta"},
		Joiners:    []string{"ja"},
		Fillers:    []string{"vielä", "jo", "nyt"},
		Qualifiers: []string{"puolivälissä", "odottaa"},
	}
}
