package lexicon

// chinese holds the Chinese (simplified and traditional) words of quoted mail, greetings and sign-offs: the reader recognises
// the history a Chinese (simplified and traditional) mail client quotes, though it reads answers in
// the languages with status and date words only.
func chinese() Language {
	return Language{
		Code:              "zh",
		My:                []string{"我的"},
		Greetings:         []string{"你好", "您好"},
		SignOffs:          []string{"谢谢", "此致", "祝好", "顺祝商祺", "此致敬礼"},
		Headers:           map[string]string{"发件人": "from", "发送时间": "date", "收件人": "to", "主题": "subject", "日期": "date", "抄送": "to", "寄件者": "from", "傳送時間": "date", "收件者": "to", "主旨": "subject", "副本": "to"},
		Separators:        []string{"原始邮件", "原始郵件"},
		Wrote:             []string{"写道", "寫道"},
		AttributionStarts: []string{"在"},
		DeviceLines:       []string{"从我的", "從我的", "发自我的"},
		Devices:           []string{"移动", "手机", "手機"},
	}
}
