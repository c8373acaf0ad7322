package lexicon

// turkish holds the Turkish words of quoted mail: the reader recognises
// the history a Turkish mail client quotes, though it reads answers in
// the languages with status and date words only.
func turkish() Language {
	return Language{
		Code:       "tr",
		Headers:    map[string]string{"kimden": "from", "gönderildi": "date", "kime": "to", "konu": "subject", "tarih": "date"},
		Separators: []string{"orijinal mesaj"},
		Wrote:      []string{"yazdı"},
	}
}
