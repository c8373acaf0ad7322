package lexicon

import "time"

func portuguese() Language {
	return portugueseCourtesy(Language{
		Code:        "pt",
		AnswerNouns: []string{"resposta", "respostas"},
		Inline:      []string{"abaixo", "entre linhas"},
		HereYouGo:   []string{"aqui estão", "aqui vão", "aqui está"},
		PlanNouns:   []string{"passos", "plano", "ações"},
		Agreed:      []string{"combinados", "combinadas", "acordados", "acordadas"},
		Profile:     []string{"perfil"},
		Thanks:      []string{"obrigado", "obrigada"},
		Greetings:   []string{"olá", "ola", "oi", "bom dia", "boa tarde", "prezado", "prezada"},
		Addressees:  []string{"a todos", "todos", "pessoal", "equipe"},
		SignOffs: []string{"atenciosamente", "obrigado", "obrigada", "abraços", "abraço", "cumprimentos", "até breve", "até logo",
			"um abraço", "melhores cumprimentos", "abs", "att", "att.", "bjs", "beijos", "obrigado e abraço", "muito obrigado", "muito obrigada", "grande abraço", "com os melhores cumprimentos", "beijo"},
		SignatureLines:    []string{"antes de imprimir", "pense no meio ambiente"},
		Articles:          []string{"o", "a", "e"},
		And:               []string{"e"},
		AutoReplySubjects: []string{"resposta automática", "resposta automatica", "fora do escritório", "ausente"},
		AutoReplyBodies:   []string{"fora do escritório", "estou de férias", "resposta automática", "estou ausente"},
		InOrder:           []string{"na ordem das perguntas", "na mesma ordem", "perguntas pela ordem", "perguntas por ordem", "pela ordem:", "por ordem:", "na ordem das tuas perguntas", "na ordem das suas perguntas"},
		ActionHeaders:     []string{"ação", "ações", "passo", "passos", "tarefa", "tarefas", "etapa"},
		DueHeaders:        []string{"prazo", "data", "data limite", "quando"},
		LookAhead:         []string{"vamos ver como", "veremos como", "vemos como", "falamos no", "fazemos o ponto"},
		ListFrames:        []string{"avise se", "me avisa se", "diz-me se", "te mantenho informado", "te mantenho a par", "vou te atualizando", "seguem os passos", "como combinado", "como conversamos", "avise se esqueci", "qualquer coisa me avisa", "qualquer coisa, me avisa", "qualquer dúvida me avisa"},
		Starts:            []string{"a partir de"},
		Acknowledgements:  []string{"parece bom", "perfeito", "obrigado", "obrigada", "de acordo"},
		AnswerIntros:      []string{"respondi", "respondo às", "respondo a", "só tive tempo"},
		Wishes:            []string{"boa sorte", "bom trabalho", "aproveita", "aproveite"},
		Promises:          []string{"te envio", "vou enviar", "vou mandar", "te mando", "envio a lista", "mando a lista"},
		Later:             []string{"amanhã", "mais tarde", "hoje à noite", "na próxima semana"},
		Disclaimer:        []string{"confidencial", "destinatário", "por engano", "exclusivamente", "proibid", "não autorizad", "divulgação"},
		Unchanged:         []string{"sem alterações", "sem mudanças", "nada de novo", "tudo igual", "continua igual", "sem novidades"},
		Statuses: StatusWords{
			"quase lá": InProgress, "em espera": Blocked, "em pausa": Blocked, "parada": Blocked, "esperando": Blocked, "pronta": Done, "não aconteceu": NotStarted, "deixei de lado": Dropped, "desistimos": Dropped,
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
			"quatro": 4, "cinco": 5, "seis": 6},
		Dates: portugueseDates(),
		DurationDays: map[string]int{
			"mês": 0,
			"dia": 1, "dias": 1, "semana": 7, "semanas": 7, "meses": 0},
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
		Common:            []string{"os", "as", "um", "uma", "de", "do", "da", "dos", "das", "ao", "em", "no", "na", "ou", "meu", "minha", "meus", "minhas", "para", "com", "por", "até", "antes", "eu", "é", "são", "fazer", "terminar", "concluir", "completar", "começar", "passo", "semana", "semanas", "mês", "meses", "dia", "dias", "ainda", "não"},
		Except:            []string{"exceto"},
		All:               []string{"tudo"},
		Reasons:           []string{"pois"},
		Fillers:           []string{"ainda", "já", "são", "está", "agora", "finalmente", "que"},
		Qualifiers:        []string{"quase pronto", "aguardando", "esperando"},
		AnswerLabels:      []string{"resposta"},
		QuestionLabels:    []string{"pergunta", "questão", "questao"},
	})
}

// portugueseCourtesy adds the Portuguese words of protective markings, small talk,
// courtesy and announcements around the answers and steps.
func portugueseCourtesy(l Language) Language {
	l.Markings = []string{"uso interno", "interno", "confidencial", "estritamente confidencial", "público", "restrito", "uso restrito"}
	l.MarkingLabels = []string{"classificação", "classificacao", "confidencialidade"}
	l.Phatic = []string{"tudo bem", "tudo bom", "tudo certo", "como vai", "como estás", "como está", "como vão as coisas", "espero que esteja bem", "espero que estejas bem"}
	l.Deferrals = []string{"mais tarde", "pessoalmente", "falamos", "deixo", "na reunião", "conversamos"}
	l.Apologies = []string{"desculpa a", "desculpe a", "desculpa o", "desculpe o", "desculpa pela", "desculpe pela", "desculpa pelo", "desculpe pelo", "perdão pela", "perdão pelo"}
	l.Requests = []string{"avise se", "me avisa se", "diz-me se", "me diga se", "me corrija se", "corrige-me se"}
	l.WriteUps = []string{"resumo", "notas", "ata", "recapitulação"}
	l.Only = []string{"só", "apenas", "somente", "por agora", "por enquanto"}
	l.My = []string{"meu"}
	l.YouWrote = []string{"você escreveu", "voce escreveu", "escreveste"}
	l.QuestionPlurals = []string{"perguntas", "questões"}
	l.Ranges = []string{"a"}
	l.Remaining = []string{"o resto", "as outras", "outras perguntas", "restantes"}
	l.RemainingLeads = []string{"as últimas", "as primeiras"}
	l.Then = []string{"depois", "e depois", "em seguida", "e em seguida"}
	l.QuestionRefs = []string{"sobre", "quanto a"}
	l.Definite = []string{"a"}
	return l
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
		Within:       []string{"em", "no prazo de", "daqui a", "dentro de"},
		WeekdayShort: []string{"seg", "ter", "qua", "qui", "sex", "sáb", "dom"},
		DayOf:        []string{"o dia", "dia"},
		DaySuffixes:  []string{"º"},
		Of:           []string{"de"},
		YearOf:       []string{"de"},
		Clauses:      []string{"até", "até o", "até a", "até ao", "até dia"},
	}
}
