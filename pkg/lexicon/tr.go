package lexicon

// turkish holds the Turkish words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Turkish mail client quotes, though it reads answers in
// the languages with status and date words only.
func turkish() Language {
	return Language{
		Code:          "tr",
		Markings:      []string{"dahili", "kurum içi", "gizli", "hizmete özel", "genel", "kamuya açık"},
		MarkingLabels: []string{"sınıflandırma", "gizlilik"},
		Phatic:        []string{"nasılsın", "nasılsınız", "naber"},
		Then:          []string{"ve sonra", "ardından"},
		Greetings:     []string{"merhaba", "selam", "sayın"},
		SignOffs:      []string{"saygılarımla", "iyi çalışmalar", "teşekkürler", "teşekkür ederim", "selamlar", "sevgiler"},
		Headers:       map[string]string{"kimden": "from", "gönderildi": "date", "kime": "to", "konu": "subject", "tarih": "date"},
		Separators:    []string{"orijinal mesaj"},
		Wrote:         []string{"yazdı"},
	}
}
