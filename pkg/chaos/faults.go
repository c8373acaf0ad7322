package chaos

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// errInjected is the cause of every injected failure.
var errInjected = errors.New("chaos: injected fault")

// labelKey carries the delivery a port call is made for, so that a fault can be
// traced back to the email or reply it hit.
type labelKey struct{}

func withLabel(ctx context.Context, label string) context.Context {
	return context.WithValue(ctx, labelKey{}, label)
}

func labelOf(ctx context.Context) string {
	s, _ := ctx.Value(labelKey{}).(string)
	return s
}

// Faults decides which port calls fail and remembers what it injected.
type Faults struct {
	// Before and After are the fractions of calls failing before the real call
	// (nothing happened) and after it (it happened, the caller sees an error).
	Before, After float64

	mu     sync.Mutex
	rng    *rand.Rand
	counts map[string]int      // "Store.Update after" → how many
	trail  map[string][]string // delivery label → the faults injected into it, in order
	acks   map[string]int      // Message-ID → Mailer after-faults (accepted, acknowledgement lost)
}

// NewFaults returns fault injection with the given fractions and seed.
func NewFaults(before, after float64, seed uint64) *Faults {
	return &Faults{
		Before: before, After: after,
		rng:    rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		counts: map[string]int{}, trail: map[string][]string{}, acks: map[string]int{},
	}
}

// roll decides the fate of one call of op: fail before it, after it, or not at all.
func (f *Faults) roll(ctx context.Context, op string) (before, after bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	x := f.rng.Float64()
	switch {
	case x < f.Before:
		before = true
	case x < f.Before+f.After:
		after = true
	default:
		return false, false
	}
	what := op + " before"
	if after {
		what = op + " after"
	}
	f.counts[what]++
	if l := labelOf(ctx); l != "" {
		f.trail[l] = append(f.trail[l], what)
	}
	return before, after
}

// coin is a fair coin from the same seeded source.
func (f *Faults) coin() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rng.IntN(2) == 0
}

func (f *Faults) intn(n int) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.rng.IntN(n)
}

// Trail returns the faults injected into the deliveries whose label starts with prefix.
func (f *Faults) Trail(prefix string) []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for l, t := range f.trail {
		if strings.HasPrefix(l, prefix) {
			out = append(out, t...)
		}
	}
	return out
}

func injected(op string, after bool) error {
	when := "before"
	if after {
		when = "after"
	}
	return conversation.Unavailable(fmt.Errorf("%s %s: %w", op, when, errInjected), "Injected failure.")
}

// conflictAfter is what DynamoDB's SDK returns when it retries a conditional write
// whose first answer was lost: the write happened, the retry's condition failed.
func conflictAfter(op string) error {
	return &conversation.Error{Code: conversation.ECONFLICT, Message: "Injected failure: the condition failed on a retried write.",
		Err: fmt.Errorf("%s after: %w", op, errInjected)}
}

// Store fails a fraction of every call of the wrapped Store.
type Store struct {
	conversation.Store
	F *Faults
}

func (s Store) call(ctx context.Context, op string, fn func() error) error {
	before, after := s.F.roll(ctx, "Store."+op)
	if before {
		return injected("Store."+op, false)
	}
	err := fn()
	if after && err == nil {
		return injected("Store."+op, true)
	}
	return err
}

// conditional is call for a conditional write: an after-fault answers either
// "unavailable" or, as a retried DynamoDB write does, "condition failed".
func (s Store) conditional(ctx context.Context, op string, fn func() error) error {
	before, after := s.F.roll(ctx, "Store."+op)
	if before {
		return injected("Store."+op, false)
	}
	err := fn()
	if after && err == nil {
		if s.F.coin() {
			return conflictAfter("Store." + op)
		}
		return injected("Store."+op, true)
	}
	return err
}

// Create implements conversation.Store.
func (s Store) Create(ctx context.Context, c *conversation.Conversation) error {
	return s.conditional(ctx, "Create", func() error { return s.Store.Create(ctx, c) })
}

// Get implements conversation.Store.
func (s Store) Get(ctx context.Context, id string) (c *conversation.Conversation, err error) {
	err = s.call(ctx, "Get", func() error { c, err = s.Store.Get(ctx, id); return err })
	if err != nil {
		return nil, err
	}
	return c, nil
}

// Update implements conversation.Store.
func (s Store) Update(ctx context.Context, c *conversation.Conversation, links ...conversation.MessageLink) error {
	return s.conditional(ctx, "Update", func() error { return s.Store.Update(ctx, c, links...) })
}

// FindMessage implements conversation.Store.
func (s Store) FindMessage(ctx context.Context, messageID string) (l conversation.MessageLink, err error) {
	err = s.call(ctx, "FindMessage", func() error { l, err = s.Store.FindMessage(ctx, messageID); return err })
	if err != nil {
		return conversation.MessageLink{}, err
	}
	return l, nil
}

// List implements conversation.Store.
func (s Store) List(ctx context.Context, q conversation.ListQuery) (p conversation.ListPage, err error) {
	err = s.call(ctx, "List", func() error { p, err = s.Store.List(ctx, q); return err })
	if err != nil {
		return conversation.ListPage{}, err
	}
	return p, nil
}

// Delete implements conversation.Store.
func (s Store) Delete(ctx context.Context, id string) error {
	return s.call(ctx, "Delete", func() error { return s.Store.Delete(ctx, id) })
}

// Mailer fails a fraction of the sends of the wrapped Mailer. An after-fault is
// a message the provider accepted whose acknowledgement was lost: it is counted
// per Message-ID, the one cause of a duplicate the protocol cannot avoid.
type Mailer struct {
	conversation.Mailer
	F *Faults
}

// Send implements conversation.Mailer.
func (m Mailer) Send(ctx context.Context, e conversation.Email) (string, error) {
	before, after := m.F.roll(ctx, "Mailer.Send")
	if before {
		return "", injected("Mailer.Send", false)
	}
	id, err := m.Mailer.Send(ctx, e)
	if after && err == nil {
		m.F.mu.Lock()
		m.F.acks[e.MessageID]++
		m.F.mu.Unlock()
		return "", injected("Mailer.Send", true)
	}
	return id, err
}

// Scheduler fails a fraction of the calls of the wrapped Scheduler.
type Scheduler struct {
	conversation.Scheduler
	F *Faults
}

// Schedule implements conversation.Scheduler.
func (s Scheduler) Schedule(ctx context.Context, jobs []conversation.Job) error {
	before, after := s.F.roll(ctx, "Scheduler.Schedule")
	if before {
		return injected("Scheduler.Schedule", false)
	}
	if err := s.Scheduler.Schedule(ctx, jobs); err != nil || !after {
		return err
	}
	return injected("Scheduler.Schedule", true)
}

// Cancel implements conversation.Scheduler.
func (s Scheduler) Cancel(ctx context.Context, jobs []conversation.Job) error {
	before, after := s.F.roll(ctx, "Scheduler.Cancel")
	if before {
		return injected("Scheduler.Cancel", false)
	}
	if err := s.Scheduler.Cancel(ctx, jobs); err != nil || !after {
		return err
	}
	return injected("Scheduler.Cancel", true)
}

// RawMail fails a fraction of the fetches of the wrapped RawMail.
type RawMail struct {
	conversation.RawMail
	F *Faults
}

// Delete implements conversation.RawMail.
func (r RawMail) Delete(ctx context.Context, id string) error {
	before, after := r.F.roll(ctx, "RawMail.Delete")
	if before {
		return injected("RawMail.Delete", false)
	}
	if err := r.RawMail.Delete(ctx, id); err != nil || !after {
		return err
	}
	return injected("RawMail.Delete", true)
}

// Fetch implements conversation.RawMail.
func (r RawMail) Fetch(ctx context.Context, id string) ([]byte, error) {
	before, after := r.F.roll(ctx, "RawMail.Fetch")
	if before {
		return nil, injected("RawMail.Fetch", false)
	}
	raw, err := r.RawMail.Fetch(ctx, id)
	if after && err == nil {
		return nil, injected("RawMail.Fetch", true)
	}
	return raw, err
}
