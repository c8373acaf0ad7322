package lexicon

import "time"

// turkish holds the Turkish words of replies and of quoted mail. Turkish
// writes by suffixes, so statuses ("tamamlandı", "bitirdim",
// "başlamadım"), months ("Mart'a kadar") and device lines ("iPhone'umdan
// gönderildi") are listed in the forms a reply writes; a due date's
// "kadar" ("until") and a month's "sonuna" ("its end") follow the month.
func turkish() Language {
	return turkishMore(Language{
		Code:             "tr",
		WriteUps:         []string{"toplantı özeti", "kısa özet", "notlar"},
		Only:             []string{"sadece", "şimdilik", "yalnızca"},
		InOrder:          []string{"soru sırasına göre", "soruların sırasıyla", "aynı sırayla", "sırasıyla"},
		ActionHeaders:    []string{"adım", "adımlar", "görev", "görevler", "aksiyon", "eylem", "ne", "hedef"},
		DueHeaders:       []string{"tarih", "son tarih", "termin", "ne zamana kadar", "bitiş tarihi"},
		ListFrames:       []string{"konuştuğumuz adımlar", "anlaştığımız adımlar", "adımlar şunlar", "konuştuğumuz gibi", "anlaştığımız gibi", "görüşme için teşekkürler", "bilgi vereceğim"},
		LookAhead:        []string{"bakalım nasıl", "görüşmeyi dört gözle bekliyorum"},
		Acknowledgements: []string{"iyi görünüyor", "teşekkürler", "teşekkür ederim", "süper", "harika", "tamamdır", "uygun", "katılıyorum"},
		AnswerIntros:     []string{"cevapladım", "yanıtladım", "sadece vakit buldum"},
		Promises:         []string{"göndereceğim", "ileteceğim", "yollayacağım"},
		Later:            []string{"yarın", "sonra", "akşam", "haftaya", "gelecek hafta"},
		Starts:           []string{"itibaren", "başlayarak"},
		Disclaimer:       []string{"gizli", "alıcı", "yanlışlıkla", "yasaktır", "izinsiz", "yalnızca muhatab"},
		Unchanged:        []string{"değişiklik yok", "yeni bir şey yok", "aynı durumda", "durum aynı"},
		Statuses: StatusWords{
			"tamamlandı": Done, "tamamladım": Done, "bitti": Done, "bitirdim": Done, "yapıldı": Done, "yaptım": Done, "hallettim": Done, "halloldu": Done,
			"devam ediyor": InProgress, "sürüyor": InProgress, "üzerinde çalışıyorum": InProgress, "başladım": InProgress, "yarısı bitti": InProgress,
			"neredeyse bitti": InProgress, "yarıladım": InProgress,
			"başlamadım": NotStarted, "henüz başlamadım": NotStarted, "başlanmadı": NotStarted, "başlamadı": NotStarted, "başlamadı henüz": NotStarted,
			"engellendi": Blocked, "bloke": Blocked, "beklemede": Blocked, "takıldı": Blocked, "tıkandı": Blocked,
			"iptal": Dropped, "iptal edildi": Dropped, "vazgeçtim": Dropped, "çıkarıldı": Dropped,
		},
		Months: map[string]time.Month{
			"ocak": 1, "ocak'a": 1, "şubat": 2, "şubat'a": 2, "mart": 3, "mart'a": 3, "nisan": 4, "nisan'a": 4, "mayıs": 5, "mayıs'a": 5,
			"haziran": 6, "haziran'a": 6, "temmuz": 7, "temmuz'a": 7, "ağustos": 8, "ağustos'a": 8, "eylül": 9, "eylül'e": 9,
			"ekim": 10, "ekim'e": 10, "kasım": 11, "kasım'a": 11, "aralık": 12, "aralık'a": 12,
		},
		Weekdays: map[string]time.Weekday{
			"pazartesi": time.Monday, "salı": time.Tuesday, "çarşamba": time.Wednesday, "perşembe": time.Thursday, "cuma": time.Friday,
			"cumartesi": time.Saturday, "pazar": time.Sunday,
		},
		Numbers:      map[string]int{"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "sekiz": 8},
		DurationDays: map[string]int{"gün": 1, "günde": 1, "hafta": 7, "haftada": 7, "ay": 0, "ayda": 0},
		Dates: DateWords{
			EndsAfter: []string{"sonuna", "sonu", "sonunda"},
			After:     []string{"kadar"},
			Periods: map[string]Period{"gelecek hafta": EndOfNextWeek, "haftaya": EndOfNextWeek, "hafta sonuna kadar": EndOfWeek,
				"ay sonuna kadar": EndOfMonth, "gelecek ay": EndOfNextMonth, "yıl sonuna kadar": EndOfYear, "yarın": Tomorrow},
			Within:  []string{"içinde", "içerisinde"},
			Clauses: []string{"son tarih", "en geç"},
		},
		Headers:        map[string]string{"kimden": "from", "gönderildi": "date", "kime": "to", "konu": "subject", "tarih": "date", "bilgi": "to"},
		Separators:     []string{"orijinal mesaj", "iletilen mesaj"},
		ForwardMarkers: []string{"iletilen mesaj"},
		Wrote:          []string{"yazdı", "şunu yazdı"},
		DeviceEnds:     []string{"iphone'umdan gönderildi", "telefonumdan gönderildi", "android'imden gönderildi", "mobil cihazımdan gönderildi"},
		Devices:        []string{"telefonumdan", "cihazımdan"},
		StepNouns:      []string{"adım", "madde"},
		StepLabels:     []string{"adımlar", "adım", "madde"},
		Ordinals:       map[string]int{"birinci": 1, "ilk": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "beşinci": 5, "altıncı": 6, "sonuncu": -1},
		RankNouns:      []string{"adım", "madde"},
		Except:         []string{"hariç", "dışında"},
		All:            []string{"hepsi", "tümü", "hepsini"},
		Reasons:        []string{"çünkü"},
		Fillers:        []string{"hâlâ", "halen", "henüz", "artık", "şu an"},
		Qualifiers:     []string{"yarısı bitti", "neredeyse bitti"},
		And:            []string{"ve"},
		Joiners:        []string{"ve"},
		AnswerLabels:   []string{"cevap", "yanıt"},
		QuestionLabels: []string{"soru"},
		NumberLabels:   []string{"no."},
		Thanks:         []string{"teşekkürler", "teşekkür ederim", "sağ ol", "sağolun"},
		PlanNouns:      []string{"adımlar"},
		Agreed:         []string{"konuştuğumuz", "anlaştığımız"},
		Deferrals:      []string{"düşüneceğim", "sonra", "görüşmede"},
		AnswerNouns:    []string{"cevaplarım", "yanıtlarım", "cevaplar"},
		Inline:         []string{"aşağıda", "satır aralarında"},
		HereYouGo:      []string{"buyrun", "işte"},
		Profile:        []string{"özgeçmiş", "cv"},
		BookYes:        []string{"evet", "olur", "uygun", "tamam", "harika"},
		NotNow:         []string{"şimdi değil", "sonra", "henüz değil"},
	})
}

// turkishMore adds the rest of the Turkish words: one literal would run over
// 80 lines.
func turkishMore(l Language) Language {
	l.Markings = []string{"dahili", "kurum içi", "gizli", "hizmete özel", "genel", "kamuya açık"}
	l.MarkingLabels = []string{"sınıflandırma", "gizlilik"}
	l.Phatic = []string{"nasılsın", "nasılsınız", "naber"}
	l.Then = []string{"ve sonra", "ardından", "sonra", "daha sonra"}
	l.Greetings = []string{"merhaba", "selam", "sayın", "merhabalar", "iyi günler", "günaydın"}
	l.Addressees = []string{"herkese", "ekip"}
	l.Honorifics = []string{"bey", "hanım"}
	l.SignOffs = []string{"saygılarımla", "iyi çalışmalar", "teşekkürler", "teşekkür ederim", "selamlar", "sevgiler", "kolay gelsin", "iyi günler dilerim"}
	l.AutoReplySubjects = []string{"otomatik yanıt", "otomatik cevap", "ofis dışında", "izindeyim"}
	l.AutoReplyBodies = []string{"izindeyim", "ofis dışındayım", "ofiste değilim", "e-postalarıma sınırlı erişimim", "bu otomatik bir yanıttır", "tatildeyim"}
	l.Apologies = []string{"geç cevap için kusura bakma", "geç cevap için kusura bakmayın", "geç dönüş için özür", "özür dilerim"}
	l.Requests = []string{"eksik bir şey varsa", "bir şey atladıysam", "yanlışım varsa düzelt", "haber ver", "haber verin"}
	return l
}
