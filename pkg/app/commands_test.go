package app

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// quoted is what a mail app adds under a reply: the attribution and the quoted
// email, which says how to stop, pause and ask for help. Commands are read
// above it only.
const quoted = "\r\n\r\nOn Fri, 9 Apr 2027 at 09:00, careerconv <reply@reply.careerconv.test> wrote:\r\n" +
	"> Reply \"stop\" for no more emails, \"pause until 10 May\" to move the check-ins,\r\n" +
	"> \"private 4\" to keep an answer from Tom, \"help\" for the rest.\r\n"

// conv reads a conversation.
func (j *journeyFixture) conv(t *testing.T, id string) *conversation.Conversation {
	t.Helper()
	c, err := j.Assistant.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// "stop" (any language) cancels the conversation: the sender is told in the
// words of a stop, the other participant politely, with the check-ins taken
// out of their calendars; the timeline says who stopped it; nothing more is
// sent. Words like "stop" in an answer stop nothing.
func TestCommandStop(t *testing.T) {
	j := newJourney(t)
	id := j.create(t)
	prep := only(t, j.runTwice(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC)), "prep")
	only(t, j.deliverTwice(t, "ana@example.com", prep.replyTo, "a1@mail.example.com",
		"1. I'd like to stop managing the on-call rota\r\n2. Stop.\r\n3. More design reviews"+quoted), "receipt")
	if c := j.conv(t, id); c.Status != conversation.StatusScheduled || len(c.Answers) != 3 {
		t.Fatalf("after answers that say stop: %s, %d answers; want scheduled, 3", c.Status, len(c.Answers))
	}
	j.Erase(t, id)

	id = j.plan(t)
	checkin := only(t, j.runTwice(t, time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC)), "checkin1")
	if mails := j.deliverTwice(t, "ana@example.com", checkin.replyTo, "stop@mail.example.com", "Bitte keine E-Mails mehr.\r\n\r\nViele Grüße\r\nAna"+quoted); len(mails) != 0 {
		t.Fatalf("stop sent %d emails at once; its notices are jobs due at once", len(mails))
	}
	mails := j.runTwice(t, j.now)
	mine, his := only(t, mails, "cancelled-employee"), only(t, mails, "cancelled-manager")
	if len(mails) != 2 || !strings.Contains(his.to, "tom@example.com") {
		t.Fatalf("stop sent %d emails, the manager's to %q", len(mails), his.to)
	}
	contains(t, mine, "As you asked, the emails about your career conversation with Tom stop here.", "removes the check-ins from your calendar")
	contains(t, his, "Ana asked careerconv to stop the emails about your career conversation.")
	c := j.conv(t, id)
	if c.Status != conversation.StatusCancelled || c.Choices.Stopped != "employee" {
		t.Fatalf("after stop: %s, stopped by %q", c.Status, c.Choices.Stopped)
	}
	if !slices.ContainsFunc(c.History, func(e conversation.Event) bool {
		return e.Kind == conversation.EventCancelled && e.Detail == "stopped by the employee by reply"
	}) {
		t.Errorf("the timeline does not say who stopped it: %+v", c.History)
	}
	for _, to := range []time.Time{time.Date(2027, 5, 7, 9, 0, 0, 0, time.UTC), time.Date(2027, 6, 14, 9, 0, 0, 0, time.UTC)} {
		if m := j.runTwice(t, to); len(m) != 0 {
			t.Fatalf("after stop, %v sent %s", to, m[0].name)
		}
	}
	// A second stop, in French, is answered (nothing more is stored) and changes nothing.
	mails = j.deliverTwice(t, "tom@example.com", checkin.replyTo, "stop2@mail.example.com", "Stop, merci.")
	if len(mails) > 1 {
		t.Fatalf("a stop after the stop sent %d emails", len(mails))
	}
	j.get(t, id)
	j.confidential(t, "billing migration", "on-call rotation")
}

// "pause until …" moves the check-ins not sent yet (and the review) so the first
// comes on the pause's last day; the sender gets the new dates, the other
// participant a word with the updated calendar. Old jobs delivered late do nothing.
func TestCommandPause(t *testing.T) {
	j := newJourney(t)
	id := j.plan(t)
	planAddr := j.replyAddress(t, "plan-"+shortName(t, j, "plan"))
	before := j.conv(t, id)
	old := conversation.DefaultSchedule().Jobs(before, j.now)
	j.now = time.Date(2027, 3, 20, 10, 0, 0, 0, time.UTC)
	mails := j.deliverTwice(t, "ana@example.com", planAddr, "pause@mail.example.com", "Bonjour,\r\n\r\nPause jusqu'au 10 mai\r\n\r\nCordialement,\r\nAna"+quoted)
	if len(mails) != 2 {
		t.Fatalf("pause sent %d emails, want the receipt and the manager's word", len(mails))
	}
	for _, m := range mails {
		if strings.Contains(m.to, "tom@example.com") {
			contains(t, m, "Ana paused the check-ins of your career conversation:", "Paused until Mon 10 May: the check-ins come after it, the next on Mon 10 May.")
		} else {
			contains(t, m, "Done – here is what changed:", "Paused until Mon 10 May: the check-ins come after it, the next on Mon 10 May.")
		}
	}
	c := j.conv(t, id)
	if c.Generation != before.Generation+1 || c.Choices.PausedUntil != "2027-05-10" {
		t.Fatalf("after pause: generation %d (was %d), paused until %q", c.Generation, before.Generation, c.Choices.PausedUntil)
	}
	// The old check-in job, delivered anyway, does nothing.
	for _, job := range old {
		if err := j.Assistant.RunJob(context.Background(), job); err != nil {
			t.Fatal(err)
		}
	}
	if m := j.runTwice(t, time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC)); len(m) != 0 {
		t.Fatalf("during the pause: %s sent", m[0].name)
	}
	contains(t, only(t, j.runTwice(t, time.Date(2027, 5, 10, 9, 0, 0, 0, time.UTC)), "checkin1"), "Check-in 1")
	// A pause with no date that can be read is refused, and says how.
	m := only(t, j.deliverTwice(t, "ana@example.com", planAddr, "pause2@mail.example.com", "Pause until later"), "commanded")
	contains(t, m, `Not done – "pause": The date of the pause could not be read`)
	j.get(t, id)
	j.confidential(t, "billing migration", "on-call rotation", "AWS architecture")
}

// "skip" in a reply to the plan skips the next check-in; in a reply to a check-in, that one.
func TestCommandSkip(t *testing.T) {
	j := newJourney(t)
	id := j.create(t)
	prep := only(t, j.runTwice(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC)), "prep")
	contains(t, only(t, j.deliverTwice(t, "ana@example.com", prep.replyTo, "skip0@mail.example.com", "Skip"), "commanded"), "There is no check-in to skip yet")
	if c := j.conv(t, id); len(c.Choices.Skipped) != 0 {
		t.Fatalf("a skip before the plan skipped %v", c.Choices.Skipped)
	}
	j.Erase(t, id)
	j.now = t0
	id = j.plan(t)
	planAddr := j.replyAddress(t, "plan-"+shortName(t, j, "plan"))
	m := only(t, j.deliverTwice(t, "ana@example.com", planAddr, "skip@mail.example.com", "Saltar este\r\n\r\nSaludos,\r\nAna"+quoted), "commanded")
	contains(t, m, "Check-in 1 is skipped.")
	if got := j.runTwice(t, time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC)); len(got) != 0 {
		t.Fatalf("the skipped check-in: %s sent", got[0].name)
	}
	checkin := only(t, j.runTwice(t, time.Date(2027, 5, 7, 9, 0, 0, 0, time.UTC)), "checkin2")
	only(t, j.deliverTwice(t, "ana@example.com", checkin.replyTo, "skip2@mail.example.com", "skip"+quoted), "commanded")
	if c := j.conv(t, id); !slices.Equal(c.Choices.Skipped, []int{1, 2}) {
		t.Fatalf("skipped %v, want [1 2]", c.Choices.Skipped)
	}
	only(t, j.runTwice(t, time.Date(2027, 6, 4, 9, 0, 0, 0, time.UTC)), "checkin3")
	j.get(t, id)
	j.confidential(t, "billing migration", "on-call rotation", "AWS architecture")
}

// "private 4" keeps answer 4 out of the pre-read, the update after it and the
// review: the manager's emails never hold it; the receipt says what he will and
// will not see. No API response or log line holds an answer.
func TestCommandPrivate(t *testing.T) {
	j := newJourney(t)
	id := j.create(t)
	prep := only(t, j.runTwice(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC)), "prep")
	secret, later := "I have an offer from a startup", "the startup wants an answer by May"
	j.deliverTwice(t, "ana@example.com", prep.replyTo, "answers@mail.example.com",
		"1. Grow into a staff engineer role\r\n2. The migration went well\r\n3. Design reviews\r\n4. "+secret+"\r\n5. A mentor in platform"+quoted)
	m := only(t, j.deliverTwice(t, "ana@example.com", prep.replyTo, "private@mail.example.com", "Hallo Tom,\r\n\r\nprivat: 4\r\n\r\nLG Ana"+quoted), "commanded")
	contains(t, m, "Kept private: answer 4 – Tom will not see it in the pre-read or any email.", "Tom will see answers 1, 2, 3 and 5.")
	if strings.Contains(m.to, "tom@") || m.cc != "" {
		t.Fatalf("the receipt of private went to %q cc %q", m.to, m.cc)
	}

	var toTom []outMail
	keep := func(ms []outMail) []outMail {
		for _, m := range ms {
			if strings.Contains(m.to+m.cc, "tom@example.com") {
				toTom = append(toTom, m)
			}
		}
		return ms
	}
	pre := only(t, keep(j.runTwice(t, time.Date(2027, 3, 11, 9, 0, 0, 0, time.UTC))), "preread")
	contains(t, pre, "Grow into a staff engineer role")
	// The manager cannot make her answers private.
	contains(t, only(t, keep(j.deliverTwice(t, "tom@example.com", pre.replyTo, "tomprivate@mail.example.com", "private 1")), "commanded"), `Not done – "private": Only Ana Ruiz`)
	// Answers after the pre-read: the changed private one is not passed on.
	contains(t, only(t, keep(j.deliverTwice(t, "ana@example.com", prep.replyTo, "late@mail.example.com", "2. The migration went very well\r\n\r\n4. "+later)), "receipt"),
		"Kept private – Tom never sees answer 4.")
	keep(j.runTwice(t, time.Date(2027, 3, 12, 11, 0, 0, 0, time.UTC)))
	steps := "1. Lead the billing migration by 30 April\r\n2. Shadow the platform on-call rotation by 15 May\r\n"
	keep(j.deliverTwice(t, "ana@example.com", j.replyAddress(t, "wrapup"), "steps@mail.example.com", steps))
	for _, at := range []time.Time{time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC), time.Date(2027, 5, 7, 9, 0, 0, 0, time.UTC),
		time.Date(2027, 6, 4, 9, 0, 0, 0, time.UTC), time.Date(2027, 6, 14, 9, 0, 0, 0, time.UTC)} {
		keep(j.runTwice(t, at))
	}
	var names []string
	for _, m := range toTom {
		names = append(names, strings.SplitN(m.name, "-", 2)[0])
		for _, s := range []string{secret, later, "startup"} {
			if strings.Contains(m.text, s) {
				t.Errorf("the manager's %s email holds the private answer %q", m.name, s)
			}
		}
	}
	for _, want := range []string{"preread", "update", "plan", "review"} {
		if !slices.Contains(names, want) {
			t.Errorf("the manager got %v; want a %s email among them to check", names, want)
		}
	}
	j.get(t, id)
	j.confidential(t, secret, later, "staff engineer", "billing migration")
}

// "fewer emails": the manager hears of a check-in only when a step is blocked;
// the employee gets no reminder.
func TestCommandFewer(t *testing.T) {
	j := newJourney(t)
	id := j.create(t)
	prep := only(t, j.runTwice(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC)), "prep")
	contains(t, only(t, j.deliverTwice(t, "ana@example.com", prep.replyTo, "fewer@mail.example.com", "Fewer emails please"+quoted), "commanded"), "no more reminders")
	if m := j.runTwice(t, time.Date(2027, 3, 10, 9, 0, 0, 0, time.UTC)); slices.ContainsFunc(m, func(m outMail) bool { return m.name == "nudge" }) {
		t.Fatal("a nudge after fewer emails")
	}
	j.Erase(t, id)

	j.now = t0
	id = j.plan(t)
	planAddr := j.replyAddress(t, "plan-"+shortName(t, j, "plan"))
	contains(t, only(t, j.deliverTwice(t, "tom@example.com", planAddr, "tomfewer@mail.example.com", "Only when something is blocked.\r\n\r\nTom"+quoted), "commanded"),
		"only when a step is blocked")
	checkin := only(t, j.runTwice(t, time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC)), "checkin1")
	mails := j.deliverTwice(t, "ana@example.com", checkin.replyTo, "c1@mail.example.com", "1 done")
	if len(mails) != 1 {
		t.Fatalf("a check-in with a step done sent %d emails, want only the progress receipt", len(mails))
	}
	contains(t, only(t, j.deliverTwice(t, "ana@example.com", checkin.replyTo, "c2@mail.example.com", "2 blocked: no slot on the rota"), "moved"), "no slot on the rota")
	// "all emails" undoes it.
	only(t, j.deliverTwice(t, "tom@example.com", planAddr, "tomall@mail.example.com", "all emails"), "commanded")
	only(t, j.deliverTwice(t, "ana@example.com", checkin.replyTo, "c3@mail.example.com", "3 done"), "moved")
	j.get(t, id)
	j.confidential(t, "billing migration", "no slot on the rota", "AWS architecture")
}

// A reply from another address of a participant gets the address expected and
// stores nothing; once confirmed from the known address ("also me: …"), replies
// from it count. A colleague at the same domain gets no answer at all.
func TestOtherAddresses(t *testing.T) {
	j := newJourney(t)
	id := j.create(t)
	ctx := context.Background()
	prep := only(t, j.runTwice(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC)), "prep")
	answers := "1. Grow into a staff engineer role\r\n2. The migration" + quoted
	deliver := func(from, msgID, body string) {
		t.Helper()
		raw := rawReply(from, prep.replyTo, msgID, body)
		for range 2 {
			if out, err := j.Deliver(ctx, raw); err == nil || out.Result != "rejected" {
				t.Fatalf("a reply from %s: %+v, %v; want rejected", from, out, err)
			}
		}
	}
	deliver("Ana Ruiz <ana.ruiz@gmail.example>", "other1@mail.example.com", answers)
	m := only(t, j.newMail(t), "stranger")
	if m.to != "Ana Ruiz <ana.ruiz@gmail.example>" && !strings.Contains(m.to, "<ana.ruiz@gmail.example>") {
		t.Fatalf("the answer goes to %q", m.to)
	}
	contains(t, m, "ana@example.com", "also me: ana.ruiz@gmail.example")
	for _, s := range []string{"staff engineer", "migration", "Tom", "tom@example.com"} {
		if strings.Contains(m.text, s) {
			t.Errorf("the answer to an unknown address holds %q:\n%s", s, m.text)
		}
	}
	deliver("ana.ruiz@example.com", "other2@mail.example.com", answers) // same domain, her name in the address
	only(t, j.newMail(t), "stranger")
	deliver("Mallory <mallory@example.com>", "other3@mail.example.com", answers) // a colleague
	deliver("Ana Ruiz <ana@evil.example>", "other4@mail.example.com", "also me: ana@evil.example")
	if got := j.newMail(t); len(got) != 1 || !strings.HasPrefix(got[0].name, "stranger") {
		t.Fatalf("a colleague, then her name at another domain: %d emails; want one, to the name (its also me not applied)", len(got))
	}
	if c := j.conv(t, id); len(c.Answers) != 0 || len(c.Choices.Aliases) != 0 {
		t.Fatalf("stored from unknown addresses: %d answers, aliases %v", len(c.Answers), c.Choices.Aliases)
	}

	m = only(t, j.deliverTwice(t, "ana@example.com", prep.replyTo, "alias@mail.example.com", "C'est aussi moi : ana.ruiz@gmail.example"+quoted), "commanded")
	contains(t, m, "Added ana.ruiz@gmail.example: replies from it now count as yours.")
	rec := only(t, j.deliverTwice(t, "Ana Ruiz <ana.ruiz@gmail.example>", prep.replyTo, "other5@mail.example.com", answers), "receipt")
	if !strings.Contains(rec.to, "ana@example.com") {
		t.Errorf("the receipt goes to %q, want her known address", rec.to)
	}
	if c := j.conv(t, id); len(c.Answers) != 2 {
		t.Fatalf("%d answers from the confirmed address, want 2", len(c.Answers))
	}
	// An alias cannot add another, nor the manager's address be taken.
	contains(t, only(t, j.deliverTwice(t, "ana.ruiz@gmail.example", prep.replyTo, "alias2@mail.example.com", "also me: ana2@gmail.example"), "commanded"),
		"can be added only from ana@example.com")
	contains(t, only(t, j.deliverTwice(t, "ana@example.com", prep.replyTo, "alias3@mail.example.com", "also me: tom@example.com"), "commanded"),
		"the other participant's address")
	j.get(t, id)
	j.confidential(t, "staff engineer")
}
