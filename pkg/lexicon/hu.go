package lexicon

// hungarian holds the Hungarian words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Hungarian mail client quotes, though it reads answers in
// the languages with status and date words only.
func hungarian() Language {
	return Language{
		Code:          "hu",
		Markings:      []string{"belső", "bizalmas", "nyilvános", "belső használatra"},
		MarkingLabels: []string{"besorolás", "minősítés"},
		Phatic:        []string{"hogy vagy", "hogy van"},
		Then:          []string{"aztán", "majd", "és aztán"},
		Greetings:     []string{"szia", "sziasztok", "kedves", "jó napot"},
		SignOffs:      []string{"üdvözlettel", "köszönöm", "üdv", "köszönettel", "barátsággal"},
		Headers:       map[string]string{"feladó": "from", "küldve": "date", "címzett": "to", "tárgy": "subject"},
		Separators:    []string{"eredeti üzenet"},
		Wrote:         []string{"írta"},
	}
}
