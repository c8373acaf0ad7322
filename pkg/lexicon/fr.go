package lexicon

import "time"

func french() Language {
	return frenchCourtesy(frenchReplies(Language{
		Code:           "fr",
		Ranges:         []string{"à"},
		Remaining:      []string{"le reste", "les autres", "autres questions", "questions restantes"},
		RemainingLeads: []string{"les dernières", "les premières"},
		Then:           []string{"puis", "et puis", "ensuite", "et ensuite"},
		Greetings:      []string{"bonjour", "salut", "coucou", "cher", "chère", "bonsoir"},
		Addressees:     []string{"à tous", "tous", "à vous deux", "l'équipe"},
		SignOffs: []string{"cordialement", "bien à vous", "bien cordialement", "merci", "merci beaucoup", "bonne journée", "à bientôt",
			"amitiés", "bises", "très cordialement", "sincères salutations", "meilleures salutations", "belle journée", "bonne soirée", "salutations", "cdlt", "bien à toi", "merci encore", "merci d'avance", "merci par avance", "bonne fin de journée", "belle soirée", "excellente journée"},
		SignatureLines:    []string{"pensez à l'environnement", "avant d'imprimer", "n'imprimez ce", "siège social"},
		Articles:          []string{"le", "la", "et"},
		And:               []string{"et"},
		AutoReplySubjects: []string{"réponse automatique", "reponse automatique", "absence du bureau", "absent du bureau", "absente du bureau", "message d'absence"},
		AutoReplyBodies:   []string{"je suis absent", "je suis absente", "absent du bureau", "absente du bureau", "je traiterai votre message à mon retour", "réponse automatique", "accès limité à mes e-mails"},
		InOrder:           []string{"dans l'ordre des questions", "dans l’ordre des questions", "dans le même ordre", "dans l'ordre", "questions dans l'ordre", "dans l'ordre de tes questions", "dans l'ordre de vos questions"},
		ActionHeaders:     []string{"action", "actions", "étape", "étapes", "tâche", "tâches", "quoi", "objectif"},
		DueHeaders:        []string{"échéance", "echeance", "date", "date limite", "délai", "pour le", "quand", "date cible"},
		LookAhead:         []string{"on fera le point", "on fait le point", "nous ferons le point", "on verra", "on verra comment", "hâte de voir", "hâte d'avoir", "au plaisir"},
		ListFrames:        []string{"je te tiens au courant", "je vous tiens au courant", "voici les étapes", "comme convenu", "comme discuté", "dis-moi si j'ai oublié", "dites-moi si j'ai oublié", "merci pour l'échange"},
		Starts:            []string{"à partir de", "dès"},
		Acknowledgements:  []string{"ça me va", "parfait", "merci", "c'est bon", "très bien", "d'accord", "ok pour moi"},
		AnswerIntros:      []string{"j'ai répondu", "j’ai répondu", "eu le temps", "que le temps de"},
		Wishes:            []string{"bon courage", "bonne chance", "bonne continuation", "profite", "profitez"},
		Promises:          []string{"je t'envoie", "je vous envoie", "je t'enverrai", "je vous enverrai", "je t’envoie", "je vous l'envoie"},
		Later:             []string{"demain", "plus tard", "ce soir", "la semaine prochaine"},
		Disclaimer: []string{"confidentiel", "confidentiels", "destinataire", "destinataires", "par erreur", "intention exclusive",
			"interdit", "avertir immédiatement", "exclusivement", "non autorisé"},
		Unchanged: []string{"pas de changement", "aucun changement", "inchangé", "rien de nouveau", "sans changement", "toujours pareil", "pas de nouveauté"},
		Statuses: StatusWords{
			"terminés": Done, "terminées": Done, "terminée": Done, "faits": Done, "faites": Done, "faite": Done, "finis": Done, "finies": Done, "finie": Done, "bloqués": Blocked, "bloquées": Blocked, "commencés": InProgress, "commencée": InProgress, "abandonnés": Dropped, "abandonnée": Dropped, "annulés": Dropped, "annulée": Dropped,
			"fait": Done, "terminé": Done, "termine": Done, "fini": Done,
			"accompli": Done, "réalisé": Done, "en cours": InProgress, "commencé": InProgress,
			"presque fini": InProgress, "à moitié": InProgress, "pas commencé": NotStarted, "pas encore commencé": NotStarted,
			"non commencé": NotStarted, "pas fait": NotStarted, "pas encore fait": NotStarted, "pas encore": NotStarted,
			"bloqué": Blocked, "bloquée": Blocked, "en attente": Blocked, "en pause": Blocked,
			"abandonné": Dropped, "annulé": Dropped, "laissé tomber": Dropped,
		},
		Months: map[string]time.Month{
			"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3,
			"avril": 4, "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
			"aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
		},
		Weekdays: map[string]time.Weekday{
			"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday,
			"jeudi": time.Thursday, "vendredi": time.Friday,
		},
		Numbers: map[string]int{
			"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "dix": 10,
			"douze": 12,
		},
		Dates: frenchDates(),
		DurationDays: map[string]int{
			"jour": 1, "jours": 1, "semaine": 7, "semaines": 7, "mois": 0,
		},
		Headers:           map[string]string{"de": "from", "envoyé": "date", "envoyé le": "date", "à": "to", "objet": "subject", "répondre à": "other"},
		Separators:        []string{"message d'origine", "message d’origine", "message transféré", "message transfere"},
		ForwardMarkers:    []string{"début du message réexpédié", "début du message transféré", "message d'origine"},
		Wrote:             []string{"a écrit", "a ecrit"},
		AttributionStarts: []string{"le "},
		DeviceLines:       []string{"envoyé de", "envoyé depuis", "envoyé à partir", "envoye de", "envoye depuis"},
		Commands: map[string]string{
			"stopper": CmdStop, "arrêter": CmdStop, "arrêtez": CmdStop, "arreter": CmdStop, "plus d'e-mails": CmdStop, "plus d'emails": CmdStop,
			"plus de mails": CmdStop, "plus de courriels": CmdStop, "se désabonner": CmdStop, "désabonner": CmdStop,
			"pause jusqu'au": CmdPause, "pause jusqu'à": CmdPause, "en pause jusqu'au": CmdPause, "suspendre jusqu'au": CmdPause,
			"sauter": CmdSkip, "passer": CmdSkip, "sauter ce point": CmdSkip, "passer ce point": CmdSkip, "sauter celui-ci": CmdSkip,
			"passer celui-ci": CmdSkip,
			"privé":           CmdPrivate, "prive": CmdPrivate, "privée": CmdPrivate, "réponse privée": CmdPrivate, "confidentiel": CmdPrivate,
			"aide": CmdHelp, "au secours": CmdHelp,
			"moins d'e-mails": CmdFewer, "moins d'emails": CmdFewer, "moins de mails": CmdFewer, "moins de courriels": CmdFewer,
			"seulement si quelque chose bloque": CmdFewer, "seulement en cas de blocage": CmdFewer, "uniquement en cas de blocage": CmdFewer,
			"pas de relances":  CmdFewer,
			"tous les e-mails": CmdAllEmails, "tous les emails": CmdAllEmails,
			"c'est aussi moi": CmdAlias, "aussi moi": CmdAlias, "moi aussi": CmdAlias, "c'est moi aussi": CmdAlias,
		},
		Courtesy: []string{"merci", "svp", "stp", "s'il vous plaît", "s'il te plaît"},
	}))
}

// frenchCourtesy adds the French words of protective markings, small talk,
// courtesy and announcements around the answers and steps.
func frenchCourtesy(l Language) Language {
	l.Markings = []string{"interne", "usage interne", "diffusion interne", "diffusion restreinte", "confidentiel", "strictement confidentiel", "public", "c1 - public", "c2 - interne", "c3 - confidentiel"}
	l.MarkingLabels = []string{"classification", "sensibilité", "niveau de confidentialité"}
	l.Phatic = []string{"ça va", "ca va", "comment ça va", "comment vas-tu", "comment allez-vous", "j'espère que tu vas bien", "j'espère que vous allez bien", "tout va bien"}
	l.Deferrals = []string{"plus tard", "je reviendrai", "en personne", "on en parle", "on en reparle", "je laisse", "lors de l'entretien", "avant notre rendez-vous"}
	l.Apologies = []string{"désolé pour", "désolée pour", "désolé du", "désolée du", "désolé de", "désolée de", "pardon pour", "toutes mes excuses pour", "mes excuses pour", "excuse-moi pour", "excusez-moi pour"}
	l.Requests = []string{"dis-moi si", "dites-moi si", "corrige-moi si", "corrigez-moi si", "préviens-moi si", "prévenez-moi si"}
	l.WriteUps = []string{"résumé", "récapitulatif", "récap", "compte rendu", "compte-rendu", "notes"}
	l.Only = []string{"seul", "seule", "seulement", "juste", "pour l'instant", "pour le moment"}
	l.My = []string{"mon", "ma"}
	l.DeviceEnds = []string{"depuis mon mobile"}
	l.YouWrote = []string{"vous avez écrit", "vous avez ecrit", "tu as écrit", "tu as ecrit"}
	l.QuestionPlurals = []string{"questions"}
	return l
}

// frenchReplies adds the words of check-ins, answer markers and replies to the review.
func frenchReplies(l Language) Language {
	l.StepNouns = []string{"étape", "etape", "point"}
	l.StepLabels = []string{"étapes", "étape", "etapes", "etape"}
	l.StepNumbers = map[string]int{"deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
	l.Joiners = []string{"et"}
	l.Ordinals = map[string]int{"premier": 1, "première": 1, "deuxième": 2, "seconde": 2, "troisième": 3, "quatrième": 4, "dernier": -1, "dernière": -1}
	l.RankNouns = []string{"étape", "point-là"}
	l.RankArticles = []string{"le", "la"}
	l.Common = []string{"le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "en", "et", "ou", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "pour", "avec", "dans", "sur", "par", "avant", "après", "je", "on", "nous", "est", "sont", "faire", "finir", "terminer", "commencer", "mettre", "jour", "jours", "étape", "semaine", "semaines", "mois", "pas", "encore", "toujours"}
	l.RankVerbs = []string{"est", "a", "sont", "ont"}
	l.Except = []string{"sauf"}
	l.All = []string{"tout", "tous", "toutes"}
	l.Reasons = []string{"car", "puisque"}
	l.Fillers = []string{"est", "c'est", "encore", "déjà", "sont", "toujours", "maintenant", "enfin", "qui"}
	l.Qualifiers = []string{"à moitié", "presque fini"}
	l.AnswerLabels = []string{"réponse", "reponse"}
	l.NumberLabels = []string{"n°", "nº"}
	l.AnswerTags = []string{"réponse:", "r:"}
	l.BookYes = []string{"oui", "ok", "d'accord", "d’accord", "parfait", "très bien", "tres bien", "ça marche", "ca marche", "ça me va", "ca me va", "volontiers", "avec plaisir", "c'est bon", "entendu"}
	l.NotNow = []string{"pas maintenant", "pas pour le moment", "plus tard", "pas encore", "pas tout de suite", "trop tôt"}
	l.MonthLead = []string{"en", "début", "debut", "mi", "fin", "au mois de", "courant", "dans le courant de"}
	l.Thanks = []string{"merci"}
	l.Postscripts = []string{"p.-s."}
	l.Profile = []string{"profil", "cv"}
	l.PlanNouns = []string{"étapes", "plan", "actions"}
	l.Agreed = []string{"convenu", "convenues"}
	l.AnswerNouns = []string{"réponse", "réponses", "quelques idées", "quelques réflexions", "quelques pistes"}
	l.Inline = []string{"ci-dessous", "dessous", "entre les lignes", "entre lignes"}
	l.HereYouGo = []string{"voilà", "voila", "voici"}
	l.QuestionRefs = []string{"pour"}
	l.Definite = []string{"la"}
	return l
}

// frenchDates are the French words of due dates.
func frenchDates() DateWords {
	return DateWords{
		Leads:        []string{"en", "d'ici", "avant", "avant le"},
		Before:       []string{"avant"},
		DayLeads:     []string{"avant le"},
		MonthEnds:    []string{"fin", "fin de", "fin d'"},
		MonthMids:    []string{"mi-", "la mi-", "mi"},
		Periods:      map[string]Period{"semaine prochaine": EndOfNextWeek, "la semaine prochaine": EndOfNextWeek, "mois prochain": EndOfNextMonth, "demain": Tomorrow},
		Within:       []string{"dans", "d'ici", "en"},
		WeekdayShort: []string{"lun", "mar", "mer", "jeu", "ven", "sam", "dim"},
		DaySuffixes:  []string{"er"},
		Clauses:      []string{"avant", "avant le", "avant la", "avant fin", "d'ici", "d'ici le", "d'ici la", "d'ici à", "pour le", "la semaine du", "semaine du"},
	}
}
