package lexicon

import "time"

// chinese holds the Chinese (simplified and traditional) words of quoted mail, greetings, sign-offs
// and due dates: the reader recognises the history a Chinese (simplified and traditional) mail
// client quotes and reads a step's date ("3月底前"), though it
// reads answers and check-ins in the languages with status words only.
func chinese() Language {
	return Language{
		Code:              "zh",
		Markings:          []string{"内部", "内部公开", "机密", "绝密", "秘密", "公开", "内部资料"},
		MarkingLabels:     []string{"密级", "分类"},
		Phatic:            []string{"你好吗", "最近好吗"},
		My:                []string{"我的"},
		Greetings:         []string{"你好", "您好"},
		SignOffs:          []string{"谢谢", "此致", "祝好", "顺祝商祺", "此致敬礼"},
		Headers:           map[string]string{"发件人": "from", "发送时间": "date", "收件人": "to", "主题": "subject", "日期": "date", "抄送": "to", "寄件者": "from", "傳送時間": "date", "收件者": "to", "主旨": "subject", "副本": "to"},
		Separators:        []string{"原始邮件", "原始郵件"},
		Wrote:             []string{"写道", "寫道"},
		AttributionStarts: []string{"在"},
		DeviceLines:       []string{"从我的", "從我的", "发自我的"},
		Devices:           []string{"移动", "手机", "手機"},
		Months: map[string]time.Month{
			"1月": 1, "2月": 2, "3月": 3, "4月": 4, "5月": 5, "6月": 6, "7月": 7, "8月": 8, "9月": 9, "10月": 10, "11月": 11, "12月": 12,
		},
		Dates: DateWords{
			EndsAfter:   []string{"底", "末"},
			After:       []string{"前", "之前", "以前"},
			DaySuffixes: []string{"日", "号", "號"},
		},
	}
}
