package lexicon

import "time"

// korean holds the Korean words of replies and of quoted mail. Particles
// are written onto the word before them, so a due date's "까지" and a
// month's end "말" follow the date ("3월 말까지"); statuses are listed as
// a reply writes them ("완료", "진행 중", "보류").
func korean() Language {
	return koreanMore(Language{
		Code:              "ko",
		SignOffs:          []string{"감사합니다", "수고하세요", "고맙습니다", "감사합니다.", "좋은 하루 보내세요"},
		SelfNames:         []string{"드림", "올림"},
		AutoReplySubjects: []string{"자동 회신", "자동 응답", "부재중", "부재 중"},
		AutoReplyBodies:   []string{"휴가 중입니다", "부재중입니다", "자리를 비웁니다", "자동 회신", "이메일 확인이 어렵습니다"},
		Apologies:         []string{"늦은 답변 죄송합니다", "답장이 늦어 죄송합니다", "죄송합니다"},
		Requests:          []string{"빠진 것이 있으면", "빠진 게 있으면", "틀린 부분이 있으면", "수정할 부분이 있으면"},
		WriteUps:          []string{"회의 요약", "간단한 요약", "메모"},
		Only:              []string{"우선", "일단", "지금은"},
		InOrder:           []string{"질문 순서대로", "순서대로"},
		ActionHeaders:     []string{"단계", "할 일", "액션", "작업", "항목", "목표"},
		DueHeaders:        []string{"기한", "마감", "마감일", "기한일", "날짜"},
		ListFrames:        []string{"합의한 단계", "합의한 내용", "논의한 대로", "이야기한 대로", "다음과 같습니다", "진행 상황 공유드리겠습니다", "면담 감사합니다"},
		LookAhead:         []string{"어떻게 되는지 보겠습니다"},
		Acknowledgements:  []string{"좋습니다", "감사합니다", "확인했습니다", "알겠습니다", "동의합니다", "좋아요"},
		AnswerIntros:      []string{"답변했습니다", "만 답변"},
		IntroEnds:         []string{"답변 드립니다", "답변드립니다", "답변 드려요", "답변입니다", "답변은 아래와 같습니다"},
		Promises:          []string{"보내드리겠습니다", "보내 드리겠습니다", "공유드리겠습니다"},
		Later:             []string{"내일", "나중에", "오늘 저녁", "다음 주"},
		Starts:            []string{"부터"},
		Disclaimer:        []string{"기밀", "수신인", "잘못 전송", "무단", "금지", "비밀"},
		Unchanged:         []string{"변경 없음", "변동 없음", "변화 없음", "그대로입니다"},
		Statuses: StatusWords{
			"완료": Done, "완료했습니다": Done, "완료함": Done, "끝냈습니다": Done, "마쳤습니다": Done, "다 했습니다": Done,
			"진행 중": InProgress, "진행중": InProgress, "진행하고 있습니다": InProgress, "하는 중": InProgress, "절반": InProgress, "거의 완료": InProgress,
			"미착수": NotStarted, "시작 안 함": NotStarted, "시작 전": NotStarted, "아직 시작하지 못했습니다": NotStarted, "아직 시작 못 했습니다": NotStarted,
			"시작하지 않음": NotStarted, "아직 안 했습니다": NotStarted,
			"보류": Blocked, "보류 중": Blocked, "막힘": Blocked, "막혀 있습니다": Blocked, "차단됨": Blocked,
			"취소": Dropped, "중단": Dropped, "하지 않기로": Dropped, "제외": Dropped,
		},
		Weekdays: map[string]time.Weekday{
			"월요일": time.Monday, "화요일": time.Tuesday, "수요일": time.Wednesday, "목요일": time.Thursday, "금요일": time.Friday,
			"토요일": time.Saturday, "일요일": time.Sunday,
		},
		Numbers:        map[string]int{"하나": 1, "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6},
		DurationDays:   map[string]int{"일": 1, "주": 7, "주일": 7, "개월": 0, "달": 0},
		Headers:        map[string]string{"보낸 사람": "from", "보낸 날짜": "date", "받는 사람": "to", "제목": "subject", "참조": "to", "날짜": "date"},
		Separators:     []string{"원본 메시지", "전달된 메시지"},
		Wrote:          []string{"작성", "님이 작성"},
		DeviceLines:    []string{"내 iphone", "내 갤럭시", "내 galaxy"},
		DeviceEnds:     []string{"에서 보냄", "에서 보냈습니다"},
		StepNouns:      []string{"단계", "항목"},
		StepLabels:     []string{"단계", "항목"},
		Ordinals:       map[string]int{"첫 번째": 1, "첫번째": 1, "두 번째": 2, "두번째": 2, "세 번째": 3, "세번째": 3, "네 번째": 4, "네번째": 4, "마지막": -1},
		Except:         []string{"제외하고", "빼고"},
		All:            []string{"모두", "전부", "다"},
		Fillers:        []string{"아직", "이미", "현재"},
		Qualifiers:     []string{"절반", "거의 완료"},
		AnswerLabels:   []string{"답변", "답"},
		QuestionLabels: []string{"질문"},
		NumberLabels:   []string{"번"},
		Thanks:         []string{"감사합니다", "고맙습니다"},
		PlanNouns:      []string{"단계"},
		Agreed:         []string{"합의한", "논의한"},
		Deferrals:      []string{"생각해 보겠습니다", "나중에", "면담 때"},
		AnswerNouns:    []string{"답변"},
		Inline:         []string{"아래", "아래와 같이"},
		HereYouGo:      []string{"여기 있습니다"},
		Profile:        []string{"이력서", "프로필"},
		BookYes:        []string{"네", "좋습니다", "좋아요", "괜찮습니다"},
		NotNow:         []string{"나중에", "지금은 아니요", "아직"},
		Months: map[string]time.Month{
			"1월": 1, "2월": 2, "3월": 3, "4월": 4, "5월": 5, "6월": 6, "7월": 7, "8월": 8, "9월": 9, "10월": 10, "11월": 11, "12월": 12,
		},
		Dates: DateWords{
			EndsAfter:   []string{"말"},
			After:       []string{"까지"},
			DaySuffixes: []string{"일"},
			MonthEnds:   []string{"월말"},
			Periods:     map[string]Period{"다음 주": EndOfNextWeek, "이번 주": EndOfWeek, "이번 달": EndOfMonth, "월말": EndOfMonth, "다음 달": EndOfNextMonth, "연말": EndOfYear, "내일": Tomorrow},
			Within:      []string{"이내", "안에"},
		},
	})
}

// koreanMore adds the rest of the Korean words: one literal would run over
// 80 lines.
func koreanMore(l Language) Language {
	l.Markings = []string{"대외비", "사내한", "내부용", "기밀", "공개"}
	l.MarkingLabels = []string{"보안등급", "분류"}
	l.Phatic = []string{"잘 지내세요", "잘 지내시죠"}
	l.Greetings = []string{"안녕하세요", "안녕하십니까", "수고 많으십니다"}
	l.Honorifics = []string{"님", "씨"}
	return l
}
