package lexicon

import "time"

func portuguese() Language {
	return Language{
		Code:         "pt",
		QuestionRefs: []string{"sobre", "quanto a"},
		Definite:     []string{"a"},
		AnswerNouns:  []string{"resposta", "respostas"},
		Inline:       []string{"abaixo", "entre linhas"},
		HereYouGo:    []string{"aqui estão", "aqui vão", "aqui está"},
		PlanNouns:    []string{"passos"},
		Agreed:       []string{"combinados", "combinadas", "acordados", "acordadas"},
		Profile:      []string{"perfil"},
		Thanks:       []string{"obrigado", "obrigada"},
		Greetings:    []string{"olá", "ola", "oi", "bom dia", "boa tarde", "prezado", "prezada"},
		Addressees:   []string{"a todos", "todos", "pessoal", "equipe"},
		SignOffs: []string{"atenciosamente", "obrigado", "obrigada", "abraços", "abraço", "cumprimentos", "até breve", "até logo",
			"um abraço", "melhores cumprimentos"},
		SignatureLines:    []string{"antes de imprimir", "pense no meio ambiente"},
		Articles:          []string{"o", "a", "e"},
		And:               []string{"e"},
		AutoReplySubjects: []string{"resposta automática", "resposta automatica", "fora do escritório", "ausente"},
		AutoReplyBodies:   []string{"fora do escritório", "estou de férias", "resposta automática", "estou ausente"},
		InOrder:           []string{"na ordem das perguntas", "na mesma ordem", "perguntas pela ordem", "perguntas por ordem", "pela ordem:", "por ordem:"},
		ActionHeaders:     []string{"ação", "ações", "passo", "passos", "tarefa", "tarefas", "etapa"},
		DueHeaders:        []string{"prazo", "data", "data limite", "quando"},
		ListFrames:        []string{"avise se", "me avisa se", "diz-me se", "te mantenho informado", "te mantenho a par", "vou te atualizando", "seguem os passos", "como combinado", "como conversamos", "avise se esqueci"},
		Starts:            []string{"a partir de"},
		Acknowledgements:  []string{"parece bom", "perfeito", "obrigado", "obrigada", "de acordo"},
		AnswerIntros:      []string{"respondi", "respondo às", "respondo a"},
		Promises:          []string{"te envio", "vou enviar", "vou mandar", "te mando", "envio a lista", "mando a lista"},
		Later:             []string{"amanhã", "mais tarde", "hoje à noite", "na próxima semana"},
		Disclaimer:        []string{"confidencial", "destinatário", "por engano", "exclusivamente", "proibid", "não autorizad", "divulgação"},
		Unchanged:         []string{"sem alterações", "sem mudanças", "nada de novo", "tudo igual", "continua igual", "sem novidades"},
		Statuses: StatusWords{
			"feitos": Done, "feita": Done, "feitas": Done, "concluídos": Done, "concluída": Done, "concluídas": Done, "bloqueados": Blocked, "bloqueadas": Blocked, "começados": InProgress, "começada": InProgress,
			"feito": Done, "concluído": Done, "concluido": Done, "pronto": Done,
			"finalizada": Done, "em andamento": InProgress, "pela metade": InProgress, "na metade": InProgress, "em progresso": InProgress, "em curso": InProgress,
			"começado": InProgress, "quase pronto": InProgress, "não iniciado": NotStarted, "não começado": NotStarted,
			"não comecei": NotStarted, "ainda não": NotStarted, "por fazer": NotStarted, "aguardando": Blocked,
			"parado": Blocked, "travado": Blocked, "desisti": Dropped, "abandonada": Dropped,
			"cancelada": Dropped,
		},
		Months: map[string]time.Month{
			"janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "maio": 5,
			"junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
		},
		Weekdays: map[string]time.Weekday{
			"segunda-feira": time.Monday, "terça-feira": time.Tuesday, "quarta-feira": time.Wednesday,
			"quinta-feira": time.Thursday, "sexta-feira": time.Friday,
		},
		Numbers: map[string]int{
			"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "oito": 8, "dez": 10, "doze": 12,
		},
		Dates: portugueseDates(),
		DurationDays: map[string]int{
			"mês": 0,
		},
		Headers:           map[string]string{"de": "from", "enviado": "date", "enviada": "date", "data": "date", "para": "to", "assunto": "subject", "responder a": "other"},
		Separators:        []string{"mensagem original", "mensagem encaminhada"},
		ForwardMarkers:    []string{"início da mensagem reencaminhada"},
		Wrote:             []string{"escreveu"},
		AttributionStarts: []string{"em "},
		DeviceLines:       []string{"enviado do", "enviado de", "enviado a partir"},
		StepNouns:         []string{"etapa", "passo"},
		StepLabels:        []string{"etapas", "etapa"},
		StepNumbers:       map[string]int{"dois": 2, "três": 3},
		Joiners:           []string{"e"},
		RankArticles:      []string{"o", "a"},
		Except:            []string{"exceto"},
		All:               []string{"tudo"},
		Reasons:           []string{"pois"},
		Fillers:           []string{"ainda", "já", "são", "está", "agora", "finalmente", "que"},
		Qualifiers:        []string{"quase pronto"},
		AnswerLabels:      []string{"resposta"},
		QuestionLabels:    []string{"pergunta", "questão", "questao"},
	}
}

// portugueseDates are the Portuguese words of due dates.
func portugueseDates() DateWords {
	return DateWords{
		Leads:     []string{"em", "até", "antes de"},
		Before:    []string{"antes"},
		DayLeads:  []string{"até"},
		MonthEnds: []string{"finais de", "fim de", "o fim de", "final de", "o final de"},
		MonthMids: []string{"meados de"},
		Periods: map[string]Period{"próxima semana": EndOfNextWeek, "próximo mês": EndOfNextMonth, "fim do mês": EndOfMonth, "final do mês": EndOfMonth,
			"fim da semana": EndOfWeek, "final da semana": EndOfWeek, "fim do ano": EndOfYear, "amanhã": Tomorrow},
		Within:       []string{"em", "no prazo de"},
		WeekdayShort: []string{"seg", "ter", "qua", "qui", "sex", "sáb", "dom"},
		DaySuffixes:  []string{"º"},
		Of:           []string{"de"},
		YearOf:       []string{"de"},
		Clauses:      []string{"até", "até o", "até a", "até ao", "até dia"},
	}
}
