package assistant_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/emersion/go-message/mail"
)

// readEmail returns an email's Reply-To address, subject and plain text.
func readEmail(t *testing.T, e conversation.Email) (replyTo, subject, text string) {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(e.Raw))
	if err != nil {
		t.Fatal(err)
	}
	if l, err := r.Header.AddressList("Reply-To"); err == nil && len(l) == 1 {
		replyTo = l[0].Address
	}
	subject, _ = r.Header.Subject()
	for {
		p, err := r.NextPart()
		if err != nil {
			break
		}
		h, inline := p.Header.(*mail.InlineHeader)
		if !inline {
			continue // an attachment (the plan's calendar files)
		}
		if typ, _, _ := h.ContentType(); typ == "text/plain" {
			b, _ := io.ReadAll(p.Body)
			text = strings.ReplaceAll(string(b), "\r\n", "\n")
		}
	}
	return replyTo, subject, text
}

// reply sends body from sender to the Reply-To of e, as a mail client would.
func (w *world) reply(t *testing.T, e conversation.Email, from, body string) assistant.Outcome {
	t.Helper()
	to, subject, _ := readEmail(t, e)
	if to == "" {
		t.Fatalf("email %s has no Reply-To: every email must be answerable", e.MessageID)
	}
	raw := fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: Re: %s\r\nMessage-ID: <%d.%s>\r\nIn-Reply-To: <%s>\r\nDate: %s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n",
		from, to, subject, w.now.UnixNano(), from, e.MessageID, w.now.Format(time.RFC1123Z), strings.ReplaceAll(body, "\n", "\r\n"))
	out, err := w.a.Receive(context.Background(), []byte(raw), to)
	if err != nil {
		t.Fatalf("receive reply from %s: %v (%+v)", from, err, out)
	}
	return out
}

// sentTo returns the emails sent to addr since index from.
func (w *world) sentTo(addr string, from int) []conversation.Email {
	var out []conversation.Email
	for _, e := range w.mail.sent[from:] {
		for _, to := range e.To {
			if to == addr {
				out = append(out, e)
			}
		}
	}
	return out
}

func (w *world) runJob(t *testing.T, kind conversation.JobKind) conversation.Email {
	t.Helper()
	j := w.job(t, kind)
	if w.now.Before(j.At) {
		w.now = j.At
	}
	n := len(w.mail.sent)
	if err := w.a.RunJob(context.Background(), j); err != nil {
		t.Fatal(err)
	}
	if len(w.mail.sent) != n+1 {
		t.Fatalf("%s sent %d emails, want 1", kind, len(w.mail.sent)-n)
	}
	return w.mail.sent[n]
}

// TestRepliesAfterThePreread follows a conversation whose people keep writing:
// the manager answers his pre-read with notes (kept for him only), the employee
// answers more after the pre-read (he gets only what changed), her notes add up,
// and after a cancellation a reply gets a helpful answer instead of a bounce.
func TestRepliesAfterThePreread(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	ctx := context.Background()
	prep := w.runJob(t, conversation.JobPrep)
	w.now = w.now.Add(time.Hour)
	w.reply(t, prep, "ana@example.com", "My CV: https://cv.example.com/ana\n\n1. I'd like to talk about the Lisbon office.")

	pre := w.runJob(t, conversation.JobPreread)
	if _, _, text := readEmail(t, pre); !strings.Contains(text, "I'd like to talk about the Lisbon office.") || !strings.Contains(text, "Reply with notes for yourself") {
		t.Errorf("pre-read:\n%s", text)
	}

	// The manager's reply to the pre-read: his notes, shown back to him only.
	n := len(w.mail.sent)
	w.now = w.now.Add(time.Hour)
	if out := w.reply(t, pre, "tom@example.com", "Ask about the relocation budget."); out.Result != assistant.ResultApplied {
		t.Fatalf("notes: %+v", out)
	}
	toTom := w.sentTo("tom@example.com", n)
	if len(toTom) != 1 || len(w.mail.sent) != n+1 {
		t.Fatalf("notes answered with %d emails (%d to Tom), want one to Tom", len(w.mail.sent)-n, len(toTom))
	}
	if _, _, text := readEmail(t, toTom[0]); !strings.Contains(text, "Ask about the relocation budget.") || !strings.Contains(text, "only you see them") {
		t.Errorf("notes answer:\n%s", text)
	}
	w.now = w.now.Add(time.Minute)
	w.reply(t, toTom[0], "tom@example.com", "And the team lead role.")
	got, _ := w.a.Get(ctx, c.ID)
	if got.ManagerNotes != "Ask about the relocation budget.\n\nAnd the team lead role." {
		t.Errorf("manager notes %q, want both, newest last", got.ManagerNotes)
	}
	for _, e := range got.History {
		if strings.Contains(e.Detail, "relocation") {
			t.Errorf("the record (which HR sees) holds the notes: %+v", e)
		}
	}

	// Her late answer: a receipt worded for it, and the manager gets only what changed.
	n = len(w.mail.sent)
	w.now = w.now.Add(time.Hour)
	w.reply(t, prep, "ana@example.com", "The Lisbon job ad: https://jobs.example.com/42\n\n4. Leading a small team in Lisbon.")
	toAna, toTom := w.sentTo("ana@example.com", n), w.sentTo("tom@example.com", n)
	if len(toAna) != 1 || len(toTom) != 1 {
		t.Fatalf("late answer: %d emails to Ana, %d to Tom; want a receipt and an update", len(toAna), len(toTom))
	}
	_, _, receipt := readEmail(t, toAna[0])
	for _, want := range []string{"Tom already has your earlier answers; what changed goes to Tom now",
		"Your earlier notes for Tom:\n\n   My CV: https://cv.example.com/ana\n", // notes add up, newest last
		"Not tied to a question, so kept as notes for Tom:\n\n   The Lisbon job ad: https://jobs.example.com/42\n"} {
		if !strings.Contains(receipt, want) {
			t.Errorf("receipt lacks %q:\n%s", want, receipt)
		}
	}
	_, subject, update := readEmail(t, toTom[0])
	if !strings.HasPrefix(subject, "Re: Pre-read") || !strings.Contains(update, "Leading a small team in Lisbon.") ||
		strings.Contains(update, "I'd like to talk about the Lisbon office.") || !strings.Contains(update, "jobs.example.com/42") {
		t.Errorf("update %q:\n%s", subject, update)
	}
	for _, e := range w.sentTo("ana@example.com", 0) {
		if _, _, text := readEmail(t, e); strings.Contains(text, "relocation") {
			t.Errorf("the manager's notes reached the employee:\n%s", text)
		}
	}

	// Cancelled: both are told; a reply to the notice gets an answer, not a bounce.
	n = len(w.mail.sent)
	if _, err := w.a.Cancel(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	w.runNotices(t)
	toAna, toTom = w.sentTo("ana@example.com", n), w.sentTo("tom@example.com", n)
	if len(toAna) != 1 || len(toTom) != 1 {
		t.Fatalf("cancel told Ana %d and Tom %d times, want once each", len(toAna), len(toTom))
	}
	if _, _, text := readEmail(t, toAna[0]); !strings.Contains(text, "is cancelled") {
		t.Errorf("cancellation notice:\n%s", text)
	}
	n = len(w.mail.sent)
	w.now = w.now.Add(time.Hour)
	w.reply(t, toAna[0], "ana@example.com", "Oh, shame. Can we do it next month?")
	if got := w.sentTo("ana@example.com", n); len(got) != 1 {
		t.Fatalf("reply to the cancellation: %d answers, want 1", len(got))
	} else if _, _, text := readEmail(t, got[0]); !strings.Contains(text, "cancelled, so nothing more will be sent") {
		t.Errorf("answer to a reply after the cancellation:\n%s", text)
	}
}

// TestFirstPrereadHasTheFullGuide checks that a manager's first pre-read carries
// the stage guide in full and a later one (another conversation) one line each.
func TestFirstPrereadHasTheFullGuide(t *testing.T) {
	w := newWorld(t)
	guidance := questions.Default().Stages[2].Guidance
	first := w.create(t)
	if _, _, text := readEmail(t, w.runJob(t, conversation.JobPreread)); !strings.Contains(text, guidance) {
		t.Errorf("the first pre-read lacks the full guide:\n%s", text)
	}
	w.sched.jobs = nil
	second, err := w.a.Create(context.Background(), assistant.CreateRequest{
		Employee:     conversation.Participant{Name: "Bea", Email: "bea@example.com", TimeZone: "Europe/Madrid"},
		Manager:      first.Manager,
		MeetingStart: time.Date(2027, 3, 19, 10, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	e := w.runJob(t, conversation.JobPreread)
	if e.To[0] != second.Manager.Email {
		t.Fatalf("sent to %v", e.To)
	}
	if _, _, text := readEmail(t, e); strings.Contains(text, guidance) {
		t.Errorf("a later pre-read repeats the full guide:\n%s", text)
	}
}

// TestReplyFoundByItsThread: a reply whose reply address was lost (sent to the
// From address, or by a client that dropped Reply-To) is found by the email it
// answers, named in In-Reply-To or References by careerconv's Message-ID or
// the provider's; the sender is still checked, and a message answering nothing
// careerconv sent is refused as before.
func TestReplyFoundByItsThread(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	ctx := context.Background()
	prep := w.runJob(t, conversation.JobPrep)
	// The world's mailer answers "provider-<our ID>": SES's form is that left
	// side at its own domain.
	ses := "provider-" + strings.TrimSuffix(prep.MessageID, "@mail.example.com") + "@email.amazonses.com"
	send := func(from, threading, body string) (assistant.Outcome, error) {
		w.now = w.now.Add(time.Minute)
		raw := fmt.Sprintf("From: %s\r\nTo: careerconv <cc@mail.example.com>\r\nSubject: Re: prep\r\nMessage-ID: <%d.%s>\r\n%sDate: %s\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n",
			from, w.now.UnixNano(), from, threading, w.now.Format(time.RFC1123Z), body)
		return w.a.Receive(ctx, []byte(raw), "cc@mail.example.com")
	}
	tests := []struct {
		name, from, threading, body string
		wantCode                    string
		wantAnswer                  int
	}{
		{"InReplyToOnly", "Ana <ana@example.com>", "In-Reply-To: <" + ses + ">\r\n", "1. The Lisbon office.", "", 1},
		{"ReferencesOnly", "ana@example.com", "References: <CAF=older@mail.gmail.com> <" + ses + "> <x.1@mail.gmail.com>\r\n", "2. Mentoring.", "", 2},
		{"ForgedSender", "Mallory <mallory@evil.example>", "In-Reply-To: <" + ses + ">\r\n", "3. Forged.", conversation.EFORBIDDEN, 0},
		// Her name from another address, found only by the thread: a Message-ID
		// proves nothing, so not even the friendly answer to another address goes out.
		{"KnownNameByThread", "Ana <ana@elsewhere.example>", "In-Reply-To: <" + ses + ">\r\n", "3. Forged.", conversation.EFORBIDDEN, 0},
		{"UnknownMessage", "ana@example.com", "In-Reply-To: <unknown.1@mail.example.com>\r\nReferences: <unknown.1@mail.example.com>\r\n", "3. Lost.", conversation.EINVALID, 0},
		{"NoThread", "ana@example.com", "", "3. Lost.", conversation.EINVALID, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := len(w.mail.sent)
			out, err := send(tc.from, tc.threading, tc.body)
			if got := conversation.ErrorCode(err); got != tc.wantCode {
				t.Fatalf("Receive = %+v, %v; want code %q", out, err, tc.wantCode)
			}
			sent := w.mail.sent[n:]
			if tc.wantCode != "" {
				if out.Result != assistant.ResultRejected || len(sent) != 0 {
					t.Errorf("refused reply: %+v, %d emails sent; want rejected, none", out, len(sent))
				}
				return
			}
			if out.Result != assistant.ResultApplied || out.Conversation != c.ID || out.Purpose != "prep" {
				t.Errorf("Receive = %+v; want applied to %s as a prep reply", out, c.ID)
			}
			if len(sent) != 1 || sent[0].To[0] != "ana@example.com" {
				t.Fatalf("answered with %d emails; want one receipt to Ana", len(sent))
			}
			got, _ := w.a.Get(ctx, c.ID)
			if _, ok := got.Answer(tc.wantAnswer); !ok {
				t.Errorf("answer %d not stored: %+v", tc.wantAnswer, got.Answers)
			}
		})
	}
	got, _ := w.a.Get(ctx, c.ID)
	if len(got.Answers) != 2 {
		t.Errorf("answers stored: %+v; want 1 and 2 only", got.Answers)
	}
	if !slices.ContainsFunc(got.History, func(e conversation.Event) bool {
		return e.Kind == conversation.EventRejected && strings.Contains(e.Detail, "not a participant")
	}) {
		t.Errorf("the forged reply is not in the record: %+v", got.History)
	}
}

// TestRepliesAskAboutWhatWasNotPlaced: the receipt, the plan and the progress
// receipt show what the reader could not place and ask the sender about it;
// nothing of it when everything was placed; the manager never gets the ask
// nor a check-in line that named no step.
func TestRepliesAskAboutWhatWasNotPlaced(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	prep := w.runJob(t, conversation.JobPrep)
	w.now = w.now.Add(time.Hour)
	n := len(w.mail.sent)
	w.reply(t, prep, "ana@example.com", "Thanks for setting this up!\n\nI wonder whether a secondment would be possible next year.\n\n1. The Lisbon office.\n\n2. Mentoring the new joiners.")
	if got := w.sentTo("tom@example.com", n); len(got) != 0 {
		t.Errorf("the prep reply sent Tom %d emails", len(got))
	}
	receipt := w.sentTo("ana@example.com", n)
	if len(receipt) != 1 {
		t.Fatalf("%d receipts", len(receipt))
	}
	_, _, text := readEmail(t, receipt[0])
	if !strings.Contains(text, "Not tied to a question, so kept as notes for Tom:") || !strings.Contains(text, "I wonder whether a secondment would be possible next year.") ||
		!strings.Contains(text, "reply with its number and the text") || strings.Contains(text, "setting this up") {
		t.Errorf("receipt of a reply with a paragraph tied to no question:\n%s", text)
	}
	n = len(w.mail.sent)
	w.now = w.now.Add(time.Hour)
	w.reply(t, prep, "ana@example.com", "3. Moving towards product.")
	if _, _, text := readEmail(t, w.sentTo("ana@example.com", n)[0]); strings.Contains(text, "Not tied to a question") {
		t.Errorf("a receipt of a reply whose every paragraph was placed asks:\n%s", text)
	}

	w.now = c.MeetingEnd()
	wrap := w.runJob(t, conversation.JobWrapUp)
	n = len(w.mail.sent)
	w.now = w.now.Add(time.Hour)
	w.reply(t, wrap, "ana@example.com", "1. Shadow the tech lead by 30 April\n2. Write a design doc for the billing service")
	plan := w.mail.sent[n:]
	if len(plan) != 1 || len(plan[0].To) != 2 {
		t.Fatalf("plan: %d emails", len(plan))
	}
	if _, _, text := readEmail(t, plan[0]); !strings.Contains(text, "No due date could be read for:\n\n- Step 2: Write a design doc for the billing service\n") ||
		strings.Contains(text, "- Step 1") {
		t.Errorf("plan with a step without a due date:\n%s", text)
	}

	checkIn := w.runJob(t, conversation.JobCheckIn)
	n = len(w.mail.sent)
	w.now = w.now.Add(time.Hour)
	w.reply(t, checkIn, "ana@example.com", "1 done\n\nThe offsite planning is blocked, no budget yet.")
	var progress []string
	for _, e := range w.mail.sent[n:] {
		_, _, text := readEmail(t, e)
		if slices.Contains(e.To, "tom@example.com") && strings.Contains(text, "offsite") {
			t.Errorf("Tom got her line that named no step:\n%s", text)
		}
		if slices.Equal(e.To, []string{"ana@example.com"}) {
			progress = append(progress, text)
		}
	}
	if len(progress) != 1 || !strings.Contains(progress[0], "These lines named no step, so they changed nothing:\n\n- The offsite planning is blocked, no budget yet.\n") {
		t.Errorf("progress receipt of a reply with a line that named no step:\n%s", progress)
	}
}
