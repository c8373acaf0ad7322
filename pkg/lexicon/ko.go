package lexicon

// korean holds the Korean words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Korean mail client quotes, though it reads answers in
// the languages with status and date words only.
func korean() Language {
	return Language{
		Code:        "ko",
		Greetings:   []string{"안녕하세요"},
		SignOffs:    []string{"감사합니다", "수고하세요", "고맙습니다"},
		Headers:     map[string]string{"보낸 사람": "from", "보낸 날짜": "date", "받는 사람": "to", "제목": "subject"},
		Wrote:       []string{"작성"},
		DeviceLines: []string{"내 iphone"},
	}
}
