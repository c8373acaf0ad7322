package lexicon

func italian() Language {
	return Language{
		Code:       "it",
		Greetings:  []string{"ciao", "salve", "buongiorno", "gentile", "caro", "cara"},
		Addressees: []string{"a tutti", "tutti", "ragazzi"},
		SignOffs: []string{"cordiali saluti", "saluti", "grazie", "grazie mille", "a presto", "un saluto", "buona giornata",
			"distinti saluti", "un caro saluto"},
		AutoReplySubjects: []string{"risposta automatica", "fuori sede", "fuori ufficio"},
		AutoReplyBodies:   []string{"fuori ufficio", "fuori sede", "sono in ferie", "risposta automatica"},
		InOrder:           []string{"nell'ordine delle domande", "nello stesso ordine"},
		ActionHeaders:     []string{"azione", "azioni", "passo", "passi", "attività", "compito"},
		DueHeaders:        []string{"scadenza", "entro", "data", "quando"},
		StatusHeaders:     []string{"stato", "avanzamento"},
		NoteHeaders:       []string{"commento", "commenti", "note"},
		ListFrames:        []string{"ecco i passi", "come concordato", "come discusso", "fammi sapere se ho dimenticato"},
		Acknowledgements:  []string{"va bene", "perfetto", "grazie", "d'accordo"},
		NoChange:          []string{"nessun cambiamento", "niente di nuovo", "nessuna novità"},
		Disclaimer:        []string{"riservat", "destinatario", "per errore"},
	}
}
