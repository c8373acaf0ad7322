package lexicon

func dutch() Language {
	return Language{
		Code:       "nl",
		Greetings:  []string{"hoi", "beste", "goedemorgen", "goedemiddag", "dag", "hallo"},
		Addressees: []string{"allemaal", "iedereen", "allen", "team"},
		SignOffs: []string{"met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "groeten", "groetjes", "bedankt",
			"dank je", "dank je wel", "tot snel", "hartelijke groet", "met hartelijke groet", "mvg", "gr"},
		AutoReplySubjects: []string{"automatisch antwoord", "niet op kantoor"},
		AutoReplyBodies:   []string{"niet op kantoor", "met vakantie", "automatisch antwoord"},
		InOrder:           []string{"in de volgorde van de vragen", "in dezelfde volgorde", "op volgorde"},
		ActionHeaders:     []string{"actie", "acties", "stap", "stappen", "taak", "taken", "wat", "doel"},
		DueHeaders:        []string{"deadline", "datum", "uiterlijk", "wanneer", "streefdatum", "klaar op"},
		StatusHeaders:     []string{"status", "voortgang"},
		NoteHeaders:       []string{"opmerking", "opmerkingen", "toelichting", "notitie"},
		ListFrames:        []string{"dit hebben we afgesproken", "zoals besproken", "zoals afgesproken", "laat het weten als ik iets vergeten"},
		Acknowledgements:  []string{"ziet er goed uit", "prima", "top", "bedankt", "akkoord", "helemaal goed"},
		NoChange:          []string{"geen verandering", "geen wijzigingen", "niets nieuws"},
		Disclaimer:        []string{"vertrouwelijk", "geadresseerde", "per vergissing", "onbevoegd"},
	}
}
