package assistant

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/extract"
)

// The reader of adjustments and record entries in a reply after the plan. It
// reads the reply's new text (mailparse.Reply.Text) line by line, in English,
// German and French; what it does not read is left for the step and progress
// readers of pkg/extract.

// command is one line of a reply that adjusts the plan or adds to the record.
type command struct {
	op   conversation.ChangeOp // add, change, drop, restore; "" for a record entry
	step int                   // the step number of change, drop, restore
	text string                // the step of add and change, the entry of a record line
	due  string                // the due date of add and change (2006-01-02) or ""
	kind conversation.EntryKind
}

// Words per language, as alternatives of a regular expression (lower case).
var (
	addWords = []string{
		`add(?: step)?`, `new step`, `also`, `one more(?: [^:]{0,30})?`, // en
		`neu(?:er schritt)?`, `hinzuf(?:ü|ue)gen`, `zus(?:ä|ae)tzlich`, `noch (?:einer?|eins)(?: [^:]{0,30})?`, // de
		`ajout(?:er|e)?`, `nouvelle (?:étape|etape)`, `en plus`, `encore une?(?: [^:]{0,30})?`, // fr
	}
	changeWords = []string{
		`change`, `update`, `edit`, `correct`, // en
		`(?:ä|ae)nder(?:e|n|ung)?`, `korrigier(?:e|en)?`, // de
		`modifi(?:er|e)`, `changer`, `corrige(?:r)?`, // fr
	}
	dropWords = []string{
		`drop`, `remove`, `delete`, // en
		`streich(?:e|en)`, `entfern(?:e|en)`, `l(?:ö|oe)sch(?:e|en)`, // de
		`supprim(?:er|e)`, `retir(?:er|e)`, `abandonn(?:er|e)`, `enl(?:e|è)v(?:er|e)`, // fr
	}
	restoreWords = []string{
		`restore`, `undrop`, `bring back`, // en
		`wiederherstellen`, `zur(?:ü|ue)ckholen`, `reaktivier(?:e|en)`, // de
		`r(?:é|e)tabli(?:r|s)`, `restaur(?:er|e)`, `reprendre`, // fr
	}
	stepWords = `(?:step|schritt|(?:l')?(?:é|e)tape|punkt|nr\.?|no\.?|n°)?`

	winWords     = []string{`win`, `won`, `success`, `achievement`, `erfolg`, `gewonnen`, `geschafft`, `r(?:é|e)ussite`, `victoire`, `succ(?:è|e)s`}
	setbackWords = []string{`setback`, `challenge`, `struggle`, `r(?:ü|ue)ckschlag`, `schwierigkeit`, `herausforderung`, `revers`, `difficult(?:é|e)`, `(?:é|e)chec`, `obstacle`}
)

func alternatives(words []string) string { return `(?:` + strings.Join(words, `|`) + `)` }

// sep is what follows a command word before its text: a colon, a dash.
const sep = `\s*[:\-–—]\s*`

// lazyRegexp compiles expr on first use, not at package init: every Lambda
// function links this package, and most never read an adjustment.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

var (
	bulletRE  = lazyRegexp(`^\s*(?:[-*•>]+\s*)`)
	addRE     = lazyRegexp(`(?i)^` + alternatives(addWords) + sep + `(.+)$`)
	changeRE  = lazyRegexp(`(?i)^` + alternatives(changeWords) + `\s*` + stepWords + `\s*#?(\d{1,2})` + sep + `(.+)$`)
	dropRE    = lazyRegexp(`(?i)^` + alternatives(dropWords) + `\s*` + stepWords + `\s*#?(\d{1,2})\s*[.!]?$`)
	restoreRE = lazyRegexp(`(?i)^` + alternatives(restoreWords) + `\s*` + stepWords + `\s*#?(\d{1,2})\s*[.!]?$`)
	// German puts the verb last: "Schritt 3 streichen", "3 wiederherstellen".
	dropLastRE    = lazyRegexp(`(?i)^` + stepWords + `\s*#?(\d{1,2})\s+` + alternatives(dropWords) + `\s*[.!]?$`)
	restoreLastRE = lazyRegexp(`(?i)^` + stepWords + `\s*#?(\d{1,2})\s+` + alternatives(restoreWords) + `\s*[.!]?$`)
	winRE         = lazyRegexp(`(?i)^` + alternatives(winWords) + sep + `(.+)$`)
	setbackRE     = lazyRegexp(`(?i)^` + alternatives(setbackWords) + sep + `(.+)$`)
	// dayDotRE is a German day number ("31. März"): pkg/extract reads "31 März".
	dayDotRE = lazyRegexp(`\b(\d{1,2})\.\s+(\p{L})`)
)

// readCommands reads the adjustments and record entries of a reply's text, and
// returns the lines it did not read (joined by newlines). ref resolves due dates.
func readCommands(text string, ref time.Time) (cmds []command, rest string) {
	var left []string
	for _, raw := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line := strings.TrimSpace(bulletRE().ReplaceAllString(raw, ""))
		if c, ok := readCommand(line, ref); ok {
			cmds = append(cmds, c)
			continue
		}
		left = append(left, raw)
	}
	return cmds, strings.TrimSpace(strings.Join(left, "\n"))
}

func readCommand(line string, ref time.Time) (command, bool) {
	num := func(s string) int { n, _ := strconv.Atoi(s); return n }
	for _, re := range []*regexp.Regexp{dropRE(), dropLastRE()} {
		if m := re.FindStringSubmatch(line); m != nil {
			return command{op: conversation.ChangeDrop, step: num(m[1])}, true
		}
	}
	for _, re := range []*regexp.Regexp{restoreRE(), restoreLastRE()} {
		if m := re.FindStringSubmatch(line); m != nil {
			return command{op: conversation.ChangeRestore, step: num(m[1])}, true
		}
	}
	if m := changeRE().FindStringSubmatch(line); m != nil {
		text, due := stepOf(m[2], ref)
		return command{op: conversation.ChangeEdit, step: num(m[1]), text: text, due: due}, text != "" || due != ""
	}
	if m := winRE().FindStringSubmatch(line); m != nil {
		return command{kind: conversation.EntryWin, text: strings.TrimSpace(m[1])}, true
	}
	if m := setbackRE().FindStringSubmatch(line); m != nil {
		return command{kind: conversation.EntrySetback, text: strings.TrimSpace(m[1])}, true
	}
	if m := addRE().FindStringSubmatch(line); m != nil {
		text, due := stepOf(m[1], ref)
		return command{op: conversation.ChangeAdd, text: text, due: due}, text != ""
	}
	return command{}, false
}

// stepOf reads one step and its due date with pkg/extract's step reader; a text
// that is only a date ("by 15 April") gives no text.
func stepOf(s string, ref time.Time) (text, due string) {
	s = strings.TrimSpace(dayDotRE().ReplaceAllString(s, "$1 $2"))
	steps := extract.StepsOf(s, ref)
	if len(steps) != 1 {
		return s, ""
	}
	text = strings.TrimSpace(steps[0].Text)
	if steps[0].Due != nil {
		due = *steps[0].Due
		if dateOnly(s) {
			text = ""
		}
	}
	return text, due
}

// dateOnlyRE is a due date with nothing else: "by 15 April", "bis 15 April", "avant le 15 avril".
var dateOnlyRE = lazyRegexp(`(?i)^(?:by|due|bis|zum|avant(?: le)?|pour(?: le)?|d'ici(?: le)?)\s+\S+(?:\s+\S+)?(?:\s+\d{4})?\.?$`)

func dateOnly(s string) bool { return dateOnlyRE().MatchString(strings.TrimSpace(s)) }
