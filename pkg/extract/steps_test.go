package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// ref is a fixed reference: Monday 11 January 2027, 09:00 in Berlin.
var ref = time.Date(2027, 1, 11, 9, 0, 0, 0, time.FixedZone("CET", 3600))

func TestFindDue(t *testing.T) {
	tests := []struct {
		text string
		want string // "" for no date or an ambiguous one
	}{
		{"2027-03-15", "2027-03-15"},
		{"bis 15.02.", "2027-02-15"},
		{"bis 15.02", "2027-02-15"},
		{"am 3.5.", "2027-05-03"},
		{"bis 31.02.", ""},
		{"version 1.2.", ""},
		{"by EOM", "2027-01-31"},
		{"by COB Friday", "2027-01-15"},
		{"EOD Friday", "2027-01-15"},
		{"by EOQ", "2027-03-31"},
		{"15.03.2027", "2027-03-15"},
		{"15/03/2027", "2027-03-15"},
		{"03/15/2027", "2027-03-15"},
		{"03/04/2027", ""},
		{"03.04.2027", ""},
		{"15/03", "2027-03-15"},
		{"31/03", "2027-03-31"},
		{"03/31", "2027-03-31"},
		{"03/04", ""},
		{"Lead the Q2 planning workshop", ""},
		{"in Q2", "2027-06-30"},
		{"in February", "2027-02-28"},
		{"before April", "2027-03-31"},
		{"Prepare the March release notes", ""},
		{"15 March", "2027-03-15"},
		{"15th March", "2027-03-15"},
		{"March 15", "2027-03-15"},
		{"March 15th, 2028", "2028-03-15"},
		{"5 January", "2028-01-05"},
		{"11 January", "2027-01-11"},
		{"15. März", "2027-03-15"},
		{"15 mars", "2027-03-15"},
		{"15 de marzo", "2027-03-15"},
		{"15 maart", "2027-03-15"},
		{"15 de março de 2027", "2027-03-15"},
		{"by end of January", "2027-01-31"},
		{"end of February", "2027-02-28"},
		{"Ende März", "2027-03-31"},
		{"fin mars", "2027-03-31"},
		{"finales de abril", "2027-04-30"},
		{"fine aprile", "2027-04-30"},
		{"eind april", "2027-04-30"},
		{"end of Q1", "2027-03-31"},
		{"before Q2", "2027-03-31"},
		{"in Q3", "2027-09-30"},
		{"Q4 2027", "2027-12-31"},
		{"in 6 weeks", "2027-02-22"},
		{"within two weeks", "2027-01-25"},
		{"in the next 3 months", "2027-04-11"},
		{"in a fortnight", "2027-01-25"},
		{"in 10 days", "2027-01-21"},
		{"in sechs Wochen", "2027-02-22"},
		{"dans deux semaines", "2027-01-25"},
		{"en 3 meses", "2027-04-11"},
		{"binnen twee weken", "2027-01-25"},
		{"next month", "2027-02-28"},
		{"nächsten Monat", "2027-02-28"},
		{"le mois prochain", "2027-02-28"},
		{"end of the month", "2027-01-31"},
		{"end of the year", "2027-12-31"},
		{"end of the quarter", "2027-03-31"},
		{"next week", "2027-01-22"},
		{"this week", "2027-01-15"},
		{"tomorrow", "2027-01-12"},
		{"by Friday", "2027-01-15"},
		{"next Friday", "2027-01-15"},
		{"next Tuesday", "2027-01-19"},
		{"by Monday", "2027-01-18"},
		{"vendredi", "2027-01-15"},
		{"31 February", ""},
		{"no date here", ""},
		{"5 mentoring sessions", ""},
		{"Fridays", ""},
		{"by the 20th", "2027-01-20"},
		{"by the 5th", "2027-02-05"},
		{"bis zum 20.", "2027-01-20"},
		{"para el día 20", "2027-01-20"},
		{"by 20", ""},
		{"Cut the latency by 20 percent", ""},
		{"by Feb-end", "2027-02-28"},
		{"it may end well", ""},
		{"maaliskuun loppuun mennessä", "2027-03-31"},
		{"26.2. mennessä", "2027-02-26"},
		{"（期限：2027/03/31）", "2027-03-31"},
		{"3月末まで", "2027-03-31"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d, _ := findDue(tt.text, ref, orderUnknown)
			if d.iso != tt.want {
				t.Errorf("findDue(%q) = %q, want %q", tt.text, d.iso, tt.want)
			}
		})
	}
}

func TestExtractSteps(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Step
	}{
		{
			// A heading names a write-up; a step that sends one opens with
			// what to do. A lead before a colon that limits what follows
			// announces the step; a topic before a colon is part of it.
			name: "headings, announcing leads and requests in prose",
			text: "Summary of Thursday. Send the notes to Priya by 19 February. Shout if I missed anything!\nLena",
			want: []Step{{"Send the notes to Priya", due("2027-02-19")}},
		},
		{
			name: "a topic before a colon stays in the step",
			text: "AWS exam: book it by 26/02",
			want: []Step{{"AWS exam: book it", due("2027-02-26")}},
		},
		{
			name: "an announcing lead before a colon goes",
			text: "Per ora solo uno: prenotare l'esame AWS entro il 26/02",
			want: []Step{{"prenotare l'esame AWS", due("2027-02-26")}},
		},
		{
			name: "bullets with trailing due clauses",
			text: "Hi Sam,\n\nHere are the steps we agreed:\n\n- Finish the AWS course by end of March\n* Shadow the platform team (due 15 Feb)\n• Coffee with Priya – 2027-02-01\n\nThanks,\nJane",
			want: []Step{{"Finish the AWS course", due("2027-03-31")}, {"Shadow the platform team", due("2027-02-15")}, {"Coffee with Priya", due("2027-02-01")}},
		},
		{
			name: "emoji bullets, and a lone emoji that opens a sentence",
			text: "👍 Here is my list\n\n🔹 Get the CKA certification by 31 March\n🔹 Mentor the new grad\n\n👉 Speak soon",
			want: []Step{{"Get the CKA certification", due("2027-03-31")}, {"Mentor the new grad", nil}},
		},
		{
			name: "letters, Spanish numbers and Japanese bullets",
			text: "a) update linkedin\nb) shadow Maria by 26/2\n\n1.- Actualizar el CV\n・AWS認定資格を取得する",
			want: []Step{{"update linkedin", nil}, {"shadow Maria", due("2027-02-26")}, {"Actualizar el CV", nil}, {"AWS認定資格を取得する", nil}},
		},
		{
			name: "numbered, dates kept when not trailing clauses",
			text: "1. Talk to Priya within two weeks\n2) Read 'Staff Engineer' in 6 weeks\n3. Present at the March 15 guild meeting",
			want: []Step{{"Talk to Priya within two weeks", due("2027-01-25")}, {"Read 'Staff Engineer' in 6 weeks", due("2027-02-22")}, {"Present at the March 15 guild meeting", due("2027-03-15")}},
		},
		{
			name: "plain-text table",
			text: "| Step | Due |\n|------|-----|\n| Update my CV | 15 Feb |\n| Find a mentor | |\n",
			want: []Step{{"Update my CV", due("2027-02-15")}, {"Find a mentor", nil}},
		},
		{
			name: "pipes without a rule are no table",
			text: "- Learn Go | Rust by 15 Feb\n- Pick A | B\n",
			want: []Step{{"Learn Go | Rust", due("2027-02-15")}, {"Pick A | B", nil}},
		},
		{
			name: "sub-bullets belong to the step above",
			text: "- Improve my design skills by end of March\n    - read DDIA\n    - two mock interviews\n- Take over releases by 28 February\n- Find a mentor",
			want: []Step{{"Improve my design skills\n- read DDIA\n- two mock interviews", due("2027-03-31")}, {"Take over releases", due("2027-02-28")}, {"Find a mentor", nil}},
		},
		{
			name: "lettered sub-items under a numbered step",
			text: "1. Improve my design skills by end of March\n   a) read DDIA\n   b) two mock interviews\n2. Find a mentor",
			want: []Step{{"Improve my design skills\n- read DDIA\n- two mock interviews", due("2027-03-31")}, {"Find a mentor", nil}},
		},
		{
			name: "ambiguous numeric date not guessed and kept in the text",
			text: "- Book the exam by 03/04\n- Update my CV",
			want: []Step{{"Book the exam by 03/04", nil}, {"Update my CV", nil}},
		},
		{
			name: "one step per line without bullets",
			text: "Steps:\nFinish the course by Friday\nPair with Tom on the design review next week\n\nCheers,\nJane",
			want: []Step{{"Finish the course", due("2027-01-15")}, {"Pair with Tom on the design review next week", due("2027-01-22")}},
		},
		{
			name: "wrapped list items are joined",
			text: "- Write a proposal for the new observability platform and circulate it\n  to the architecture group by end of Q1\n- Ask for a stretch project",
			want: []Step{{"Write a proposal for the new observability platform and circulate it to the architecture group", due("2027-03-31")}, {"Ask for a stretch project", nil}},
		},
		{
			name: "commentary after a list is not a step",
			text: "- Lead the March release\n\nLet me know if I missed anything.\n",
			want: []Step{{"Lead the March release", nil}},
		},
		{
			name: "quoted wrap-up email ignored",
			text: "- Mentor Ana\n\nOn Mon, 18 Jan 2027 at 11:00, careerconv wrote:\n> Reply with the steps you agreed, one per line.\n> - like this\n",
			want: []Step{{"Mentor Ana", nil}},
		},
		{
			name: "german steps",
			text: "Hallo Sam,\n\n- AWS-Kurs abschließen bis Ende März\n- Gespräch mit Priya (fällig 15.02.2027)\n\nViele Grüße\nJane",
			want: []Step{{"AWS-Kurs abschließen", due("2027-03-31")}, {"Gespräch mit Priya", due("2027-02-15")}},
		},
		{
			name: "no steps",
			text: "Thanks, will send them tomorrow!\n",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := StepsOf(tt.text, ref)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d steps %v, want %d %v", len(got), got, len(tt.want), tt.want)
			}
			for i := range got {
				if got[i].Text != tt.want[i].Text || got[i].DueDate() != tt.want[i].DueDate() {
					t.Errorf("step %d: got %v, want %v", i+1, got[i], tt.want[i])
				}
			}
		})
	}
}

func due(s string) *string { return &s }

func TestSplitProse(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"agreed, then, and", "Thanks for today. We agreed I'd do X by March, then Y, and Z in 6 weeks.", []string{"do X by March", "Y", "Z in 6 weeks"}},
		{"semicolons after a lead", "Agreed steps: a; b; c.", []string{"a", "b", "c"}},
		{"then in German", "Vereinbart: Kurs buchen, und dann Mentorin finden; danach Vortrag halten.", []string{"Kurs buchen", "Mentorin finden", "Vortrag halten"}},
		{"then in French", "Étapes : réserver le cours, puis trouver une mentore ; ensuite faire la présentation.", []string{"réserver le cours", "trouver une mentore", "faire la présentation"}},
		{"one step with and stays whole", "Write up the pros and cons of the new rota", []string{"Write up the pros and cons of the new rota"}},
		{"a comma before a date stays", "Shadow the on-call, by 28 February", []string{"Shadow the on-call, by 28 February"}},
		{"a lead with a colon but no list stays", "Priya: talk about the data guild", []string{"Priya: talk about the data guild"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := splitProse(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("splitProse(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSenderOrder reads the day/month convention only from dates that can be
// read one way, and none from a reply that shows both or neither.
func TestSenderOrder(t *testing.T) {
	for _, tt := range []struct {
		texts []string
		want  dayOrder
	}{
		{[]string{"Finish the course by 28/02", "Present the demo by 04/03"}, orderDayFirst},
		{[]string{"Hand over by 15.03.2027", "Review by 04/05"}, orderDayFirst},
		{[]string{"Finish by 3/15", "Present by 3/5"}, orderMonthFirst},
		{[]string{"Sync on 03/04"}, orderUnknown},
		{[]string{"by 28/02", "by 3/15"}, orderUnknown},
		{[]string{"Read pages 120/13 and 2027-03-15"}, orderUnknown},
	} {
		if got := senderOrder(tt.texts); got != tt.want {
			t.Errorf("senderOrder(%q) = %d, want %d", tt.texts, got, tt.want)
		}
	}
	if d, ok := findDue("Sync on 03/04", time.Date(2027, 1, 14, 0, 0, 0, 0, time.UTC), orderUnknown); !ok || d.iso != "" {
		t.Errorf("an ambiguous date without the sender's convention: %+v, %v; want found and unread", d, ok)
	}
}

// A long step keeps its trailing due date although only its end is searched.
func TestSplitDueLongStep(t *testing.T) {
	ref := time.Date(2027, 1, 12, 0, 0, 0, 0, time.UTC)
	text := strings.Repeat("talk to people in the platform team about it, ", 20) + "by 15 March"
	head, due := splitDue(text, ref, orderUnknown)
	if due == nil || *due != "2027-03-15" || strings.Contains(head, "March") {
		t.Errorf("splitDue = %q, %v; want the date read and cut", head[len(head)-40:], due)
	}
}

// TestStepsLookAhead checks that a sentence opening with a look-ahead
// phrase is no step, and that the phrase inside a step leaves it one.
func TestStepsLookAhead(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Thanks, looks good. Let's see how it's going at the first check-in.", nil},
		{"Perfect, let's see how it goes.", nil},
		{"Pair with Ana for a sprint and see how it goes", []string{"Pair with Ana for a sprint and see how it goes"}},
		{"- Finish the course by 31 March\n- Shadow on-call\n\nLooking forward to hearing how it goes!", []string{"Finish the course", "Shadow on-call"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range StepsOf(tt.text, ref) {
			got = append(got, s.Text)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDashValue checks the values a table's due column holds alone, and
// those it does not read.
func TestDashValue(t *testing.T) {
	tests := []struct {
		text, head, due string // due "" for none
	}{
		{"Portfolio bijwerken – 15-3", "Portfolio bijwerken", "2027-03-15"},
		{"Hospitation – 19.2", "Hospitation", "2027-02-19"},
		{"Gesprek met de teamlead – Q1", "Gesprek met de teamlead", "2027-03-31"},
		{"Roadmap — Q3 2027", "Roadmap", "2027-09-30"},
		{"Write blog posts – 2-3", "", ""},        // either order: not guessed
		{"Read the book – chapters 3-5", "", ""},  // no value alone
		{"Lead the Q2 planning workshop", "", ""}, // no dash
	}
	for _, tt := range tests {
		head, due, ok := dashValue(tt.text, ref, orderUnknown)
		if tt.due == "" {
			if ok {
				t.Errorf("%q: read %q due %s, want nothing", tt.text, head, *due)
			}
			continue
		}
		if !ok || head != tt.head || *due != tt.due {
			t.Errorf("%q: got %q %v %v, want %q %s", tt.text, head, due, ok, tt.head, tt.due)
		}
	}
}
