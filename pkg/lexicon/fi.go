package lexicon

// finnish holds the Finnish words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Finnish mail client quotes, though it reads answers in
// the languages with status and date words only.
func finnish() Language {
	return Language{
		Code:          "fi",
		Markings:      []string{"sisäinen", "luottamuksellinen", "julkinen", "rajoitettu"},
		MarkingLabels: []string{"luokitus", "luottamuksellisuus"},
		Phatic:        []string{"mitä kuuluu", "miten menee"},
		YouWrote:      []string{"kirjoitit"},
		Then:          []string{"ja sitten", "sen jälkeen"},
		Greetings:     []string{"hei", "moi", "hyvä"},
		SignOffs:      []string{"ystävällisin terveisin", "terveisin", "kiitos", "parhain terveisin"},
		Headers:       map[string]string{"lähettäjä": "from", "lähetetty": "date", "vastaanottaja": "to", "aihe": "subject"},
		Separators:    []string{"alkuperäinen viesti", "välitetty viesti"},
		Wrote:         []string{"kirjoitti"},
		DeviceLines:   []string{"lähetetty"},
	}
}
