package lexicon

func german() Language {
	return Language{
		Code:       "de",
		Greetings:  []string{"hallo", "liebe", "lieber", "liebes", "guten morgen", "guten tag", "moin", "servus", "sehr geehrte", "sehr geehrter"},
		Addressees: []string{"zusammen", "alle", "ihr beiden", "team"},
		SignOffs: []string{"viele grüße", "viele grüsse", "beste grüße", "beste grüsse", "liebe grüße", "liebe grüsse", "lg", "vg", "mfg",
			"mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "freundliche grüsse", "gruß", "grüße", "danke",
			"vielen dank", "bis bald", "herzliche grüße", "herzliche grüsse", "schöne grüße", "schöne grüsse", "mit besten grüßen", "besten dank"},
		AutoReplySubjects: []string{"abwesenheitsnotiz", "automatische antwort", "abwesend", "außer haus", "ausser haus", "nicht im büro"},
		AutoReplyBodies: []string{"nicht im büro", "nicht im buero", "ich bin im urlaub", "bin ich im urlaub", "außer haus", "ausser haus", "keinen zugriff auf meine e-mails",
			"eingeschränktem zugriff", "automatische antwort"},
		InOrder:          []string{"in der reihenfolge der fragen", "der reihenfolge nach", "der reihe nach", "in derselben reihenfolge", "in gleicher reihenfolge"},
		ActionHeaders:    []string{"maßnahme", "massnahme", "maßnahmen", "schritt", "schritte", "aufgabe", "aufgaben", "was", "aktion", "ziel"},
		DueHeaders:       []string{"fällig", "fällig bis", "faellig", "frist", "termin", "bis", "bis wann", "datum", "zieldatum", "deadline"},
		StatusHeaders:    []string{"status", "stand", "fortschritt"},
		NoteHeaders:      []string{"kommentar", "anmerkung", "anmerkungen", "notiz", "bemerkung", "details"},
		ListFrames:       []string{"hier die vereinbarten schritte", "wie besprochen", "wie vereinbart", "sag bescheid, falls ich etwas vergessen", "melde dich, falls", "danke für das gespräch"},
		Acknowledgements: []string{"sieht gut aus", "passt", "danke", "vielen dank", "super", "perfekt", "alles klar", "einverstanden"},
		NoChange:         []string{"keine änderung", "keine änderungen", "nichts neues", "unverändert", "kein fortschritt"},
		Disclaimer: []string{"vertraulich", "empfänger", "adressat", "irrtümlich", "unbefugte weitergabe", "unerlaubte", "rechtlich geschützte",
			"nicht der richtige"},
	}
}
