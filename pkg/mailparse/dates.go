package mailparse

import (
	"github.com/careerconv/careerconv/pkg/lexicon"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// monthNames maps month names and safe abbreviations in the languages
// careerconv reads to month numbers. Abbreviations that are also common words
// ("set", "out", "ago") are left out.
var monthNames = sync.OnceValue(func() map[string]time.Month {
	return lexicon.MergedMap(func(l lexicon.Language) map[string]time.Month { return l.Months })
})

// weekdayNames maps weekday names to weekdays.
var weekdayNames = sync.OnceValue(func() map[string]time.Weekday {
	return lexicon.MergedMap(func(l lexicon.Language) map[string]time.Weekday { return l.Weekdays })
})

// numberWords maps small numbers written as words to their value.
var numberWords = sync.OnceValue(func() map[string]int {
	return lexicon.MergedMap(func(l lexicon.Language) map[string]int { return l.Numbers })
})

// unitDays maps duration units to days (months are counted as calendar months: 0).
var unitDays = sync.OnceValue(func() map[string]int {
	return lexicon.MergedMap(func(l lexicon.Language) map[string]int { return l.DurationDays })
})

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

// The kinds of date phrase findDue reads, one pattern each.
type dateKind int

const (
	dateISO       dateKind = iota // 2027-03-31
	dateNumeric                   // 31/03/2027, 31.03.2027, 31-03-2027
	dateSlash                     // 31/03, 03/31 (read only when one number is over 12)
	dateDotted                    // bis 15.02.
	dateDayMonth                  // 31 March
	dateMonthDay                  // March 31
	dateEndMonth                  // end of March
	dateInMonth                   // by March, in February, before April
	dateEndPeriod                 // end of the month, next week, EOM
	dateQuarter                   // in Q2, by the end of Q1, Q4 2027 (never a bare "Q2")
	dateDuration                  // in 6 weeks
	dateWeekday                   // next Friday
)

// datePattern is the regular expression of one kind of date phrase, and
// what a text must contain for it to have a chance (see dateWords).
type datePattern struct {
	kind  dateKind
	re    *regexp.Regexp
	needs wordKinds
}

// dateRegexps are the regular expressions of the date reader. Dates are
// where regexps earn their keep: dozens of phrase shapes in seven languages,
// matched only on the last dueWindow bytes of a step (findDue). They are
// compiled on first use, so a program that never reads a step pays nothing.
type dateRegexps struct {
	patterns []datePattern
	// dueLead is the clause that introduces a trailing due date: the date
	// phrase and this lead are removed from a step's text.
	dueLead *regexp.Regexp
}

// Letter boundaries: RE2's \b knows only ASCII, so "märz" needs these.
const (
	lb = `(?:^|[^\p{L}\p{N}])`
	rb = `(?:$|[^\p{L}\p{N}])`
)

// monthLead are the leads that make a month or a quarter a due date: "by
// March", "in Q2". A quarter or month inside a step's wording ("Lead the
// Q2 planning workshop") has none.
const monthLead = `(in|by|before|until|till|due(?:\s+in)?|im|bis|vor|en|d'ici|avant|para|antes\s+de|entro|voor|vóór|uiterlijk|em|até)`

// dateRes compiles the date patterns once, on first use.
var dateRes = sync.OnceValue(func() *dateRegexps {
	reMonth := `(` + alternation(monthNames()) + `)\.?`
	reNumWord := `(\d{1,2}|` + alternation(numberWords()) + `)`
	c := func(k dateKind, needs wordKinds, expr string) datePattern {
		return datePattern{kind: k, re: regexp.MustCompile(expr), needs: needs}
	}
	return &dateRegexps{
		patterns: []datePattern{
			c(dateISO, hasYear, lb+`(?P<p>(\d{4})-(\d{1,2})-(\d{1,2}))`+rb),
			c(dateNumeric, hasYear, lb+`(?P<p>(\d{1,2})([./-])(\d{1,2})[./-](\d{4}))`+rb),
			c(dateSlash, hasDigit|hasSlash, lb+`(?P<p>(\d{1,2})/(\d{1,2}))(?:$|[^\p{L}\p{N}/])`),
			// A day and month without a year, "bis 15.02.": read only after a
			// lead word, since "1.5" alone is more often a number.
			c(dateDotted, hasDotNum, `(?i)`+lb+`(?:bis(?:\s+(?:zum|spätestens))?|zum|am|spätestens|fällig|due|by|until|before|vor|avant\s+le|uiterlijk|voor|entro\s+il|antes\s+del?|para\s+el|até)\s+(?P<p>(\d{1,2})\.(\d{2}\.?|\d\.))(?:$|[^\p{L}\p{N}.]|\.\D|\.$)`),
			c(dateDayMonth, hasDigit|hasMonth, `(?i)`+lb+`(?P<p>(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+|of\s+)?`+reMonth+`(?:,?\s+(?:de\s+)?(\d{4}))?)`+rb),
			c(dateMonthDay, hasDigit|hasMonth, `(?i)`+lb+`(?P<p>`+reMonth+`\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?)`+rb),
			c(dateEndMonth, hasMonth, `(?i)`+lb+`(?P<p>(?:(?:the\s+)?end\s+of\s+(?:the\s+month\s+of\s+)?|ende\s+|fin\s+(?:de\s+|d')?|finales\s+de\s+|final\s+de\s+|fine\s+(?:di\s+)?|eind\s+|einde\s+|finais\s+de\s+)`+reMonth+`(?:\s+(\d{4}))?)`+rb),
			c(dateInMonth, hasMonth, `(?i)`+lb+`(?P<p>`+monthLead+`\s+`+reMonth+`(?:\s+(\d{4}))?)`+rb),
			c(dateEndPeriod, hasPeriod, `(?i)`+lb+`(?P<p>(?:the\s+)?end\s+of\s+(?:the\s+)?(next\s+month|month|year|quarter|next\s+week|week)|(?:this|the)\s+(week|month)|(next\s+(?:week|month))|(?:nächste[nr]?\s+(woche|monat))|(?:(?:la\s+)?(semaine|mois)\s+prochaine?)|(?:(?:la\s+|el\s+)?próxim[oa]\s+(semana|mes|mês))|(?:(?:la\s+|il\s+)?(settimana|mese)\s+prossim[oa])|(?:volgende\s+(week|maand))|(?:ende\s+des\s+(jahres|monats))|(tomorrow|morgen|demain|mañana|domani)|(eo[wmqy]))`+rb),
			c(dateQuarter, hasQuarter, `(?i)`+lb+`(?P<p>(end\s+of\s+|before\s+|vor\s+|avant\s+(?:le\s+)?|antes\s+del?\s+|prima\s+del?\s+|voor\s+|`+monthLead+`\s+)?(?:the\s+)?Q([1-4])(?:\s+(\d{4}))?)`+rb),
			c(dateDuration, hasUnit, `(?i)`+lb+`(?P<p>(?:in|within|in\s+the\s+next|within\s+the\s+next|over\s+the\s+next|innerhalb\s+von|in\s+den\s+nächsten|dans|d'ici|en|dentro\s+de|tra|fra|entro|binnen|over|em|no\s+prazo\s+de)\s+(?:(a\s+fortnight)|`+reNumWord+`\s+(`+alternation(unitDays())+`)))`+rb),
			c(dateWeekday, hasWeekday, `(?i)`+lb+`(?P<p>(next\s+|this\s+|on\s+|(?:cob|eod|close\s+of\s+business|end\s+of\s+(?:the\s+)?day)\s+(?:on\s+)?)?(`+alternation(weekdayNames())+`))`+rb),
		},
		dueLead: regexp.MustCompile(`(?i)(?:\s*[(\[]\s*(?:(?:due|deadline|target|fällig|bis|avant|para|entro|uiterlijk|até)\s*(?:by|on|date|le|am|el|il)?\s*:?\s*)?|\s*[,;]?\s*(?:due\s*(?:by|on|date)?\s*:?|deadline\s*:?|target\s*:?|by(?:\s+the)?|before(?:\s+the)?|until|till|no\s+later\s+than|bis(?:\s+(?:zum|zur|spätestens))?|spätestens(?:\s+(?:am|bis))?|fällig(?:\s+am)?|avant(?:\s+(?:le|la|fin))?|d'ici(?:\s+(?:le|la|à))?|pour\s+le|antes\s+de(?:l)?|para(?:\s+(?:el|finales\s+de))?|hasta\s+el|entro(?:\s+(?:il|la))?|uiterlijk(?:\s+op)?|vóór|voor|até(?:\s+(?:o|a|ao|dia))?)\s*|\s+[–—-]\s*|\s*:\s*|\s*,\s*)$`),
	}
})

// numericDate reports the kinds of date written in numbers only.
func numericDate(k dateKind) bool { return k == dateISO || k == dateNumeric || k == dateSlash }

// selfLed reports date phrases that carry their own lead ("before Q2", "in
// February"): the whole phrase goes from the step's text.
func selfLed(k dateKind, phrase string) bool {
	switch k {
	case dateInMonth:
		return true
	case dateQuarter:
		return !strings.HasPrefix(strings.ToLower(phrase), "end")
	}
	return false
}

// wordKinds is a set of the kinds of word a date pattern needs.
type wordKinds uint16

const (
	hasDigit wordKinds = 1 << iota
	hasMonth
	hasUnit
	hasWeekday
	hasSlash
	hasYear    // four digits in a row
	hasDotNum  // a digit, a dot, a digit: "15.02"
	hasQuarter // "Q" and a digit 1-4
	hasPeriod  // a word of periodWords
)

// dateWords tells which kinds of word text may contain, by substring: a
// superset of what the patterns would find, at a fraction of their cost.
func dateWords(text string) wordKinds {
	var k wordKinds
	k |= digitShapes(text)
	if strings.IndexByte(text, '/') >= 0 {
		k |= hasSlash
	}
	lower := strings.ToLower(text)
	for _, kind := range []struct {
		k     wordKinds
		words []string
	}{{hasMonth, monthWords()}, {hasUnit, unitWords()}, {hasWeekday, weekdayWords()}, {hasPeriod, periodWords}} {
		for _, w := range kind.words {
			if containsWordStart(lower, w) {
				k |= kind.k
				break
			}
		}
	}
	return k
}

// periodWords are the words one of which each phrase of dateEndPeriod
// holds ("end of the month", "next week", "nächste Woche", "EOM").
var periodWords = []string{"month", "year", "quarter", "week", "nächste", "semaine", "mois", "próxim", "settimana", "mese",
	"volgende", "ende", "tomorrow", "morgen", "demain", "mañana", "domani", "eow", "eom", "eoq", "eoy"}

// containsWordStart reports whether w occurs in lower where a date pattern
// can read it: not after a letter ("mai" in "email" is no month), unless
// after an ordinal's suffix written onto its number ("3rdmarch").
func containsWordStart(lower, w string) bool {
	for from := 0; ; {
		i := strings.Index(lower[from:], w)
		if i < 0 {
			return false
		}
		i += from
		if r, _ := utf8.DecodeLastRuneInString(lower[:i]); i == 0 || !unicode.IsLetter(r) || ordinalSuffixAt(lower, i) {
			return true
		}
		from = i + 1
	}
}

// ordinalSuffixAt reports "st", "nd", "rd", "th" or "er" after a digit
// just before byte i of lower.
func ordinalSuffixAt(lower string, i int) bool {
	if i < 3 || lower[i-3] < '0' || lower[i-3] > '9' {
		return false
	}
	switch lower[i-2 : i] {
	case "st", "nd", "rd", "th", "er":
		return true
	}
	return false
}

// digitShapes tells which shapes of numbers text holds, in one pass.
func digitShapes(text string) wordKinds {
	var k wordKinds
	run := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < '0' || c > '9' {
			run = 0
			continue
		}
		k |= hasDigit
		if run++; run == 4 {
			k |= hasYear
		}
		if i >= 2 && text[i-1] == '.' && text[i-2] >= '0' && text[i-2] <= '9' {
			k |= hasDotNum
		}
		if i >= 1 && c >= '1' && c <= '4' && (text[i-1] == 'q' || text[i-1] == 'Q') {
			k |= hasQuarter
		}
	}
	return k
}

// The words of the maps above, for dateWords.
var (
	monthWords   = sync.OnceValue(func() []string { return keys(monthNames()) })
	unitWords    = sync.OnceValue(func() []string { return keys(unitDays()) })
	weekdayWords = sync.OnceValue(func() []string { return keys(weekdayNames()) })
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
	kind       dateKind
}

// findDue finds the last date phrase in text and resolves it against ref.
// Dates without a year are the next occurrence on or after ref's day.
func findDue(text string, ref time.Time) (dueDate, bool) {
	best := dueDate{start: -1}
	has := dateWords(text)
	for _, pat := range dateRes().patterns {
		re := pat.re
		if need := pat.needs; has&need != need {
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
			if compoundAt(text, e) || startLed(text[:s]) {
				continue // "the month-end close", "starting in June": no due date
			}
			sub := func(k int) string {
				if loc[2*k] < 0 {
					return ""
				}
				return text[loc[2*k]:loc[2*k+1]]
			}
			iso, ok := resolveDate(pat.kind, sub, ref)
			if !ok {
				continue
			}
			best = dueDate{start: s, end: e, iso: iso, kind: pat.kind}
			break
		}
	}
	return best, best.start >= 0
}

// compoundAt reports a hyphen and a letter at text[e:]: the date phrase
// ending at e is part of a compound word ("month-end", "Q2-planning").
func compoundAt(text string, e int) bool {
	if e+1 >= len(text) || text[e] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[e+1:])
	return unicode.IsLetter(r)
}

// startLed reports text ending with a word of lexicon.Starts: the date that
// follows says when a step begins ("starting in June", "ab März").
func startLed(text string) bool {
	t := strings.ToLower(strings.TrimRight(text, " ,"))
	for _, w := range lexicon.Starts() {
		if head, ok := strings.CutSuffix(t, w); ok && (head == "" || !hasLetterAt(head, len(head)-1)) {
			return true
		}
	}
	return false
}

// dateCalc resolves date phrases against the day a reply was written.
type dateCalc struct {
	day0 time.Time // the reference day, at midnight UTC
}

func (c dateCalc) format(t time.Time) string { return t.Format(time.DateOnly) }

func (c dateCalc) valid(y int, m time.Month, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// next is the next occurrence of day d of month m on or after day0.
func (c dateCalc) next(m time.Month, d int) (string, bool) {
	for y := c.day0.Year(); y <= c.day0.Year()+4; y++ { // 29 February
		if !c.valid(y, m, d) {
			continue
		}
		if t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); !t.Before(c.day0) {
			return c.format(t), true
		}
	}
	return "", false
}

func (c dateCalc) endOfMonth(y int, m time.Month) string {
	return c.format(time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC))
}

// ymd formats a full date, or reports it invalid.
func (c dateCalc) ymd(y int, m time.Month, d int) (string, bool) {
	if !c.valid(y, m, d) {
		return "", false
	}
	return c.format(time.Date(y, m, d, 0, 0, 0, 0, time.UTC)), true
}

// dayMonthOrder orders two numbers of a numeric date as day and month: the
// one over 12 is the day; equal numbers are both. ok is false when both
// could be either (03/04): such a date is not guessed.
func dayMonthOrder(a, b int, usAllowed bool) (d, m int, ok bool) {
	switch {
	case a == b || a > 12 && b <= 12:
		return a, b, true
	case usAllowed && b > 12 && a <= 12:
		return b, a, true // US order, unambiguous only because b > 12
	}
	return 0, 0, false
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// resolveDate turns the groups of a match of a date pattern of kind k into
// an ISO date. ok is false when the match is no date at all ("32 March" is
// not); iso is "" when it is one but ambiguous (03/04).
func resolveDate(k dateKind, g func(int) string, ref time.Time) (iso string, ok bool) {
	c := dateCalc{day0: time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)}
	switch k {
	case dateISO:
		return c.ymd(atoi(g(2)), time.Month(atoi(g(3))), atoi(g(4)))
	case dateNumeric:
		d, m, ok := dayMonthOrder(atoi(g(2)), atoi(g(4)), g(3) == "/")
		if !ok {
			return "", true // 03/04/2027: not guessed
		}
		return c.ymd(atoi(g(5)), time.Month(m), d)
	case dateSlash:
		d, m, ok := dayMonthOrder(atoi(g(2)), atoi(g(3)), true)
		if !ok {
			return "", atoi(g(2)) <= 12 && atoi(g(3)) <= 12 && atoi(g(2)) > 0 && atoi(g(3)) > 0
		}
		return c.next(time.Month(m), d)
	case dateDotted:
		d, m := atoi(g(2)), time.Month(atoi(strings.TrimSuffix(g(3), ".")))
		if !c.valid(c.day0.Year(), m, d) && !(m == 2 && d == 29) {
			return "", false
		}
		return c.next(m, d)
	case dateDayMonth:
		return c.monthDay(monthNames()[strings.ToLower(g(3))], atoi(g(2)), g(4))
	case dateMonthDay:
		return c.monthDay(monthNames()[strings.ToLower(g(2))], atoi(g(3)), g(4))
	case dateEndMonth:
		return c.monthEnd(monthNames()[strings.ToLower(g(2))], g(3), false), true
	case dateInMonth:
		before := isBeforeLead(g(2))
		return c.monthEnd(monthNames()[strings.ToLower(g(3))], g(4), before), true
	case dateEndPeriod:
		return c.endPeriod(g)
	case dateQuarter:
		if g(2) == "" && g(5) == "" {
			return "", false // "the Q2 planning workshop": a quarter without a lead or a year is no date
		}
		return c.quarter(g), true
	case dateDuration:
		return c.duration(g)
	case dateWeekday:
		return c.weekday(g), true
	}
	return "", false
}

// isBeforeLead reports leads that put a due date before the period named:
// "before April" is due at the end of March.
func isBeforeLead(lead string) bool {
	switch strings.ToLower(strings.Fields(lead + " x")[0]) {
	case "before", "vor", "avant", "antes", "prima", "voor", "vóór":
		return true
	}
	return false
}

// monthDay is day d of month m, in year y or, without one, next.
func (c dateCalc) monthDay(m time.Month, d int, y string) (string, bool) {
	if y != "" {
		return c.ymd(atoi(y), m, d)
	}
	return c.next(m, d)
}

// monthEnd is the last day of month m (of the month before it when before
// is set), in year y or, without one, the next such month.
func (c dateCalc) monthEnd(m time.Month, y string, before bool) string {
	year := c.day0.Year()
	if y != "" {
		year = atoi(y)
	} else if m < c.day0.Month() {
		year++
	}
	if before {
		m--
	}
	return c.endOfMonth(year, m)
}

// endPeriod resolves "end of the month", "next week", "tomorrow", "EOQ".
func (c dateCalc) endPeriod(g func(int) string) (string, bool) {
	var what string
	for k := 2; k <= 12; k++ {
		if what = strings.ToLower(strings.Join(strings.Fields(g(k)), " ")); what != "" {
			break
		}
	}
	friday := func(weeks int) string {
		off := (int(time.Friday) - int(c.day0.Weekday()) + 7) % 7
		return c.format(c.day0.AddDate(0, 0, off+7*weeks))
	}
	switch what {
	case "month", "monats", "eom":
		return c.endOfMonth(c.day0.Year(), c.day0.Month()), true
	case "next month", "monat", "mois", "mes", "mês", "mese", "maand":
		return c.endOfMonth(c.day0.Year(), c.day0.Month()+1), true
	case "year", "jahres", "eoy":
		return c.endOfMonth(c.day0.Year(), 12), true
	case "quarter", "eoq":
		return c.endOfMonth(c.day0.Year(), (c.day0.Month()-1)/3*3+3), true
	case "week", "eow":
		return friday(0), true
	case "next week", "woche", "semaine", "semana", "settimana":
		return friday(1), true
	case "tomorrow", "morgen", "demain", "mañana", "domani":
		return c.format(c.day0.AddDate(0, 0, 1)), true
	}
	return "", false
}

// quarter resolves "in Q2", "by the end of Q1", "before Q3 2027".
func (c dateCalc) quarter(g func(int) string) string {
	q, yq := atoi(g(4)), g(5)
	end := q
	if isBeforeLead(g(2)) {
		end = q - 1 // before Q2: the end of Q1
	}
	y := c.day0.Year()
	if yq != "" {
		y = atoi(yq)
	}
	if end == 0 {
		end, y = 4, y-1
	}
	d := c.endOfMonth(y, time.Month(end*3))
	if yq == "" && d < c.format(c.day0) {
		d = c.endOfMonth(y+1, time.Month(end*3))
	}
	return d
}

// duration resolves "in 6 weeks", "within a fortnight".
func (c dateCalc) duration(g func(int) string) (string, bool) {
	if g(2) != "" { // a fortnight
		return c.format(c.day0.AddDate(0, 0, 14)), true
	}
	n, err := strconv.Atoi(g(3))
	if err != nil {
		n = numberWords()[strings.ToLower(strings.Join(strings.Fields(g(3)), " "))]
	}
	if n <= 0 || n > 24 {
		return "", false
	}
	if days := unitDays()[strings.ToLower(g(4))]; days > 0 {
		return c.format(c.day0.AddDate(0, 0, n*days)), true
	}
	return c.format(c.day0.AddDate(0, n, 0)), true
}

// weekday resolves "next Friday", "COB Thursday".
func (c dateCalc) weekday(g func(int) string) string {
	wd := weekdayNames()[strings.ToLower(g(3))]
	off := (int(wd) - int(c.day0.Weekday()) + 7) % 7
	if off == 0 {
		off = 7
	}
	if strings.HasPrefix(strings.ToLower(g(2)), "next") && off < 3 {
		off += 7 // on Thursday, "next Friday" is not tomorrow
	}
	return c.format(c.day0.AddDate(0, 0, off))
}

// daysIn is the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// dueLeadWindow is how much of the text before a date its lead may take.
const dueLeadWindow = 48

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
	// A lead is a few words: match only the end of the text before the date.
	from := max(0, d.start-dueLeadWindow)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from++
	}
	loc := dateRes().dueLead.FindStringIndex(withoutWeekday(text[from:d.start]))
	if loc != nil {
		loc[0], loc[1] = loc[0]+from, loc[1]+from
	}
	if selfLed(d.kind, text[d.start:d.end]) || (loc == nil || loc[0] == loc[1]) && numericDate(d.kind) {
		loc = []int{d.start, d.start} // "Demo the dashboard 04/15": a number can only be the date
	} else if loc == nil || loc[0] == loc[1] {
		return text, due
	}
	head := strings.TrimRight(text[:loc[0]], " ,;:–—-(")
	if head == "" {
		return text, due
	}
	return head, due
}

// withoutWeekday removes the weekday that may stand between a due date's
// lead and the date ("by Friday 29 January", "bis Freitag, 26. Februar"),
// so that the lead ends the text again.
func withoutWeekday(pre string) string {
	t := strings.TrimRight(pre, " ,")
	i := strings.LastIndexAny(t, " ,(") + 1
	if _, ok := weekdayNames()[strings.ToLower(t[i:])]; !ok || i == 0 {
		return pre
	}
	return t[:i]
}
