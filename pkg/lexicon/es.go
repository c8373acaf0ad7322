package lexicon

import "time"

func spanish() Language {
	return spanishCourtesy(spanishReplies(Language{
		Code:           "es",
		RemainingLeads: []string{"las últimas", "las primeras"},
		Then:           []string{"luego", "y luego", "y después", "después"},
		Greetings:      []string{"hola", "buenos días", "buenos dias", "buenas", "querido", "querida", "estimado", "estimada"},
		Addressees:     []string{"a todos", "todos", "equipo", "chicos"},
		SignOffs: []string{"saludos", "un saludo", "saludos cordiales", "gracias", "muchas gracias", "atentamente", "un abrazo", "hasta pronto",
			"un cordial saludo", "cordialmente", "besos", "saludos y gracias", "gracias y saludos", "mil gracias", "muchas gracias y un saludo", "un fuerte abrazo", "abrazos", "slds"},
		SignatureLines:    []string{"antes de imprimir", "piensa en el medio ambiente", "cuida el medio ambiente"},
		Articles:          []string{"el", "la", "y"},
		And:               []string{"y"},
		AutoReplySubjects: []string{"respuesta automática", "respuesta automatica", "fuera de la oficina", "fuera de oficina"},
		AutoReplyBodies: []string{"fuera de la oficina", "estoy de vacaciones", "respuesta automática", "responderé a tu mensaje a mi vuelta",
			"responderé a su mensaje a mi regreso", "no estoy en la oficina"},
		InOrder:          []string{"en el orden de las preguntas", "en el mismo orden", "por orden", "preguntas en orden", "en orden:", "en el orden de tus preguntas", "en el orden de sus preguntas", "en el orden de vuestras preguntas"},
		ActionHeaders:    []string{"acción", "accion", "acciones", "paso", "pasos", "tarea", "tareas", "qué", "objetivo"},
		DueHeaders:       []string{"fecha", "fecha límite", "fecha limite", "plazo", "vencimiento", "cuándo", "para cuándo"},
		LookAhead:        []string{"ya veremos", "veremos cómo", "vemos cómo va", "a ver cómo", "ya hablaremos", "con ganas de ver"},
		ListFrames:       []string{"te mantengo informado", "te mantengo al tanto", "te voy contando", "estos son los pasos", "como hablamos", "como acordamos", "avísame si me he dejado algo", "gracias por la reunión"},
		Starts:           []string{"a partir de", "desde"},
		Acknowledgements: []string{"me parece bien", "perfecto", "gracias", "muchas gracias", "de acuerdo", "todo bien"},
		AnswerIntros:     []string{"he respondido", "he contestado", "respondo a", "te respondo", "solo he tenido tiempo", "solo tuve tiempo"},
		Wishes:           []string{"mucha suerte", "suerte", "disfruta", "ánimo"},
		Promises:         []string{"te envío", "te envio", "te mando", "os envío", "le envío", "te lo envío", "te la envío", "te las envío"},
		Later:            []string{"mañana", "más tarde", "mas tarde", "esta noche", "la semana que viene", "la próxima semana"},
		Disclaimer:       []string{"confidencial", "destinatario", "por error", "prohibid", "exclusivamente", "no autorizad", "divulgación"},
		Months: map[string]time.Month{
			"enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4,
			"mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9,
			"octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
		},
		Weekdays: map[string]time.Weekday{
			"lunes": time.Monday, "martes": time.Tuesday, "miércoles": time.Wednesday,
			"miercoles": time.Wednesday, "jueves": time.Thursday, "viernes": time.Friday,
		},
		Numbers: map[string]int{
			"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "ocho": 8,
			"diez": 10, "doce": 12,
		},
		Dates: DateWords{
			Leads:        []string{"en", "para", "antes de", "antes del"},
			Before:       []string{"antes"},
			DayLeads:     []string{"antes de", "antes del", "para el"},
			MonthEnds:    []string{"fin de", "finales de", "final de"},
			MonthMids:    []string{"mediados de"},
			Periods:      map[string]Period{"próxima semana": EndOfNextWeek, "la próxima semana": EndOfNextWeek, "próximo mes": EndOfNextMonth, "el próximo mes": EndOfNextMonth, "mañana": Tomorrow},
			Within:       []string{"dentro de", "en"},
			WeekdayShort: []string{"lun", "mar", "mié", "mie", "jue", "vie", "sáb", "sab", "dom"},
			DayOf:        []string{"el día", "día", "el"},
			DaySuffixes:  []string{"º"},
			Of:           []string{"de"},
			YearOf:       []string{"de"},
			Clauses:      []string{"antes de", "antes del", "para", "para el", "para finales de", "hasta el"},
		},
		DurationDays: map[string]int{
			"día": 1, "días": 1, "dia": 1, "dias": 1, "semana": 7, "semanas": 7, "mes": 0, "meses": 0,
		},
		Headers:           map[string]string{"de": "from", "enviado": "date", "enviada": "date", "enviado el": "date", "fecha": "date", "para": "to", "asunto": "subject", "responder a": "other"},
		Separators:        []string{"mensaje original", "mensaje reenviado"},
		ForwardMarkers:    []string{"inicio del mensaje reenviado", "mensaje original"},
		Wrote:             []string{"escribió", "escribio"},
		AttributionStarts: []string{"el ", "el día"},
		DeviceLines:       []string{"enviado desde", "enviado de", "enviado con", "obtener outlook para"},
		Commands: map[string]string{
			"parar": CmdStop, "detener": CmdStop, "basta": CmdStop, "no más correos": CmdStop, "no mas correos": CmdStop,
			"no más emails": CmdStop, "darme de baja": CmdStop,
			"pausa hasta": CmdPause, "pausa hasta el": CmdPause, "pausar hasta": CmdPause, "pausar hasta el": CmdPause,
			"saltar": CmdSkip, "saltar este": CmdSkip, "saltar esta": CmdSkip, "omitir": CmdSkip, "omitir este": CmdSkip,
			"privado": CmdPrivate, "privada": CmdPrivate, "privados": CmdPrivate, "privadas": CmdPrivate,
			"ayuda":         CmdHelp,
			"menos correos": CmdFewer, "menos emails": CmdFewer, "solo si algo está bloqueado": CmdFewer, "sólo si algo está bloqueado": CmdFewer,
			"solo cuando algo esté bloqueado": CmdFewer, "sin recordatorios": CmdFewer,
			"todos los correos": CmdAllEmails,
			"también soy yo":    CmdAlias, "tambien soy yo": CmdAlias, "también yo": CmdAlias,
		},
		Courtesy: []string{"por favor", "gracias"},
	}))
}

// spanishCourtesy adds the Spanish words of protective markings, small talk,
// courtesy and announcements around the answers and steps.
func spanishCourtesy(l Language) Language {
	l.Markings = []string{"uso interno", "interno", "confidencial", "estrictamente confidencial", "público", "uso restringido", "restringido"}
	l.MarkingLabels = []string{"clasificación", "clasificacion", "confidencialidad"}
	l.Phatic = []string{"qué tal", "que tal", "cómo estás", "como estas", "cómo va", "como va", "cómo va todo", "espero que estés bien", "espero que estes bien", "todo bien"}
	l.Deferrals = []string{"más tarde", "en persona", "lo hablamos", "dejo", "en la reunión", "te contesto luego", "antes de vernos"}
	l.Apologies = []string{"perdona el", "perdona la", "perdón por", "disculpa el", "disculpa la", "disculpa por", "disculpas por", "siento el", "siento la", "lo siento por", "disculpe el", "disculpe la"}
	l.Requests = []string{"avísame si", "dime si", "corrígeme si", "avisadme si", "no dudes en decirme si"}
	l.WriteUps = []string{"resumen", "notas", "acta", "recapitulación"}
	l.Only = []string{"solo", "sólo", "por ahora", "de momento", "por el momento"}
	l.My = []string{"mi"}
	l.DeviceEnds = []string{"desde mi móvil", "desde el móvil"}
	l.YouWrote = []string{"escribiste", "usted escribió", "has escrito"}
	l.QuestionPlurals = []string{"preguntas"}
	l.Ranges = []string{"a", "al"}
	l.Remaining = []string{"el resto", "las demás", "las otras", "otras preguntas", "demás preguntas"}
	return l
}

// spanishReplies adds the words of check-ins, answer markers and replies to the review.
func spanishReplies(l Language) Language {
	l.Unchanged = []string{"sin cambios", "ningún cambio", "sigue igual", "siguen igual", "todo igual", "nada nuevo", "nada que reportar"}
	l.Statuses = StatusWords{
		"lo he dejado": Dropped, "lo dejé": Dropped, "lo he aparcado": Blocked, "aparcado": Blocked,
		"hechos": Done, "hecha": Done, "hechas": Done, "terminados": Done, "terminada": Done, "terminadas": Done, "completados": Done, "completada": Done, "bloqueados": Blocked, "bloqueadas": Blocked, "empezados": InProgress, "empezada": InProgress, "cancelados": Dropped,
		"hecho": Done, "terminado": Done, "completado": Done, "listo": Done,
		"finalizado": Done, "en progreso": InProgress, "en curso": InProgress, "empezado": InProgress,
		"iniciado": InProgress, "casi terminado": InProgress, "en proceso": InProgress, "en ello": InProgress, "a medias": InProgress, "por la mitad": InProgress, "a la mitad": InProgress, "en marcha": InProgress,
		"sin empezar": NotStarted, "no empezado": NotStarted, "no empecé": NotStarted, "no he empezado": NotStarted, "no lo empecé": NotStarted, "no iniciado": NotStarted, "sin iniciar": NotStarted,
		"pendiente": NotStarted, "todavía no": NotStarted, "aún no": NotStarted, "bloqueado": Blocked,
		"bloqueada": Blocked, "en espera": Blocked, "esperando": Blocked, "abandonado": Dropped,
		"cancelado": Dropped, "descartado": Dropped,
	}
	l.StepNouns = []string{"paso"}
	l.StepLabels = []string{"pasos", "paso"}
	l.StepNumbers = map[string]int{"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5}
	l.Joiners = []string{"y"}
	l.Ordinals = map[string]int{"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "último": -1, "última": -1}
	l.RankNouns = []string{"paso", "punto"}
	l.RankArticles = []string{"el"}
	l.Common = []string{"el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "en", "y", "mi", "mis", "tu", "tus", "su", "sus", "para", "con", "por", "antes", "yo", "es", "son", "hacer", "terminar", "acabar", "completar", "empezar", "paso", "semana", "semanas", "mes", "meses", "día", "días", "todavía", "aún", "no"}
	l.RankVerbs = []string{"es", "está"}
	l.Except = []string{"excepto", "salvo", "menos"}
	l.All = []string{"todo", "todos", "todas"}
	l.Reasons = []string{"porque", "pues"}
	l.Fillers = []string{"está", "esta", "todavía", "ya", "son", "es", "aún", "ahora", "sigue", "sigo", "que"}
	l.Qualifiers = []string{"a medias", "casi terminado"}
	l.Devices = []string{"móvil", "movil"}
	l.AnswerLabels = []string{"respuesta"}
	l.QuestionLabels = []string{"pregunta"}
	l.AnswerTags = []string{"respuesta:"}
	l.BookYes = []string{"sí", "si", "vale", "ok", "de acuerdo", "perfecto", "genial", "me parece bien", "claro", "por supuesto", "adelante", "estupendo"}
	l.NotNow = []string{"ahora no", "todavía no", "todavia no", "más tarde", "mas tarde", "más adelante", "mas adelante", "por ahora no", "de momento no"}
	l.MonthLead = []string{"en", "a principios de", "a mediados de", "a finales de", "para", "durante"}
	l.Thanks = []string{"gracias", "muchas gracias"}
	l.Profile = []string{"perfil"}
	l.PlanNouns = []string{"pasos", "plan", "acciones"}
	l.Agreed = []string{"acordados", "acordadas"}
	l.AnswerNouns = []string{"respuesta", "respuestas", "algunas ideas", "unas ideas", "unas notas", "algunas notas", "unas reflexiones"}
	l.Inline = []string{"abajo", "entre líneas", "entre lineas"}
	l.HereYouGo = []string{"aquí tienes", "aquí van", "aquí están"}
	l.QuestionRefs = []string{"en cuanto a", "sobre"}
	l.Definite = []string{"la", "el"}
	return l
}
