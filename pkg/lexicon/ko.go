package lexicon

// korean holds the Korean words of quoted mail: the reader recognises
// the history a Korean mail client quotes, though it reads answers in
// the languages with status and date words only.
func korean() Language {
	return Language{
		Code:        "ko",
		Headers:     map[string]string{"보낸 사람": "from", "보낸 날짜": "date", "받는 사람": "to", "제목": "subject"},
		Wrote:       []string{"작성"},
		DeviceLines: []string{"내 iphone"},
	}
}
