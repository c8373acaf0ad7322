package assistant

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/lexicon"
)

// The reader of replies to the review: "yes" (book the date proposed), a date
// with or without a time ("book 15 July 14:00", "le 15 juillet à 14h"), a month
// alone ("in September": propose a date in it) or "not now" (ask again later),
// in every language whose lexicon has the booking words.

// bookingRead is what a reply to the review says.
type bookingRead struct {
	kind  conversation.BookingKind // BookNow, BookLater, BookProposed or BookUnread
	at    time.Time                // BookNow: the date named, zero for "the date proposed"
	month time.Month               // BookProposed: the month named
}

// bookingWords are the lexicon's booking words and months as regular expressions.
type bookingWords struct {
	dayMonth, monthDay, monthOnly *regexp.Regexp
	months                        map[string]time.Month
	yes, notNow                   []string
}

var bookingLexicon = sync.OnceValue(func() bookingWords {
	w := bookingWords{months: lexicon.MergedMap(func(l lexicon.Language) map[string]time.Month { return l.Months }),
		yes: lexicon.Merged(func(l lexicon.Language) []string { return l.BookYes }), notNow: lexicon.Merged(func(l lexicon.Language) []string { return l.NotNow })}
	months := alternation(keysOf(w.months))
	leads := alternation(lexicon.Merged(func(l lexicon.Language) []string { return l.MonthLead }))
	w.dayMonth = regexp.MustCompile(`(?:^|[^\p{L}\d])(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?\s*(?:de\s+|of\s+)?` + months + `(?:[^\p{L}]|$)(?:\s*,?\s*(\d{4}))?`)
	w.monthDay = regexp.MustCompile(`(?:^|[^\p{L}])` + months + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:[^\p{L}\d]|$)(?:\s*,?\s*(\d{4}))?`)
	w.monthOnly = regexp.MustCompile(`(?:^|[^\p{L}])` + leads + `\s+(?:the\s+|de\s+|du\s+mois\s+de\s+)?` + months + `(?:[^\p{L}]|$)`)
	return w
})

func keysOf[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// alternation is a group of the words, longest first, quoted.
func alternation(words []string) string {
	ws := make([]string, 0, len(words))
	for _, w := range words {
		ws = append(ws, regexp.QuoteMeta(w))
	}
	sort.Slice(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) })
	return `(` + strings.Join(ws, `|`) + `)`
}

var (
	isoDateRE = lazyRegexp(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// numericDateRE is day-first: 15/7, 15/07/2027, 15.7., 15.07.2027.
	numericDateRE = lazyRegexp(`(?:^|[^\d.:/])(\d{1,2})(?:/(\d{1,2})(?:/(\d{2,4}))?|\.(\d{1,2})\.(\d{2,4})?)(?:[^\d:]|$)`)
	// clock24RE: 14:00, 14h30, 2:30 pm; or 2pm, 14 Uhr, 14.30 Uhr, 14h.
	clock24RE = lazyRegexp(`(?:^|[^\d.])(\d{1,2})[:h](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?|(?:^|[^\d.])(\d{1,2})(?:\.(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|uhr|h\b)`)
)

// readBooking reads the reply's text (quotes removed). ref is when it was
// written (dates without a year are the next such date after it), loc the
// writer's zone, in which a date and time are meant.
func readBooking(text string, ref time.Time, loc *time.Location, clock time.Time) bookingRead {
	w := bookingLexicon()
	lower := strings.ToLower(firstLines(text, 6, 600))
	day, ok := findDate(lower, w, ref.In(loc))
	if ok {
		h, m := clock.In(loc).Hour(), clock.In(loc).Minute()
		if ch, cm, found := findClock(lower); found {
			h, m = ch, cm
		}
		return bookingRead{kind: conversation.BookNow, at: time.Date(day.Year(), day.Month(), day.Day(), h, m, 0, 0, loc)}
	}
	if mm := w.monthOnly.FindStringSubmatch(lower); mm != nil {
		return bookingRead{kind: conversation.BookProposed, month: w.months[mm[2]]}
	}
	if containsPhrase(lower, w.notNow) {
		return bookingRead{kind: conversation.BookLater}
	}
	// Leading punctuation goes: bullets, quotes, Spanish "¡".
	first := strings.TrimLeftFunc(lower, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) })
	if startsWithPhrase(first, w.yes) {
		return bookingRead{kind: conversation.BookNow}
	}
	return bookingRead{kind: conversation.BookUnread}
}

// findDate finds a calendar date: ISO, day and month name (either order),
// or numeric day-first. A date without a year is the next one on or after ref.
func findDate(s string, w bookingWords, ref time.Time) (time.Time, bool) {
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	make := func(y int, m time.Month, d int) (time.Time, bool) {
		if m < 1 || m > 12 || d < 1 || d > 31 {
			return time.Time{}, false
		}
		explicit := y != 0
		if !explicit {
			y = ref.Year()
		}
		if y < 100 {
			y += 2000
		}
		t := time.Date(y, m, d, 0, 0, 0, 0, ref.Location())
		if t.Day() != d {
			return time.Time{}, false
		}
		if !explicit && t.Before(time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, ref.Location())) {
			t = t.AddDate(1, 0, 0)
		}
		return t, true
	}
	if m := isoDateRE().FindStringSubmatch(s); m != nil {
		return make(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
	}
	if m := w.dayMonth.FindStringSubmatch(s); m != nil {
		return make(atoi(m[3]), w.months[m[2]], atoi(m[1]))
	}
	if m := w.monthDay.FindStringSubmatch(s); m != nil {
		return make(atoi(m[3]), w.months[m[1]], atoi(m[2]))
	}
	if m := numericDateRE().FindStringSubmatch(s); m != nil {
		if m[2] != "" {
			return make(atoi(m[3]), time.Month(atoi(m[2])), atoi(m[1]))
		}
		return make(atoi(m[5]), time.Month(atoi(m[4])), atoi(m[1]))
	}
	return time.Time{}, false
}

// findClock finds a time of day: 14:00, 14h30, 2pm, 14 Uhr, 14.30 Uhr.
func findClock(s string) (h, m int, ok bool) {
	for _, mm := range clock24RE().FindAllStringSubmatch(s, -1) {
		hs, ms, suffix := mm[1], mm[2], mm[3]
		if hs == "" {
			hs, ms, suffix = mm[4], mm[5], mm[6]
		}
		h, _ = strconv.Atoi(hs)
		m, _ = strconv.Atoi(ms)
		switch strings.ReplaceAll(suffix, ".", "") {
		case "pm":
			if h < 12 {
				h += 12
			}
		case "am":
			if h == 12 {
				h = 0
			}
		}
		if h <= 23 && m <= 59 {
			return h, m, true
		}
	}
	return 0, 0, false
}

// firstLines returns the first n non-empty lines of text, at most max bytes.
func firstLines(text string, n, max int) string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
		if len(out) == n {
			break
		}
	}
	return conversation.ClipText(strings.Join(out, "\n"), max)
}

// containsPhrase reports whether s holds one of phrases between non-letters.
func containsPhrase(s string, phrases []string) bool {
	for _, p := range phrases {
		for i := 0; ; {
			j := strings.Index(s[i:], p)
			if j < 0 {
				break
			}
			j += i
			if boundary(s, j-1, true) && boundary(s, j+len(p), false) {
				return true
			}
			i = j + 1
		}
	}
	return false
}

// startsWithPhrase reports whether s starts with one of phrases followed by a non-letter.
func startsWithPhrase(s string, phrases []string) bool {
	for _, p := range phrases {
		if strings.HasPrefix(s, p) && boundary(s, len(p), false) {
			return true
		}
	}
	return false
}

// boundary reports whether the rune at byte i of s (before: the rune ending
// just before i+1) is not a letter or digit, or i is out of s.
func boundary(s string, i int, before bool) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
