package lexicon

func portuguese() Language {
	return Language{
		Code:       "pt",
		Greetings:  []string{"olá", "ola", "oi", "bom dia", "boa tarde", "prezado", "prezada"},
		Addressees: []string{"a todos", "todos", "pessoal", "equipe"},
		SignOffs: []string{"atenciosamente", "obrigado", "obrigada", "abraços", "abraço", "cumprimentos", "até breve", "até logo",
			"um abraço", "melhores cumprimentos"},
		AutoReplySubjects: []string{"resposta automática", "resposta automatica", "fora do escritório", "ausente"},
		AutoReplyBodies:   []string{"fora do escritório", "estou de férias", "resposta automática", "estou ausente"},
		InOrder:           []string{"na ordem das perguntas", "na mesma ordem"},
		ActionHeaders:     []string{"ação", "ações", "passo", "passos", "tarefa", "tarefas", "etapa"},
		DueHeaders:        []string{"prazo", "data", "data limite", "quando"},
		StatusHeaders:     []string{"estado", "status", "progresso"},
		NoteHeaders:       []string{"comentário", "comentários", "nota", "notas", "observações"},
		ListFrames:        []string{"seguem os passos", "como combinado", "como conversamos", "avise se esqueci"},
		Acknowledgements:  []string{"parece bom", "perfeito", "obrigado", "obrigada", "de acordo"},
		NoChange:          []string{"sem mudanças", "nada de novo", "sem novidades"},
		Disclaimer:        []string{"confidencial", "destinatário", "por engano"},
	}
}
