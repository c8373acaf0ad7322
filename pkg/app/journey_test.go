package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/mail"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/outbox"
)

// outMail is one email of the outbox, read back.
type outMail struct {
	name, to, cc, replyTo, text string
}

// journeyFixture is a local careerconv whose log lines are kept, for the
// confidentiality checks.
type journeyFixture struct {
	*fixture
	log  *bytes.Buffer
	api  []string // every API response body
	seen int      // outbox emails already returned by newMail
}

func newJourney(t *testing.T) *journeyFixture {
	t.Helper()
	j := &journeyFixture{fixture: &fixture{now: t0}, log: &bytes.Buffer{}}
	l, err := NewLocal(t.TempDir(), LocalOptions{Now: func() time.Time { return j.now }, Log: slog.New(slog.NewJSONHandler(j.log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	j.Local = l
	return j
}

// get reads a conversation through the API, keeping the response.
func (j *journeyFixture) get(t *testing.T, id string) {
	t.Helper()
	status, body := j.fixture.api(t, "GET", "/conversations/"+id, "")
	b, _ := json.Marshal(body)
	j.api = append(j.api, string(b))
	if status != 200 {
		t.Fatalf("GET %s: %d", id, status)
	}
}

// newMail returns the emails sent since the last call.
func (j *journeyFixture) newMail(t *testing.T) []outMail {
	t.Helper()
	files, err := outbox.List(j.Outbox)
	if err != nil {
		t.Fatal(err)
	}
	var out []outMail
	for _, p := range files[j.seen:] {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m, err := mime.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		h, _ := mail.ReadMessage(bytes.NewReader(raw))
		s := outMail{name: h.Header.Get("X-Careerconv-Email"), to: h.Header.Get("To"), cc: h.Header.Get("Cc"), text: m.Text}
		if a, err := mail.ParseAddress(h.Header.Get("Reply-To")); err == nil {
			s.replyTo = a.Address
		}
		out = append(out, s)
	}
	j.seen = len(files)
	return out
}

// deliverTwice delivers a reply twice, as SES may, and returns what the first
// delivery sent; the second must send nothing.
func (j *journeyFixture) deliverTwice(t *testing.T, from, to, msgID, body string) []outMail {
	t.Helper()
	raw := rawReply(from, to, msgID, body)
	if out, err := j.Deliver(context.Background(), raw); err != nil {
		t.Fatalf("deliver %s: %v (%+v)", msgID, err, out)
	}
	first := j.newMail(t)
	if out, err := j.Deliver(context.Background(), raw); err != nil || out.Result != "duplicate" {
		t.Fatalf("second delivery of %s: %v, %+v; want a duplicate", msgID, err, out)
	}
	if again := j.newMail(t); len(again) != 0 {
		t.Fatalf("the second delivery of %s sent %d emails (%s)", msgID, len(again), again[0].name)
	}
	return first
}

// runTwice runs every due job, then each of them again.
func (j *journeyFixture) runTwice(t *testing.T, to time.Time) []outMail {
	t.Helper()
	j.now = to
	jobs, err := j.RunDue(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	first := j.newMail(t)
	for _, job := range jobs {
		if err := j.Assistant.RunJob(context.Background(), job); err != nil {
			t.Fatal(err)
		}
	}
	if again := j.newMail(t); len(again) != 0 {
		t.Fatalf("running the jobs again sent %d emails", len(again))
	}
	return first
}

func only(t *testing.T, mails []outMail, prefix string) outMail {
	t.Helper()
	var found []outMail
	for _, m := range mails {
		if strings.HasPrefix(m.name, prefix) {
			found = append(found, m)
		}
	}
	if len(found) != 1 {
		var names []string
		for _, m := range mails {
			names = append(names, m.name)
		}
		t.Fatalf("%d %s emails among %v, want 1", len(found), prefix, names)
	}
	return found[0]
}

func contains(t *testing.T, m outMail, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(m.text, w) {
			t.Errorf("%s email lacks %q:\n%s", m.name, w, m.text)
		}
	}
}

// plan takes a conversation to its agreed plan of three steps by a reply to the wrap-up.
func (j *journeyFixture) plan(t *testing.T) string {
	t.Helper()
	id := j.create(t)
	only(t, j.runTwice(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC)), "prep")
	j.runTwice(t, time.Date(2027, 3, 12, 11, 0, 0, 0, time.UTC)) // nudge, pre-read, wrap-up
	steps := "1. Lead the billing migration by 30 April\r\n2. Shadow the platform on-call rotation by 15 May\r\n3. Take the AWS architecture course by 30 June\r\n"
	mails := j.deliverTwice(t, "ana@example.com", j.replyAddress(t, "wrapup"), "steps@mail.example.com", steps)
	only(t, mails, "plan")
	return id
}

// The manager hears what moved at a check-in, by name, and nothing when nothing
// moved; his answer goes to the employee and stays with the steps.
func TestJourneyManagerHearsWhatMoved(t *testing.T) {
	j := newJourney(t)
	id := j.plan(t)
	mails := j.runTwice(t, time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC))
	checkin := only(t, mails, "checkin1")

	mails = j.deliverTwice(t, "ana@example.com", checkin.replyTo, "c1@mail.example.com",
		"1 done\r\n2 blocked: waiting for Priya to add me to the rota\r\n3 in progress\r\n")
	if len(mails) != 2 {
		t.Fatalf("%d emails after the check-in reply, want the progress receipt and the manager's note", len(mails))
	}
	only(t, mails, "progress1")
	note := only(t, mails, "moved")
	if !strings.Contains(note.to, "<tom@example.com>") || note.replyTo == "" {
		t.Fatalf("the note goes to %q with Reply-To %q; want Tom, with a reply address", note.to, note.replyTo)
	}
	contains(t, note, "Done:", "1. Lead the billing migration", "a word of thanks",
		"Blocked:", "2. Shadow the platform on-call rotation", "waiting for Priya to add me to the rota", "How could you help?")
	if strings.Contains(note.text, "AWS architecture course") {
		t.Errorf("the note names a step that did not move:\n%s", note.text)
	}

	// A reply that moves nothing (3 was already in progress) tells the manager nothing.
	mails = j.deliverTwice(t, "ana@example.com", checkin.replyTo, "c1b@mail.example.com", "3 in progress: chapter 4 of 9\r\n")
	if len(mails) != 1 || !strings.HasPrefix(mails[0].name, "progress1") {
		t.Fatalf("after a reply that moved nothing: %v, want only the progress receipt", mails)
	}

	// The employee cannot answer as the manager.
	if _, err := j.Deliver(context.Background(), rawReply("ana@example.com", note.replyTo, "fake@mail.example.com", "Well done me")); err == nil {
		t.Fatal("the employee's reply to the manager's note was accepted")
	}
	j.newMail(t)

	mails = j.deliverTwice(t, "tom@example.com", note.replyTo, "fb@mail.example.com",
		"Great work on the migration, Ana!\r\nI'll ask Priya tomorrow to add you to the rota.\r\n\r\nOn Fri, 9 Apr 2027 Ana wrote:\r\n> 1 done\r\n")
	fb := only(t, mails, "feedback")
	if len(mails) != 1 || !strings.Contains(fb.to, "<ana@example.com>") || !strings.Contains(fb.cc, "tom@example.com") {
		t.Fatalf("feedback: %d emails, to %q cc %q; want one to Ana, cc Tom", len(mails), fb.to, fb.cc)
	}
	contains(t, fb, "Great work on the migration, Ana!", "I'll ask Priya tomorrow", "Lead the billing migration")
	if strings.Contains(fb.text, "1 done") {
		t.Errorf("the feedback passes on the quoted text:\n%s", fb.text)
	}
	c, err := j.Assistant.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Journey.Feedback) != 1 || !strings.HasPrefix(c.Journey.Feedback[0].Text, "Great work") || len(c.Journey.Feedback[0].Steps) != 2 {
		t.Errorf("feedback kept = %+v, want his words with steps 1 and 2", c.Journey.Feedback)
	}
	j.get(t, id)
	j.confidential(t, "billing migration", "on-call", "AWS architecture", "waiting for Priya", "Great work", "chapter 4", "ask Priya")
}

// confidential fails if an API response or a log line holds any of the content.
func (j *journeyFixture) confidential(t *testing.T, content ...string) {
	t.Helper()
	if j.log.Len() == 0 || len(j.api) == 0 {
		t.Fatal("nothing logged or no API response to check")
	}
	for _, c := range content {
		if strings.Contains(j.log.String(), c) {
			t.Errorf("the log holds %q", c)
		}
		for _, body := range j.api {
			if strings.Contains(body, c) {
				t.Errorf("an API response holds %q", c)
			}
		}
	}
}

// Either participant adjusts the plan by reply; an addition adds, a removal is
// said in the receipt and can be undone; both get the updated plan.
func TestJourneyAdjustmentsByReply(t *testing.T) {
	j := newJourney(t)
	id := j.plan(t)
	ctx := context.Background()
	planAddr := j.replyAddress(t, "plan-"+shortName(t, j, "plan"))
	steps := func() []conversation.Step {
		t.Helper()
		c, err := j.Assistant.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return c.Steps
	}
	adjusted := func(mails []outMail) outMail {
		t.Helper()
		m := only(t, mails, "adjusted")
		if !strings.Contains(m.to, "ana@example.com") || !strings.Contains(m.cc, "tom@example.com") {
			t.Fatalf("the updated plan goes to %q cc %q, want Ana cc Tom", m.to, m.cc)
		}
		return m
	}

	// The reply that once replaced the plan now adds to it.
	m := adjusted(j.deliverTwice(t, "ana@example.com", planAddr, "add@mail.example.com",
		"One more we forgot: Present at the data guild by 31 March\r\n\r\nAna\r\n"))
	contains(t, m, "Ana updated the plan", "Added 4. Present at the data guild (by", "1. Lead the billing migration", "3. Take the AWS architecture course", "4. Present at the data guild")
	if s := steps(); len(s) != 4 || s[0].Text != "Lead the billing migration" || s[3].Due != "2027-03-31" {
		t.Fatalf("steps = %+v, want the three agreed and the new one due 2027-03-31", s)
	}

	// The manager drops one; it is kept, and the email says how to restore it.
	m = adjusted(j.deliverTwice(t, "tom@example.com", m.replyTo, "drop@mail.example.com", "drop 3\r\n\r\nTom\r\n"))
	contains(t, m, "Tom updated the plan", "Dropped 3. Take the AWS architecture course", `reply "restore 3"`)
	if s := steps(); len(s) != 4 || s[2].Status != conversation.StepDropped || s[2].Text != "Take the AWS architecture course" {
		t.Fatalf("after drop 3: %+v", s)
	}

	// A restated list that leaves a step out changes what it restates and says
	// what it removed, which stays recoverable.
	m = adjusted(j.deliverTwice(t, "ana@example.com", planAddr, "restate@mail.example.com",
		"1. Lead the billing migration by 30 April\r\n2. Shadow the platform on-call rotation by 31 May\r\n"))
	contains(t, m, "Changed 2. Shadow the platform on-call rotation: due Mon 31 May, was Sat 15 May", "Dropped 4. Present at the data guild", `reply "restore 4"`)
	if s := steps(); s[1].Due != "2027-05-31" || s[3].Status != conversation.StepDropped || s[3].Text != "Present at the data guild" {
		t.Fatalf("after the restated list: %+v", s)
	}
	adjusted(j.deliverTwice(t, "tom@example.com", planAddr, "restore@mail.example.com", "restore 4"))
	if s := steps(); s[3].Status != conversation.StepNotStarted {
		t.Fatalf("after restore 4: %+v", s)
	}

	// A status by reply to the plan, and an adjustment with progress in a check-in reply.
	adjusted(j.deliverTwice(t, "ana@example.com", planAddr, "done@mail.example.com", "2 done"))
	if s := steps(); s[1].Status != conversation.StepDone {
		t.Fatalf("after 2 done: %+v", s)
	}
	checkin := only(t, j.runTwice(t, time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC)), "checkin1")
	mails := j.deliverTwice(t, "ana@example.com", checkin.replyTo, "c1@mail.example.com",
		"1 done\r\nadd: Write the migration retrospective by 30 April\r\n")
	adjusted(mails)
	only(t, mails, "progress1")
	contains(t, only(t, mails, "moved"), "1. Lead the billing migration")
	if s := steps(); len(s) != 5 || s[0].Status != conversation.StepDone || s[4].Text != "Write the migration retrospective" {
		t.Fatalf("after the check-in: %+v", s)
	}

	// German and French.
	adjusted(j.deliverTwice(t, "ana@example.com", planAddr, "de@mail.example.com", "Hallo,\r\n\r\nNoch eins: Vortrag bei der Data-Gilde bis 31. März\r\n\r\nViele Grüße\r\nAna\r\n"))
	adjusted(j.deliverTwice(t, "tom@example.com", planAddr, "fr@mail.example.com", "Bonjour,\r\n\r\nSupprimer l'étape 5\r\n\r\nCordialement,\r\nTom\r\n"))
	s := steps()
	if len(s) != 6 || s[5].Text != "Vortrag bei der Data-Gilde" || s[5].Due != "2027-03-31" || s[4].Status != conversation.StepDropped {
		t.Fatalf("after German and French: %+v", s)
	}

	// The history keeps what changed and who changed it.
	c, _ := j.Assistant.Get(ctx, id)
	var who []string
	for _, ch := range c.Journey.Changes {
		who = append(who, fmt.Sprintf("%s %s %d", ch.By, ch.Op, ch.Step))
	}
	want := "employee add 4, manager drop 3, employee change 2, employee drop 4, manager restore 4, employee status 2, employee add 5, employee add 6, manager drop 5"
	if got := strings.Join(who, ", "); got != want {
		t.Errorf("changes = %s\nwant      %s", got, want)
	}
	j.get(t, id)
	j.confidential(t, "billing migration", "data guild", "Data-Gilde", "retrospective", "AWS architecture")
}

// shortName returns the full X-Careerconv-Email suffix of the one email named prefix-….
func shortName(t *testing.T, j *journeyFixture, prefix string) string {
	t.Helper()
	files, _ := outbox.List(j.Outbox)
	for _, p := range files {
		raw, _ := os.ReadFile(p)
		h, err := mail.ReadMessage(bytes.NewReader(raw))
		if err == nil && strings.HasPrefix(h.Header.Get("X-Careerconv-Email"), prefix+"-") {
			return strings.TrimPrefix(h.Header.Get("X-Careerconv-Email"), prefix+"-")
		}
	}
	t.Fatalf("no %s email", prefix)
	return ""
}

// The employee records wins and setbacks by replying to any email after the
// plan; each is dated, confirmed, and shown in the next check-in and the review.
func TestJourneyRecordOfWins(t *testing.T) {
	j := newJourney(t)
	id := j.plan(t)
	ctx := context.Background()
	planAddr := j.replyAddress(t, "plan-"+shortName(t, j, "plan"))
	j.now = time.Date(2027, 3, 20, 18, 0, 0, 0, time.UTC)
	mails := j.deliverTwice(t, "ana@example.com", planAddr, "win1@mail.example.com",
		"Win: my migration runbook got adopted by two other teams\r\n\r\nAna\r\n")
	rec := only(t, mails, "recorded")
	if len(mails) != 1 || !strings.Contains(rec.to, "ana@example.com") || rec.cc != "" {
		t.Fatalf("the receipt: %d emails, to %q cc %q; want one, to Ana only", len(mails), rec.to, rec.cc)
	}
	contains(t, rec, "Sat 20 Mar – win: my migration runbook got adopted by two other teams", "next check-in")

	// A reply to the prep, in French, after the plan adds to the record and answers nothing.
	j.now = time.Date(2027, 3, 25, 12, 0, 0, 0, time.UTC)
	rec = only(t, j.deliverTwice(t, "ana@example.com", j.replyAddress(t, "prep"), "fr@mail.example.com",
		"Revers : pas de place dans l'astreinte avant juin\r\n"), "recorded")
	contains(t, rec, "Thu 25 Mar – setback: pas de place dans l'astreinte avant juin")
	c, _ := j.Assistant.Get(ctx, id)
	if len(c.Answers) != 0 || len(c.Journey.Record) != 2 {
		t.Fatalf("%d answers and %d record entries, want none and 2", len(c.Answers), len(c.Journey.Record))
	}

	// The manager's "win:" is not her record, and does not become a step.
	mails = j.deliverTwice(t, "tom@example.com", planAddr, "tomwin@mail.example.com", "Win: the team shipped on time\r\n")
	only(t, mails, "unreadable")
	if c, _ := j.Assistant.Get(ctx, id); len(c.Journey.Record) != 2 || len(c.Steps) != 3 {
		t.Fatalf("after the manager's win: %d entries, %d steps; want 2 and 3", len(c.Journey.Record), len(c.Steps))
	}

	checkin := only(t, j.runTwice(t, time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC)), "checkin1")
	contains(t, checkin, "Recorded since your last check-in:", "Sat 20 Mar – win: my migration runbook", "Thu 25 Mar – setback: pas de place")

	// In German, with progress, in a check-in reply: both are applied.
	j.now = time.Date(2027, 4, 9, 12, 0, 0, 0, time.UTC)
	mails = j.deliverTwice(t, "ana@example.com", checkin.replyTo, "de@mail.example.com",
		"1 erledigt\r\nErfolg: Die Migration ist live gegangen!\r\n")
	only(t, mails, "recorded")
	only(t, mails, "progress1")
	only(t, mails, "moved")

	checkin2 := only(t, j.runTwice(t, time.Date(2027, 5, 7, 9, 0, 0, 0, time.UTC)), "checkin2")
	contains(t, checkin2, "win: Die Migration ist live gegangen!")
	if strings.Contains(checkin2.text, "runbook") {
		t.Errorf("check-in 2 repeats what check-in 1 showed:\n%s", checkin2.text)
	}
	review := only(t, j.runTwice(t, time.Date(2027, 6, 12, 9, 0, 0, 0, time.UTC)), "review")
	contains(t, review, "Your record of wins and setbacks:", "runbook", "pas de place dans l'astreinte", "Die Migration ist live gegangen!")
	// A reply to the review adds to the record too.
	if review.replyTo == "" {
		t.Fatal("the review has no reply address")
	}
	contains(t, only(t, j.deliverTwice(t, "ana@example.com", review.replyTo, "late@mail.example.com", "Win: promoted to tech lead\r\n"), "recorded"), "promoted to tech lead")
	j.get(t, id)
	j.confidential(t, "runbook", "astreinte", "Migration ist live", "shipped on time", "promoted to tech lead")
}

// "help" (Hilfe, aide) answers with what can be replied to that email, and changes nothing.
func TestJourneyHelp(t *testing.T) {
	j := newJourney(t)
	id := j.create(t)
	prep := only(t, j.runTwice(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC)), "prep")
	help := only(t, j.deliverTwice(t, "ana@example.com", prep.replyTo, "h1@mail.example.com", "help\r\n\r\nAna\r\n"), "help")
	contains(t, help, "What you can reply to this email:", "numbered by question")
	if c, _ := j.Assistant.Get(context.Background(), id); len(c.Answers) != 0 || c.Notes != "" {
		t.Fatalf("help was stored: %d answers, notes %q", len(c.Answers), c.Notes)
	}
	j.Erase(t, id)

	id = j.plan(t)
	checkin := only(t, j.runTwice(t, time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC)), "checkin1")
	help = only(t, j.deliverTwice(t, "ana@example.com", checkin.replyTo, "h2@mail.example.com", "Hilfe?\r\n"), "help")
	contains(t, help, `"1 done"`, `"add: … by 30 April"`, `"win: …"`, `"stop"`, `"pause until 10 March"`, `"skip"`, `"fewer emails" (no reminders)`,
		`"private 4" keeps your answer 4 out of the pre-read`, `"also me: you@other.example"`, `"Pausa hasta el 10 de marzo"`)
	note := only(t, j.deliverTwice(t, "ana@example.com", checkin.replyTo, "c1@mail.example.com", "1 done\r\n"), "moved")
	help = only(t, j.deliverTwice(t, "tom@example.com", note.replyTo, "h3@mail.example.com", "Aide ?\r\n\r\nTom Berg\r\nHead of Platform\r\n"), "help")
	contains(t, help, "A word for Ana", `"fewer emails" (a note after a check-in only when a step is blocked)`)
	if strings.Contains(help.text, "win: …") || strings.Contains(help.text, "private 4") {
		t.Errorf("the manager's help offers the employee's record:\n%s", help.text)
	}
	c, _ := j.Assistant.Get(context.Background(), id)
	if len(c.Journey.Feedback) != 0 || c.Steps[1].Status != conversation.StepNotStarted {
		t.Fatalf("help changed the conversation: %+v", c.Journey)
	}
}

// Erase erases a conversation through the API.
func (j *journeyFixture) Erase(t *testing.T, id string) {
	t.Helper()
	if status, _ := j.fixture.api(t, "DELETE", "/conversations/"+id, ""); status != 204 && status != 200 {
		t.Fatalf("erase: %d", status)
	}
}
