package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/lexicon"
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

// mergedDates merges one list of the lexicon's DateWords over all languages.
func mergedDates(field func(lexicon.DateWords) []string) []string {
	return lexicon.Merged(func(l lexicon.Language) []string { return field(l.Dates) })
}

// The date words of every language, merged on first use.
var (
	dueLeads    = sync.OnceValue(func() []string { return mergedDates(func(d lexicon.DateWords) []string { return d.Leads }) })
	beforeWords = sync.OnceValue(func() []string { return mergedDates(func(d lexicon.DateWords) []string { return d.Before }) })
	monthEnds   = sync.OnceValue(func() []string { return mergedDates(func(d lexicon.DateWords) []string { return d.MonthEnds }) })
	monthMids   = sync.OnceValue(func() []string { return mergedDates(func(d lexicon.DateWords) []string { return d.MonthMids }) })
	endsAfter   = sync.OnceValue(func() []string { return mergedDates(func(d lexicon.DateWords) []string { return d.EndsAfter }) })
	dueAfter    = sync.OnceValue(func() []string {
		return longestFirst(mergedDates(func(d lexicon.DateWords) []string { return d.After }))
	})
	nextWords   = sync.OnceValue(func() []string { return mergedDates(func(d lexicon.DateWords) []string { return d.Next }) })
	daySuffixes = sync.OnceValue(func() []string { return mergedDates(func(d lexicon.DateWords) []string { return d.DaySuffixes }) })
	dueClauses  = sync.OnceValue(func() []string {
		return longestFirst(mergedDates(func(d lexicon.DateWords) []string { return d.Clauses }))
	})
	weekdayShort = sync.OnceValue(func() []string { return mergedDates(func(d lexicon.DateWords) []string { return d.WeekdayShort }) })
	periods      = sync.OnceValue(func() map[string]lexicon.Period {
		return lexicon.MergedMap(func(l lexicon.Language) map[string]lexicon.Period { return l.Dates.Periods })
	})
)

// longestFirst sorts phrases longest first (then alphabetically), so that
// an alternation or a scan tries "due by" before "due".
func longestFirst(phrases []string) []string {
	out := slices.Clone(phrases)
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}

// alternation builds a regexp alternation of phrases, longest first, each
// quoted, with any run of spaces allowed between their words.
func alternation(phrases []string) string {
	if len(phrases) == 0 {
		return matchNothing
	}
	out := longestFirst(phrases)
	for i, p := range out {
		out[i] = strings.ReplaceAll(regexp.QuoteMeta(p), " ", `\s+`)
	}
	return strings.Join(out, "|")
}

// matchNothing is the alternation of no phrase: it matches no text.
const matchNothing = `$.`

// leading builds a regexp alternation of phrases that stand before the next
// word: each is followed by spaces, unless it ends in an apostrophe or a
// hyphen ("fin d'avril", "mid-March").
func leading(phrases []string) string {
	if len(phrases) == 0 {
		return matchNothing
	}
	out := longestFirst(phrases)
	for i, p := range out {
		out[i] = alternation([]string{p})
		if !strings.HasSuffix(p, "'") && !strings.HasSuffix(p, "-") {
			out[i] += `\s+`
		}
	}
	return `(?:` + strings.Join(out, "|") + `)`
}

// The kinds of date phrase findDue reads, one pattern each.
type dateKind int

const (
	dateISO       dateKind = iota // 2027-03-31
	dateNumeric                   // 31/03/2027, 31.03.2027, 31-03-2027
	dateSlash                     // 31/03, 03/31 (read only when one number is over 12)
	dateDotted                    // bis 15.02.
	dateDayMonth                  // 31 March, 31-Mar-2027
	dateDayOnly                   // by the 20th, bis zum 20. (a day of the month alone)
	dateMonthDay                  // March 31
	dateEndMonth                  // end of March, Feb-end
	dateMidMonth                  // mid-March, Mitte März
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
// built from the lexicon's words and compiled on first use, so a program
// that never reads a step pays nothing.
type dateRegexps struct {
	patterns []datePattern
}

// Letter boundaries: RE2's \b knows only ASCII, so "märz" needs these. A
// letter of a script that writes no space between words (Han, kana) or
// writes its particles onto the word (Hangul) is a boundary too:
// "（2月26日まで）", "在3月底前", "3월 15일까지".
const (
	unspaced = `[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]`
	lb       = `(?:^|[^\p{L}\p{N}]|` + unspaced + `)`
	rb       = `(?:$|[^\p{L}\p{N}]|` + unspaced + `)`
)

// dateRes builds the date patterns once, on first use. Only digits,
// spaces and punctuation are written here; every word is the lexicon's.
var dateRes = sync.OnceValue(func() *dateRegexps {
	month := `(` + alternation(keys(monthNames())) + `)\.?`
	suffix := `(?:` + alternation(daySuffixes()) + `)`
	numWord := `(\d{1,2}|` + alternation(keys(numberWords())) + `)`
	dayLeads := leading(mergedDates(func(d lexicon.DateWords) []string { return d.DayLeads }))
	dayOf := dayOfWords()
	c := func(k dateKind, needs wordKinds, expr string) datePattern {
		return datePattern{kind: k, re: regexp.MustCompile(`(?i)` + lb + `(?P<p>` + expr), needs: needs}
	}
	return &dateRegexps{
		patterns: []datePattern{
			c(dateISO, hasYear, `(\d{4})[-/](\d{1,2})[-/](\d{1,2}))`+rb),
			c(dateNumeric, hasYear, `(\d{1,2})([./-])(\d{1,2})[./-](\d{4}))`+rb),
			c(dateSlash, hasDigit|hasSlash, `(\d{1,2})/(\d{1,2}))(?:$|[^\p{L}\p{N}/])`),
			// A day and month without a year, "bis 15.02.", "bis Fr., 29.01.":
			// read only after a lead, since "1.5" alone is more often a number
			// (alone after a dash, as in a table's due column, dashValue reads
			// it). The lead and the weekday are outside p.
			{kind: dateDotted, needs: hasDotNum, re: regexp.MustCompile(`(?i)` + lb + `(?:` + leading(mergedDates(func(d lexicon.DateWords) []string { return d.DayLeads })) + `)` +
				`(?:(?:` + alternation(append(keys(weekdayNames()), weekdayShort()...)) + `)\.?,?\s+)?(?P<p>(\d{1,2})\.(\d{2}\.?|\d\.))(?:$|[^\p{L}\p{N}.]|\.\D|\.$)`)},
			// … or before a word of After: "26.2. mennessä".
			{kind: dateDotted, needs: hasDotNum | hasAfter, re: regexp.MustCompile(`(?i)` + lb + `(?P<p>(\d{1,2})\.(\d{1,2})\.?)\s*(?:` + alternation(dueAfter()) + `)` + rb)},
			c(dateDayMonth, hasDigit|hasMonth, `(\d{1,2})(?:`+suffix+`|\.)?(?:\s*|-)`+optional(leading(mergedDates(func(d lexicon.DateWords) []string { return d.Of })))+
				month+`(?:(?:,?\s+|-)`+optional(leading(mergedDates(func(d lexicon.DateWords) []string { return d.YearOf })))+`(\d{4}))?)`+rb),
			c(dateMonthDay, hasMonthDay, month+`\s*(\d{1,2})`+suffix+`?(?:,?\s+(\d{4}))?)`+rb),
			// A day alone needs a lead, and a day suffix or a word before it
			// ("by the 20th", "bis zum 20.", "para el día 20"): "by 20" is a number.
			{kind: dateDayOnly, needs: hasDigit | hasDayOf, re: regexp.MustCompile(`(?i)` + lb + dayLeads + `(?P<p>` + optional(leading(dayOf)) + `(\d{1,2})` + suffix + `)` + rb)},
			{kind: dateDayOnly, needs: hasDigit | hasDayOf, re: regexp.MustCompile(`(?i)` + lb + dayLeads + `(?P<p>` + leading(dayOf) + `(\d{1,2})(?:\.|\s*$))` + rb)},
			c(dateEndMonth, hasMonth|hasEnd, leading(monthEnds())+month+`(?:\s+(\d{4}))?)`+rb),
			// The end of a month written after it: "3月末", "3월 말" (the
			// empty group stands for the year).
			c(dateEndMonth, hasMonth|hasEndAfter, month+`\s*(?:`+alternation(endsAfter())+`)())`+rb),
			// The middle of a month is a due date only after a lead: "by
			// mid-March", not "Present at the guild mid-March".
			c(dateMidMonth, hasMonth|hasMid, `(`+leading(dueLeads())+`)?`+leading(monthMids())+month+`(?:\s+(\d{4}))?)`+rb),
			c(dateInMonth, hasLedMonth, `(`+alternation(dueLeads())+`)\s+`+month+`(?:\s+(\d{4}))?)`+rb),
			c(dateEndPeriod, hasPeriod, alternation(keys(periods()))+`)`+rb),
			// A quarter without a lead or a year is no date: "Lead the Q2
			// planning workshop".
			c(dateQuarter, hasQuarter, `(`+leading(slices.Concat(monthEnds(), dueLeads()))+`)?Q([1-4])(?:\s+(\d{4}))?)`+rb),
			c(dateDuration, hasUnit, leading(mergedDates(func(d lexicon.DateWords) []string { return d.Within }))+numWord+`\s+(`+alternation(keys(unitDays()))+`))`+rb),
			c(dateWeekday, hasWeekday, `(`+leading(mergedDates(func(d lexicon.DateWords) []string { return d.WeekdayLeads }))+`)?(`+alternation(keys(weekdayNames()))+`))`+rb),
		},
	}
})

// optional makes a regexp optional.
func optional(expr string) string { return `(?:` + expr + `)?` }

// numericDate reports the kinds of date written in numbers only.
func numericDate(k dateKind) bool { return k == dateISO || k == dateNumeric || k == dateSlash }

// selfLed reports date phrases that carry their own lead ("before Q2", "in
// February"): the whole phrase goes from the step's text. "End of Q1" is
// no lead: it needs one ("by the end of Q1").
func selfLed(k dateKind, phrase string) bool {
	switch k {
	case dateInMonth, dateMidMonth:
		return true
	case dateQuarter:
		return !hasPhrasePrefix(phrase, monthEnds())
	}
	return false
}

// hasPhrasePrefix reports whether s starts with one of the phrases, case
// and runs of spaces aside.
func hasPhrasePrefix(s string, phrases []string) bool {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	for _, p := range phrases {
		if strings.HasPrefix(s, p) {
			return true
		}
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
	hasMid     // a word of midWords ("mid", "Mitte")
	hasEnd     // a word of endWords ("end", "Ende")
	// A month word that a due lead and spaces precede ("by March"), one
	// that spaces and a digit follow ("March 31").
	hasLedMonth
	hasMonthDay
	hasEndAfter // a word of the lexicon's EndsAfter ("末", "말")
	hasAfter    // a word of the lexicon's After ("mennessä", "まで"), anywhere
	hasDayOf    // a word of DayOf ("the", "zum") or a day suffix after a digit ("20th")
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
	pairs := pairsOf(lower)
	k |= monthShapes(lower, &pairs)
	for _, kind := range []struct {
		k     wordKinds
		words []string
		whole bool // the patterns read the word whole: no letter or digit follows it
	}{{hasUnit, unitWords(), true}, {hasWeekday, weekdayWords(), true}, {hasPeriod, periodWords(), true}, {hasMid, midWords(), false}, {hasEnd, endWords(), false}} {
		for _, w := range kind.words {
			if pairs.mayHold(w) && containsWordStart(lower, w, kind.whole) {
				k |= kind.k
				break
			}
		}
	}
	for _, w := range endsAfter() {
		if strings.Contains(text, w) {
			k |= hasEndAfter // written onto the month: no word start
			break
		}
	}
	for _, w := range dueAfter() {
		if strings.Contains(lower, w) {
			k |= hasAfter // written onto the date: no word start ("3月末まで")
			break
		}
	}
	if k&hasDigit != 0 && dayOfIn(lower) {
		k |= hasDayOf
	}
	return k
}

// dayOfWords are the lexicon's DayOf phrases.
var dayOfWords = sync.OnceValue(func() []string { return mergedDates(func(d lexicon.DateWords) []string { return d.DayOf }) })

// dayOfIn reports a word of DayOf in lower, or a day suffix written onto a
// digit ("20th"): what a day named alone needs.
func dayOfIn(lower string) bool {
	for _, w := range dayOfWords() {
		if containsWordStart(lower, w, true) {
			return true
		}
	}
	for _, x := range daySuffixes() {
		for i := strings.Index(lower, x); i >= 0; {
			if i > 0 && lower[i-1] >= '0' && lower[i-1] <= '9' {
				return true
			}
			j := strings.Index(lower[i+1:], x)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// monthShapes tells which month patterns lower, lower-case, may hold: a
// month word read whole (hasMonth), one that a due lead's last word and
// spaces precede (hasLedMonth: "by March", as dateInMonth reads it), one
// that a digit follows, after a full stop and spaces perhaps (hasMonthDay:
// "March 31", "Mar. 31", "3月15日", as dateMonthDay reads it).
// pairs are the byte pairs of lower.
func monthShapes(lower string, pairs *bytePairs) wordKinds {
	var k wordKinds
	const all = hasMonth | hasLedMonth | hasMonthDay
	for _, w := range monthWords() {
		if !pairs.mayHold(w) {
			continue
		}
		for i := wordIndex(lower, w, 0, true); i >= 0 && k != all; i = wordIndex(lower, w, i+1, true) {
			k |= hasMonth
			if before := lower[:i]; len(strings.TrimRight(before, reSpace)) < len(before) && hasSuffixAny(strings.TrimRight(before, reSpace), leadEnds()) {
				k |= hasLedMonth
			}
			after := strings.TrimPrefix(lower[i+len(w):], ".")
			if rest := strings.TrimLeft(after, reSpace); rest != "" && isDigit(rest[0]) {
				k |= hasMonthDay
			}
		}
	}
	return k
}

// reSpace is what \s matches in a date pattern (RE2's Perl class).
const reSpace = "\t\n\f\r "

// leadEnds are the last words of the due leads (dueLeads: "in" of "due
// in"): the word before a month that dateInMonth reads.
var leadEnds = sync.OnceValue(func() []string {
	var out []string
	for _, p := range dueLeads() {
		ws := strings.Fields(p)
		if w := ws[len(ws)-1]; !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
})

// hasSuffixAny reports whether s ends with one of suffixes.
func hasSuffixAny(s string, suffixes []string) bool {
	_, ok := cutSuffixAny(s, suffixes)
	return ok
}

// midWords are the words one of which each MonthMids phrase holds: the
// longest word of each, without a hyphen ("middle" of "the middle of",
// "mi" of "la mi-").
var midWords = sync.OnceValue(func() []string {
	var out []string
	for _, p := range monthMids() {
		longest := ""
		for _, w := range strings.Fields(p) {
			if len(w) > len(longest) {
				longest = w
			}
		}
		if w := strings.TrimSuffix(longest, "-"); !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
})

// endWords are the words one of which each MonthEnds phrase holds: the
// longest word of each, the last of equals ("end" of "the end of").
var endWords = sync.OnceValue(func() []string {
	var out []string
	for _, p := range monthEnds() {
		longest := ""
		for _, w := range strings.Fields(p) {
			if len(w) >= len(longest) {
				longest = w
			}
		}
		if !slices.Contains(out, longest) {
			out = append(out, longest)
		}
	}
	return out
})

// periodWords are the words one of which each phrase of dateEndPeriod
// holds: the longest word of each ("month" of "end of the month").
var periodWords = sync.OnceValue(func() []string {
	var out []string
	for p := range periods() {
		longest := ""
		for _, w := range strings.Fields(p) {
			if len(w) > len(longest) {
				longest = w
			}
		}
		if !slices.Contains(out, longest) {
			out = append(out, longest)
		}
	}
	return out
})

// containsWordStart reports whether w occurs in lower where a date pattern
// can read it (wordIndex).
func containsWordStart(lower, w string, whole bool) bool {
	return wordIndex(lower, w, 0, whole) >= 0
}

// wordIndex returns the first index at or after from where w occurs in
// lower as a date pattern can read it, or -1: not after a letter ("mai"
// in "email" is no month), unless after an ordinal's suffix written onto
// its number ("3rdmarch") or a letter of a script without spaces ("在3月",
// see lb); when whole, not before a letter or a digit either ("mar" in
// "market"), as for the words that a pattern follows with a boundary, a
// space or a full stop, unless w ends in such a script ("3月15日").
func wordIndex(lower, w string, from int, whole bool) int {
	for from <= len(lower) {
		i := strings.Index(lower[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		from = i + 1
		if r, _ := utf8.DecodeLastRuneInString(lower[:i]); i > 0 && unicode.IsLetter(r) && !unspacedLetter(r) && !ordinalSuffixAt(lower, i) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(lower[i+len(w):]); whole && i+len(w) < len(lower) && (unicode.IsLetter(r) || unicode.IsNumber(r)) && !endsUnspaced(w) {
			continue
		}
		return i
	}
	return -1
}

// endsUnspaced reports whether w ends with a letter of a script without
// spaces: what follows it may be the next word ("3月" in "3月15日").
func endsUnspaced(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return unspacedLetter(r)
}

// unspacedLetter reports a letter of the scripts of unspaced (lb).
func unspacedLetter(r rune) bool {
	return r >= 0x2E80 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// ordinalSuffixAt reports a day's suffix ("st", "er") after a digit just
// before byte i of lower.
func ordinalSuffixAt(lower string, i int) bool {
	for _, s := range daySuffixes() {
		if j := i - len(s); j >= 1 && lower[j:i] == s && lower[j-1] >= '0' && lower[j-1] <= '9' {
			return true
		}
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
func findDue(text string, ref time.Time, order dayOrder) (dueDate, bool) {
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
			if pat.kind == dateWeekday && sub(2) == "" && strings.TrimRight(text[e:], " .!;)]") != "" && leadStart(text[:s]) < 0 {
				continue // "join his Thursday clinic": without a lead ("bis Freitag abgeben"), only a weekday that ends the step is its date
			}
			iso, ok := resolveDate(pat.kind, sub, ref, order)
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

// dayOfMonth is the next day d of a month on or after day0: "by the 20th"
// is this month's 20th, or next month's once it has passed.
func (c dateCalc) dayOfMonth(d int) (string, bool) {
	for i := range 3 {
		first := time.Date(c.day0.Year(), c.day0.Month()+time.Month(i), 1, 0, 0, 0, 0, time.UTC)
		if c.valid(first.Year(), first.Month(), d) && !first.AddDate(0, 0, d-1).Before(c.day0) {
			return c.format(first.AddDate(0, 0, d-1)), true
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

// dayOrder is the order in which a sender writes the day and the month of a
// numeric date, when the reply tells it: "28/02" is day first, "3/15"
// month first.
type dayOrder uint8

const (
	orderUnknown    dayOrder = iota // nothing in the reply tells, or it says both
	orderDayFirst                   // 31/03, 15.03.
	orderMonthFirst                 // 03/31
)

// senderOrder reads the sender's convention from the numeric dates of texts
// that can only be read one way (a number over 12): "by 28/02" makes the
// "04/05" of the next step 4 May. Dates that say both orders say nothing.
func senderOrder(texts []string) dayOrder {
	day, month := false, false
	for _, t := range texts {
		for i := 1; i+1 < len(t); i++ {
			if c := t[i]; c != '/' && c != '.' && c != '-' || !isDigit(t[i-1]) || !isDigit(t[i+1]) {
				continue
			}
			a, b := numberBefore(t, i), numberAfter(t, i+1)
			switch {
			case a < 0 || b < 0 || a == 0 || b == 0:
			case a > 12 && a <= 31 && b <= 12:
				day = true
			case b > 12 && b <= 31 && a <= 12 && t[i] == '/':
				month = true
			}
		}
	}
	switch {
	case day && !month:
		return orderDayFirst
	case month && !day:
		return orderMonthFirst
	}
	return orderUnknown
}

// numberBefore reads the one- or two-digit number ending before t[i], or -1
// when it is longer or none.
func numberBefore(t string, i int) int {
	j := i
	for j > 0 && isDigit(t[j-1]) {
		j--
	}
	if i-j == 0 || i-j > 2 {
		return -1
	}
	return atoi(t[j:i])
}

// numberAfter reads the one- or two-digit number starting at t[i], or -1
// when it is longer or none.
func numberAfter(t string, i int) int {
	j := i
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	if j-i == 0 || j-i > 2 {
		return -1
	}
	return atoi(t[i:j])
}

// dayMonthOrder orders two numbers of a numeric date as day and month: the
// one over 12 is the day; equal numbers are both. When both could be either
// (03/04), the sender's order decides; without it ok is false: such a date
// is not guessed.
func dayMonthOrder(a, b int, usAllowed bool, order dayOrder) (d, m int, ok bool) {
	switch {
	case a == b || a > 12 && b <= 12:
		return a, b, true
	case usAllowed && b > 12 && a <= 12:
		return b, a, true // US order, unambiguous only because b > 12
	case a > 12 || b > 12:
		return 0, 0, false
	case order == orderDayFirst:
		return a, b, true
	case order == orderMonthFirst && usAllowed:
		return b, a, true
	}
	return 0, 0, false
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// resolveDate turns the groups of a match of a date pattern of kind k into
// an ISO date. ok is false when the match is no date at all ("32 March" is
// not); iso is "" when it is one but ambiguous (03/04).
func resolveDate(k dateKind, g func(int) string, ref time.Time, order dayOrder) (iso string, ok bool) {
	c := dateCalc{day0: time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)}
	switch k {
	case dateISO:
		return c.ymd(atoi(g(2)), time.Month(atoi(g(3))), atoi(g(4)))
	case dateNumeric:
		d, m, ok := dayMonthOrder(atoi(g(2)), atoi(g(4)), g(3) == "/", order)
		if !ok {
			return "", true // 03/04/2027: not guessed
		}
		return c.ymd(atoi(g(5)), time.Month(m), d)
	case dateSlash:
		d, m, ok := dayMonthOrder(atoi(g(2)), atoi(g(3)), true, order)
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
	case dateDayOnly:
		return c.dayOfMonth(atoi(g(2)))
	case dateMonthDay:
		return c.monthDay(monthNames()[strings.ToLower(g(2))], atoi(g(3)), g(4))
	case dateEndMonth:
		return c.monthEnd(monthNames()[strings.ToLower(g(2))], g(3), false), true
	case dateMidMonth:
		if g(2) == "" {
			return "", false
		}
		return c.monthDay(monthNames()[strings.ToLower(g(3))], 15, g(4))
	case dateInMonth:
		before := isBeforeLead(g(2))
		return c.monthEnd(monthNames()[strings.ToLower(g(3))], g(4), before), true
	case dateEndPeriod:
		return c.endPeriod(g(1))
	case dateQuarter:
		if g(2) == "" && g(4) == "" {
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
	return firstWordIn(lead, beforeWords())
}

// firstWordIn reports whether the first word of s is one of words.
func firstWordIn(s string, words []string) bool {
	return slices.Contains(words, strings.ToLower(strings.Fields(s + " x")[0]))
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
func (c dateCalc) endPeriod(phrase string) (string, bool) {
	friday := func(weeks int) string {
		off := (int(time.Friday) - int(c.day0.Weekday()) + 7) % 7
		return c.format(c.day0.AddDate(0, 0, off+7*weeks))
	}
	switch periods()[strings.ToLower(strings.Join(strings.Fields(phrase), " "))] {
	case lexicon.EndOfMonth:
		return c.endOfMonth(c.day0.Year(), c.day0.Month()), true
	case lexicon.EndOfNextMonth:
		return c.endOfMonth(c.day0.Year(), c.day0.Month()+1), true
	case lexicon.EndOfYear:
		return c.endOfMonth(c.day0.Year(), 12), true
	case lexicon.EndOfQuarter:
		return c.endOfMonth(c.day0.Year(), (c.day0.Month()-1)/3*3+3), true
	case lexicon.EndOfWeek:
		return friday(0), true
	case lexicon.EndOfNextWeek:
		return friday(1), true
	case lexicon.Tomorrow:
		return c.format(c.day0.AddDate(0, 0, 1)), true
	}
	return "", false
}

// quarter resolves "in Q2", "by the end of Q1", "before Q3 2027".
func (c dateCalc) quarter(g func(int) string) string {
	q, yq := atoi(g(3)), g(4)
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
	n, err := strconv.Atoi(g(2))
	if err != nil {
		n = numberWords()[strings.ToLower(strings.Join(strings.Fields(g(2)), " "))]
	}
	if n <= 0 || n > 24 {
		return "", false
	}
	if days := unitDays()[strings.ToLower(g(3))]; days > 0 {
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
	if firstWordIn(g(2), nextWords()) && off < 3 {
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
func splitDue(text string, ref time.Time, order dayOrder) (string, *string) {
	if head, due, ok := dashValue(text, ref, order); ok {
		return head, due
	}
	// The date patterns are many and case-insensitive, so matching costs a few
	// microseconds a byte: read only the end of a long step, where its date is.
	base := max(0, len(text)-dueWindow)
	for base > 0 && !utf8.RuneStart(text[base]) {
		base++
	}
	d, ok := findDue(text[base:], ref, order)
	if !ok {
		return text, nil
	}
	d.start, d.end = d.start+base, d.end+base
	var due *string
	if d.iso != "" {
		due = &d.iso
	}
	rest, after := cutDueAfter(text[d.end:])
	tail := strings.TrimRight(rest, dueClosers)
	if tail != "" || d.iso == "" {
		return text, due
	}
	// A lead is a few words: match only the end of the text before the date.
	from := max(0, d.start-dueLeadWindow)
	for from > 0 && !utf8.RuneStart(text[from]) {
		from++
	}
	lead := leadStart(withoutWeekday(text[from:d.start]))
	if lead < 0 {
		lead = leadStart(text[from:d.start]) // "do 15 lutego": a lead that is also a weekday's abbreviation ("Do")
	}
	if lead >= 0 {
		lead += from
	}
	if after || selfLed(d.kind, text[d.start:d.end]) || lead < 0 && numericDate(d.kind) && !afterShortWord(text[:d.start]) {
		lead = d.start // "Demo the dashboard 04/15": a number can only be the date; "（3月末まで）" is led after it
	} else if lead < 0 {
		return text, due
	}
	head := strings.TrimRight(text[:lead], " ,;:–—-(（：、，")
	if head == "" {
		return text, due
	}
	return head, due
}

// dueClosers may follow a trailing due date: "(by 15 March).", "（期限：2/26）".
const dueClosers = " .!;)]）】」。"

// cutDueAfter cuts from the start of the text after a due date a word of
// the lexicon's After ("まで", "까지", "mennessä"), the lead of a language
// that writes it after the date, written onto it or after a space ("15
// Mart'a kadar", "26.2. mennessä").
func cutDueAfter(t string) (string, bool) {
	s := strings.TrimLeft(t, " ")
	for _, w := range dueAfter() {
		if rest, ok := strings.CutPrefix(s, w); ok && (len(s) == len(t) || rest == "" || !unicode.IsLetter(firstRune(rest))) {
			return rest, true
		}
	}
	return t, false
}

// dashValue reads a due date that stands alone after the dash that ends a
// step: a table's due column, as tableRow writes a row ("Portfolio
// bijwerken – 15-3"), or a list written the same way. Alone, a value needs
// no lead: a quarter ("Q1", "Q2 2027") or a day and month in numbers
// ("15-3", "19.2", "30/4"; with a dot the day comes first). Within a
// step's wording the lead rules of findDue hold ("the Q2 planning").
func dashValue(text string, ref time.Time, order dayOrder) (string, *string, bool) {
	i := max(strings.LastIndex(text, " – "), strings.LastIndex(text, " — "))
	if i < 0 {
		return "", nil, false
	}
	head := strings.TrimRight(text[:i], spaces)
	v := strings.TrimSpace(text[i+len(" – "):])
	c := dateCalc{day0: time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)}
	iso, ok := "", false
	switch {
	case head == "" || v == "":
		return "", nil, false
	case v[0] == 'Q' || v[0] == 'q':
		q, y, _ := strings.Cut(v[1:], " ")
		if len(q) != 1 || q[0] < '1' || q[0] > '4' || y != "" && (len(y) != 4 || !allDigits(y)) {
			return "", nil, false
		}
		iso, ok = c.quarter(func(k int) string { return [...]string{"", "", "", q, y}[k] }), true
	default:
		a, sep, b := numberPair(v)
		d, m, known := a, b, sep == '.'
		if sep != 0 && !known {
			d, m, known = dayMonthOrder(a, b, true, order)
		}
		if known {
			iso, ok = c.next(time.Month(m), d)
		}
	}
	if !ok {
		return "", nil, false
	}
	return head, &iso, true
}

// numberPair reads v as two numbers of one or two digits joined by "-",
// "." or "/" ("15-3", "19.2.", "30/04"); sep is 0 when v is anything else.
func numberPair(v string) (a int, sep byte, b int) {
	i := strings.IndexAny(v, "-./")
	if i < 0 || i > 2 {
		return 0, 0, 0
	}
	x, y := v[:i], v[i+1:]
	if v[i] == '.' {
		y = strings.TrimSuffix(y, ".")
	}
	if !allDigits(x) || !allDigits(y) || len(y) > 2 {
		return 0, 0, 0
	}
	return atoi(x), v[i], atoi(y)
}

// allDigits reports a string of ASCII digits only.
func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// afterShortWord reports text ending in a short lower-case word ("Sync with
// Priya on ", "Book the exam for "): a date after it belongs to the wording
// and stays in it, as cutting the date alone would leave the word dangling.
func afterShortWord(text string) bool {
	t := strings.TrimRight(text, " ")
	i := strings.LastIndexByte(t, ' ') + 1
	w := t[i:]
	return len(t) < len(text) && len(w) > 0 && len(w) <= 3 && strings.ToLower(w) == w && !strings.ContainsAny(w, "0123456789-–—:,;(")
}

// withoutWeekday removes the weekday that may stand between a due date's
// lead and the date ("by Friday 29 January", "bis Freitag, 26. Februar",
// "by Fri 29 Jan", "bis Fr., 29.01."), so that the lead ends the text again.
func withoutWeekday(pre string) string {
	t := strings.TrimRight(pre, " ,")
	i := strings.LastIndexAny(t, " ,(") + 1
	if i == 0 {
		return pre
	}
	w := strings.ToLower(t[i:])
	if _, ok := weekdayNames()[w]; ok {
		return t[:i]
	}
	if slices.Contains(weekdayShort(), strings.TrimSuffix(w, ".")) {
		return t[:i]
	}
	return pre
}

// The white space of a regexp's \s.
const spaces = " \t\n\f\r"

// leadStart returns where the lead of a due date begins in pre, the text
// before the date, or -1 when pre does not end with one: a clause of the
// lexicon ("due by", "bis zum", "deadline:"), an opening bracket with or
// without one ("(due 15 March)"), a dash after a space, a colon or a comma.
func leadStart(pre string) int {
	t := strings.TrimRight(pre, spaces)
	u := t
	if head, ok := cutSuffixOf(u, ":", "："); ok {
		u = strings.TrimRight(head, spaces)
	}
	for _, c := range dueClauseWords() {
		rest, ok := cutPhraseSuffix(u, c)
		if !ok {
			continue
		}
		v := strings.TrimRight(rest, spaces)
		if head, ok := cutSuffixOf(v, "(", "[", "（"); ok {
			return len(strings.TrimRight(head, spaces))
		}
		if strings.HasSuffix(v, ",") || strings.HasSuffix(v, ";") {
			return len(v) - 1
		}
		return len(v)
	}
	if t == "" {
		return -1
	}
	if head, ok := cutSuffixOf(t, "(", "[", ":", ",", "（", "："); ok {
		return len(strings.TrimRight(head, spaces))
	}
	for _, dash := range []string{"-", "–", "—"} {
		if head, ok := strings.CutSuffix(t, dash); ok && head != strings.TrimRight(head, spaces) {
			return len(strings.TrimRight(head, spaces))
		}
	}
	return -1
}

// cutSuffixOf cuts the first of suffixes that s ends with.
func cutSuffixOf(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if head, ok := strings.CutSuffix(s, x); ok {
			return head, true
		}
	}
	return s, false
}

// dueClauseWords are the words of each of dueClauses, split once.
var dueClauseWords = sync.OnceValue(func() [][]string {
	out := make([][]string, len(dueClauses()))
	for i, c := range dueClauses() {
		out[i] = strings.Fields(c)
	}
	return out
})

// cutPhraseSuffix cuts the phrase of words from the end of s, case and
// runs of spaces aside, when it starts a word there.
func cutPhraseSuffix(s string, words []string) (string, bool) {
	for i := len(words) - 1; i >= 0; i-- {
		if i < len(words)-1 {
			t := strings.TrimRight(s, spaces)
			if len(t) == len(s) {
				return "", false // no space between two words
			}
			s = t
		}
		w := words[i]
		if len(s) < len(w) || !utf8.RuneStart(s[len(s)-len(w)]) || !strings.EqualFold(s[len(s)-len(w):], w) {
			return "", false
		}
		s = s[:len(s)-len(w)]
	}
	if s != "" && hasLetterAt(s, len(s)-1) {
		return "", false // "hobby" does not end with "by"
	}
	return s, true
}
