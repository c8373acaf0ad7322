package mailcompose

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/questions"
)

// view is what every email shows. Fields are filled per email; values are plain
// strings, escaped by esc (layout.go) on their way into the HTML part.
type view struct {
	Product string
	Org     org
	Subject string
	// Threads are the subjects of the three threads: the employee's before the
	// meeting, the manager's pre-read and the steps after the meeting.
	Threads threads
	// ThreadSubject is the subject of the thread an answer or notice joins.
	ThreadSubject string
	// Intro is set on the first email this recipient receives about the
	// conversation: it says who set careerconv up and how answers are handled.
	Intro bool
	// Name is the recipient's first name; Employee and Manager are first names.
	Name, Employee, Manager string
	// ToManager is set when the email is addressed to the manager.
	ToManager bool
	// Meeting is the meeting start for the recipient: "Tue 12 Jan at 14:00".
	Meeting string
	// When is the meeting relative to now: "tomorrow", "on Tue 12 Jan", "" if past.
	When     string
	CanReply bool
	// Action is the first sentence: what the recipient is asked to do, and by when.
	// Summary is the first line of an email that asks nothing (a receipt).
	Action, Summary string
	// Stand is where the conversation stands for a receipt: "before" the
	// pre-read, "preread" sent, "after" the meeting.
	Stand string

	StepsQuestion int
	Questions     []question
	Stored        []question // answers stored from the reply a receipt answers
	Kept          []question // answers stored earlier, unchanged
	Open          []question // questions without an answer (8 is not open: it is for the meeting)
	RequestCV     bool

	// The pre-read.
	Wants       string // her answer to question 1, in full
	Answered    int    // answered of Answerable
	Answerable  int
	Highlights  []highlight // what stands out, at most one
	Flags       []concernNote
	Unanswered  []int
	Suggestions []suggestion
	Stages      []stage
	FullGuide   bool
	Resources   questions.Resources
	HasRes      bool
	Opening     string
	Notes       string // her notes without greetings and thanks
	ShortNotes  bool   // the notes fit in the pre-read's summary
	Changed     []question

	Steps      []step
	CheckIns   []string
	CheckIn    int
	Applied    []update
	Rejected   []update
	Unreported []step
	Done       []step
	Blocked    []step
	Left       []step
	NextTalk   string

	// Unplaced is what the reply a receipt, plan or progress receipt answers
	// said that could not be placed, as written: shown so the sender can
	// confirm or correct it.
	Unplaced []string

	Expected conversation.ReplyKind // the reply an unreadable one should have been
	Invite   *inviteView            // the answer to a calendar invite
	// Journey is set on the emails after the plan (journey.go).
	Journey *journeyView
	// Last is the previous cycle, on the prep and the pre-read (cycle.go).
	Last *lastView
	// CVAttached is the file name of the CV attached to the pre-read;
	// CVLink the profile link she sent.
	CVAttached, CVLink string
	// Example is the reply format for the email that asks for one, line by line,
	// after ExampleLead when the action does not lead into it.
	Example     []string
	ExampleLead string
}

type threads struct{ Prep, Preread, Steps string }

type question struct {
	N        int
	Text     string
	Answer   string
	Short    string // the answer on one line, clipped
	Answered bool
	// ForMeeting marks the question about three-month steps: agreed in the meeting.
	ForMeeting bool
}

type stage struct {
	N          int
	Title      string
	Question   string
	Answer     string
	Answered   bool
	ForMeeting bool
	Tip        string
	Guidance   string
	Prepare    string
}

// highlight is one "what stands out" line of the pre-read: a label and her words.
type highlight struct {
	Label, Quote string
}

type step struct {
	N        int
	Text     string
	Due      string // "28 Feb" or ""
	Status   string // "not started", "in progress"…
	Done     bool
	Overdue  bool // due before now and not done or dropped
	Blocked  bool
	LastNote string
	Notes    []note
}

type note struct {
	CheckIn int
	Date    string
	Status  string
	Text    string
}

type update struct {
	N      int
	Step   string // the step's text, "" when there is no such step
	Status string
	Known  bool // the status is a valid one
	Note   string
}

// shortNotesLen bounds notes shown in the pre-read's summary instead of a section.
const shortNotesLen = 160

// shortLen bounds quoted answers in receipts.
const shortLen = 160

// defaultPrereadBefore is when the pre-read goes out when Composer.PrereadBefore is 0.
const defaultPrereadBefore = 24 * time.Hour

// view builds the data every email shares, for recipient to (whose zone and the
// organisation's locale format times).
func (c *Composer) view(conv *conversation.Conversation, to conversation.Participant, now time.Time) *view {
	bank := c.bank()
	o := c.Org.resolve()
	d := c.dates(conv, to, now)
	v := &view{
		Product:       c.product(),
		Org:           o,
		Intro:         !conv.SentTo(to.Email),
		Name:          firstName(to.Name, to.Email),
		Employee:      firstName(conv.Employee.Name, conv.Employee.Email),
		Manager:       firstName(conv.Manager.Name, conv.Manager.Email),
		ToManager:     to.Email == conv.Manager.Email,
		Meeting:       d.at(conv.MeetingStart),
		When:          d.relative(conv.MeetingStart),
		StepsQuestion: questions.StepsQuestion,
		RequestCV:     conv.RequestCV,
		Resources:     bank.Resources,
		Opening:       strings.TrimSpace(bank.OpeningQuestion),
		Notes:         meaningfulNotes(conv.Notes, conv.Employee.Name),
	}
	if v.Employee == v.Manager {
		v.Employee, v.Manager = oneLine(conv.Employee.Name), oneLine(conv.Manager.Name)
	}
	v.Threads = threads{
		Prep:    "Your career conversation with " + v.Manager,
		Preread: "Pre-read: your career conversation with " + v.Employee,
		Steps:   "Your career steps with " + v.Manager,
	}
	r := bank.Resources
	v.HasRes = len(r.Priorities)+len(r.Learning)+len(r.People) > 0
	for _, s := range bank.Stages {
		q := question{N: s.Number, Text: s.Question, ForMeeting: s.Number == questions.StepsQuestion}
		if a, ok := conv.Answer(s.Number); ok && strings.TrimSpace(a.Text) != "" {
			q.Answer, q.Answered, q.Short = strings.TrimSpace(a.Text), true, clipRunes(oneLine(a.Text), shortLen)
		}
		v.Questions = append(v.Questions, q)
		v.Stages = append(v.Stages, stage{
			N: s.Number, Title: s.Title, Question: s.Question,
			Answer: q.Answer, Answered: q.Answered, ForMeeting: q.ForMeeting,
			Tip: tipFor(s), Guidance: strings.TrimSpace(s.Guidance), Prepare: strings.TrimSpace(s.Prepare),
		})
		switch {
		case q.ForMeeting:
		case q.Answered:
			v.Answered++
			v.Answerable++
		default:
			v.Answerable++
			v.Unanswered = append(v.Unanswered, q.N)
		}
	}
	for _, s := range conv.Steps {
		st := step{
			N: s.Number, Text: strings.TrimSpace(s.Text), Status: statusText(s.Status),
			Done: s.Status == conversation.StepDone, Blocked: s.Status == conversation.StepBlocked,
		}
		if due, err := time.ParseInLocation(time.DateOnly, strings.TrimSpace(s.Due), d.loc); err == nil {
			st.Due = d.day(due)
			st.Overdue = !now.IsZero() && now.After(due.AddDate(0, 0, 1)) && s.Status != conversation.StepDone && s.Status != conversation.StepDropped
		} else if strings.TrimSpace(s.Due) != "" {
			st.Due = oneLine(s.Due)
		}
		for _, p := range s.Progress {
			n := note{CheckIn: p.CheckIn, Date: d.day(p.At), Status: statusText(p.Status), Text: strings.TrimSpace(p.Note)}
			st.Notes = append(st.Notes, n)
			if n.Text != "" {
				st.LastNote = n.Text
			}
		}
		v.Steps = append(v.Steps, st)
	}
	return v
}

// tipFor is a stage's one-line tip; the meeting stage's follows "For the meeting:".
func tipFor(s questions.Stage) string {
	tip := s.ShortTip()
	if s.Number != questions.StepsQuestion || tip == "" {
		return tip
	}
	r, n := utf8.DecodeRuneInString(tip)
	return string(unicode.ToLower(r)) + tip[n:]
}

// dates returns the date formatter for recipient to.
func (c *Composer) dates(conv *conversation.Conversation, to conversation.Participant, now time.Time) dates {
	o := c.Org.resolve()
	d := dates{loc: to.Location(), now: now, us: o.us}
	if conv.Employee.Location().String() != conv.Manager.Location().String() {
		d.zone = " " + cityOf(d.loc) + " time"
	}
	return d
}

// brief fills the pre-read's summary and suggestions from the answers.
func (v *view) brief() {
	for _, s := range v.Stages {
		if s.N == 1 && s.Answered {
			v.Wants = s.Answer
		}
	}
	v.Suggestions = suggest(v.Stages, v.Opening)
	quoted := map[int]bool{}
	for _, s := range v.Suggestions {
		quoted[s.Stage] = s.Quote != ""
	}
	v.Flags = flags(v.Stages, v.Notes)
	// What stands out: a concern she flagged, else the first of these answers
	// the suggestions do not quote already.
	labels := map[int]string{4: "Where " + v.Employee + " would like to be", 3: "Proudest of", 2: "Going well", 5: "Strengths", 7: "Ideas"}
	for _, n := range []int{4, 3, 2, 5, 7} {
		if s := v.Stages[n-1]; s.Answered && !quoted[n] && len(v.Flags) == 0 {
			v.Highlights = append(v.Highlights, highlight{Label: labels[n], Quote: fragment(s.Answer)})
			break
		}
	}
	v.ShortNotes = v.Notes != "" && utf8.RuneCountInString(v.Notes) <= shortNotesLen
}

// stepCounts summarises steps by status, most advanced first: "1 done, 1 in
// progress, 1 not started".
func stepCounts(steps []step) string {
	count := map[string]int{}
	for _, s := range steps {
		count[s.Status]++
	}
	var parts []string
	for _, status := range []conversation.StepStatus{conversation.StepDone, conversation.StepInProgress, conversation.StepBlocked, conversation.StepNotStarted, conversation.StepDropped} {
		if st := statusText(status); count[st] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", count[st], st))
			delete(count, st)
		}
	}
	for _, s := range steps { // statuses outside the known ones, in step order
		if count[s.Status] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", count[s.Status], s.Status))
			delete(count, s.Status)
		}
	}
	return strings.Join(parts, ", ")
}

// update describes one progress update for a receipt.
func (c *Composer) update(conv *conversation.Conversation, u conversation.ProgressUpdate) update {
	out := update{N: u.Step, Status: statusText(u.Status), Known: u.Status.Valid(), Note: strings.TrimSpace(u.Note)}
	if u.Step >= 1 && u.Step <= len(conv.Steps) {
		out.Step = strings.TrimSpace(conv.Steps[u.Step-1].Text)
	}
	return out
}

func zoneName(loc *time.Location) string {
	if loc == nil || loc.String() == "" || loc.String() == "Local" {
		return "UTC"
	}
	return loc.String()
}

// daysBetween counts calendar days from now to t in loc (negative if t is past).
func daysBetween(now, t time.Time, loc *time.Location) int {
	if now.IsZero() || t.IsZero() {
		return 0
	}
	a, b := now.In(loc), t.In(loc)
	da := time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)
	db := time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC)
	return int(db.Sub(da).Hours() / 24)
}

var statusTexts = map[conversation.StepStatus]string{
	conversation.StepNotStarted: "not started",
	conversation.StepInProgress: "in progress",
	conversation.StepDone:       "done",
	conversation.StepBlocked:    "blocked",
	conversation.StepDropped:    "dropped",
}

func statusText(s conversation.StepStatus) string {
	if t, ok := statusTexts[s]; ok {
		return t
	}
	if s == "" {
		return "not started"
	}
	return clipRunes(oneLine(strings.ReplaceAll(string(s), "_", " ")), 40)
}

// oneLine collapses whitespace and drops control characters: for names in subjects
// and short quotes.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r), r == utf8.RuneError:
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// clipRunes shortens s to at most n runes, ending with an ellipsis when clipped.
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	return strings.TrimRightFunc(string(r), unicode.IsSpace) + "…"
}

// indent prefixes every line of s but the first with pad; for multi-line answers in
// the plain-text part.
func indent(pad, s string) string {
	lines := strings.Split(strings.ReplaceAll(strings.TrimSpace(s), "\r\n", "\n"), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " \t")
		if i > 0 && lines[i] != "" {
			lines[i] = pad + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// numbers joins question or step numbers: "3, 6 and 7".
func numbers(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return andList(s)
}

// andList joins words: "a", "a and b", "a, b and c".
func andList(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}
