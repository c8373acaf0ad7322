package mailparse

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// statusWords maps status phrases, lower-case, to statuses. Negations come
// with their own entry so that "not done" is not read as "done".
var statusWords = map[string]string{
	// done
	"done": StatusDone, "completed": StatusDone, "complete": StatusDone, "finished": StatusDone, "achieved": StatusDone,
	"all done": StatusDone, "ticked off": StatusDone, "passed": StatusDone,
	"erledigt": StatusDone, "fertig": StatusDone, "abgeschlossen": StatusDone, "geschafft": StatusDone,
	"fait": StatusDone, "terminé": StatusDone, "termine": StatusDone, "fini": StatusDone, "accompli": StatusDone, "réalisé": StatusDone,
	"hecho": StatusDone, "terminado": StatusDone, "completado": StatusDone, "listo": StatusDone, "finalizado": StatusDone,
	"fatto": StatusDone, "completato": StatusDone, "finito": StatusDone, "terminato": StatusDone,
	"klaar": StatusDone, "gedaan": StatusDone, "afgerond": StatusDone, "voltooid": StatusDone,
	"feito": StatusDone, "concluído": StatusDone, "concluido": StatusDone, "pronto": StatusDone, "finalizada": StatusDone,
	// in progress
	"in progress": StatusInProgress, "in-progress": StatusInProgress, "ongoing": StatusInProgress, "underway": StatusInProgress,
	"under way": StatusInProgress, "started": StatusInProgress, "halfway": StatusInProgress, "half way": StatusInProgress,
	"half-way": StatusInProgress, "working on it": StatusInProgress, "on track": StatusInProgress, "wip": StatusInProgress,
	"almost done": StatusInProgress, "nearly done": StatusInProgress, "not finished": StatusInProgress,
	"not completed": StatusInProgress, "not complete": StatusInProgress, "partly done": StatusInProgress, "partially done": StatusInProgress,
	"in arbeit": StatusInProgress, "begonnen": StatusInProgress, "angefangen": StatusInProgress, "läuft": StatusInProgress,
	"fast fertig": StatusInProgress, "halb fertig": StatusInProgress, "in bearbeitung": StatusInProgress,
	"en cours": StatusInProgress, "commencé": StatusInProgress, "presque fini": StatusInProgress, "à moitié": StatusInProgress,
	"en progreso": StatusInProgress, "en curso": StatusInProgress, "empezado": StatusInProgress, "iniciado": StatusInProgress,
	"casi terminado": StatusInProgress, "a medias": StatusInProgress, "en marcha": StatusInProgress,
	"in corso": StatusInProgress, "in lavorazione": StatusInProgress, "iniziato": StatusInProgress, "quasi finito": StatusInProgress, "a metà": StatusInProgress,
	"bezig": StatusInProgress, "onderweg": StatusInProgress, "gestart": StatusInProgress, "begonnen mee": StatusInProgress, "bijna klaar": StatusInProgress,
	"half klaar": StatusInProgress, "in uitvoering": StatusInProgress,
	"em andamento": StatusInProgress, "em progresso": StatusInProgress, "em curso": StatusInProgress, "começado": StatusInProgress, "quase pronto": StatusInProgress,
	// not started
	"not started": StatusNotStarted, "not yet started": StatusNotStarted, "haven't started": StatusNotStarted,
	"have not started": StatusNotStarted, "not begun": StatusNotStarted, "not done": StatusNotStarted, "not yet done": StatusNotStarted,
	"to do": StatusNotStarted, "todo": StatusNotStarted, "not yet": StatusNotStarted, "nothing yet": StatusNotStarted,
	"nicht begonnen": StatusNotStarted, "noch nicht begonnen": StatusNotStarted, "noch nicht angefangen": StatusNotStarted, "offen": StatusNotStarted,
	"noch nicht erledigt": StatusNotStarted, "nicht erledigt": StatusNotStarted, "noch nicht": StatusNotStarted,
	"pas commencé": StatusNotStarted, "pas encore commencé": StatusNotStarted, "non commencé": StatusNotStarted, "pas fait": StatusNotStarted,
	"pas encore fait": StatusNotStarted, "pas encore": StatusNotStarted,
	"sin empezar": StatusNotStarted, "no empezado": StatusNotStarted, "no iniciado": StatusNotStarted, "sin iniciar": StatusNotStarted,
	"pendiente": StatusNotStarted, "todavía no": StatusNotStarted, "aún no": StatusNotStarted,
	"non iniziato": StatusNotStarted, "non ancora iniziato": StatusNotStarted, "da fare": StatusNotStarted, "non ancora": StatusNotStarted,
	"niet begonnen": StatusNotStarted, "nog niet begonnen": StatusNotStarted, "nog niet": StatusNotStarted, "niet gedaan": StatusNotStarted,
	"não iniciado": StatusNotStarted, "não começado": StatusNotStarted, "não comecei": StatusNotStarted, "ainda não": StatusNotStarted, "por fazer": StatusNotStarted,
	// blocked
	"blocked": StatusBlocked, "stuck": StatusBlocked, "on hold": StatusBlocked, "paused": StatusBlocked,
	"waiting on": StatusBlocked, "waiting for": StatusBlocked,
	"blockiert": StatusBlocked, "pausiert": StatusBlocked, "wartet auf": StatusBlocked, "warte auf": StatusBlocked,
	"bloqué": StatusBlocked, "bloquée": StatusBlocked, "en attente": StatusBlocked, "en pause": StatusBlocked,
	"bloqueado": StatusBlocked, "bloqueada": StatusBlocked, "en espera": StatusBlocked, "esperando": StatusBlocked,
	"bloccato": StatusBlocked, "bloccata": StatusBlocked, "in attesa": StatusBlocked, "in sospeso": StatusBlocked,
	"geblokkeerd": StatusBlocked, "vastgelopen": StatusBlocked, "wacht op": StatusBlocked, "staat stil": StatusBlocked,
	"aguardando": StatusBlocked, "parado": StatusBlocked, "travado": StatusBlocked,
	// dropped
	"dropped": StatusDropped, "cancelled": StatusDropped, "canceled": StatusDropped, "abandoned": StatusDropped,
	"won't do": StatusDropped, "will not do": StatusDropped, "skipped": StatusDropped, "not doing": StatusDropped,
	"no longer relevant": StatusDropped, "not relevant anymore": StatusDropped, "scrapped": StatusDropped,
	"gestrichen": StatusDropped, "verworfen": StatusDropped, "abgebrochen": StatusDropped, "fallen gelassen": StatusDropped, "entfällt": StatusDropped,
	"abandonné": StatusDropped, "annulé": StatusDropped, "laissé tomber": StatusDropped,
	"abandonado": StatusDropped, "cancelado": StatusDropped, "descartado": StatusDropped,
	"abbandonato": StatusDropped, "annullato": StatusDropped, "lasciato perdere": StatusDropped,
	"laten vallen": StatusDropped, "geschrapt": StatusDropped, "vervallen": StatusDropped, "geannuleerd": StatusDropped,
	"desisti": StatusDropped, "abandonada": StatusDropped, "cancelada": StatusDropped,
}

// statusSymbols maps ticks, crosses and emoji to statuses.
var statusSymbols = map[string]string{
	"✅": StatusDone, "✔️": StatusDone, "✔": StatusDone, "☑️": StatusDone, "☑": StatusDone, "✓": StatusDone, "🎉": StatusDone,
	"[x]": StatusDone, "[X]": StatusDone,
	"⏳": StatusInProgress, "⌛": StatusInProgress, "🔄": StatusInProgress, "🔁": StatusInProgress, "🚧": StatusInProgress, "🏃": StatusInProgress,
	"⬜": StatusNotStarted, "◻️": StatusNotStarted, "◻": StatusNotStarted, "[ ]": StatusNotStarted,
	"🚫": StatusBlocked, "⛔": StatusBlocked, "🛑": StatusBlocked, "⚠️": StatusBlocked,
	"❌": StatusDropped, "✗": StatusDropped, "✘": StatusDropped, "🗑️": StatusDropped, "🗑": StatusDropped,
}

var (
	// progressMarker matches the step number(s) that open a progress line:
	// "1", "1.", "2:", "#3", "Step 2", "Schritt 2 –", "1 and 2", "1, 2 & 3".
	progressMarker = regexp.MustCompile(`(?i)^\s*(?:[-*•]\s+)?(?:(?:step|schritt|étape|etape|paso|passo|stap|etapa|item)\s*)?#?\(?(\d{1,2})((?:\s*(?:,|&|\+|/|and|und|et|y|e|en)\s*\d{1,2})*)(?:\s*[.:)\]]|\s*[-–—]|\s+|$|[^\d\p{L}])`)

	// noteTrim is what is cut around a note.
	noteTrim    = " \t:;,.!-–—()"
	noteTrimEnd = " \t:;-–—("

	progressNumbers = regexp.MustCompile(`\d{1,2}`)
)

// ExtractProgress reads a check-in reply's decoded body (quotes included,
// Message.Text): what it says of each step. Lines name a step by number
// ("1 done", "2: in progress, halfway", "Step 3 blocked: waiting on
// Priya", "#4 ✅") or are written under the quoted step; the status is a
// word or symbol in any of the languages careerconv reads, and the note is
// what follows it. nSteps is the number of steps (0 when unknown): numbers
// above it are ignored, and a reply about a single step may leave out the
// number. A step named twice keeps the last report.
func ExtractProgress(text string, nSteps int) []Progress {
	lines, blocks := replyLines(text)
	maxStep := nSteps
	if maxStep <= 0 {
		maxStep = MaxSteps
	}
	byStep := map[int]int{} // step → index in out
	var out []Progress
	var more [][]string // continuation lines of each entry's note
	set := func(step int, p Progress) {
		if step < 1 || step > maxStep {
			return
		}
		p.Step = step
		if i, ok := byStep[step]; ok {
			out[i], more[i] = p, nil
			return
		}
		if len(out) == MaxSteps {
			return
		}
		byStep[step] = len(out)
		out = append(out, p)
		more = append(more, nil)
	}
	var last []int    // the steps the previous line reported on
	var pending []int // steps named on a line without a status
	prevCtx := -1
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if l.ctx != prevCtx {
			prevCtx = l.ctx
			pending, last = nil, nil
			if l.ctx >= 0 && l.ctx < len(blocks) {
				pending = quotedStep(blocks[l.ctx])
			}
		}
		if t == "" {
			last = nil
			continue
		}
		steps, rest := pending, t
		if m := progressMarker.FindStringSubmatchIndex(t); m != nil {
			steps = nil
			for _, s := range progressNumbers.FindAllString(t[m[2]:max(m[3], m[5])], -1) {
				n, _ := strconv.Atoi(s)
				steps = append(steps, n)
			}
			rest = t[max(m[3], m[5]):]
		}
		status, note, ok := readStatus(rest)
		if !ok {
			if len(steps) > 0 && len(steps) != len(pending) {
				pending, last = steps, nil // "1. Finish the course" then the status below
				continue
			}
			if len(last) > 0 && !isSignOff(t) { // a note continued on the next line
				for _, s := range last {
					if i, ok := byStep[s]; ok && len(more[i]) < maxNoteLines {
						more[i] = append(more[i], t)
					}
				}
			}
			continue
		}
		if len(steps) == 0 && nSteps == 1 {
			steps = []int{1}
		}
		for _, s := range steps {
			set(s, Progress{Status: status, Note: note})
		}
		last, pending = steps, nil
	}
	for i := range out {
		if len(more[i]) > 0 {
			out[i].Note = strings.TrimSpace(out[i].Note + " " + strings.Join(more[i], " "))
		}
	}
	return out
}

// maxNoteLines bounds the lines a progress note gathers from below its step.
const maxNoteLines = 50

// readStatus finds the status in the rest of a progress line and the note:
// what follows the status, or the whole text when the status is a word in
// the middle of a sentence ("we're on track with it").
func readStatus(rest string) (status, note string, ok bool) {
	s, e, status := findStatus(rest)
	if status == "" {
		return "", "", false
	}
	pre := strings.TrimSpace(rest[:s])
	post := strings.TrimLeft(strings.TrimPrefix(strings.TrimSpace(rest[e:]), "\uFE0F"), noteTrim)
	if w, after, _ := strings.Cut(post, " "); strings.EqualFold(strings.Trim(w, noteTrim), "yet") {
		post = strings.TrimLeft(after, noteTrim) // "not done yet"
	} else if strings.EqualFold(strings.Trim(post, noteTrim), "yet") {
		post = ""
	}
	post = strings.TrimRight(post, noteTrimEnd)
	switch {
	case strings.Trim(pre, noteTrim) == "":
		note = post
	case strings.ContainsAny(pre[len(pre)-1:], ":-–—,(|") || strings.HasSuffix(pre, "—") || strings.HasSuffix(pre, "–"):
		note = post // "Finish the course – done, passed": the step's name, then the status
	default:
		note = strings.TrimRight(strings.TrimLeft(rest, noteTrim), noteTrimEnd)
	}
	return status, strings.Join(strings.Fields(note), " "), true
}

// quotedStep returns the step a quoted block ends with ("> 2. Talk to
// Priya"), for progress written under it.
func quotedStep(block []string) []int {
	for i := len(block) - 1; i >= 0; i-- {
		t := strings.TrimSpace(block[i])
		if t == "" {
			continue
		}
		if m := listNumber.FindString(t + " "); m != "" {
			n, err := strconv.Atoi(strings.Trim(m, " ().)"))
			if err == nil {
				return []int{n}
			}
		}
		return nil
	}
	return nil
}

// statusIndex maps the first word of each status phrase to the phrases
// starting with it, longest first; symbolFirst holds the first rune of each
// status symbol.
var (
	statusIndex = map[string][]string{}
	symbolFirst = map[rune]bool{}
)

func init() {
	for p := range statusWords {
		w, _, _ := strings.Cut(p, " ")
		statusIndex[w] = append(statusIndex[w], p)
	}
	for _, ps := range statusIndex {
		sort.Slice(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) || len(ps[i]) == len(ps[j]) && ps[i] < ps[j] })
	}
	for sym := range statusSymbols {
		r, _ := utf8.DecodeRuneInString(sym)
		symbolFirst[r] = true
	}
}

// findStatus finds the first status phrase or symbol of line in one pass:
// its byte span and status ("" when there is none). Phrases match whole
// words, case-insensitively, with any run of spaces between words.
func findStatus(line string) (start, end int, status string) {
	inWord := false
	for i, r := range line {
		if symbolFirst[r] {
			for _, n := range []int{8, 7, 6, 4, 3, 2, 1} { // longest symbol first
				if i+n <= len(line) {
					if st, ok := statusSymbols[line[i:i+n]]; ok {
						return i, i + n, st
					}
				}
			}
		}
		if !unicode.IsLetter(r) {
			inWord = false
			continue
		}
		if inWord {
			continue
		}
		inWord = true
		j := i
		for j < len(line) {
			c, size := utf8.DecodeRuneInString(line[j:])
			if !unicode.IsLetter(c) && c != '\'' && c != '-' {
				break
			}
			j += size
		}
		for _, p := range statusIndex[strings.ToLower(line[i:j])] {
			if e, ok := matchPhrase(line, i, p); ok {
				return i, e, statusWords[p]
			}
		}
		if k := strings.IndexAny(line[i:j], "'-"); k > 0 { // "in-progress" vs "half-way"
			for _, p := range statusIndex[strings.ToLower(line[i:i+k])] {
				if e, ok := matchPhrase(line, i, p); ok {
					return i, e, statusWords[p]
				}
			}
		}
	}
	return -1, -1, ""
}

// matchPhrase reports whether the phrase p (lower-case, single spaces)
// appears in line at byte i as whole words, and where it ends.
func matchPhrase(line string, i int, p string) (int, bool) {
	j := i
	for k, w := range strings.Split(p, " ") {
		if k > 0 {
			n := len(line[j:]) - len(strings.TrimLeft(line[j:], " \t"))
			if n == 0 {
				return 0, false
			}
			j += n
		}
		if len(line)-j < len(w) || !strings.EqualFold(line[j:j+len(w)], w) {
			return 0, false
		}
		j += len(w)
	}
	if c, _ := utf8.DecodeRuneInString(line[j:]); j < len(line) && unicode.IsLetter(c) {
		return 0, false
	}
	return j, true
}
