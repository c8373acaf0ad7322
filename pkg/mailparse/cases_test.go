package mailparse

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/extract"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/careerconv/careerconv/pkg/quote"
)

// The reply cases live in testdata/replies: <kind>-<name>.eml is a reply as a
// mail client sends it (kind is prep, steps or checkin) and <kind>-<name>.json
// the Reply that Read must return for it. Text is not compared (it is Trim's
// output, scored by the corpus tests), nor Unplaced unless the JSON has it;
// every other field is, answers and notes after whitespace normalisation.
// A bullet inside an answer is written "- ", whatever the sender typed ("•",
// "*", "·") or the HTML said (<ul>): a list reads the same in every email
// that shows it (ExtractAnswers).
const casesDir = "testdata/replies"

// minCases keeps the suite from shrinking unnoticed.
const minCases = 240

// pending lists the cases the reader does not read right yet, each with
// what it lacks. They are skipped, not counted, and fail once they pass, so
// that the list only shrinks. CASES_PENDING=1 runs them as the others.
var pending = map[string]string{
	// Held-out blind rounds 11, 13 and 15, scored on the final reader of
	// session 4 before they were added (98.1%, 98.2%, 96.5% of items): what
	// each miss lacks.
	"checkin-blind11-apple-prose-paragraph":       "a prose paragraph naming steps by their words: the not-started clause of step 3 is tied to step 4 and step 4's blocked update is lost",
	"prep-blind11-apple-mac-two-paragraph-answer": "\"Here are my thoughts ahead of Thursday.\" stays a note: an intro that ends with when it is written is not read as one",
	"prep-blind11-fw-resending-covering-note":     "the covering note of a re-sent reply keeps the sender's name and title (\"Aaron Fitzgerald QA Lead\") as a note",
	"prep-blind13-de-outlook-der-reihe-nach":      "a closing paragraph that defers the remaining questions (\"Über die restlichen Fragen würde ich lieber …\") after answers announced as in order is filed as the next answer",
	"prep-blind13-outlook-ios-everyday":           "\"Hey Sam, quick answers from the train\": a greeting and an intro without a verb stay a note",
	"steps-blind13-gmail-prose-owners":            "expects a prose step to keep its \"I'll\"; the reader drops the writer's \"I'll\" when every step in the prose is the writer's (see steps-blind9-prose-owners)",
	"steps-blind15-outlook-ios-one-sentence-nz":   "expects a prose step to keep its \"I'll\"; the reader drops the writer's \"I'll\" when every step in the prose is the writer's",
	"prep-blind15-fw-covering-note-lab":           "a covering note in te reo Māori (\"Kia ora\", \"Ngā mihi\"): a language the lexicon does not have",
	"prep-blind15-it-iphone-agenzia":              "\"A giovedì!\" (see you Thursday) is not a closing the Italian lexicon knows",
	"prep-blind15-outlook-ios-ps":                 "the sender's name under a postscript stays in the note",
	"steps-blind15-cs-outlook-do-konce":           "\"do 26. 2\" (Czech day and month with a space after the dot) is not read as a date",
	"steps-blind15-de-outlook-monatsende":         "\"bis Monatsende\" inside the step is not read as the end of the month",
	"steps-blind15-manager-ack-reply-all":         "\"Great, thanks Gareth – all agreed from my side\": an acknowledgement continued after a dash is read as a step",
	// Probes of branch s4-thin (first run 11/77 items, 2/21 exact; the
	// thin languages' words now read 18 of them).
	"checkin-s4th-ko-iphone": "a step label written after the number (\"1단계: 완료\"): quote.ReadItem reads labels before a number only",
	"prep-s4th-zh-gmail":     "\"我的回答如下：\" after a greeting that follows the name (\"Sam你好，\") stays a note though notesIntro matches it alone",
	"steps-s4th-zh-outlook":  "a due date that opens the step (\"3月15日前完成…\") is read but not cut from the text: splitDue cuts trailing dates only",
	// The reply names step 2 in Spanish while the quoted check-in lists the
	// steps in English: no word to match, so its sentence is listed in
	// Unplaced and the progress receipt asks, rather than guessed. Kept
	// pending on purpose: without translation, the only mechanisms that
	// would pass it guess (the one step left unnamed takes the one clause
	// left unplaced; cognates by shared letters, "plataforma" and
	// "platform", which also tie "mention" to "mentor").
	"checkin-r7g-ci-es-prosa": "step named in another language than the step list",
	// Blind round 10 (first run 190/212 items, 56/66 exact) and a probe
	// of branch s4-t10 of its last miss.
	"prep-blind10-owa-inline-blue-signature-above": "an answer typed under the last question of an original quoted without \"> \" cannot be told from the original's own text after that question, which is read as quoted",
	"prep-s4t-owa-inline-2-and-8":                  "an answer typed under the last question of an original quoted without \"> \" cannot be told from the original's own text after that question, which is read as quoted",
	// Probe of branch s4-prose (first run 0/2): the owner's sentence is
	// kept now, but the apology and the first person's subject are not
	// read.
	"steps-s4pr-en-hectic-we-owner": "an apology without \"for\" (\"Sorry, hectic week here.\") is not courtesy (the lexicon's Apologies all name what they apologise for), and \"We'll run …\" keeps its subject",
	// Blind round 12 and its probes (s4u): what each still lacks.
	"prep-s4u-fw-colleague-answers": "expects the greeting cut from the note's line (\"Hi Sam, Tom answered these…\"), as the blind rounds' conventions say; TestExtractAnswers (\"text before the first number is a note\") keeps \"Hi Sam, \" in such a note: the two expectations disagree",
	// Probes of round s4a (steps and check-ins in pt, pl, sv, da, nb, fi, ja;
	// status and date wording), written before the reader ran: 14/52 exact,
	// 91/165 items on first run; a second round of 12 after the fixes, 10/12
	// and 32/34.
	"steps-s4a-ptbr-gmail-em-duas-semanas-q2": "\"antes da revisão do Q2\": the Polish lead \"do\" makes Q2 a due date in Portuguese text",
	// Blind round 14 (first run 172/217 items, 46/66 exact); what each lacks.
	"checkin-blind14-apple-university-prose":               "a prose paragraph naming each step by its words: the clauses are tied to the wrong steps and the notes after \" – \" and \", as\" are lost (the prose check-in mechanism, another helper's: pend)",
	"prep-blind14-apple-academic-long-paragraphs-deferral": "an unnumbered paragraph after a deferral paragraph that continues answer 4 is filed with the deferral note (left as it is: a deferral followed by another paragraph)",
	"prep-blind14-outlook-ios-sg-q-labels":                 "a courtesy line after the greeting (\"Hi Sam, sorry very last minute!\") is kept as a note (another helper's: t10)",
}

// caseNow is the `now` Read gets; every case has a Date header, which wins.
var caseNow = time.Date(2027, 1, 11, 9, 0, 0, 0, time.UTC)

// replyCase is one .eml with its expected Reply.
type replyCase struct {
	name string
	kind conversation.ReplyKind
	raw  []byte
	want Reply
}

// loadCases reads every case of casesDir.
func loadCases(tb testing.TB) []replyCase {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(casesDir, "*.eml"))
	if err != nil {
		tb.Fatalf("list cases: %v", err)
	}
	var cases []replyCase
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".eml")
		prefix, _, _ := strings.Cut(name, "-")
		kind := conversation.ReplyKind(prefix)
		if kind != conversation.ReplyPrep && kind != conversation.ReplySteps && kind != conversation.ReplyCheckIn {
			tb.Fatalf("case %s: name must start with prep-, steps- or checkin-", name)
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatalf("read case: %v", err)
		}
		js, err := os.ReadFile(strings.TrimSuffix(p, ".eml") + ".json")
		if err != nil {
			tb.Fatalf("case %s has no expected JSON: %v", name, err)
		}
		var want Reply
		dec := json.NewDecoder(strings.NewReader(string(js)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&want); err != nil {
			tb.Fatalf("case %s: decode expected JSON: %v", name, err)
		}
		cases = append(cases, replyCase{name: name, kind: kind, raw: raw, want: want})
	}
	return cases
}

// squash normalises white space for comparison.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// diffReply lists how got differs from want, field by field.
func diffReply(got, want *Reply) []string {
	var d []string
	if got.From != want.From {
		d = append(d, fmt.Sprintf("from: got %q, want %q", got.From, want.From))
	}
	keys := map[int]bool{}
	for k := range got.Answers {
		keys[k] = true
	}
	for k := range want.Answers {
		keys[k] = true
	}
	sorted := make([]int, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	slices.Sort(sorted)
	for _, k := range sorted {
		g, gok := got.Answers[k]
		w, wok := want.Answers[k]
		switch {
		case !gok:
			d = append(d, fmt.Sprintf("answer %d: missing, want %q", k, w))
		case !wok:
			d = append(d, fmt.Sprintf("answer %d: unexpected %q", k, g))
		case squash(g) != squash(w):
			d = append(d, fmt.Sprintf("answer %d:\n   got  %q\n   want %q", k, g, w))
		}
	}
	if (got.Automatic == "") != (want.Automatic == "") {
		d = append(d, fmt.Sprintf("automatic: got %q, want %q", got.Automatic, want.Automatic))
	}
	if want.Unplaced != nil && !slices.Equal(got.Unplaced, want.Unplaced) {
		d = append(d, fmt.Sprintf("unplaced:\n   got  %+v\n   want %+v", got.Unplaced, want.Unplaced))
	}
	if squash(got.Notes) != squash(want.Notes) {
		d = append(d, fmt.Sprintf("notes:\n   got  %q\n   want %q", got.Notes, want.Notes))
	}
	for i := range max(len(got.Steps), len(want.Steps)) {
		switch {
		case i >= len(got.Steps):
			d = append(d, fmt.Sprintf("step %d: missing, want %v", i+1, want.Steps[i]))
		case i >= len(want.Steps):
			d = append(d, fmt.Sprintf("step %d: unexpected %v", i+1, got.Steps[i]))
		case squash(got.Steps[i].Text) != squash(want.Steps[i].Text) || got.Steps[i].DueDate() != want.Steps[i].DueDate():
			d = append(d, fmt.Sprintf("step %d: got %v, want %v", i+1, got.Steps[i], want.Steps[i]))
		}
	}
	for i := range max(len(got.Progress), len(want.Progress)) {
		switch {
		case i >= len(got.Progress):
			d = append(d, fmt.Sprintf("progress %d: missing, want %+v", i+1, want.Progress[i]))
		case i >= len(want.Progress):
			d = append(d, fmt.Sprintf("progress %d: unexpected %+v", i+1, got.Progress[i]))
		case got.Progress[i].Step != want.Progress[i].Step || got.Progress[i].Status != want.Progress[i].Status ||
			squash(got.Progress[i].Note) != squash(want.Progress[i].Note):
			d = append(d, fmt.Sprintf("progress %d: got %+v, want %+v", i+1, got.Progress[i], want.Progress[i]))
		}
	}
	return d
}

// TestReplyCases runs Read over every case and compares it with the
// expected JSON. It reports the score and fails on any mismatch.
func TestReplyCases(t *testing.T) {
	qs := questions.Default().Questions()
	cases := loadCases(t)
	if len(cases) < minCases {
		t.Errorf("%d cases, want at least %d", len(cases), minCases)
	}
	exact := 0
	for _, c := range cases {
		ok := t.Run(c.name, func(t *testing.T) {
			if why, skip := pending[c.name]; skip && os.Getenv("CASES_PENDING") == "" {
				got, err := Read(c.raw, c.kind, qs, caseNow)
				if err == nil && len(diffReply(got, &c.want)) == 0 {
					t.Fatalf("passes now: remove it from pending (%s)", why)
				}
				t.Skipf("pending: %s", why)
			}
			got, err := Read(c.raw, c.kind, qs, caseNow)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			for _, d := range diffReply(got, &c.want) {
				t.Error(d)
			}
			if t.Failed() {
				t.Logf("text read:\n%s", got.Text)
			}
		})
		if ok && pending[c.name] == "" {
			exact++
		}
	}
	t.Logf("%d/%d cases exact (%d pending)", exact, len(cases), len(pending))
}

// TestReplyCasesKindFields checks that a reply carries only its kind's fields.
func TestReplyCasesKindFields(t *testing.T) {
	qs := questions.Default().Questions()
	for _, c := range loadCases(t) {
		for _, kind := range []conversation.ReplyKind{conversation.ReplyPrep, conversation.ReplySteps, conversation.ReplyCheckIn} {
			got, err := Read(c.raw, kind, qs, caseNow)
			if err != nil {
				t.Fatalf("%s as %s: %v", c.name, kind, err)
			}
			if kind != conversation.ReplyPrep && (got.Answers != nil || got.Notes != "") {
				t.Errorf("%s as %s: has answers or notes", c.name, kind)
			}
			if kind != conversation.ReplySteps && got.Steps != nil {
				t.Errorf("%s as %s: has steps", c.name, kind)
			}
			if kind != conversation.ReplyCheckIn && got.Progress != nil {
				t.Errorf("%s as %s: has progress", c.name, kind)
			}
		}
	}
}

// BenchmarkRead reads every case once per iteration.
func BenchmarkRead(b *testing.B) {
	qs := questions.Default().Questions()
	cases := loadCases(b)
	size := 0
	for _, c := range cases {
		size += len(c.raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpuLoop(b, size, func() {
		for _, c := range cases {
			if _, err := Read(c.raw, c.kind, qs, caseNow); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkExtractLarge runs the extractors on a 1 MB reply of numbered
// answers, lists, quotes and dates: the time per byte must stay flat as the
// input grows (compare with -benchtime and sizes by hand).
func BenchmarkExtractLarge(b *testing.B) {
	qs := questions.Default().Questions()
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("3. Three things:\n1. the launch by end of March\n2. 2 done ✅ in progress\n> 4. " + qs[3] + "\nAnswer under the quote, due 15.03.2027.\n\n")
	}
	body := sb.String()
	b.SetBytes(int64(len(body)))
	for b.Loop() {
		extract.AnswersOf(body, qs)
		extract.StepsOf(body, caseNow)
		extract.ProgressOf(body, 0, nil)
	}
}

// BenchmarkExtractLargeEach is BenchmarkExtractLarge per stage: the
// classification every extractor reads (quote: quote.NewDoc and Trim, which
// Read does once per message, in mime), then each extractor on the
// classified document (extract.Answers, Steps, Progress), which should take
// at most 15 ms per MB. The extractors' text forms (AnswersOf, StepsOf,
// ProgressOf) are the sum of the quote figure and theirs; "of/…" measures
// them whole.
func BenchmarkExtractLargeEach(b *testing.B) {
	qs := questions.Default().Questions()
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		sb.WriteString("3. Three things:\n1. the launch by end of March\n2. 2 done ✅ in progress\n> 4. " + qs[3] + "\nAnswer under the quote, due 15.03.2027.\n\n")
	}
	body := sb.String()
	d := quote.NewDoc(body)
	trimmed := d.Trim()
	for _, e := range []struct {
		name string
		f    func()
	}{
		{"quote", func() { quote.NewDoc(body).Trim() }},
		{"answers", func() { extract.Answers(d, trimmed, qs) }},
		{"steps", func() { extract.Steps(d, trimmed, caseNow, true) }},
		{"progress", func() { extract.Progress(d, trimmed, 0, nil) }},
		{"of/answers", func() { extract.AnswersOf(body, qs) }},
		{"of/steps", func() { extract.StepsOf(body, caseNow) }},
		{"of/progress", func() { extract.ProgressOf(body, 0, nil) }},
	} {
		b.Run(e.name, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			cpuLoop(b, len(body), e.f)
		})
	}
}
