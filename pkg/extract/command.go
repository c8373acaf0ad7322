package extract

import (
	"net/mail"
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

// Command is one command read from a reply (see ReadCommands).
type Command struct {
	// Name is one of the lexicon's Cmd constants: stop, pause, skip,
	// private, help, fewer, all, alias.
	Name string `json:"command"`
	// Until is the date a pause lasts until (2006-01-02); empty when the
	// pause names no date that could be read.
	Until string `json:"until,omitempty"`
	// Numbers are the answers a private command names.
	Numbers []int `json:"numbers,omitempty"`
	// Address is the address an alias command names.
	Address string `json:"address,omitempty"`
}

// Bounds of a command reply: besides its command lines, a greeting before
// them and a few short closing lines (a sign-off, a name) after.
const (
	maxClosingLines = 3
	maxClosingRunes = 40
	maxClosingWords = 5
)

// ReadCommands reads a reply's new text (Reply.Text: no quoted mail, no
// signature) as commands. A reply is a command reply when its first line,
// after a greeting, is a command alone on its line ("Stop", "Pause until 10
// March please", "privat: 4"), and every other line is a command too or one of
// at most three short closing lines. Anything longer is an answer, even when
// it starts with a command's word: "I'd like to stop managing the on-call
// rota", "Stop. I think we should…" are not commands, and quoted text is
// never read. ok is false when the reply is not a command reply. ref resolves
// a pause's date (the day the reply was written).
func ReadCommands(text string, ref time.Time) (cmds []Command, ok bool) {
	// The lines are read as they come: most replies stop being commands at
	// their first line.
	first := true // the next line is the first: it may be a greeting
	i := 0        // the lines read after the greeting
	closing := 0
	for l := range strings.SplitSeq(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if l = strings.TrimSpace(l); l == "" {
			continue
		}
		if first {
			first = false
			if greetingLine(l) {
				continue
			}
		}
		if c, ok := readCommand(l, ref); ok {
			if closing > 0 {
				return nil, false // a command after the closing lines: prose
			}
			cmds = append(cmds, c)
			i++
			continue
		}
		if i == 0 || !commandClosing(l) {
			return nil, false
		}
		if closing++; closing > maxClosingLines {
			return nil, false
		}
		i++
	}
	if i == 0 {
		return nil, false
	}
	return cmds, true
}

// greetingLine reports whether l is a greeting alone on its line: "Hi Sam,".
func greetingLine(l string) bool {
	lower := strings.ToLower(l)
	if utf8.RuneCountInString(l) > maxClosingRunes || len(strings.Fields(l)) > maxClosingWords {
		return false
	}
	for _, g := range lexicon.Greetings() {
		if rest, ok := strings.CutPrefix(lower, g); ok && (rest == "" || !unicode.IsLetter(firstRune(rest))) {
			return true
		}
	}
	return false
}

// commandClosing reports whether l may close a command reply: short, a few
// words (a sign-off, a name, "Sent from…" left over), and nothing that reads
// like content: no number ("4. my answer", "2 done", "drop 3"), no colon
// ("win: …"), no list item.
func commandClosing(l string) bool {
	return utf8.RuneCountInString(l) <= maxClosingRunes && len(strings.Fields(l)) <= maxClosingWords &&
		!strings.ContainsAny(l, "0123456789:") && !strings.ContainsAny(l[:1], "-*•#>")
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// commandPhrases are the lexicon's command phrases, longest first (so that
// "pause until" is tried before "pause").
var commandPhrases = sync.OnceValue(func() []string {
	ps := keys(lexicon.Commands())
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	return ps
})

// The regular expressions of the command reader, compiled on first use.
var (
	// dayDotRE is a day number written with a dot ("10. März"); the date
	// reader reads "10 März".
	dayDotRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(\d{1,2})\.\s+(\p{L})`) })
	// numbersRE is a list of answer numbers: "4", "4, 6", "#4 & 6".
	numbersRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^#?(\d{1,2})((?:\s*(?:,|&|/|\+|\s)\s*#?\d{1,2})*)$`)
	})
	digitsRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\d{1,2}`) })
)

// normalise lower-cases a line, straightens its apostrophes, takes the
// punctuation and courtesy ("please", "bitte") off its ends and keeps one
// space between words.
func normalise(l string) string {
	if strings.ContainsAny(l, "’‘\u00a0") {
		l = straightQuotes().Replace(l)
	}
	l = collapseSpace(strings.TrimSpace(strings.ToLower(l)))
	trim := func(s string) string { return strings.Trim(s, " .!,;?:-–—") }
	for {
		before := l
		l = trim(l)
		for _, c := range lexicon.Courtesy() {
			if rest, ok := strings.CutPrefix(l, c); ok && (rest == "" || !unicode.IsLetter(firstRune(rest))) {
				l = trim(rest)
			}
			if rest, ok := strings.CutSuffix(l, c); ok && rest != "" && !unicode.IsLetter(lastRune(rest)) {
				l = trim(rest)
			}
		}
		if l == before {
			return l
		}
	}
}

// straightQuotes straightens apostrophes and makes a non-breaking space a
// space.
var straightQuotes = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer("’", "'", "‘", "'", "\u00a0", " ")
})

// collapseSpace replaces each run of ASCII white space (space, \t, \n, \f,
// \r) in s with one space; s itself when there is none to replace.
func collapseSpace(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		clean = !asciiSpace(s[i]) || s[i] == ' ' && (i+1 == len(s) || !asciiSpace(s[i+1]))
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if !asciiSpace(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		b.WriteByte(' ')
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
	}
	return b.String()
}

// asciiSpace reports the bytes of RE2's \s: space, \t, \n, \f and \r.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// readCommand reads one line as a command: a phrase of the lexicon alone,
// or, for the commands that take one, followed by its argument.
func readCommand(line string, ref time.Time) (Command, bool) {
	if strings.TrimSpace(line) == "?" {
		return Command{Name: lexicon.CmdHelp}, true
	}
	l := normalise(line)
	if l == "" {
		return Command{}, false
	}
	for _, p := range commandPhrases() {
		name := lexicon.Commands()[p]
		rest, found := strings.CutPrefix(l, p)
		if !found || rest != "" && unicode.IsLetter(firstRune(rest)) {
			continue
		}
		rest = strings.TrimSpace(strings.TrimLeft(rest, " :-–—"))
		switch name {
		case lexicon.CmdPause:
			return readPause(rest, ref)
		case lexicon.CmdPrivate:
			if ns := answerNumbers(rest); len(ns) > 0 {
				return Command{Name: name, Numbers: ns}, true
			}
		case lexicon.CmdAlias:
			if a := aloneAddress(rest); a != "" {
				return Command{Name: name, Address: a}, true
			}
		default:
			if rest == "" {
				return Command{Name: name}, true
			}
		}
	}
	return Command{}, false
}

// readPause reads a pause's date: what follows the phrase must be a date and
// nothing else but a little word ("el", "le", "the"). A pause whose date
// cannot be read is still a pause (the answer asks for the date), unless
// more than a few words follow.
func readPause(rest string, ref time.Time) (Command, bool) {
	c := Command{Name: lexicon.CmdPause}
	if rest == "" {
		return c, true
	}
	rest = dayDotRE().ReplaceAllString(rest, "$1 $2")
	if d, ok := findDue(rest, ref, orderUnknown); ok {
		left := strings.TrimSpace(rest[:d.start] + " " + rest[d.end:])
		if len(strings.Fields(left)) <= 2 && utf8.RuneCountInString(left) <= 6 {
			c.Until = d.iso
			return c, true
		}
	}
	return c, len(strings.Fields(rest)) <= 3
}

// answerNumbers reads "4", "4 and 6", "4, 6 & 7" (the "and" of any language
// the reader knows); nil when s is anything else.
func answerNumbers(s string) []int {
	fields := strings.Fields(s)
	for i, f := range fields {
		if slices.Contains(lexicon.And(), f) {
			fields[i] = ","
		}
	}
	s = strings.Join(fields, " ")
	if !numbersRE().MatchString(s) {
		return nil
	}
	var ns []int
	for _, d := range digitsRE().FindAllString(s, -1) {
		n, _ := strconv.Atoi(d)
		if n > 0 && !slices.Contains(ns, n) {
			ns = append(ns, n)
		}
	}
	return ns
}

// aloneAddress returns s as one email address (lower-cased), alone, perhaps
// in angle brackets or as a mailto link; "" when s is anything else.
func aloneAddress(s string) string {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "mailto:"))
	if strings.ContainsAny(s, " \t") && !strings.HasSuffix(s, ">") {
		return ""
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" && !strings.HasPrefix(s, "<") {
		return ""
	}
	return strings.ToLower(a.Address)
}
