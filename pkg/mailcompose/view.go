package mailcompose

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/questions"
)

// view is what every template sees. Fields are filled per email; values are plain
// strings, escaped by html/template in the HTML part.
type view struct {
	Product  string
	Subject  string
	Name     string // the recipient's name
	Employee string
	Manager  string
	// Meeting is the meeting start in the recipient's zone, for humans.
	Meeting string
	// Days is the number of calendar days from now to the meeting in the recipient's zone.
	Days     int
	CanReply bool

	StepsQuestion int
	Questions     []question
	Stored        []question // answers stored from the reply a receipt answers
	Kept          []question // answers stored earlier, unchanged
	Open          []question // questions without an answer
	RequestCV     bool

	Stages       []stage
	Resources    questions.Resources
	HasResources bool
	Opening      string
	Notes        string

	Steps      []step
	CheckIns   []string
	CheckIn    int
	Applied    []update
	Rejected   []update
	Unreported []step
	Done       []step
	Left       []step

	Expected string

	Invite *inviteView // the answer to a calendar invite
}

type question struct {
	N        int
	Text     string
	Answer   string
	Short    string // the answer on one line, clipped
	Answered bool
}

type stage struct {
	N        int
	Title    string
	Question string
	Answer   string
	Answered bool
	Guidance string
	Prepare  string
}

type step struct {
	N        int
	Text     string
	Due      string // "31 January 2027" or ""
	Status   string // "not started", "in progress"…
	Done     bool
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

// shortLen bounds quoted answers in receipts.
const shortLen = 160

// view builds the data every email shares, for recipient to (whose zone formats times).
func (c *Composer) view(conv *conversation.Conversation, to conversation.Participant, now time.Time) *view {
	bank := c.bank()
	loc := to.Location()
	v := &view{
		Product:       c.product(),
		Name:          oneLine(to.Name),
		Employee:      oneLine(conv.Employee.Name),
		Manager:       oneLine(conv.Manager.Name),
		Meeting:       humanTime(conv.MeetingStart, loc),
		Days:          daysBetween(now, conv.MeetingStart, loc),
		StepsQuestion: questions.StepsQuestion,
		RequestCV:     conv.RequestCV,
		Resources:     bank.Resources,
		Opening:       strings.TrimSpace(bank.OpeningQuestion),
		Notes:         strings.TrimSpace(conv.Notes),
	}
	if v.Name == "" {
		v.Name = to.Email
	}
	r := bank.Resources
	v.HasResources = len(r.Priorities)+len(r.Learning)+len(r.People) > 0
	for _, s := range bank.Stages {
		q := question{N: s.Number, Text: s.Question}
		if a, ok := conv.Answer(s.Number); ok && strings.TrimSpace(a.Text) != "" {
			q.Answer, q.Answered, q.Short = strings.TrimSpace(a.Text), true, clipRunes(oneLine(a.Text), shortLen)
		}
		v.Questions = append(v.Questions, q)
		v.Stages = append(v.Stages, stage{
			N: s.Number, Title: s.Title, Question: s.Question,
			Answer: q.Answer, Answered: q.Answered,
			Guidance: strings.TrimSpace(s.Guidance), Prepare: strings.TrimSpace(s.Prepare),
		})
	}
	empLoc := conv.Employee.Location()
	for _, s := range conv.Steps {
		st := step{N: s.Number, Text: strings.TrimSpace(s.Text), Due: humanDue(s.Due), Status: statusText(s.Status), Done: s.Status == conversation.StepDone}
		for _, p := range s.Progress {
			n := note{CheckIn: p.CheckIn, Date: humanDate(p.At, empLoc), Status: statusText(p.Status), Text: strings.TrimSpace(p.Note)}
			st.Notes = append(st.Notes, n)
			if n.Text != "" {
				st.LastNote = n.Text
			}
		}
		v.Steps = append(v.Steps, st)
	}
	return v
}

// update describes one progress update for a receipt.
func (c *Composer) update(conv *conversation.Conversation, u conversation.ProgressUpdate) update {
	out := update{N: u.Step, Status: statusText(u.Status), Known: u.Status.Valid(), Note: strings.TrimSpace(u.Note)}
	if u.Step >= 1 && u.Step <= len(conv.Steps) {
		out.Step = strings.TrimSpace(conv.Steps[u.Step-1].Text)
	}
	return out
}

// humanTime formats t for a person in loc: "Tuesday 12 January 2027, 14:00 (Europe/London)".
func humanTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return "a time to be agreed"
	}
	return t.In(loc).Format("Monday 2 January 2006, 15:04") + " (" + zoneName(loc) + ")"
}

// humanDate formats the date of t in loc: "Tuesday 9 February 2027".
func humanDate(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format("Monday 2 January 2006")
}

// humanDue formats an ISO due date: "31 January 2027"; anything else is shown as is.
func humanDue(due string) string {
	due = strings.TrimSpace(due)
	if due == "" {
		return ""
	}
	if d, err := time.Parse(time.DateOnly, due); err == nil {
		return d.Format("2 January 2006")
	}
	return oneLine(due)
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
