package lexicon

import "time"

func portuguese() Language {
	return Language{
		Code:       "pt",
		Greetings:  []string{"olá", "ola", "oi", "bom dia", "boa tarde", "prezado", "prezada"},
		Addressees: []string{"a todos", "todos", "pessoal", "equipe"},
		SignOffs: []string{"atenciosamente", "obrigado", "obrigada", "abraços", "abraço", "cumprimentos", "até breve", "até logo",
			"um abraço", "melhores cumprimentos"},
		SignatureLines:    []string{"antes de imprimir", "pense no meio ambiente"},
		Articles:          []string{"o", "a", "e"},
		And:               []string{"e"},
		AutoReplySubjects: []string{"resposta automática", "resposta automatica", "fora do escritório", "ausente"},
		AutoReplyBodies:   []string{"fora do escritório", "estou de férias", "resposta automática", "estou ausente"},
		InOrder:           []string{"na ordem das perguntas", "na mesma ordem"},
		ActionHeaders:     []string{"ação", "ações", "passo", "passos", "tarefa", "tarefas", "etapa"},
		DueHeaders:        []string{"prazo", "data", "data limite", "quando"},
		ListFrames:        []string{"seguem os passos", "como combinado", "como conversamos", "avise se esqueci"},
		Starts:            []string{"a partir de"},
		Acknowledgements:  []string{"parece bom", "perfeito", "obrigado", "obrigada", "de acordo"},
		Disclaimer:        []string{"confidencial", "destinatário", "por engano", "exclusivamente", "proibid", "não autorizad", "divulgação"},
		Unchanged:         []string{"sem alterações", "sem mudanças", "nada de novo", "tudo igual", "continua igual", "sem novidades"},
		Statuses: StatusWords{
			"feitos": Done, "feita": Done, "feitas": Done, "concluídos": Done, "concluída": Done, "concluídas": Done, "bloqueados": Blocked, "bloqueadas": Blocked, "começados": InProgress, "começada": InProgress,
			"feito": Done, "concluído": Done, "concluido": Done, "pronto": Done,
			"finalizada": Done, "em andamento": InProgress, "em progresso": InProgress, "em curso": InProgress,
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
		Fillers:           []string{"ainda", "já", "são", "está", "agora", "finalmente"},
		Qualifiers:        []string{"quase pronto"},
		AnswerLabels:      []string{"resposta"},
		QuestionLabels:    []string{"pergunta", "questão", "questao"},
	}
}
