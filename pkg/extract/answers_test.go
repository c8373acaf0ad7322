package extract

import (
	"maps"
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/questions"
)

// bankQuestions is the default question bank's eight questions.
func bankQuestions(tb testing.TB) []string {
	tb.Helper()
	return questions.Default().Questions()
}

// quotedPrep is the prep email as a text client quotes it.
func quotedPrep(tb testing.TB, questionsWithNumbers bool) string {
	tb.Helper()
	var b strings.Builder
	b.WriteString("> Hello Jane,\n>\n> Your career conversation with Sam Lee is on Monday 18 January 2027 at 10:00.\n>\n")
	for i, q := range bankQuestions(tb) {
		if questionsWithNumbers {
			b.WriteString("> " + string(rune('1'+i)) + ". " + q + "\n")
		} else {
			b.WriteString("> " + q + "\n>\n")
		}
	}
	b.WriteString(">\n> Looking forward to a good conversation,\n> careerconv\n")
	return b.String()
}

func TestExtractAnswers(t *testing.T) {
	qs := bankQuestions(t)
	tests := []struct {
		name    string
		body    string
		answers map[int]string
		notes   string
	}{
		{
			name:    "numbered dot",
			body:    "Hi Sam,\n\n1. Promotion path.\n2. The team.\n\nThanks,\nJane\n",
			answers: map[int]string{1: "Promotion path.", 2: "The team."},
		},
		{
			name:    "run on with semicolons",
			body:    "1) promotion; timing 2) the team; 3) the migration; 4. remote\n",
			answers: map[int]string{1: "promotion; timing 2) the team", 3: "the migration", 4: "remote"},
		},
		{
			name:    "deferred questions are a note",
			body:    "1. Promotion.\n2. The team.\n\nI'll get back to you on the rest before we meet.\n",
			answers: map[int]string{1: "Promotion.", 2: "The team."},
			notes:   "I'll get back to you on the rest before we meet.",
		},
		{
			name:    "a second paragraph that mentions later stays",
			body:    "4. Leading a team.\n\nMaybe later in remote.\n",
			answers: map[int]string{4: "Leading a team.\n\nMaybe later in remote."},
		},
		{
			name:    "every label style",
			body:    "1) one\n\nQ2: two\n\n#3 three\n\nQuestion 4: four\n\nFrage 5: five\n\nPregunta 6 — six\n\nQ7. seven\n\n8: eight\n",
			answers: map[int]string{1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"},
		},
		{
			name:    "repeated question stripped",
			body:    "2. What is going well in your current role? What do you not want to change?\nThe people and the autonomy.\n\n3. What are you most proud of achieving? Shipping the billing rewrite.\n",
			answers: map[int]string{2: "The people and the autonomy.", 3: "Shipping the billing rewrite."},
		},
		{
			name:    "partial repeat of a question stripped at its sentence end",
			body:    "2. What is going well in your current role?\nWorking with Priya.\n",
			answers: map[int]string{2: "Working with Priya."},
		},
		{
			name:    "a list inside an answer is not a question",
			body:    "3. Three things:\n1. the migration\n2. mentoring Tom\n\n4. Remote, leading a team.\n",
			answers: map[int]string{3: "Three things:\n1. the migration\n2. mentoring Tom", 4: "Remote, leading a team."},
		},
		{
			name:    "a list continuing past the answer number stays a list",
			body:    "2. My list:\n1. a\n2. b\n3. c\n4. d\n\n5. Five.\n",
			answers: map[int]string{2: "My list:\n1. a\n2. b\n3. c\n4. d", 5: "Five."},
		},
		{
			name:    "numbers above eight are not questions",
			body:    "8. Steps:\n9. not a question\n",
			answers: map[int]string{8: "Steps:\n9. not a question"},
		},
		{
			name:    "multi-paragraph with bullets",
			body:    "4. Day to day I would be designing\nsystems end to end.\n\nI'd want:\n* a bigger scope\n• mentoring\n\n5. Rotations.\n",
			answers: map[int]string{4: "Day to day I would be designing systems end to end.\n\nI'd want:\n- a bigger scope\n- mentoring", 5: "Rotations."},
		},
		{
			name:    "skipped and empty answers",
			body:    "1. Yes\n2. -\n3. n/a\n5. Five\n",
			answers: map[int]string{1: "Yes", 5: "Five"},
		},
		{
			name:  "notes only",
			body:  "Hello,\n\nCould we move the meeting to Tuesday?\n\nBest regards,\nJane Doe\n",
			notes: "Could we move the meeting to Tuesday?",
		},
		{
			name:    "a greeting then an introduction is not a note",
			body:    "Hi Sam, here you go.\n\n1. Nothing in particular.\n",
			answers: map[int]string{1: "Nothing in particular."},
		},
		{
			name:    "a signature above answers written inline is not a note",
			body:    "Answers inline.\n\nTom\n\nOn Mon, 11 Jan 2027 at 09:00, careerconv <reply+x@in.example> wrote:\n> 1. " + qs[0] + "\n\nThe promotion criteria.\n\n> 2. " + qs[1] + "\n",
			answers: map[int]string{1: "The promotion criteria."},
		},
		{
			name:    "questions pasted in bold over two lines",
			body:    "*" + strings.Replace(qs[2], " that you found", "\nthat you found", 1) + "*\nShipping the billing pipeline.\n\n*" + qs[1] + "*\nThe team.\n",
			answers: map[int]string{3: "Shipping the billing pipeline.", 2: "The team."},
		},
		{
			name: "answers typed into an unquoted original below an Outlook header block",
			body: "Hi Sam,\n\nMy answers are below.\n\nLena\n\nFrom: careerconv <reply+x@in.example>\nSent: Monday, January 11, 2027 9:00 AM\nTo: Lena <lena@acme.example>\nSubject: Preparing\n\n" +
				"Hello Lena,\nHere are eight questions.\n1. " + qs[0] + "\nThe promotion criteria.\n2. " + qs[1] + "\n3. " +
				strings.Replace(qs[2], " that you found", "\nthat you found", 1) + "\nShipping the billing pipeline.\nIt took a year.\n4. " + qs[3] + "\n5. " + qs[4] + "\n6. " + qs[5] + "\n7. " + qs[6] + "\n8. " + qs[7] + "\nQuestion 8 is one to think about.\nLooking forward,\ncareerconv\n",
			answers: map[int]string{1: "The promotion criteria.", 3: "Shipping the billing pipeline. It took a year."},
		},
		{
			name: "the same, quoted whole as HTML turned into text quotes it",
			body: "Hi Sam,\n\nLena\n\n> From: careerconv <reply+x@in.example>\n> Sent: Monday, January 11, 2027 9:00 AM\n> To: Lena <lena@acme.example>\n> Subject: Preparing\n>\n" +
				"> 1. " + qs[0] + "\n> The promotion criteria.\n> 2. " + qs[1] + "\n> 3. " + qs[2] + "\n> 8. " + qs[7] + "\n> Looking forward,\n> careerconv\n",
			answers: map[int]string{1: "The promotion criteria."},
		},
		{
			name: "a receipt quoted without \"> \" below a header block: its stored answers are history",
			body: "4. Staff engineer, from home.\n\nJane\n\nFrom: careerconv <reply+x@in.example>\nSent: Friday, January 8, 2027 11:00 AM\nTo: Jane <jane@acme.example>\nSubject: RE: Preparing\n\nWe stored:\n\n" +
				"1. " + qs[0] + "\n   \"The promotion criteria.\"\n\n4. " + qs[3] + "\n   \"Leading a team.\"\n\nStill open:\n\n8. " + qs[7] + "\n",
			answers: map[int]string{4: "Staff engineer, from home."},
		},
		{
			name:  "an unquoted original with no questions stays history",
			body:  "Could we meet on Tuesday instead?\n\nLena\n\nFrom: careerconv <reply+x@in.example>\nSent: Monday, January 11, 2027 9:00 AM\nTo: Lena <lena@acme.example>\nSubject: Preparing\n\nHello Lena,\nSee you soon.\n",
			notes: "Could we meet on Tuesday instead?",
		},
		{
			name:    "text before the first number is a note",
			body:    "Hi Sam, I'm moving to Leeds in March.\n\n1. Nothing in particular.\n",
			answers: map[int]string{1: "Nothing in particular."},
			notes:   "Hi Sam, I'm moving to Leeds in March.",
		},
		{
			// An apology for the reply is a courtesy, as thanks are
			// (blind round 10's convention), in any language of the lexicon.
			name:    "an apology for the reply is no note",
			body:    "Hi Sam, sorry for the delay.\n\nDésolée pour le retard, semaine chargée.\n\n1. Nothing in particular.\n",
			answers: map[int]string{1: "Nothing in particular."},
		},
		{
			name:    "inline under numbered quoted questions",
			body:    "On Mon, 11 Jan 2027 at 09:00, careerconv <reply+x@in.example> wrote:\n> 1. " + qs[0] + "\n\nThe promotion criteria.\n\n> 2. " + qs[1] + "\n\nThe team.\n\n> 3. " + qs[2] + "\n> 4. " + qs[3] + "\n\nLeading the platform group.\n\n> 5. " + qs[4] + "\n",
			answers: map[int]string{1: "The promotion criteria.", 2: "The team.", 4: "Leading the platform group."},
		},
		{
			name:    "inline under unnumbered re-wrapped quoted questions",
			body:    "> Is there anything in particular you would like to get out of our\n> meeting that you would like me to prepare for?\nMy growth plan.\n> What is going well in your current role? What do you not want to\n> change?\nThe on-call rota is finally sane.\n> What are you most proud of achieving?\n",
			answers: map[int]string{1: "My growth plan.", 2: "The on-call rota is finally sane."},
		},
		{
			name:    "inline answer with a list under a quoted question",
			body:    "> 3. " + qs[2] + "\n\nTwo things:\n1. the launch\n2. hiring Ana\n\n> 4. " + qs[3] + "\n",
			answers: map[int]string{3: "Two things:\n1. the launch\n2. hiring Ana"},
		},
		{
			name:    "bottom-posted numbered answers under the whole quote",
			body:    quotedPrep(t, true) + "\n1. Feedback on my design doc.\n8. Finish the AWS course.\n\nJane\n",
			answers: map[int]string{1: "Feedback on my design doc.", 8: "Finish the AWS course."},
		},
		{
			name:    "top-posted over the whole quote",
			body:    "6. Public speaking.\n7. Own the roadmap.\n\nOn Mon, 11 Jan 2027 at 09:00, careerconv <reply+x@in.example> wrote:\n\n" + quotedPrep(t, true),
			answers: map[int]string{6: "Public speaking.", 7: "Own the roadmap."},
		},
		{
			name:    "traps stay in the answer",
			body:    "1. On Monday I wrote: a proposal.\n2. See https://wiki.example/wrote-up -- my notes.\n3. Sent from my desk, as usual: nothing.\n",
			answers: map[int]string{1: "On Monday I wrote: a proposal.", 2: "See https://wiki.example/wrote-up -- my notes.", 3: "Sent from my desk, as usual: nothing."},
		},
		{
			name:    "a second reply changing one answer",
			body:    "3. Actually: mentoring two juniors.\n\nJane\n",
			answers: map[int]string{3: "Actually: mentoring two juniors."},
		},
		{
			name:    "three digit numbers and times are not markers",
			body:    "1. We meet at 3:30 and 2.5 days a week.\n",
			answers: map[int]string{1: "We meet at 3:30 and 2.5 days a week."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, notes := AnswersOf(tt.body, qs)
			if tt.answers == nil {
				tt.answers = map[int]string{}
			}
			if got == nil {
				got = map[int]string{}
			}
			if !maps.Equal(got, tt.answers) {
				t.Errorf("answers:\n got  %#v\n want %#v", got, tt.answers)
			}
			if notes != tt.notes {
				t.Errorf("notes: got %q, want %q", notes, tt.notes)
			}
		})
	}
}

func TestParseMarker(t *testing.T) {
	tests := []struct {
		line string
		n    int
		ok   bool
		rest string
	}{
		{"3. foo", 3, true, "foo"},
		{"3) foo", 3, true, "foo"},
		{"3: foo", 3, true, "foo"},
		{"(3) foo", 3, true, "foo"},
		{"Q3: foo", 3, true, "foo"},
		{"q3 foo", 3, true, "foo"},
		{"#3 foo", 3, true, "foo"},
		{"Question 3 — foo", 3, true, "foo"},
		{"Frage 3: foo", 3, true, "foo"},
		{"**3.** foo", 3, true, "foo"},
		{"3.", 3, true, ""},
		{"Re 3 - foo", 3, true, "foo"},
		{"3 - foo", 3, true, "foo"},
		{"3/ foo", 3, true, "foo"},
		{"Answer 3: foo", 3, true, "foo"},
		{"A3: foo", 3, true, "foo"},
		{"Q3 – A: foo", 3, true, "foo"},
		{"**Q3:** foo", 3, true, "foo"},
		{"Zu Frage 3: foo", 3, true, "foo"},
		{"Frage Nr. 3: foo", 3, true, "foo"},
		{"Question 3 : foo", 3, true, "foo"},
		{"1/2 of the time", 0, false, ""},
		{"3 / 4 done", 0, false, ""},
		{"A 3-day course", 0, false, ""},
		{"To 3 people I said", 0, false, ""},
		{"3rd time lucky", 0, false, ""},
		{"(3 of them)", 0, false, ""},
		{"Question 3 is hard", 0, false, ""},
		{"3 apples", 0, false, ""},
		{"3.5 days", 0, false, ""},
		{"3:30 works", 0, false, ""},
		{"3-4 weeks", 0, false, ""},
		{"2027 plans", 0, false, ""},
		{"For the first question, foo", 1, true, "foo"},
		{"Regarding question two: foo", 2, true, "foo"},
		{"As for question 4 - foo", 4, true, "foo"},
		{"Zur zweiten Frage: foo", 2, true, "foo"},
		{"The third question: foo", 3, true, "foo"},
		{"The first question is the hardest", 0, false, ""},
		{"For the last question, foo", 0, false, ""},
		{"Question nine: foo", 0, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			m, ok := parseMarker(tt.line)
			if ok != tt.ok || m.n != tt.n || m.rest != tt.rest {
				t.Errorf("parseMarker(%q) = %+v, %v; want n=%d rest=%q ok=%v", tt.line, m, ok, tt.n, tt.rest, tt.ok)
			}
		})
	}
}

func TestPastedQuestion(t *testing.T) {
	qs := compiledQuestions(bankQuestions(t))
	wc := newWordCounter(qs)
	tests := []struct {
		name, line string
		q          int
		rest       string
	}{
		{"whole question", "What is going well in your current role? What do you not want to change? The team.", 2, "The team."},
		{"first sentence", "What are you most proud of achieving?", 3, ""},
		{"short form", "What is going well?  The team.", 2, "The team."},
		{"two words", "Magic wand? Leading a team.", 4, "Leading a team."},
		{"a note asking something", "Could we meet in the small room rather than on video? Thanks", 0, ""},
		{"a word shared by two questions", "Any thoughts on my role? I have some.", 0, ""},
		{"no question mark", "What is going well: the team", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, rest := pastedQuestion(tt.line, qs, wc)
			if q != tt.q || q > 0 && rest != tt.rest {
				t.Errorf("pastedQuestion(%q) = %d, %q; want %d, %q", tt.line, q, rest, tt.q, tt.rest)
			}
		})
	}
}

// TestDeferral checks the sentences that put questions off, with the
// questions named in the words of several languages.
func TestDeferral(t *testing.T) {
	for s, want := range map[string]bool{
		"I'll think about 5-7 before we meet.":         true,
		"Will get back to you on the rest.":            true,
		"I'll come back to the last two later.":        true,
		"Die anderen Fragen beantworte ich später.":    true,
		"Zu den Fragen 4 bis 6 melde ich mich später.": true,
		"Den Rest später, ich muss los.":               true,
		"I'll think about it.":                         false,
		"Later I want to move into the platform team.": false,
	} {
		if got := deferral(s); got != want {
			t.Errorf("deferral(%q) = %v, want %v", s, got, want)
		}
	}
}
