package lexicon

func french() Language {
	return Language{
		Code:       "fr",
		Greetings:  []string{"bonjour", "salut", "coucou", "cher", "chère", "bonsoir"},
		Addressees: []string{"à tous", "tous", "à vous deux", "l'équipe"},
		SignOffs: []string{"cordialement", "bien à vous", "bien cordialement", "merci", "merci beaucoup", "bonne journée", "à bientôt",
			"amitiés", "bises", "très cordialement", "sincères salutations", "meilleures salutations", "belle journée", "bonne soirée", "salutations"},
		AutoReplySubjects: []string{"réponse automatique", "reponse automatique", "absence du bureau", "absent du bureau", "absente du bureau", "message d'absence"},
		AutoReplyBodies:   []string{"je suis absent", "je suis absente", "absent du bureau", "absente du bureau", "je traiterai votre message à mon retour", "réponse automatique", "accès limité à mes e-mails"},
		InOrder:           []string{"dans l'ordre des questions", "dans l’ordre des questions", "dans le même ordre", "dans l'ordre"},
		ActionHeaders:     []string{"action", "actions", "étape", "étapes", "tâche", "tâches", "quoi", "objectif"},
		DueHeaders:        []string{"échéance", "echeance", "date", "date limite", "délai", "pour le", "quand", "date cible"},
		StatusHeaders:     []string{"statut", "état", "avancement"},
		NoteHeaders:       []string{"commentaire", "commentaires", "remarque", "remarques", "note", "notes"},
		ListFrames:        []string{"voici les étapes", "comme convenu", "comme discuté", "dis-moi si j'ai oublié", "dites-moi si j'ai oublié", "merci pour l'échange"},
		Acknowledgements:  []string{"ça me va", "parfait", "merci", "c'est bon", "très bien", "d'accord", "ok pour moi"},
		NoChange:          []string{"pas de changement", "rien de nouveau", "aucun changement", "pas d'avancement"},
		Disclaimer: []string{"confidentiel", "confidentiels", "destinataire", "destinataires", "par erreur", "intention exclusive",
			"interdite", "avertir immédiatement"},
	}
}
