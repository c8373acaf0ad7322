package lexicon

import "time"

// korean holds the Korean words of quoted mail, greetings, sign-offs
// and due dates: the reader recognises the history a Korean mail
// client quotes and reads a step's date ("3월 말까지"), though it
// reads answers and check-ins in the languages with status words only.
func korean() Language {
	return Language{
		Code:          "ko",
		Markings:      []string{"대외비", "사내한", "내부용", "기밀", "공개"},
		MarkingLabels: []string{"보안등급", "분류"},
		Phatic:        []string{"잘 지내세요", "잘 지내시죠"},
		Greetings:     []string{"안녕하세요"},
		SignOffs:      []string{"감사합니다", "수고하세요", "고맙습니다"},
		Headers:       map[string]string{"보낸 사람": "from", "보낸 날짜": "date", "받는 사람": "to", "제목": "subject"},
		Wrote:         []string{"작성"},
		DeviceLines:   []string{"내 iphone"},
		Months: map[string]time.Month{
			"1월": 1, "2월": 2, "3월": 3, "4월": 4, "5월": 5, "6월": 6, "7월": 7, "8월": 8, "9월": 9, "10월": 10, "11월": 11, "12월": 12,
		},
		Dates: DateWords{
			EndsAfter:   []string{"말"},
			After:       []string{"까지"},
			DaySuffixes: []string{"일"},
		},
	}
}
