package lexicon

func japanese() Language {
	return Language{
		Code:       "ja",
		IntroEnds:  []string{"回答します", "回答いたします", "お答えします"},
		SelfNames:  []string{"です"},
		Greetings:  []string{"お疲れ様です", "お疲れさまです", "お世話になっております", "お世話になります"},
		Honorifics: []string{"さん", "様", "さま", "殿"},
		SignOffs: []string{"よろしくお願いいたします", "よろしくお願いします", "よろしくお願い致します", "宜しくお願いいたします", "宜しくお願いします",
			"どうぞよろしくお願いいたします", "以上", "ありがとうございます", "ありがとうございました", "敬具"},
		AutoReplySubjects: []string{"自動応答", "自動返信", "不在"},
		AutoReplyBodies:   []string{"不在にしております", "自動返信", "自動応答"},
		InOrder:           []string{"質問の順に", "質問順に"},
		ActionHeaders:     []string{"アクション", "ステップ", "タスク", "項目"},
		DueHeaders:        []string{"期限", "期日", "締切"},
		Acknowledgements:  []string{"承知しました", "ありがとうございます"},
		Unchanged:         []string{"変更なし", "変わりなし", "特に変化なし", "進捗なし"},
		Disclaimer:        []string{"機密", "誤って", "第三者", "開示", "削除"},
		Headers:           map[string]string{"差出人": "from", "送信日時": "date", "宛先": "to", "件名": "subject", "日付": "date"},
		Separators:        []string{"転送メッセージ", "元のメッセージ"},
		Wrote:             []string{"書きました", "のメッセージ"},
		DeviceLines:       []string{"iphoneから送信"},
	}
}
