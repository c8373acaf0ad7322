package assistant_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/embedded"
	"github.com/careerconv/careerconv/pkg/mailcompose"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/careerconv/careerconv/pkg/token"
)

// mailer is a Mailer whose behaviour each test sets.
type mailer struct {
	mu   sync.Mutex
	sent []conversation.Email
	fail func(e conversation.Email) error
}

func (m *mailer) Send(_ context.Context, e conversation.Email) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.fail != nil {
		if err := m.fail(e); err != nil {
			return "", err
		}
	}
	m.sent = append(m.sent, e)
	return "provider-" + e.MessageID, nil
}

// scheduler records jobs; its Schedule can be made to fail.
type scheduler struct {
	jobs      []conversation.Job
	fail      error
	cancelled int
}

func (s *scheduler) Schedule(_ context.Context, jobs []conversation.Job) error {
	if s.fail != nil {
		return s.fail
	}
	s.jobs = append(s.jobs, jobs...)
	return nil
}
func (s *scheduler) Cancel(_ context.Context, jobs []conversation.Job) error {
	s.cancelled += len(jobs)
	return nil
}

type world struct {
	a      *assistant.Assistant
	store  conversation.Store
	mail   *mailer
	sched  *scheduler
	now    time.Time
	tokens *token.Signer
	// noticed is how many of sched.jobs runNotices looked at.
	noticed int
}

func newWorld(t *testing.T) *world {
	t.Helper()
	db, err := embedded.Open(filepath.Join(t.TempDir(), "db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	tokens, err := token.ParseKeys("1:0123456789abcdef0123")
	if err != nil {
		t.Fatal(err)
	}
	w := &world{store: db.Store(), mail: &mailer{}, sched: &scheduler{}, now: time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC), tokens: tokens}
	w.rebuild(t, w.store)
	return w
}

// rebuild makes the assistant anew on store.
func (w *world) rebuild(t *testing.T, store conversation.Store) {
	t.Helper()
	bank := questions.Default()
	var err error
	w.a, err = assistant.New(assistant.Config{
		Store: store, Mailer: w.mail, Scheduler: w.sched,
		Composer: &mailcompose.Composer{From: "careerconv <cc@mail.example.com>", MessageDomain: "mail.example.com", Bank: bank},
		Bank:     bank, Tokens: w.tokens, InboundDomain: "reply.example.com",
		Now: func() time.Time { return w.now },
	})
	if err != nil {
		t.Fatal(err)
	}
}

func (w *world) create(t *testing.T) *conversation.Conversation {
	t.Helper()
	c, err := w.a.Create(context.Background(), assistant.CreateRequest{
		Employee:     conversation.Participant{Name: "Ana", Email: "ana@example.com", TimeZone: "Europe/Madrid"},
		Manager:      conversation.Participant{Name: "Tom", Email: "tom@example.com", TimeZone: "Europe/Madrid"},
		MeetingStart: time.Date(2027, 3, 12, 10, 0, 0, 0, time.UTC),
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (w *world) job(t *testing.T, kind conversation.JobKind) conversation.Job {
	t.Helper()
	for _, j := range w.sched.jobs {
		if j.Kind == kind {
			return j
		}
	}
	t.Fatalf("no %s job scheduled", kind)
	return conversation.Job{}
}

// runNotices runs the notice jobs (reschedule, cancellation) scheduled and not
// yet run, each twice as the scheduler may deliver it.
func (w *world) runNotices(t *testing.T) {
	t.Helper()
	for ; w.noticed < len(w.sched.jobs); w.noticed++ {
		job := w.sched.jobs[w.noticed]
		if job.Kind != conversation.JobRescheduled && job.Kind != conversation.JobCancelled {
			continue
		}
		for range 2 {
			if err := w.a.RunJob(context.Background(), job); err != nil {
				t.Fatalf("notice %s: %v", job.Name(), err)
			}
		}
	}
}

func TestCreateSchedulesEveryJob(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	if got := len(w.sched.jobs); got != 8 {
		t.Fatalf("%d jobs scheduled, want 8 (prep, nudge, pre-read, wrap-up, 3 check-ins, review)", got)
	}
	for _, j := range w.sched.jobs {
		if j.ConversationID != c.ID || j.Generation != 1 {
			t.Errorf("job %s does not belong to generation 1 of %s", j.Name(), c.ID)
		}
	}
}

func TestCreateStoresNothingWhenSchedulingFails(t *testing.T) {
	w := newWorld(t)
	w.sched.fail = conversation.Unavailable(errors.New("throttled"), "Scheduler unavailable.")
	_, err := w.a.Create(context.Background(), assistant.CreateRequest{
		Employee:     conversation.Participant{Name: "Ana", Email: "ana@example.com", TimeZone: "Europe/Madrid"},
		Manager:      conversation.Participant{Name: "Tom", Email: "tom@example.com", TimeZone: "Europe/Madrid"},
		MeetingStart: time.Date(2027, 3, 12, 10, 0, 0, 0, time.UTC),
	})
	if conversation.ErrorCode(err) != conversation.EUNAVAILABLE {
		t.Fatalf("Create = %v, want EUNAVAILABLE", err)
	}
	page, err := w.a.List(context.Background(), conversation.ListQuery{Employee: "ana@example.com"})
	if err != nil || len(page.Conversations) != 0 {
		t.Errorf("list = %v, %v; want nothing stored", page.Conversations, err)
	}
}

// A failed send keeps its claim: the same delivery's retry sends at once, another
// delivery only after the lease; once sent, nothing sends it again. The ledger
// keeps the provider's ID.
func TestTransientSendFailureIsRetried(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	prep := w.job(t, conversation.JobPrep)
	first := assistant.WithOwner(context.Background(), "delivery-1")
	other := assistant.WithOwner(context.Background(), "delivery-2")
	w.mail.fail = func(conversation.Email) error {
		return conversation.Unavailable(errors.New("timeout"), "SES did not answer.")
	}
	if err := w.a.RunJob(first, prep); !conversation.Retryable(err) {
		t.Fatalf("RunJob with SES down = %v, want a retryable error", err)
	}
	w.mail.fail = nil
	if err := w.a.RunJob(other, prep); !conversation.Retryable(err) || len(w.mail.sent) != 0 {
		t.Fatalf("another delivery within the lease: %v, %d sent; want a retryable error and nothing sent", err, len(w.mail.sent))
	}
	if err := w.a.RunJob(first, prep); err != nil || len(w.mail.sent) != 1 {
		t.Fatalf("the same delivery's retry: %v, %d sent; want it sent", err, len(w.mail.sent))
	}
	w.now = w.now.Add(assistant.DefaultSendLease)
	for _, ctx := range []context.Context{first, other, context.Background()} {
		if err := w.a.RunJob(ctx, prep); err != nil {
			t.Fatal(err)
		}
	}
	if len(w.mail.sent) != 1 {
		t.Errorf("%d emails sent, want exactly 1", len(w.mail.sent))
	}
	got, _ := w.a.Get(context.Background(), c.ID)
	if s, ok := got.SendOf("prep"); !ok || s.State != conversation.SendSent || s.ProviderID != "provider-"+w.mail.sent[0].MessageID {
		t.Errorf("ledger entry = %+v, want sent with the provider's ID", s)
	}
}

// A claim whose delivery vanished (a timeout between claim and send) is taken
// over by another delivery once its lease is over.
func TestAbandonedClaimTakenOverAfterLease(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	prep := w.job(t, conversation.JobPrep)
	got, _ := w.a.Get(context.Background(), c.ID)
	got.Claim("prep", "vanished", w.now, w.now.Add(assistant.DefaultSendLease))
	if err := w.store.Update(context.Background(), got); err != nil {
		t.Fatal(err)
	}
	if err := w.a.RunJob(context.Background(), prep); !conversation.Retryable(err) || len(w.mail.sent) != 0 {
		t.Fatalf("within the lease: %v, %d sent; want a retryable error", err, len(w.mail.sent))
	}
	w.now = w.now.Add(assistant.DefaultSendLease)
	if err := w.a.RunJob(context.Background(), prep); err != nil || len(w.mail.sent) != 1 {
		t.Fatalf("after the lease: %v, %d sent; want it sent", err, len(w.mail.sent))
	}
}

// A permanently refused address marks the participant undeliverable instead of
// failing the job forever; later emails to them are skipped.
func TestRefusedAddressMarksUndeliverable(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	w.mail.fail = func(conversation.Email) error {
		return conversation.Errorf(conversation.EINVALID, "Address rejected.")
	}
	if err := w.a.RunJob(context.Background(), w.job(t, conversation.JobPrep)); err != nil {
		t.Fatalf("RunJob = %v, want nil (nothing to retry)", err)
	}
	got, _ := w.a.Get(context.Background(), c.ID)
	if got.Employee.Undeliverable == "" {
		t.Fatal("employee not marked undeliverable")
	}
	w.mail.fail = nil
	if err := w.a.RunJob(context.Background(), w.job(t, conversation.JobNudge)); err != nil {
		t.Fatal(err)
	}
	if len(w.mail.sent) != 0 {
		t.Errorf("sent %d emails to an undeliverable address", len(w.mail.sent))
	}
}

// Jobs of an older generation and jobs for erased conversations do nothing.
func TestStaleAndOrphanJobsDoNothing(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	prep := w.job(t, conversation.JobPrep)
	if _, err := w.a.Reschedule(context.Background(), c.ID, time.Date(2027, 3, 19, 10, 0, 0, 0, time.UTC), 0); err != nil {
		t.Fatal(err)
	}
	if err := w.a.RunJob(context.Background(), prep); err != nil || len(w.mail.sent) != 0 {
		t.Fatalf("stale job: err %v, %d sent; want nothing", err, len(w.mail.sent))
	}
	if err := w.a.Erase(context.Background(), c.ID); err != nil {
		t.Fatal(err)
	}
	prep.Generation = 2
	if err := w.a.RunJob(context.Background(), prep); err != nil || len(w.mail.sent) != 0 {
		t.Fatalf("job of an erased conversation: err %v, %d sent; want nothing", err, len(w.mail.sent))
	}
	bad := prep
	bad.Kind = "party"
	if err := w.a.RunJob(context.Background(), bad); conversation.ErrorCode(err) != conversation.EINVALID {
		t.Errorf("RunJob(unknown kind) = %v, want EINVALID", err)
	}
}

// Concurrent deliveries of the same job send one email.
func TestConcurrentDuplicateJobsSendOnce(t *testing.T) {
	w := newWorld(t)
	w.create(t)
	prep := w.job(t, conversation.JobPrep)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- w.a.RunJob(context.Background(), prep)
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil && !conversation.Retryable(err) {
			t.Error(err) // a delivery that found the claim held retries later
		}
	}
	if len(w.mail.sent) != 1 {
		t.Errorf("%d emails sent by 8 concurrent deliveries, want 1", len(w.mail.sent))
	}
	if err := w.a.RunJob(context.Background(), prep); err != nil || len(w.mail.sent) != 1 {
		t.Errorf("a retry after the send: %v, %d sent; want nothing more", err, len(w.mail.sent))
	}
}

// TestChangeNoticesAreJobs: a reschedule and a cancellation made without mail
// (the API function has none) schedule a notice job per participant; a notice
// whose send fails is retried by the job's next delivery and never sent twice;
// someone who has had no email yet gets none.
func TestChangeNoticesAreJobs(t *testing.T) {
	w := newWorld(t)
	c := w.create(t)
	ctx := context.Background()
	w.runJob(t, conversation.JobPrep) // Ana has heard of it; Tom not yet

	admin, err := assistant.New(assistant.Config{Store: w.store, Scheduler: w.sched, InboundDomain: "reply.example.com", Now: func() time.Time { return w.now }})
	if err != nil {
		t.Fatal(err)
	}
	n := len(w.mail.sent)
	moved, err := admin.Reschedule(ctx, c.ID, time.Date(2027, 3, 19, 10, 0, 0, 0, time.UTC), 0)
	if err != nil {
		t.Fatalf("Reschedule without mail: %v", err)
	}
	var notices []conversation.Job
	for _, j := range w.sched.jobs {
		if j.Kind == conversation.JobRescheduled {
			notices = append(notices, j)
		}
	}
	if len(notices) != 2 || notices[0].Generation != moved.Generation || !notices[0].At.Equal(w.now) {
		t.Fatalf("notice jobs %+v; want one per participant, generation %d, due now", notices, moved.Generation)
	}
	if len(w.mail.sent) != n {
		t.Fatalf("Reschedule sent %d emails itself; the jobs send them", len(w.mail.sent)-n)
	}

	first := assistant.WithOwner(ctx, "delivery-1")
	w.mail.fail = func(conversation.Email) error {
		return conversation.Unavailable(errors.New("timeout"), "SES did not answer.")
	}
	if err := w.a.RunJob(first, notices[0]); !conversation.Retryable(err) {
		t.Fatalf("notice with the mailer down = %v, want a retryable error (the job is delivered again)", err)
	}
	w.mail.fail = nil
	for _, ctx := range []context.Context{first, first, ctx} { // the retry, then duplicates
		for _, j := range notices {
			if err := w.a.RunJob(ctx, j); err != nil {
				t.Fatal(err)
			}
		}
	}
	toAna, toTom := w.sentTo("ana@example.com", n), w.sentTo("tom@example.com", n)
	if len(toAna) != 1 || len(toTom) != 0 {
		t.Fatalf("the move told Ana %d and Tom %d times; want Ana once, Tom (who had no email yet) never", len(toAna), len(toTom))
	}
	if _, _, text := readEmail(t, toAna[0]); !strings.Contains(text, "has moved from") || !strings.Contains(text, "19 Mar") {
		t.Errorf("notice:\n%s", text)
	}

	// Cancelled: the reschedule's notices are stale, the cancellation's go out once.
	if _, err := admin.Cancel(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	n = len(w.mail.sent)
	for _, j := range notices {
		if err := w.a.RunJob(ctx, j); err != nil {
			t.Fatal(err)
		}
	}
	w.runNotices(t)
	if toAna := w.sentTo("ana@example.com", n); len(toAna) != 1 || len(w.mail.sent) != n+1 {
		t.Fatalf("the cancellation sent %d emails, %d to Ana; want one, to Ana", len(w.mail.sent)-n, len(toAna))
	} else if _, _, text := readEmail(t, toAna[0]); !strings.Contains(text, "is cancelled") {
		t.Errorf("cancellation notice:\n%s", text)
	}
	got, _ := w.a.Get(ctx, c.ID)
	if !got.Sent("rescheduled-employee-g2") || !got.Sent("cancelled-employee") || got.Sent("cancelled-manager") {
		t.Errorf("ledger: %+v", got.Sends)
	}
}

// countingStore counts a Store's updates.
type countingStore struct {
	conversation.Store
	updates int
}

func (s *countingStore) Update(ctx context.Context, c *conversation.Conversation, links ...conversation.MessageLink) error {
	s.updates++
	return s.Store.Update(ctx, c, links...)
}

// TestReplyClaimsItsAnswersInItsWrite: the emails a reply calls for (here the
// progress receipt and the manager's note on a step done) are claimed in the
// write that stores the reply, so a reply costs that write and one per email
// sent. A send that fails keeps both claims: another delivery of the reply
// within the lease sends nothing, the same delivery's retry sends what is
// missing, and nothing goes out twice.
func TestReplyClaimsItsAnswersInItsWrite(t *testing.T) {
	w := newWorld(t)
	store := &countingStore{Store: w.store}
	w.rebuild(t, store)
	c := w.create(t)
	w.runJob(t, conversation.JobPrep)
	w.now = c.MeetingEnd()
	wrap := w.runJob(t, conversation.JobWrapUp)
	w.now = w.now.Add(time.Hour)
	w.reply(t, wrap, "ana@example.com", "1. Shadow the tech lead by 30 April\n2. Write a design doc by 31 May")
	checkIn := w.runJob(t, conversation.JobCheckIn)
	w.now = w.now.Add(time.Hour)

	// raw is Ana's reply to e, as delivery id would bring it.
	raw := func(e conversation.Email, id, body string) ([]byte, string) {
		to, subject, _ := readEmail(t, e)
		return fmt.Appendf(nil, "From: ana@example.com\r\nTo: %s\r\nSubject: Re: %s\r\nMessage-ID: <%s@example.com>\r\nDate: %s\r\nContent-Type: text/plain\r\n\r\n%s\r\n",
			to, subject, id, w.now.Format(time.RFC1123Z), body), to
	}
	first := assistant.WithOwner(context.Background(), "delivery-1")
	other := assistant.WithOwner(context.Background(), "delivery-2")
	n, updates := len(w.mail.sent), store.updates
	msg, to := raw(checkIn, "checkin1.ana", "1 done\r\n2 in progress")
	if _, err := w.a.Receive(first, msg, to); err != nil {
		t.Fatal(err)
	}
	if got := len(w.mail.sent) - n; got != 2 {
		t.Fatalf("the check-in reply sent %d emails, want 2 (progress receipt, manager's note)", got)
	}
	if got := store.updates - updates; got != 3 {
		t.Errorf("the check-in reply made %d writes, want 3: the reply with both claims, then each email sent", got)
	}

	// The second check-in's reply: the manager's note fails to send.
	var checkIn2 conversation.Job
	for _, j := range w.sched.jobs {
		if j.Kind == conversation.JobCheckIn && j.Seq == 2 {
			checkIn2 = j
		}
	}
	w.now = checkIn2.At
	n = len(w.mail.sent)
	if err := w.a.RunJob(context.Background(), checkIn2); err != nil || len(w.mail.sent) != n+1 {
		t.Fatalf("check-in 2: %v, %d sent", err, len(w.mail.sent)-n)
	}
	w.now = w.now.Add(time.Hour)
	msg, to = raw(w.mail.sent[n], "checkin2.ana", "2 blocked: waiting for the tech lead")
	w.mail.fail = func(e conversation.Email) error {
		if slices.Contains(e.To, "tom@example.com") {
			return conversation.Unavailable(errors.New("timeout"), "SES did not answer.")
		}
		return nil
	}
	n = len(w.mail.sent)
	if _, err := w.a.Receive(first, msg, to); !conversation.Retryable(err) {
		t.Fatalf("the reply with the manager's note failing: %v, want a retryable error", err)
	}
	w.mail.fail = nil
	if _, err := w.a.Receive(other, msg, to); !conversation.Retryable(err) {
		t.Fatalf("another delivery within the lease: %v, want a retryable error", err)
	}
	if _, err := w.a.Receive(first, msg, to); err != nil {
		t.Fatalf("the same delivery's retry: %v", err)
	}
	w.now = w.now.Add(assistant.DefaultSendLease)
	if _, err := w.a.Receive(other, msg, to); err != nil {
		t.Fatal(err)
	}
	var tos [][]string
	for _, e := range w.mail.sent[n:] {
		tos = append(tos, e.To)
	}
	if want := [][]string{{"ana@example.com"}, {"tom@example.com"}}; fmt.Sprint(tos) != fmt.Sprint(want) {
		t.Errorf("sent to %v, want %v: the progress receipt and the note, once each", tos, want)
	}
}
