package mailparse

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// monthNames maps month names and safe abbreviations in the languages
// careerconv reads to month numbers. Abbreviations that are also common words
// ("set", "out", "ago") are left out.
var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
	"oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
	"janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4, "avr": 4, "juin": 6,
	"juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6, "julio": 7,
	"agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "dic": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
	"ottobre": 10, "dicembre": 12,
	"januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "augustus": 8,
	"janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
}

// weekdayNames maps weekday names to weekdays.
var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday, "freitag": time.Friday,
	"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday, "jeudi": time.Thursday, "vendredi": time.Friday,
	"lunes": time.Monday, "martes": time.Tuesday, "miércoles": time.Wednesday, "miercoles": time.Wednesday, "jueves": time.Thursday, "viernes": time.Friday,
	"lunedì": time.Monday, "martedì": time.Tuesday, "mercoledì": time.Wednesday, "giovedì": time.Thursday, "venerdì": time.Friday,
	"maandag": time.Monday, "dinsdag": time.Tuesday, "woensdag": time.Wednesday, "donderdag": time.Thursday, "vrijdag": time.Friday,
	"segunda-feira": time.Monday, "terça-feira": time.Tuesday, "quarta-feira": time.Wednesday, "quinta-feira": time.Thursday, "sexta-feira": time.Friday,
}

// numberWords maps small numbers written as words to their value.
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3,
	"ein": 1, "eine": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "acht": 8, "zehn": 10, "zwölf": 12,
	"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "dix": 10, "douze": 12,
	"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "ocho": 8, "diez": 10, "doce": 12,
	"due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "otto": 8, "dieci": 10, "dodici": 12,
	"een": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "tien": 10, "twaalf": 12,
	"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "oito": 8, "dez": 10, "doze": 12,
}

// unitDays maps duration units to days (months are counted as calendar months: 0).
var unitDays = map[string]int{
	"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "month": 0, "months": 0,
	"tag": 1, "tage": 1, "tagen": 1, "woche": 7, "wochen": 7, "monat": 0, "monate": 0, "monaten": 0,
	"jour": 1, "jours": 1, "semaine": 7, "semaines": 7, "mois": 0,
	"día": 1, "días": 1, "dia": 1, "dias": 1, "semana": 7, "semanas": 7, "mes": 0, "meses": 0,
	"giorno": 1, "giorni": 1, "settimana": 7, "settimane": 7, "mese": 0, "mesi": 0,
	"dag": 1, "dagen": 1, "weken": 7, "maand": 0, "maanden": 0,
	"mês": 0,
}

// alternation builds a regexp alternation of the keys of m, longest first.
func alternation[V any](m map[string]V) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	for i, k := range keys {
		keys[i] = regexp.QuoteMeta(k)
	}
	return strings.Join(keys, "|")
}

// Letter boundaries: RE2's \b knows only ASCII, so "märz" needs these.
const (
	lb = `(?:^|[^\p{L}\p{N}])`
	rb = `(?:$|[^\p{L}\p{N}])`
)

var (
	reMonth   = `(` + alternation(monthNames) + `)\.?`
	reNumWord = `(\d{1,2}|` + alternation(numberWords) + `)`

	// The date patterns, each compiled once. The phrase is group "p".
	dateISO     = regexp.MustCompile(lb + `(?P<p>(\d{4})-(\d{1,2})-(\d{1,2}))` + rb)
	dateNumeric = regexp.MustCompile(lb + `(?P<p>(\d{1,2})([./])(\d{1,2})[./](\d{4}))` + rb)
	// dateDotted is a day and month without a year, "bis 15.02.": read only
	// after a lead word, since "1.5" alone is more often a number.
	dateDotted    = regexp.MustCompile(`(?i)` + lb + `(?:bis(?:\s+(?:zum|spätestens))?|zum|am|spätestens|by|until|before|vor|avant\s+le|uiterlijk|voor|entro\s+il|antes\s+del?|para\s+el|até)\s+(?P<p>(\d{1,2})\.(\d{2}\.?|\d\.))(?:$|[^\p{L}\p{N}.]|\.\D|\.$)`)
	dateDayMonth  = regexp.MustCompile(`(?i)` + lb + `(?P<p>(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+|of\s+)?` + reMonth + `(?:,?\s+(?:de\s+)?(\d{4}))?)` + rb)
	dateMonthDay  = regexp.MustCompile(`(?i)` + lb + `(?P<p>` + reMonth + `\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?)` + rb)
	dateEndMonth  = regexp.MustCompile(`(?i)` + lb + `(?P<p>(?:(?:the\s+)?end\s+of\s+(?:the\s+month\s+of\s+)?|ende\s+|fin\s+(?:de\s+|d')?|finales\s+de\s+|final\s+de\s+|fine\s+(?:di\s+)?|eind\s+|einde\s+|finais\s+de\s+)` + reMonth + `(?:\s+(\d{4}))?)` + rb)
	dateEndPeriod = regexp.MustCompile(`(?i)` + lb + `(?P<p>(?:the\s+)?end\s+of\s+(?:the\s+)?(next\s+month|month|year|quarter|next\s+week|week)|(?:this|the)\s+(week|month)|(next\s+(?:week|month))|(?:nächste[nr]?\s+(woche|monat))|(?:(?:la\s+)?(semaine|mois)\s+prochaine?)|(?:(?:la\s+|el\s+)?próxim[oa]\s+(semana|mes|mês))|(?:(?:la\s+|il\s+)?(settimana|mese)\s+prossim[oa])|(?:volgende\s+(week|maand))|(?:ende\s+des\s+(jahres|monats))|(tomorrow|morgen|demain|mañana|domani)|(eo[wmqy]))` + rb)
	dateQuarter   = regexp.MustCompile(`(?i)` + lb + `(?P<p>(end\s+of\s+|before\s+|vor\s+|avant\s+(?:le\s+)?|antes\s+del?\s+|prima\s+del?\s+|voor\s+)?(?:the\s+)?Q([1-4])(?:\s+(\d{4}))?)` + rb)
	dateDuration  = regexp.MustCompile(`(?i)` + lb + `(?P<p>(?:in|within|in\s+the\s+next|within\s+the\s+next|over\s+the\s+next|innerhalb\s+von|in\s+den\s+nächsten|dans|d'ici|en|dentro\s+de|tra|fra|entro|binnen|over|em|no\s+prazo\s+de)\s+(?:(a\s+fortnight)|` + reNumWord + `\s+(` + alternation(unitDays) + `)))` + rb)
	dateWeekday   = regexp.MustCompile(`(?i)` + lb + `(?P<p>(next\s+|this\s+|on\s+|(?:cob|eod|close\s+of\s+business|end\s+of\s+(?:the\s+)?day)\s+(?:on\s+)?)?(` + alternation(weekdayNames) + `))` + rb)

	datePatterns = []*regexp.Regexp{dateISO, dateNumeric, dateDotted, dateDayMonth, dateMonthDay, dateEndMonth, dateEndPeriod, dateQuarter, dateDuration, dateWeekday}

	// patternNeeds says, for each of datePatterns, what a text must contain for
	// the pattern to have a chance (see dateWords).
	patternNeeds = []wordKinds{hasDigit, hasDigit, hasDigit, hasDigit | hasMonth, hasDigit | hasMonth, hasMonth, 0, hasDigit, hasUnit, hasWeekday}

	// dueLead is the clause that introduces a trailing due date: the date
	// phrase and this lead are removed from a step's text.
	dueLead = regexp.MustCompile(`(?i)(?:\s*[(\[]\s*(?:(?:due|deadline|target|fällig|bis|avant|para|entro|uiterlijk|até)\s*(?:by|on|date|le|am|el|il)?\s*:?\s*)?|\s*[,;]?\s*(?:due\s*(?:by|on|date)?\s*:?|deadline\s*:?|target\s*:?|by(?:\s+the)?|before(?:\s+the)?|until|till|no\s+later\s+than|bis(?:\s+(?:zum|zur|spätestens))?|spätestens(?:\s+(?:am|bis))?|fällig(?:\s+am)?|avant(?:\s+(?:le|la|fin))?|d'ici(?:\s+(?:le|la|à))?|pour\s+le|antes\s+de(?:l)?|para\s+(?:el|finales\s+de)|hasta\s+el|entro(?:\s+(?:il|la))?|uiterlijk(?:\s+op)?|vóór|voor|até(?:\s+(?:o|a|ao|dia))?)\s*|\s+[–—-]\s*|\s*:\s*|\s*,\s*)$`)
)

// selfLed matches date phrases that carry their own lead ("before Q2").
var selfLed = regexp.MustCompile(`(?i)^(?:before|vor|avant|antes|prima|voor)\s`)

// wordKinds is a set of the kinds of word a date pattern needs.
type wordKinds uint8

const (
	hasDigit wordKinds = 1 << iota
	hasMonth
	hasUnit
	hasWeekday
)

// dateWords tells which kinds of word text may contain, by substring: a
// superset of what the patterns would find, at a fraction of their cost.
func dateWords(text string) wordKinds {
	var k wordKinds
	if strings.ContainsAny(text, "0123456789") {
		k |= hasDigit
	}
	lower := strings.ToLower(text)
	for _, kind := range []struct {
		k     wordKinds
		words []string
	}{{hasMonth, monthWords}, {hasUnit, unitWords}, {hasWeekday, weekdayWords}} {
		for _, w := range kind.words {
			if strings.Contains(lower, w) {
				k |= kind.k
				break
			}
		}
	}
	return k
}

// The words of the maps above, for dateWords.
var (
	monthWords   = keys(monthNames)
	unitWords    = keys(unitDays)
	weekdayWords = keys(weekdayNames)
)

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// dueDate is a due date found in a text.
type dueDate struct {
	start, end int    // the date phrase
	iso        string // "" when the phrase names no date that can be read without guessing
}

// findDue finds the last date phrase in text and resolves it against ref.
// Dates without a year are the next occurrence on or after ref's day.
func findDue(text string, ref time.Time) (dueDate, bool) {
	best := dueDate{start: -1}
	has := dateWords(text)
	for i, re := range datePatterns {
		if need := patternNeeds[i]; has&need != need {
			continue // cannot match: the patterns are slow, the test is not
		}
		all := re.FindAllStringSubmatchIndex(text, -1)
		for i := len(all) - 1; i >= 0; i-- {
			loc := all[i]
			p := re.SubexpIndex("p")
			s, e := loc[2*p], loc[2*p+1]
			if s <= best.start || (best.start >= 0 && s < best.end) {
				break
			}
			sub := func(k int) string {
				if loc[2*k] < 0 {
					return ""
				}
				return text[loc[2*k]:loc[2*k+1]]
			}
			iso, ok := resolveDate(re, sub, ref)
			if !ok {
				continue
			}
			best = dueDate{start: s, end: e, iso: iso}
			break
		}
	}
	return best, best.start >= 0
}

// resolveDate turns the groups of a match of re into an ISO date. ok is
// false when the match is no date at all ("1st May" of a weekday pattern
// never is; "32 March" is not); iso is "" when it is one but ambiguous.
func resolveDate(re *regexp.Regexp, g func(int) string, ref time.Time) (iso string, ok bool) {
	day0 := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	valid := func(y int, m time.Month, d int) bool {
		return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
	}
	format := func(t time.Time) string { return t.Format(time.DateOnly) }
	// next is the next occurrence of day d of month m on or after day0.
	next := func(m time.Month, d int) (string, bool) {
		for y := day0.Year(); y <= day0.Year()+4; y++ { // 29 February
			if !valid(y, m, d) {
				continue
			}
			if t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); !t.Before(day0) {
				return format(t), true
			}
		}
		return "", false
	}
	endOfMonth := func(y int, m time.Month) string {
		return format(time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC))
	}
	switch re {
	case dateISO:
		y, m, d := atoi(g(2)), time.Month(atoi(g(3))), atoi(g(4))
		if !valid(y, m, d) {
			return "", false
		}
		return format(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)), true
	case dateNumeric:
		a, sep, b, y := atoi(g(2)), g(3), atoi(g(4)), atoi(g(5))
		var d, m int
		switch {
		case a == b || a > 12 && b <= 12:
			d, m = a, b
		case sep == "/" && b > 12 && a <= 12:
			d, m = b, a // US order, unambiguous only because b > 12
		default:
			return "", true // 03/04/2027: not guessed
		}
		if !valid(y, time.Month(m), d) {
			return "", false
		}
		return format(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)), true
	case dateDotted:
		d, m := atoi(g(2)), time.Month(atoi(strings.TrimSuffix(g(3), ".")))
		if !valid(day0.Year(), m, d) && !(m == 2 && d == 29) {
			return "", false
		}
		return next(m, d)
	case dateDayMonth, dateMonthDay:
		var d int
		var m time.Month
		var y string
		if re == dateDayMonth {
			d, m, y = atoi(g(2)), monthNames[strings.ToLower(g(3))], g(4)
		} else {
			m, d, y = monthNames[strings.ToLower(g(2))], atoi(g(3)), g(4)
		}
		if y != "" {
			if !valid(atoi(y), m, d) {
				return "", false
			}
			return format(time.Date(atoi(y), m, d, 0, 0, 0, 0, time.UTC)), true
		}
		return next(m, d)
	case dateEndMonth:
		m := monthNames[strings.ToLower(g(2))]
		if y := g(3); y != "" {
			return endOfMonth(atoi(y), m), true
		}
		y := day0.Year()
		if m < day0.Month() {
			y++
		}
		return endOfMonth(y, m), true
	case dateEndPeriod:
		var what string
		for k := 2; k <= 12; k++ {
			if what = strings.ToLower(strings.Join(strings.Fields(g(k)), " ")); what != "" {
				break
			}
		}
		friday := func(weeks int) string {
			off := (int(time.Friday) - int(day0.Weekday()) + 7) % 7
			return format(day0.AddDate(0, 0, off+7*weeks))
		}
		switch what {
		case "month", "monats", "eom":
			return endOfMonth(day0.Year(), day0.Month()), true
		case "next month", "monat", "mois", "mes", "mês", "mese", "maand":
			return endOfMonth(day0.Year(), day0.Month()+1), true
		case "year", "jahres", "eoy":
			return endOfMonth(day0.Year(), 12), true
		case "quarter", "eoq":
			return endOfMonth(day0.Year(), (day0.Month()-1)/3*3+3), true
		case "week", "eow":
			return friday(0), true
		case "next week", "woche", "semaine", "semana", "settimana":
			return friday(1), true
		case "tomorrow", "morgen", "demain", "mañana", "domani":
			return format(day0.AddDate(0, 0, 1)), true
		}
		return "", false
	case dateQuarter:
		q := atoi(g(3))
		end := q
		if lead := strings.ToLower(g(2)); lead != "" && !strings.HasPrefix(lead, "end") {
			end = q - 1 // before Q2: the end of Q1
		}
		y := day0.Year()
		if g(4) != "" {
			y = atoi(g(4))
		}
		if end == 0 {
			end, y = 4, y-1
		}
		d := endOfMonth(y, time.Month(end*3))
		if g(4) == "" && d < format(day0) {
			d = endOfMonth(y+1, time.Month(end*3))
		}
		return d, true
	case dateDuration:
		if g(2) != "" { // a fortnight
			return format(day0.AddDate(0, 0, 14)), true
		}
		n, err := strconv.Atoi(g(3))
		if err != nil {
			n = numberWords[strings.ToLower(strings.Join(strings.Fields(g(3)), " "))]
		}
		if n <= 0 || n > 24 {
			return "", false
		}
		if days := unitDays[strings.ToLower(g(4))]; days > 0 {
			return format(day0.AddDate(0, 0, n*days)), true
		}
		return format(day0.AddDate(0, n, 0)), true
	case dateWeekday:
		wd := weekdayNames[strings.ToLower(g(3))]
		off := (int(wd) - int(day0.Weekday()) + 7) % 7
		if off == 0 {
			off = 7
		}
		if strings.HasPrefix(strings.ToLower(g(2)), "next") && off < 3 {
			off += 7 // on Thursday, "next Friday" is not tomorrow
		}
		return format(day0.AddDate(0, 0, off)), true
	}
	return "", false
}

// daysIn is the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dueWindow is how much of the end of a step splitDue reads for its date.
const dueWindow = 256

// splitDue finds a step's due date and, when it is a trailing clause ("by
// 15 March", "(due end of Q1)", " – 15 March"), removes it from the text.
func splitDue(text string, ref time.Time) (string, *string) {
	// The date patterns are many and case-insensitive, so matching costs a few
	// microseconds a byte: read only the end of a long step, where its date is.
	base := max(0, len(text)-dueWindow)
	for base > 0 && !utf8.RuneStart(text[base]) {
		base++
	}
	d, ok := findDue(text[base:], ref)
	if !ok {
		return text, nil
	}
	d.start, d.end = d.start+base, d.end+base
	var due *string
	if d.iso != "" {
		due = &d.iso
	}
	tail := strings.TrimRight(text[d.end:], " .!;)]")
	if tail != "" || d.iso == "" {
		return text, due
	}
	loc := dueLead.FindStringIndex(text[:d.start])
	if selfLed.MatchString(text[d.start:d.end]) {
		loc = []int{d.start, d.start}
	} else if loc == nil || loc[0] == loc[1] {
		return text, due
	}
	head := strings.TrimRight(text[:loc[0]], " ,;:–—-(")
	if head == "" {
		return text, due
	}
	return head, due
}
