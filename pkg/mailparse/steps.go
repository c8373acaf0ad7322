package mailparse

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxSteps bounds the steps ExtractSteps returns and the progress entries
// ExtractProgress returns: a three-month plan has a handful.
const MaxSteps = 30

// stepMarker matches the bullet or number that opens a step line:
// "- ", "* ", "• ", "1.", "1)", "[ ]", "Step 1:".
var stepMarker = regexp.MustCompile(`(?i)^\s*(?:[-*•·◦▪‣–—]\s*(?:\[[ xX]?\]\s*)?|\[[ xX]?\]\s*|(?:(?:step|schritt|étape|etape|paso|passo|stap|etapa)\s*)?\(?\d{1,2}\s*[.):]\)?\s+|(?:step|schritt|étape|etape|paso|passo|stap|etapa)\s*\d{1,2}\s*[-–—]?\s+)`)

// stepsIntro matches lines that introduce the steps rather than being one.
var stepsIntro = regexp.MustCompile(`(?i)(?:^.{0,100}:$|\b(?:steps?|schritte|étapes|pasos|passi|stappen|passos|actions|plan)\b.{0,40}\b(?:agreed|discussed|below|came up with|vereinbart|besprochen|convenu(?:es)?|acordad[oa]s|concordat[io]|afgesproken|combinad[oa]s|acordad[oa]s)\b)`)

// thanksLine matches a line of thanks ("Thanks for a great conversation!").
var thanksLine = regexp.MustCompile(`(?i)^\s*(?:thanks|thank you|many thanks|danke|vielen dank|merci|gracias|muchas gracias|grazie|bedankt|dank je|obrigad[oa])\b`)

// ExtractSteps reads the agreed steps from a wrap-up reply's decoded body
// (quotes are ignored): one step per bullet or numbered line, or one per
// line when the reply has no list. Greetings, sign-offs, thanks and lines
// that introduce the list ("Here are the steps we agreed:") are not steps.
//
// Each step's due date is read from its text (see the package tests for the
// forms) and resolved against ref: a date without a year is its next
// occurrence, "in 6 weeks" counts from ref. Numeric dates that could be
// either day or month first (03/04) are not guessed. A trailing date clause
// ("by 15 March", "(due end of Q1)", " – 15 March") is removed from the
// text; a date elsewhere leaves the text whole.
func ExtractSteps(text string, ref time.Time) []Step {
	lines, _ := replyLines(text)
	for i, l := range lines {
		if l.text == "" {
			continue
		}
		if isGreeting(l.text) {
			lines[i].text = ""
		}
		break
	}
	lines = dropSignature(lines)
	listed := false
	for _, l := range lines {
		if l.text != "" && stepMarker.MatchString(l.text) {
			listed = true
			break
		}
	}
	var texts [][]string // the lines of each step
	open := false        // the last line was part of a step
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if t == "" {
			open = false
			continue
		}
		if loc := stepMarker.FindStringIndex(t); loc != nil && loc[1] < len(t) {
			texts = append(texts, []string{t[loc[1]:]})
			open = true
			continue
		}
		if isSignOff(t) || isGreeting(t) || thanksLine.MatchString(t) {
			open = false
			continue
		}
		if open {
			last := texts[len(texts)-1]
			if continues(last[len(last)-1], l.text) {
				texts[len(texts)-1] = append(last, t)
				continue
			}
		}
		if listed || stepsIntro.MatchString(t) || strings.HasSuffix(t, "?") {
			open = false
			continue
		}
		texts = append(texts, []string{t})
		open = true
	}
	var steps []Step
	for _, ls := range texts {
		if len(steps) == MaxSteps {
			break
		}
		t := strings.Join(strings.Fields(strings.Join(ls, " ")), " ")
		t, due := splitDue(t, ref)
		t = strings.TrimRight(t, " .;")
		if t == "" {
			continue
		}
		steps = append(steps, Step{Text: t, Due: due})
	}
	return steps
}

// continues reports whether line continues the step prev: it is indented,
// starts in lower case, or prev breaks off mid-sentence (a wrapped line).
func continues(prev, line string) bool {
	if strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t") {
		return true
	}
	line = strings.TrimSpace(line)
	r, _ := utf8.DecodeRuneInString(line)
	if unicode.IsLower(r) {
		return true
	}
	return len(prev) >= 60 && !strings.ContainsAny(prev[len(prev)-1:], ".!?:;)")
}
