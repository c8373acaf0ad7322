package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

func TestExtractProgress(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		nSteps int
		want   []conversation.ProgressUpdate
	}{
		{
			name: "the forms of the issue",
			text: "Hi Sam,\n\n1 done\n2: in progress, halfway\n3 not started – waiting on Priya\nStep 4 blocked: no budget yet\n5. dropped\n\nJane",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepInProgress, Note: "halfway"}, {Step: 3, Status: conversation.StepNotStarted, Note: "waiting on Priya"}, {Step: 4, Status: conversation.StepBlocked, Note: "no budget yet"}, {Step: 5, Status: conversation.StepDropped}},
		},
		{
			name: "a note after a colon keeps its first word",
			text: "3 blocked: one of the graduates moved to another team\n2 done - still celebrating",
			want: []conversation.ProgressUpdate{{Step: 2, Status: conversation.StepDone, Note: "still celebrating"}, {Step: 3, Status: conversation.StepBlocked, Note: "one of the graduates moved to another team"}},
		},
		{
			name: "a last clause that says the status again is no part of the note",
			text: "2 - in progress: one module left, still going\n3 - 60% through, still going\n4 - blocked, no budget; done soon",
			want: []conversation.ProgressUpdate{{Step: 2, Status: conversation.StepInProgress, Note: "one module left"}, {Step: 3, Status: conversation.StepInProgress, Note: "60% through"}, {Step: 4, Status: conversation.StepBlocked, Note: "no budget; done soon"}},
		},
		{
			name: "a negated status is not the status",
			text: "1. no longer blocked, in progress now\n2. not dropped, just on hold until April\n3. isn't stuck, done",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepInProgress}, {Step: 2, Status: conversation.StepBlocked, Note: "until April"}, {Step: 3, Status: conversation.StepDone}},
		},
		{
			name: "a status opens a run of Japanese letters, its copula with it",
			text: "1. 対応中です。資料は半分ほどできています。\n2. まだ着手していません\n3. 完了",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepInProgress, Note: "資料は半分ほどできています。"}, {Step: 2, Status: conversation.StepNotStarted}, {Step: 3, Status: conversation.StepDone}},
		},
		{
			name: "ticks and emoji",
			text: "1 ✅\n2 ✔ passed the exam\n3 ☑️\n4 ⏳ module 3 of 5\n5 🔄\n6 ❌ no longer relevant\n7 🚫 waiting for IT",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepDone, Note: "passed the exam"}, {Step: 3, Status: conversation.StepDone}, {Step: 4, Status: conversation.StepInProgress, Note: "module 3 of 5"}, {Step: 5, Status: conversation.StepInProgress}, {Step: 6, Status: conversation.StepDropped, Note: "no longer relevant"}, {Step: 7, Status: conversation.StepBlocked, Note: "waiting for IT"}},
		},
		{
			name: "other languages",
			text: "1: erledigt\n2: in Arbeit\n3 fait\n4 terminé\n5 en cours\n6 hecho\n7 en progreso\n8 bloqueado, falta presupuesto\n9 fatto\n10 klaar",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepInProgress}, {Step: 3, Status: conversation.StepDone}, {Step: 4, Status: conversation.StepDone}, {Step: 5, Status: conversation.StepInProgress}, {Step: 6, Status: conversation.StepDone}, {Step: 7, Status: conversation.StepInProgress}, {Step: 8, Status: conversation.StepBlocked, Note: "falta presupuesto"}, {Step: 9, Status: conversation.StepDone}, {Step: 10, Status: conversation.StepDone}},
		},
		{
			name: "negations are not done",
			text: "1 not done yet\n2 noch nicht erledigt\n3 pas encore commencé",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepNotStarted}, {Step: 2, Status: conversation.StepNotStarted}, {Step: 3, Status: conversation.StepNotStarted}},
		},
		{
			// A status word one letter off is read; a step's name is not
			// taken for one.
			name: "status words with a typo",
			text: "1 - finshed, the exam was on Monday\n2: in Arbiet\n3: blokiert, warte auf das Review\n4 - not startd yet\n5. Finish the talk – done",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone, Note: "the exam was on Monday"}, {Step: 2, Status: conversation.StepInProgress},
				{Step: 3, Status: conversation.StepBlocked, Note: "warte auf das Review"}, {Step: 4, Status: conversation.StepNotStarted}, {Step: 5, Status: conversation.StepDone}},
		},
		{
			name: "the step's name repeated before the status",
			text: "1. Finish the AWS course – done, passed on 3 March\n2. Coffee with Priya: in progress",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone, Note: "passed on 3 March"}, {Step: 2, Status: conversation.StepInProgress}},
		},
		{
			name: "a status inside a sentence keeps the sentence",
			text: "2. Talked to Priya, we're on track for March",
			want: []conversation.ProgressUpdate{{Step: 2, Status: conversation.StepInProgress, Note: "Talked to Priya, we're on track for March"}},
		},
		{
			name: "note continued on the next line",
			text: "1 in progress\nbooked the exam for April\n\n2 done",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepInProgress, Note: "booked the exam for April"}, {Step: 2, Status: conversation.StepDone}},
		},
		{
			name: "status on the line under the step",
			text: "1. Finish the AWS course\nDone, passed!\n2. Coffee with Priya\nNot started yet",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone, Note: "passed!"}, {Step: 2, Status: conversation.StepNotStarted}},
		},
		{
			name: "several steps on one line",
			text: "1 and 2 done\n3, 4 blocked",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepDone}, {Step: 3, Status: conversation.StepBlocked}, {Step: 4, Status: conversation.StepBlocked}},
		},
		{
			name:   "a single step without a number",
			text:   "Done! Passed the exam last week.\n\nJane",
			nSteps: 1,
			want:   []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone, Note: "Passed the exam last week."}},
		},
		{
			name: "no number and several steps: nothing guessed",
			text: "Done!",
			want: nil,
		},
		{
			name:   "numbers above the step count are ignored",
			text:   "1 done\n4 done",
			nSteps: 3,
			want:   []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}},
		},
		{
			name: "inline under the quoted steps",
			text: "> 1. Finish the AWS course (due 31 Mar 2027)\n\nDone last week.\n\n> 2. Shadow the platform team\n\nHalfway.\n\n> 3. Coffee with Priya\n> Reply with a line per step.\n",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone, Note: "last week."}, {Step: 2, Status: conversation.StepInProgress}},
		},
		{
			name: "a later line about a step wins",
			text: "1 in progress\n1 done",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ProgressOf(tt.text, tt.nSteps, nil)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestExtractProgressSteps(t *testing.T) {
	steps := []string{"Update my CV and internal profile", "Finish the AWS Solutions Architect course", "Find a mentor in the platform team", "Draft a proposal for the observability budget"}
	tests := []struct {
		name  string
		text  string
		steps []string
		want  []conversation.ProgressUpdate
	}{
		{
			name:  "steps named by their words",
			text:  "CV: done ✅\nAWS course - halfway, exam booked for March\nMentor: blocked, nobody has time\nBudget proposal not started yet",
			steps: steps,
			want:  []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepInProgress, Note: "exam booked for March"}, {Step: 3, Status: conversation.StepBlocked, Note: "nobody has time"}, {Step: 4, Status: conversation.StepNotStarted}},
		},
		{
			name:  "prose with ranks and names",
			text:  "The first one is done, still working on the course, and I haven't started looking for a mentor yet.",
			steps: steps,
			want:  []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepInProgress}, {Step: 3, Status: conversation.StepNotStarted}},
		},
		{
			name:  "a word of a status names no step, and a negated verb runs on to its yet",
			text:  "Mentorn har jag inte börjat leta efter än.\nThe mentor: haven't started looking yet",
			steps: []string{"Uppdatera mitt CV och min interna profil", "Gå AWS-kursen", "Hitta en mentor i plattformsteamet"},
			want:  []conversation.ProgressUpdate{{Step: 3, Status: conversation.StepNotStarted}},
		},
		{
			name:  "several numbered steps on one line",
			text:  "1 done, 2 halfway, 3 not started, 4 blocked",
			steps: steps,
			want:  []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepInProgress}, {Step: 3, Status: conversation.StepNotStarted}, {Step: 4, Status: conversation.StepBlocked}},
		},
		{
			name:  "one report with two status words stays whole",
			text:  "2: in progress, halfway through the week",
			steps: steps,
			want:  []conversation.ProgressUpdate{{Step: 2, Status: conversation.StepInProgress, Note: "halfway through the week"}},
		},
		{
			name:  "statuses as symbols, several on one line",
			text:  "1 ✅ 2 ⏳ 3 ❌ (dropped, no budget)",
			steps: steps[:3],
			want:  []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepInProgress}, {Step: 3, Status: conversation.StepDropped, Note: "no budget"}},
		},
		{
			name:  "step numbers in words",
			text:  "Step one is done. Step two: started, two modules left.",
			steps: steps[:3],
			want:  []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepInProgress, Note: "two modules left."}},
		},
		{
			name:  "all but the excepted steps",
			text:  "All on track except #2 which is blocked by legal.",
			steps: steps[:3],
			want:  []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepInProgress}, {Step: 2, Status: conversation.StepBlocked, Note: "by legal."}, {Step: 3, Status: conversation.StepInProgress}},
		},
		{
			name:  "an except with no status for the excepted step",
			text:  "All done except 2.",
			steps: steps[:3],
			want:  []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 3, Status: conversation.StepDone}},
		},
		{
			name:  "symbols before the steps",
			text:  "✔ 1, 3 — ✘ 2 (no budget)",
			steps: steps[:3],
			want:  []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepDropped, Note: "no budget"}, {Step: 3, Status: conversation.StepDone}},
		},
		{
			name:  "a qualifier run into its note stays in it",
			text:  "2 - halfway through the course\n3 in progress: halfway",
			steps: steps[:3],
			want:  []conversation.ProgressUpdate{{Step: 2, Status: conversation.StepInProgress, Note: "halfway through the course"}, {Step: 3, Status: conversation.StepInProgress, Note: "halfway"}},
		},
		{
			name:  "ranks with a count and a rank alone",
			text:  "Done with the first two; the third is blocked until March.",
			steps: steps[:3],
			want:  []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepDone}, {Step: 3, Status: conversation.StepBlocked, Note: "until March."}},
		},
		{
			name:  "the last two",
			text:  "The last two are in progress.",
			steps: steps,
			want:  []conversation.ProgressUpdate{{Step: 3, Status: conversation.StepInProgress}, {Step: 4, Status: conversation.StepInProgress}},
		},
		{
			name:  "1:1s is no step number, and reports come in step order",
			text:  "1:1s with the graduates are in progress.\nShadowing Priya: not started yet.",
			steps: []string{"Shadow Priya's sprint planning", "Take the course", "Start fortnightly 1:1s with the two graduates"},
			want:  []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepNotStarted}, {Step: 3, Status: conversation.StepInProgress}},
		},
		{
			name:  "all done",
			text:  "All done!",
			steps: steps[:2],
			want:  []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepDone}},
		},
		{
			name: "all done without knowing the steps: nothing guessed",
			text: "All done!",
			want: nil,
		},
		{
			name:  "nothing to report",
			text:  "Nothing to report yet, sorry, busy month.",
			steps: steps,
			want:  nil,
		},
		{
			name:  "words of two steps alike: nothing guessed",
			text:  "The platform one is done",
			steps: []string{"Shadow the platform team", "Present to the platform guild"},
			want:  nil,
		},
		{
			name: "the steps read from the quoted check-in",
			text: "Course: done\n\n> 1. Update my CV (by 5 February 2027)\n>    Status: not started\n> 2. Finish the AWS course (by 31 March 2027)\n>    Status: not started\n>\n> Reply with one line per step.\n",
			want: []conversation.ProgressUpdate{{Step: 2, Status: conversation.StepDone}},
		},
		{
			name:  "a day in digits after a word and the article is a date",
			text:  "The AWS course is done – passed the exam on the 3rd. The mentor search is blocked since the 2nd.",
			steps: steps,
			want:  []conversation.ProgressUpdate{{Step: 2, Status: conversation.StepDone, Note: "passed the exam on the 3rd."}, {Step: 3, Status: conversation.StepBlocked, Note: "since the 2nd."}},
		},
		{
			name:  "a rank in digits opening its sentence names a step",
			text:  "The 3rd is done.",
			steps: steps,
			want:  []conversation.ProgressUpdate{{Step: 3, Status: conversation.StepDone}},
		},
		{
			name: "German sentences",
			text: "Schritt 1 ist erledigt. Schritt 2 läuft noch, die Prüfung ist im März. Mit Schritt 3 habe ich noch nicht angefangen.",
			want: []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}, {Step: 2, Status: conversation.StepInProgress, Note: "die Prüfung ist im März."}, {Step: 3, Status: conversation.StepNotStarted}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ProgressOf(tt.text, 0, tt.steps)
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// FuzzExtract runs the three extractors on arbitrary text, with step texts:
// they must not panic, and must keep their bounds.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"The first one is done, still working on the course, and I haven't started looking for a mentor yet.",
		"1 done, 2 halfway, 3 not started, 4 blocked",
		"Re step 2: still working on it\n#1: ✅\n3 -> 🚧 asked\n1️⃣ Finish X by 31 March",
		"We agreed I'd do X by March, then Y, and Z in 6 weeks; Agreed steps: a; b",
		"Q3 – A: x\nA2: y\n**1.** z\nWhat is going well?  The team.\n> 4. Where would you be working?\nLisbon",
	} {
		f.Add(s)
	}
	qs := bankQuestions(f)
	steps := []string{"Update my CV", "Finish the AWS course", "Find a mentor"}
	f.Fuzz(func(t *testing.T, s string) {
		AnswersOf(s, qs)
		if got := StepsOf(s, time.Date(2027, 1, 11, 9, 0, 0, 0, time.UTC)); len(got) > MaxSteps {
			t.Fatalf("%d steps", len(got))
		}
		for _, p := range ProgressOf(s, 0, steps) {
			if p.Step < 1 || p.Step > MaxSteps {
				t.Fatalf("step %d", p.Step)
			}
		}
	})
}

func TestFindStatus(t *testing.T) {
	tests := []struct {
		line   string
		want   conversation.StepStatus
		phrase string
	}{
		{"done", conversation.StepDone, "done"},
		{"Undone", "", ""},
		{"not started yet", conversation.StepNotStarted, "not started"},
		{"NOT   STARTED", conversation.StepNotStarted, "NOT   STARTED"},
		{"in-progress", conversation.StepInProgress, "in-progress"},
		{"we're on track", conversation.StepInProgress, "on track"},
		{"✔️ yes", conversation.StepDone, "✔️"},
		{"abandoned", conversation.StepDropped, "abandoned"},
		{"noch nicht begonnen", conversation.StepNotStarted, "noch nicht begonnen"},
		{"Erledigt!", conversation.StepDone, "Erledigt"},
		{"terminé", conversation.StepDone, "terminé"},
		{"pas encore commencé", conversation.StepNotStarted, "pas encore commencé"},
		{"won't do", conversation.StepDropped, "won't do"},
		{"nothing here", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			s, e, st := findStatus(tt.line)
			got := ""
			if s >= 0 {
				got = tt.line[s:e]
			}
			if st != tt.want || got != tt.phrase {
				t.Errorf("findStatus(%q) = %q %q, want %q %q", tt.line, st, got, tt.want, tt.phrase)
			}
		})
	}
}
