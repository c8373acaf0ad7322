package lexicon

import "time"

// chinese holds the Chinese (simplified and traditional) words of replies
// and of quoted mail. Words are written without spaces, so a due date's
// "前" and a month's end "底" follow the date ("3月底前"), and statuses
// are listed as a reply writes them ("已完成", "进行中", "受阻").
func chinese() Language {
	return chineseMore(Language{
		Code:              "zh",
		SignOffs:          []string{"谢谢", "此致", "祝好", "顺祝商祺", "此致敬礼", "謝謝", "祝好！", "多谢", "感谢"},
		AutoReplySubjects: []string{"自动回复", "自動回覆", "休假", "不在办公室"},
		AutoReplyBodies:   []string{"我正在休假", "我目前不在办公室", "休假中", "这是一封自动回复", "自动回复", "自動回覆"},
		Apologies:         []string{"抱歉回复晚了", "不好意思回复晚了", "抱歉", "不好意思"},
		Requests:          []string{"如有遗漏", "如有遺漏", "如果有遗漏", "如果我漏了", "如有不对", "如有錯誤"},
		WriteUps:          []string{"会议纪要", "會議紀要", "简要总结", "小结"},
		Only:              []string{"暂时", "目前只有", "先"},
		InOrder:           []string{"按问题顺序", "按照问题的顺序", "按問題順序", "依序"},
		ActionHeaders:     []string{"步骤", "步驟", "行动", "行動", "任务", "任務", "事项", "事項", "目标"},
		DueHeaders:        []string{"截止日期", "截止时间", "期限", "日期", "完成时间", "到期日"},
		ListFrames:        []string{"以下是我们商定的步骤", "我们商定的步骤", "我們商定的步驟", "如下", "按照我们商量的", "会及时更新进展", "谢谢这次面谈"},
		LookAhead:         []string{"看看进展如何", "期待"},
		Acknowledgements:  []string{"看起来不错", "没问题", "好的", "谢谢", "收到", "同意", "可以"},
		AnswerIntros:      []string{"我回答了", "只回答了"},
		IntroEnds:         []string{"回答如下", "答复如下", "回覆如下", "我的回答", "我的回覆"},
		Promises:          []string{"我会发", "稍后发", "会补上"},
		Later:             []string{"明天", "稍后", "晚些时候", "今晚", "下周"},
		Starts:            []string{"开始", "起"},
		Disclaimer:        []string{"保密", "机密", "機密", "收件人", "误收", "誤收", "禁止", "未经授权"},
		Unchanged:         []string{"没有变化", "沒有變化", "无变化", "無變化", "保持不变", "照旧"},
		Statuses: StatusWords{
			"已完成": Done, "完成了": Done, "搞定": Done, "做完了": Done, "已搞定": Done, "完成": Done,
			"进行中": InProgress, "進行中": InProgress, "正在进行": InProgress, "正在進行": InProgress, "在做": InProgress, "已开始": InProgress,
			"已開始": InProgress, "做了一半": InProgress, "快完成了": InProgress,
			"未开始": NotStarted, "未開始": NotStarted, "还没开始": NotStarted, "還沒開始": NotStarted, "尚未开始": NotStarted, "尚未開始": NotStarted,
			"没开始": NotStarted, "未完成": NotStarted,
			"受阻": Blocked, "卡住了": Blocked, "被阻塞": Blocked, "暂停": Blocked, "暫停": Blocked, "搁置": Blocked, "擱置": Blocked,
			"已取消": Dropped, "取消": Dropped, "放弃": Dropped, "放棄": Dropped, "不做了": Dropped,
		},
		Weekdays: map[string]time.Weekday{
			"周一": time.Monday, "周二": time.Tuesday, "周三": time.Wednesday, "周四": time.Thursday, "周五": time.Friday,
			"星期一": time.Monday, "星期二": time.Tuesday, "星期三": time.Wednesday, "星期四": time.Thursday, "星期五": time.Friday,
			"週一": time.Monday, "週二": time.Tuesday, "週三": time.Wednesday, "週四": time.Thursday, "週五": time.Friday,
		},
		Numbers:           map[string]int{"一": 1, "两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "八": 8, "十": 10},
		DurationDays:      map[string]int{"天": 1, "周": 7, "週": 7, "星期": 7, "个月": 0, "個月": 0},
		Headers:           map[string]string{"发件人": "from", "发送时间": "date", "收件人": "to", "主题": "subject", "日期": "date", "抄送": "to", "寄件者": "from", "傳送時間": "date", "收件者": "to", "主旨": "subject", "副本": "to"},
		Separators:        []string{"原始邮件", "原始郵件", "转发的邮件"},
		Wrote:             []string{"写道", "寫道"},
		AttributionStarts: []string{"在"},
		DeviceLines:       []string{"从我的", "從我的", "发自我的", "發自我的"},
		Devices:           []string{"移动", "手机", "手機"},
		StepNouns:         []string{"步骤", "步驟"},
		StepLabels:        []string{"步骤", "步驟"},
		Ordinals:          map[string]int{"第一": 1, "第二": 2, "第三": 3, "第四": 4, "第五": 5, "第六": 6, "最后": -1, "最後": -1},
		Except:            []string{"除了"},
		All:               []string{"全部", "都"},
		Reasons:           []string{"因为", "因為"},
		Fillers:           []string{"已经", "已經", "还在", "目前"},
		Qualifiers:        []string{"做了一半", "快完成了"},
		AnswerLabels:      []string{"回答", "答"},
		QuestionLabels:    []string{"问题", "問題"},
		Thanks:            []string{"谢谢", "謝謝", "多谢", "感谢"},
		PlanNouns:         []string{"步骤", "步驟"},
		Agreed:            []string{"商定", "约定", "說好"},
		Deferrals:         []string{"我再想想", "稍后", "面谈时"},
		Inline:            []string{"如下", "下面"},
		HereYouGo:         []string{"请看", "給你"},
		Profile:           []string{"简历", "簡歷"},
		BookYes:           []string{"好的", "可以", "没问题", "行"},
		NotNow:            []string{"以后再说", "暂时不", "晚点"},
		Months: map[string]time.Month{
			"1月": 1, "2月": 2, "3月": 3, "4月": 4, "5月": 5, "6月": 6, "7月": 7, "8月": 8, "9月": 9, "10月": 10, "11月": 11, "12月": 12,
		},
		Dates: DateWords{
			EndsAfter:   []string{"底", "末"},
			After:       []string{"前", "之前", "以前"},
			DaySuffixes: []string{"日", "号", "號"},
			Periods:     map[string]Period{"下周": EndOfNextWeek, "下週": EndOfNextWeek, "本周": EndOfWeek, "月底": EndOfMonth, "下个月": EndOfNextMonth, "年底": EndOfYear, "明天": Tomorrow},
			Within:      []string{"以内", "之内"},
		},
	})
}

// chineseMore adds the rest of the Chinese words: one literal would run over
// 80 lines.
func chineseMore(l Language) Language {
	l.Markings = []string{"内部", "内部公开", "机密", "绝密", "秘密", "公开", "内部资料"}
	l.MarkingLabels = []string{"密级", "分类"}
	l.Phatic = []string{"你好吗", "最近好吗"}
	l.My = []string{"我的"}
	l.Greetings = []string{"你好", "您好", "大家好", "各位好"}
	l.Honorifics = []string{"老师", "总"}
	return l
}
