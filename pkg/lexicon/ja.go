package lexicon

import "time"

func japanese() Language {
	return Language{
		Code:          "ja",
		Markings:      []string{"社外秘", "社内限り", "社内限", "機密", "極秘", "部外秘", "公開", "社内"},
		MarkingLabels: []string{"機密区分", "分類"},
		Phatic:        []string{"お元気ですか", "お疲れ様です", "お疲れさまです"},
		IntroEnds:     []string{"回答します", "回答いたします", "お答えします", "回答を送ります", "回答をお送りします", "回答をお送りいたします"},
		SelfNames:     []string{"です"},
		Greetings:     []string{"お疲れ様です", "お疲れさまです", "お世話になっております", "お世話になります"},
		Honorifics:    []string{"さん", "様", "さま", "殿"},
		SignOffs: []string{"よろしくお願いいたします", "よろしくお願いします", "よろしくお願い致します", "宜しくお願いいたします", "宜しくお願いします",
			"どうぞよろしくお願いいたします", "以上", "以上です", "ありがとうございます", "ありがとうございました", "敬具"},
		AutoReplySubjects: []string{"自動応答", "自動返信", "不在"},
		AutoReplyBodies:   []string{"不在にしております", "自動返信", "自動応答"},
		InOrder:           []string{"質問の順に", "質問順に"},
		ActionHeaders:     []string{"アクション", "ステップ", "タスク", "項目"},
		DueHeaders:        []string{"期限", "期日", "締切"},
		Acknowledgements:  []string{"承知しました", "ありがとうございます"},
		Wishes:            []string{"頑張って", "がんばって"},
		Statuses: StatusWords{
			"完了": Done, "完了しました": Done, "済み": Done, "済": Done, "終了": Done, "終わりました": Done, "達成": Done,
			"進行中": InProgress, "対応中": InProgress, "作業中": InProgress, "実施中": InProgress, "取り組み中": InProgress, "途中": InProgress,
			"未着手": NotStarted, "未対応": NotStarted, "未実施": NotStarted, "まだ着手していません": NotStarted,
			"ブロック中": Blocked, "保留": Blocked, "保留中": Blocked, "停滞中": Blocked,
			"中止": Dropped, "取りやめ": Dropped, "取り止め": Dropped, "見送り": Dropped,
		},
		Months: map[string]time.Month{
			"1月": 1, "2月": 2, "3月": 3, "4月": 4, "5月": 5, "6月": 6, "7月": 7, "8月": 8, "9月": 9, "10月": 10, "11月": 11, "12月": 12,
		},
		Dates: DateWords{
			EndsAfter:   []string{"末"},
			After:       []string{"まで", "までに"},
			DaySuffixes: []string{"日"},
			Clauses:     []string{"期限", "締切", "締め切り", "期日"},
		},
		Fillers:     []string{"です", "でした"},
		Unchanged:   []string{"変更なし", "変わりなし", "特に変化なし", "進捗なし"},
		Disclaimer:  []string{"機密", "誤って", "第三者", "開示", "削除"},
		Headers:     map[string]string{"差出人": "from", "送信日時": "date", "宛先": "to", "件名": "subject", "日付": "date"},
		Separators:  []string{"転送メッセージ", "元のメッセージ"},
		Wrote:       []string{"書きました", "のメッセージ"},
		DeviceLines: []string{"iphoneから送信"},
	}
}
