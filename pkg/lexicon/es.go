package lexicon

func spanish() Language {
	return Language{
		Code:       "es",
		Greetings:  []string{"hola", "buenos días", "buenos dias", "buenas", "querido", "querida", "estimado", "estimada"},
		Addressees: []string{"a todos", "todos", "equipo", "chicos"},
		SignOffs: []string{"saludos", "un saludo", "saludos cordiales", "gracias", "muchas gracias", "atentamente", "un abrazo", "hasta pronto",
			"un cordial saludo", "cordialmente", "besos"},
		AutoReplySubjects: []string{"respuesta automática", "respuesta automatica", "fuera de la oficina", "fuera de oficina"},
		AutoReplyBodies: []string{"fuera de la oficina", "estoy de vacaciones", "respuesta automática", "responderé a tu mensaje a mi vuelta",
			"responderé a su mensaje a mi regreso", "no estoy en la oficina"},
		InOrder:          []string{"en el orden de las preguntas", "en el mismo orden", "por orden"},
		ActionHeaders:    []string{"acción", "accion", "acciones", "paso", "pasos", "tarea", "tareas", "qué", "objetivo"},
		DueHeaders:       []string{"fecha", "fecha límite", "fecha limite", "plazo", "vencimiento", "cuándo", "para cuándo"},
		StatusHeaders:    []string{"estado", "progreso", "avance"},
		NoteHeaders:      []string{"comentario", "comentarios", "nota", "notas", "observaciones"},
		ListFrames:       []string{"estos son los pasos", "como hablamos", "como acordamos", "avísame si me he dejado algo", "gracias por la reunión"},
		Acknowledgements: []string{"me parece bien", "perfecto", "gracias", "muchas gracias", "de acuerdo", "todo bien"},
		NoChange:         []string{"sin cambios", "nada nuevo", "ningún cambio", "sin novedades"},
		Disclaimer:       []string{"confidencial", "destinatario", "por error", "prohibida"},
	}
}
