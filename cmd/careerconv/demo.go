package main

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"io"
	"log/slog"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/template"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"golang.org/x/text/encoding/charmap"

	"github.com/careerconv/careerconv/pkg/app"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/outbox"
)

//go:embed samples/*.eml samples/*.ics
var samples embed.FS

var sampleTmpl = template.Must(template.New("").Funcs(template.FuncMap{
	"qp":     func(s string) string { return qpEncode(s) },
	"qp1252": func(s string) string { s, _ = charmap.Windows1252.NewEncoder().String(s); return qpEncode(s) },
	"b64":    b64,
}).ParseFS(samples, "samples/*.eml", "samples/*.ics"))

func qpEncode(s string) string {
	var b bytes.Buffer
	w := quotedprintable.NewWriter(&b)
	_, _ = io.WriteString(w, s)
	_ = w.Close()
	return b.String()
}

// demoStart is the simulated clock's start: a Monday morning.
var demoStart = time.Date(2027, 1, 4, 8, 0, 0, 0, time.UTC)

// The progress Jane reports at each check-in.
var demoProgress = []string{
	"1 done - shadowed two planning sessions, Priya was very generous with her time\n2 in progress: booked onto the February cohort\n3 not started – waiting for the graduates' start date\nWin: Priya asked me to run the next planning session myself",
	"1 done\n2 done ✅ finished the course last week\n3 in progress, two 1:1s so far",
	"1 done\n2 done\n3 blocked: one of the graduates moved to another team",
}

// The journey's other replies: Jane adds a step to the plan, Sam helps with
// the blocked step, Sam books the next conversation from the review.
const (
	demoAdd     = "add: Present the platform migration at the data guild by 31 March"
	demoHelp    = "Sorry to hear that. I'll ask Priya to pair you with the graduate who starts in April, so the 1:1s can go on."
	demoBook    = "Yes – please book it."
	demoCVTitle = "Jane Doe – Curriculum vitae"
)

// demoCV is Jane's CV: a small, valid PDF.
var demoCV = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
	"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n" +
	"4 0 obj << /Length 60 >> stream\nBT /F1 18 Tf 72 770 Td (" + demoCVTitle + ": platform engineer) Tj ET\nendstream endobj\n" +
	"trailer << /Root 1 0 R >>\n%%EOF\n"

// demo drives a first cycle and the start of the second through their
// lifecycle on a simulated clock.
type demo struct {
	l       *app.Local
	now     time.Time
	zone    *time.Location
	out     io.Writer
	seen    map[string]bool
	replies []pendingReply
	checkIn int
	emails  map[string]int
	// cycle is 2 once the review booked the next conversation; done once its
	// pre-read went out (the demo ends there).
	cycle int
	done  bool
	// trace receives every API response (and, wired in runDemo, every log line).
	trace io.Writer
}

type pendingReply struct {
	at     time.Time
	sample string
	to     *sentEmail
	body   string
	from   string        // the sender's address (Jane's unless the sample is Sam's)
	invite *sampleInvite // Sam's calendar sends an invite update instead
}

type sentEmail struct {
	name, to, cc, subject, replyTo, messageID, text string
	date                                            time.Time
}

func runDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", ".local/demo", "folder for the demo's store and outbox (emptied first)")
	tracePath := fs.String("trace", "", "write every API response and every log line (JSON) to this file")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2}
	}
	for _, p := range []string{"careerconv.db", "outbox", "inbox", "files"} {
		if err := os.RemoveAll(filepath.Join(*dir, p)); err != nil {
			return err
		}
	}
	d := &demo{now: demoStart, out: stdout, seen: map[string]bool{}, emails: map[string]int{}, cycle: 1, trace: io.Discard}
	d.zone, _ = time.LoadLocation("Europe/London")
	log := stderrLog(stderr)
	if *tracePath != "" {
		if err := os.MkdirAll(filepath.Dir(*tracePath), 0o755); err != nil {
			return err
		}
		f, err := os.Create(*tracePath)
		if err != nil {
			return err
		}
		defer f.Close()
		d.trace = f
		log = slog.New(slog.NewMultiHandler(log.Handler(), slog.NewJSONHandler(f, &slog.HandlerOptions{Level: slog.LevelDebug})))
	}
	l, err := app.NewLocal(*dir, app.LocalOptions{Now: func() time.Time { return d.now }, Log: log})
	if err != nil {
		return err
	}
	defer l.Close()
	d.l = l
	if err := d.run(ctx); err != nil {
		return err
	}
	files, _ := outbox.List(l.Outbox)
	fmt.Fprintf(stdout, "\n%d emails in %s\n", len(files), l.Outbox)
	return nil
}

func (d *demo) say(format string, args ...any) {
	fmt.Fprintf(d.out, "%s  %s\n", d.now.In(d.zone).Format("Mon 02 Jan 2006 15:04"), fmt.Sprintf(format, args...))
}

func (d *demo) run(ctx context.Context) error {
	meeting := time.Date(2027, 1, 14, 14, 0, 0, 0, d.zone)
	body := fmt.Sprintf(`{"employee":{"name":"Jane Doe","email":"jane.doe@example.com","timeZone":"Europe/London"},
		"manager":{"name":"Sam Patel","email":"sam.patel@example.com","timeZone":"Europe/London"},
		"meetingStart":%q,"meetingMinutes":60,"requestCV":true}`, meeting.Format(time.RFC3339))
	resp, err := d.api(ctx, "POST", "/conversations", body)
	if err != nil || resp.StatusCode != 201 {
		return fmt.Errorf("create conversation: %v %s", err, resp.Body)
	}
	var c struct{ ID string }
	if err := json.Unmarshal([]byte(resp.Body), &c); err != nil {
		return err
	}
	d.say("HR creates conversation %s: Jane Doe (employee) and Sam Patel (manager), meeting %s",
		c.ID, meeting.Format("Mon 2 Jan 15:04 MST"))
	// Sam starts a second conversation without HR: he adds careerconv's address
	// to his calendar invite for Priya, then moves the meeting, then cancels it.
	priya := sampleInvite{Method: "REQUEST", UID: "3q9x2k7v1m8c4b6n5d0f@google.com", Name: "Priya Nair", Email: "priya.nair@example.com",
		Start: time.Date(2027, 1, 21, 11, 0, 0, 0, d.zone), Sent: d.now}
	if err := d.deliverInvite(ctx, priya); err != nil {
		return err
	}
	moved := priya
	moved.Sequence, moved.Start = 1, time.Date(2027, 1, 28, 11, 0, 0, 0, d.zone)
	cancelled := moved
	cancelled.Method, cancelled.Sequence = "CANCEL", 2
	d.replies = append(d.replies,
		pendingReply{at: time.Date(2027, 1, 6, 10, 0, 0, 0, d.zone), invite: &moved},
		pendingReply{at: time.Date(2027, 1, 25, 16, 0, 0, 0, d.zone), invite: &cancelled})
	for !d.done {
		next, ok, err := d.next(ctx)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		d.now = next
		if i := slices.IndexFunc(d.replies, func(r pendingReply) bool { return !r.at.After(d.now) }); i >= 0 {
			r := d.replies[i]
			d.replies = slices.Delete(d.replies, i, i+1)
			if r.invite != nil {
				r.invite.Sent = d.now
				if err := d.deliverInvite(ctx, *r.invite); err != nil {
					return err
				}
			} else if err := d.reply(ctx, c.ID, r); err != nil {
				return err
			}
			// HR looks in now and then: the API shows where things stand, never what was said.
			if _, err := d.api(ctx, "GET", "/conversations/"+c.ID, ""); err != nil {
				return err
			}
		} else {
			ran, err := d.l.RunDue(ctx)
			if err != nil {
				return err
			}
			// The scheduler delivers at least once: run every job a second time.
			for _, job := range ran {
				if err := d.l.RunJob(ctx, job); err != nil {
					return err
				}
			}
		}
		if err := d.collect(); err != nil {
			return err
		}
	}
	final, err := d.l.Assistant.Get(ctx, c.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(d.out, "\nConversation %s is %s: %s, %s, %s.\n", final.ID, final.Status,
		counted(len(final.Answers), "answer", "answers"), counted(len(final.Steps), "step", "steps"),
		counted(len(final.Journey.Record), "record entry", "record entries"))
	for _, s := range final.Steps {
		fmt.Fprintf(d.out, "  step %d  %-11s %s\n", s.Number, s.Status, s.Text)
	}
	resp, err = d.api(ctx, "GET", "/people/jane.doe@example.com/cycles", "")
	if err != nil || resp.StatusCode != 200 {
		return fmt.Errorf("cycles: %v %s", err, resp.Body)
	}
	var tl struct {
		Cycles []struct {
			ID           string
			Status       string
			MeetingStart time.Time
			Dates        []struct{ Name string }
		}
	}
	if err := json.Unmarshal([]byte(resp.Body), &tl); err != nil {
		return err
	}
	fmt.Fprintf(d.out, "HR's timeline of Jane's cycles (GET /people/jane.doe@example.com/cycles: statuses and dates, no content):\n")
	for _, cy := range tl.Cycles {
		var names []string
		for _, m := range cy.Dates {
			names = append(names, m.Name)
		}
		fmt.Fprintf(d.out, "  %s  meeting %s  %-10s %s\n", cy.ID, cy.MeetingStart.In(d.zone).Format("Mon 2 Jan 2006 15:04"), cy.Status, strings.Join(names, " → "))
	}
	if page, err := d.l.Assistant.List(ctx, conversation.ListQuery{Employee: "priya.nair@example.com"}); err == nil && len(page.Conversations) == 1 {
		p := page.Conversations[0]
		fmt.Fprintf(d.out, "Conversation %s (from Sam's calendar invite) is %s.\n", p.ID, p.Status)
	}
	return nil
}

// next returns when the next thing happens: a due job or a pending reply.
func (d *demo) next(ctx context.Context) (time.Time, bool, error) {
	jobs, err := d.l.DB.Scheduler().Due(ctx, d.now.AddDate(1, 0, 0), 1)
	if err != nil {
		return time.Time{}, false, err
	}
	var at []time.Time
	if len(jobs) > 0 {
		at = append(at, jobs[0].At)
	}
	for _, r := range d.replies {
		at = append(at, r.at)
	}
	if len(at) == 0 {
		return time.Time{}, false, nil
	}
	t := slices.MinFunc(at, func(a, b time.Time) int { return a.Compare(b) })
	if t.Before(d.now) {
		t = d.now
	}
	return t, true, nil
}

// collect prints the emails sent since the last look and plans Jane's replies.
func (d *demo) collect() error {
	files, err := outbox.List(d.l.Outbox)
	if err != nil {
		return err
	}
	for _, f := range files {
		if d.seen[f] {
			continue
		}
		d.seen[f] = true
		e, err := readSent(f)
		if err != nil {
			return err
		}
		d.emails[e.name]++
		to := e.to
		if e.cc != "" {
			to += ", cc " + e.cc
		}
		d.say("→ %-10s to %s: %q", e.name, to, e.subject)
		switch {
		case e.name == conversation.EmailReview:
			d.replies = append(d.replies, pendingReply{at: d.now.Add(3 * time.Hour), sample: "manager-reply.eml", to: e, body: demoBook, from: "sam.patel@example.com"})
		case strings.HasPrefix(e.name, conversation.EmailMoved) && strings.Contains(e.text, "Blocked"):
			d.replies = append(d.replies, pendingReply{at: d.now.Add(5 * time.Hour), sample: "manager-reply.eml", to: e, body: demoHelp, from: "sam.patel@example.com"})
		case strings.HasPrefix(e.name, conversation.EmailBooking) && d.cycle == 1:
			d.cycle = 2
		case (e.name == conversation.EmailPrep || e.name == conversation.EmailPreread) && d.cycle == 2:
			for _, l := range lastTime(e.text) {
				d.say("    %s", clipLine(l, 110))
			}
			d.done = e.name == conversation.EmailPreread
		case e.to != "Jane Doe":
			// Jane answers her own emails only.
		case e.name == conversation.EmailPrep:
			d.replies = append(d.replies, pendingReply{at: d.now.Add(34 * time.Hour), sample: "prep-reply.eml", to: e},
				pendingReply{at: d.now.Add(40 * time.Hour), sample: "cv-reply.eml", to: e, body: demoCV})
		case strings.HasPrefix(e.name, conversation.EmailPlan):
			d.replies = append(d.replies, pendingReply{at: d.now.Add(20 * time.Hour), sample: "checkin-reply.eml", to: e, body: demoAdd})
		case e.name == conversation.EmailWrapUp:
			d.replies = append(d.replies, pendingReply{at: d.now.Add(2 * time.Hour), sample: "steps-reply.eml", to: e})
		case strings.HasPrefix(e.name, conversation.EmailCheckIn) && d.checkIn < len(demoProgress):
			d.replies = append(d.replies, pendingReply{at: d.now.Add(26 * time.Hour), sample: "checkin-reply.eml", to: e, body: demoProgress[d.checkIn]})
			d.checkIn++
		}
	}
	return nil
}

// reply renders Jane's reply to an email and delivers it twice, as SES sometimes
// does: the second delivery must change nothing.
func (d *demo) reply(ctx context.Context, id string, r pendingReply) error {
	var b bytes.Buffer
	err := sampleTmpl.ExecuteTemplate(&b, r.sample, map[string]string{
		"Date":       d.now.In(d.zone).Format(time.RFC1123Z),
		"MessageID":  fmt.Sprintf("%s.%d@mail.example.com", strings.TrimSuffix(r.sample, ".eml"), d.now.Unix()),
		"InReplyTo":  r.to.messageID,
		"Subject":    r.to.subject,
		"To":         r.to.replyTo,
		"OrigDate":   r.to.date.In(d.zone).Format("Mon, 2 Jan 2006 at 15:04"),
		"Quoted":     quote(r.to.text),
		"QuotedHTML": strings.ReplaceAll(html.EscapeString(r.to.text), "\n", "<br>\n"),
		"Body":       r.body,
	})
	if err != nil {
		return err
	}
	raw := bytes.ReplaceAll(bytes.ReplaceAll(b.Bytes(), []byte("\r\n"), []byte("\n")), []byte("\n"), []byte("\r\n"))
	out, err := d.l.Deliver(ctx, raw)
	if err != nil {
		return fmt.Errorf("deliver %s: %w", r.sample, err)
	}
	from := r.from
	if from == "" {
		from = "jane.doe@example.com"
	}
	d.say("← reply from %s (%s): %s, %s", from, out.Purpose, out.Result, out.Detail)
	c, err := d.l.Assistant.Get(ctx, id)
	if err != nil {
		return err
	}
	switch {
	case r.sample == "cv-reply.eml" && c.CV != nil:
		d.say("    kept Jane's CV (%s, %d bytes) for Sam's pre-read", c.CV.Name, c.CV.Size)
	case out.Purpose == string(conversation.ReplyPrep):
		for _, a := range c.Answers {
			d.say("    stored answer %d: %s", a.Question, clipLine(a.Text, 90))
		}
	case out.Purpose == "review":
		if next, err := d.l.Assistant.Get(ctx, c.Next); err == nil {
			d.say("    next conversation %s booked for %s, linked to %s", next.ID, next.MeetingStart.In(d.zone).Format("Mon 2 Jan 2006 15:04"), next.Previous)
		}
	case strings.HasPrefix(out.Purpose, "moved"):
		if n := len(c.Journey.Feedback); n > 0 {
			d.say("    Sam's answer passed on to Jane, kept with steps %v", c.Journey.Feedback[n-1].Steps)
		}
	case out.Purpose == "steps":
		for _, s := range c.Steps {
			due := "no due date"
			if s.Due != "" {
				due = "due " + s.Due
			}
			d.say("    stored step %d: %s (%s)", s.Number, clipLine(s.Text, 70), due)
		}
	default:
		for _, s := range c.Steps {
			note := ""
			if n := len(s.Progress); n > 0 && s.Progress[n-1].Note != "" {
				note = ": " + s.Progress[n-1].Note
			}
			d.say("    step %d %s%s", s.Number, s.Status, clipLine(note, 80))
		}
	}
	again, err := d.l.Deliver(ctx, raw)
	if err != nil {
		return fmt.Errorf("deliver %s again: %w", r.sample, err)
	}
	d.say("← the same reply delivered again: %s (nothing stored or sent twice)", again.Result)
	return nil
}

// api calls the HTTP API handler as the Function URL would, and traces the answer.
func (d *demo) api(ctx context.Context, method, path, body string) (events.LambdaFunctionURLResponse, error) {
	resp, err := d.l.ServeAPI(ctx, events.LambdaFunctionURLRequest{RawPath: path, Body: body,
		RequestContext: events.LambdaFunctionURLRequestContext{HTTP: events.LambdaFunctionURLRequestContextHTTPDescription{Method: method}}})
	fmt.Fprintf(d.trace, "%s %s %d %s\n", method, path, resp.StatusCode, resp.Body)
	return resp, err
}

// lastTime returns the lines of an email's section on the last cycle.
func lastTime(text string) []string {
	var out []string
	in := false
	for _, l := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(l, "Last time"):
			in = true
			out = append(out, l)
		case in && strings.TrimSpace(l) == "":
			return out
		case in:
			out = append(out, l)
		}
	}
	return out
}

func readSent(path string) (*sentEmail, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := mime.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	hdr, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	e := &sentEmail{name: hdr.Header.Get("X-Careerconv-Email"), subject: m.Subject, messageID: m.MessageID, text: m.Text, date: m.Date}
	if list, err := hdr.Header.AddressList("To"); err == nil {
		e.to = names(list)
	}
	if list, err := hdr.Header.AddressList("Cc"); err == nil {
		e.cc = names(list)
	}
	if a, err := mail.ParseAddress(hdr.Header.Get("Reply-To")); err == nil {
		e.replyTo = a.Address
	}
	return e, nil
}

func names(list []*mail.Address) string {
	s := make([]string, len(list))
	for i, a := range list {
		s[i] = a.Name
		if s[i] == "" {
			s[i] = a.Address
		}
	}
	return strings.Join(s, ", ")
}

func quote(text string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight("> "+l, " ")
	}
	return strings.Join(lines, "\n") + "\n"
}

func clipLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// deliverInvite delivers Sam's invite (or its update) to the invite address,
// twice, as SES sometimes does: the second delivery must change nothing.
func (d *demo) deliverInvite(ctx context.Context, inv sampleInvite) error {
	raw, err := inv.render()
	if err != nil {
		return err
	}
	what := map[bool]string{true: "invite", false: "updated invite"}[inv.Sequence == 0]
	if inv.Method == "CANCEL" {
		what = "cancellation"
	}
	out, err := d.l.Deliver(ctx, raw, app.LocalInviteAddress)
	if err != nil {
		return fmt.Errorf("deliver the %s: %w", what, err)
	}
	d.say("← %s from Sam's Google Calendar to %s (Priya Nair, %s): %s, %s", what, app.LocalInviteAddress,
		inv.Start.In(d.zone).Format("Mon 2 Jan 15:04"), out.Result, out.Detail)
	again, err := d.l.Deliver(ctx, raw, app.LocalInviteAddress)
	if err != nil {
		return fmt.Errorf("deliver the %s again: %w", what, err)
	}
	d.say("← the same %s delivered again: %s (nothing stored or sent twice)", what, again.Result)
	return d.collect()
}

// counted writes n with the noun in the number it needs: "1 step", "3 steps".
func counted(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
