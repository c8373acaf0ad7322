package assistant

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/careerconv/careerconv/pkg/token"
)

// Assistant runs the lifecycle of career conversations. Build it with New.
type Assistant struct {
	store     conversation.Store
	mailer    conversation.Mailer
	scheduler conversation.Scheduler
	compose   Composer
	tokens    *token.Signer
	bank      *questions.Bank
	now       func() time.Time
	log       *slog.Logger
	domain    string
	schedule  conversation.Schedule
	lease     time.Duration
	raw       conversation.RawMail
	invites   *InviteConfig
	files     conversation.Files
}

// Config is what New needs besides the ports. A function builds only what its
// use cases need (pkg/app): every one needs the Store; the administrative ones
// (Create, Import, Reschedule, Cancel, Erase) need the Scheduler; the mail ones
// (RunJob, Receive) need the Mailer, the Composer and the Bank. A use case
// whose ports were left out fails with EINTERNAL.
type Config struct {
	Store     conversation.Store
	Mailer    conversation.Mailer
	Scheduler conversation.Scheduler
	Composer  Composer
	// Bank is the question bank whose questions replies answer.
	Bank   *questions.Bank
	Tokens *token.Signer
	// InboundDomain is the domain of reply addresses (reply+<token>@InboundDomain).
	InboundDomain string
	// Schedule holds the lifecycle offsets; zero means conversation.DefaultSchedule.
	Schedule *conversation.Schedule
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Log receives one line per decision worth knowing; nil discards.
	Log *slog.Logger
	// RawMail, when set, is where the raw copies of received messages are:
	// erasing a conversation deletes those its history names.
	RawMail conversation.RawMail
	// SendLease is how long a claim on an email holds before another delivery
	// may take it over; zero means DefaultSendLease. Keep it above the longest a
	// function runs (its timeout).
	SendLease time.Duration
	// Invites turns on starting conversations from calendar invites; nil: off.
	Invites *InviteConfig
	// Files keeps the CVs employees send with their prep reply; nil: a CV is
	// not kept (the receipt says so).
	Files conversation.Files
}

// DefaultSendLease is the lease of a claim on an email: well above the functions'
// 30-second timeout.
const DefaultSendLease = 5 * time.Minute

// New returns an Assistant, or an error naming what is missing.
func New(cfg Config) (*Assistant, error) {
	mail := cfg.Mailer != nil || cfg.Composer != nil
	switch {
	case cfg.Store == nil:
		return nil, errors.New("assistant: a Store is required")
	case mail && (cfg.Mailer == nil || cfg.Composer == nil || cfg.Bank == nil):
		return nil, errors.New("assistant: a Mailer, a Composer and a question bank go together")
	case cfg.InboundDomain == "":
		return nil, errors.New("assistant: InboundDomain is required")
	}
	a := &Assistant{
		store: cfg.Store, mailer: cfg.Mailer, scheduler: cfg.Scheduler,
		compose: cfg.Composer, tokens: cfg.Tokens, bank: cfg.Bank,
		now: cfg.Now, log: cfg.Log, domain: cfg.InboundDomain,
		schedule: conversation.DefaultSchedule(),
		lease:    cfg.SendLease,
		raw:      cfg.RawMail,
		files:    cfg.Files,
	}
	if a.lease <= 0 {
		a.lease = DefaultSendLease
	}
	if cfg.Schedule != nil {
		a.schedule = *cfg.Schedule
	}
	if cfg.Invites != nil {
		a.invites = cfg.Invites.withDefaults(cfg.InboundDomain)
	}
	if a.scheduler == nil {
		a.scheduler = missingScheduler{}
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	return a, nil
}

// Now returns the assistant's current time.
func (a *Assistant) Now() time.Time { return a.now().UTC() }

// maxUpdateAttempts bounds the read-modify-write retries on optimistic-lock conflicts.
const maxUpdateAttempts = 8

// errNoTokens is returned where mail is handled without reply-token keys.
var errNoTokens = errors.New("assistant: no reply-token keys configured")

// errNoChange tells update that fn decided there is nothing to store.
var errNoChange = errors.New("no change")

// update applies fn to c and stores it (with links, in the same write),
// reloading and re-applying on a version conflict. c may be nil (it is then
// loaded). fn returning errNoChange stores nothing.
func (a *Assistant) update(ctx context.Context, id string, c *conversation.Conversation, fn func(*conversation.Conversation) error, links ...conversation.MessageLink) (*conversation.Conversation, error) {
	for attempt := 1; ; attempt++ {
		if c == nil {
			var err error
			if c, err = a.store.Get(ctx, id); err != nil {
				return nil, err
			}
		}
		switch err := fn(c); {
		case errors.Is(err, errNoChange):
			return c, nil
		case err != nil:
			return c, err
		}
		c.UpdatedAt = a.Now()
		if err := c.Fit(); err != nil {
			return c, err
		}
		err := a.store.Update(ctx, c, links...)
		if conversation.ErrorCode(err) == conversation.ECONFLICT && attempt < maxUpdateAttempts {
			c = nil
			continue
		}
		if err != nil {
			return c, fmt.Errorf("store conversation %s: %w", id, err)
		}
		return c, nil
	}
}

// ownerKey carries the owner of the claims a delivery takes.
type ownerKey struct{}

// rawKey carries the mail receiver's ID of the message being received.
type rawKey struct{}

// WithRawMessage tells Receive the mail receiver's ID of the raw message it
// handles, so the conversation's history names it and erasure deletes it.
func WithRawMessage(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, rawKey{}, id)
}

func rawOf(ctx context.Context) string {
	id, _ := ctx.Value(rawKey{}).(string)
	return id
}

// WithOwner names who the work done with ctx claims emails for: one delivery of a
// job or a reply. A retry of the same delivery (Lambda retries an asynchronous
// invocation under the same request ID) passes the same owner and may take its
// own claim again at once; anyone else waits for the claim's lease to end.
func WithOwner(ctx context.Context, owner string) context.Context {
	return context.WithValue(ctx, ownerKey{}, owner)
}

// ownerOf returns the owner WithOwner set, or a new one for this call alone.
func ownerOf(ctx context.Context) string {
	if o, ok := ctx.Value(ownerKey{}).(string); ok && o != "" {
		return o
	}
	var b [8]byte
	_, _ = rand.Read(b[:])
	return "call-" + hex.EncodeToString(b[:])
}

// errBusy: another delivery holds the claim within its lease. Retryable: the
// retry finds the email sent, or the lease over and takes it.
var errBusy = conversation.Unavailable(errors.New("claimed by another delivery"), "The email is being sent by another delivery; try again after its lease.")

// maxMarkAttempts bounds the tries to record an accepted email as sent: failing
// that, a retry sends it again (the only duplicate besides a lost acknowledgement).
const maxMarkAttempts = 8

// outgoing is one email to send at most once.
type outgoing struct {
	name string
	// check refuses (with a skip) an email no longer wanted: called on every
	// claim, including a claim taken over. nil accepts.
	check func(c *conversation.Conversation) error
	// prepare decides on a first claim whether the email is due and applies the
	// state transition it announces: both are stored with the claim. nil accepts.
	prepare func(c *conversation.Conversation) error
	// build renders the email from the conversation as claimed.
	build func(c *conversation.Conversation) (conversation.Email, error)
	to    []string
	// claimed: claimAll claimed it in the write that stored the conversation
	// send is given, in this call, so send need not write the claim again.
	claimed bool
}

// skipError is returned by check or prepare: the email is not (or no longer) due.
type skipError struct{ why string }

func (e skipError) Error() string { return e.why }

// claim claims o for owner in c, with the transition its prepare applies on a
// first claim, and reports what it found: ClaimSent and ClaimBusy change
// nothing; a skipError says the email is no longer wanted.
func (a *Assistant) claim(c *conversation.Conversation, o outgoing, owner string, now time.Time) (conversation.ClaimResult, error) {
	found := c.Claimable(o.name, owner, now)
	if found == conversation.ClaimSent || found == conversation.ClaimBusy {
		return found, nil
	}
	if o.check != nil {
		if err := o.check(c); err != nil {
			return found, err
		}
	}
	if found == conversation.ClaimFree && o.prepare != nil {
		if err := o.prepare(c); err != nil {
			return found, err
		}
	}
	c.Claim(o.name, owner, now, now.Add(a.lease))
	return found, nil
}

// claimAll claims in c, for the owner of ctx, every email of os that c still
// wants, and marks those claimed: called from the update that stores what
// caused them (a reply), so the emails a reply calls for are claimed in the
// write that stores it, not a write each. ctx must carry its owner (WithOwner)
// for send to find the claims its own.
func (a *Assistant) claimAll(ctx context.Context, c *conversation.Conversation, os []outgoing) error {
	owner, now := ownerOf(ctx), a.Now()
	for i := range os {
		found, err := a.claim(c, os[i], owner, now)
		var skip skipError
		switch {
		case errors.As(err, &skip):
			continue // not claimed: send finds it skipped again and says so
		case err != nil:
			return err
		}
		os[i].claimed = found == conversation.ClaimFree || found == conversation.ClaimRetake
	}
	return nil
}

// sendAll sends each email of os not yet sent, in order (see send), on c as
// stored by the caller in this call.
func (a *Assistant) sendAll(ctx context.Context, c *conversation.Conversation, os []outgoing) error {
	for _, o := range os {
		if c.Sent(o.name) {
			continue
		}
		if _, err := a.send(ctx, c.ID, c, o); err != nil {
			return err
		}
	}
	return nil
}

// freshClaim reports whether c holds owner's claim on email, not sent, with
// at least half its lease left: a claim taken long ago (a slow send before
// it) is written again, so its lease covers the send.
func (a *Assistant) freshClaim(c *conversation.Conversation, email, owner string, now time.Time) bool {
	s, ok := c.SendOf(email)
	return ok && s.State == conversation.SendClaimed && s.Owner == owner && now.Add(a.lease/2).Before(s.Until)
}

// send runs the send protocol for one email of conversation c (nil: load it):
// claim it (with its transition) in one conditional write, send it, record it
// sent with the provider's ID. An email claimAll claimed with the write that
// stored c skips the first write. It returns false when it was sent before, is
// not due, or its address was refused. A Mailer error other than a refusal
// keeps the claim: the same owner may retry at once, anyone else after the lease.
func (a *Assistant) send(ctx context.Context, id string, c *conversation.Conversation, o outgoing) (bool, error) {
	owner, now := ownerOf(ctx), a.Now()
	if !o.claimed || c == nil || !a.freshClaim(c, o.name, owner, now) {
		var found conversation.ClaimResult
		var err error
		c, err = a.update(ctx, id, c, func(c *conversation.Conversation) error {
			var err error
			found, err = a.claim(c, o, owner, now)
			if err == nil && (found == conversation.ClaimSent || found == conversation.ClaimBusy) {
				return errNoChange
			}
			return err
		})
		var skip skipError
		switch {
		case errors.As(err, &skip):
			a.log.Info("email skipped", "conversation", id, "email", o.name, "why", skip.why)
			return false, nil
		case err != nil:
			return false, fmt.Errorf("claim %s for %s: %w", o.name, id, err)
		case found == conversation.ClaimSent:
			a.log.Info("already sent", "conversation", id, "email", o.name)
			return false, nil
		case found == conversation.ClaimBusy:
			return false, fmt.Errorf("send %s for %s: %w", o.name, id, errBusy)
		}
	}
	seen := c
	if slices.Contains(o.to, c.Manager.Email) {
		seen = c.ForManager() // an email the manager gets holds no private answer
	}
	e, err := o.build(seen)
	if err != nil {
		return false, fmt.Errorf("compose %s for %s: %w", o.name, id, err)
	}
	e.Conversation = id
	providerID, err := a.mailer.Send(ctx, e)
	if conversation.ErrorCode(err) == conversation.EINVALID {
		a.log.Warn("address refused", "conversation", id, "email", o.name, "err", err)
		return false, a.markUndeliverable(ctx, id, o.name, e.To, conversation.ErrorMessage(err))
	}
	if err != nil {
		return false, fmt.Errorf("send %s for %s: %w", o.name, id, err)
	}
	mark := func(c *conversation.Conversation) error {
		if !c.MarkSent(o.name, providerID, e.MessageID, now) {
			return errNoChange
		}
		c.Record(conversation.Event{At: now, Kind: conversation.EventSent, Email: o.name, To: strings.Join(o.to, ", ")})
		return nil
	}
	links := a.links(id, o.name, e, providerID)
	for attempt := 1; ; attempt++ {
		_, err = a.update(ctx, id, c, mark, links...)
		if err == nil || !conversation.Retryable(err) || attempt == maxMarkAttempts {
			break
		}
		c = nil // reload: the failed write may have happened
	}
	if err != nil {
		return true, fmt.Errorf("record %s of %s as sent: %w", o.name, id, err)
	}
	a.log.Info("sent", "conversation", id, "email", o.name, "to", o.to)
	return true, nil
}

// links are the Message-ID links of email name of conversation id, sent as e and
// accepted as providerID: a reply that lost its reply address finds the email
// by the ID its recipient saw. That is the provider's when it gave one (SES
// replaces every Message-ID with its own, so no reply ever names careerconv's),
// else careerconv's. An email without a reply address gets none.
func (a *Assistant) links(id, name string, e conversation.Email, providerID string) []conversation.MessageLink {
	tok, ok := token.FromAddress(e.ReplyTo, a.domain)
	if !ok {
		return nil
	}
	k := conversation.MessageKey(providerID)
	if k == "" {
		k = conversation.MessageKey(e.MessageID)
	}
	if k == "" {
		return nil
	}
	return []conversation.MessageLink{{Key: k, Conversation: id, Email: name, Token: tok}}
}

// markUndeliverable records a refused address and drops the claim of the email
// name ("" for none) that will never go out.
func (a *Assistant) markUndeliverable(ctx context.Context, id, name string, to []string, why string) error {
	_, err := a.update(ctx, id, nil, func(c *conversation.Conversation) error {
		changed := false
		for _, p := range []*conversation.Participant{&c.Employee, &c.Manager} {
			for _, addr := range to {
				if strings.EqualFold(addr, p.Email) && p.Undeliverable == "" {
					p.Undeliverable = conversation.ClipText(why, 300)
					changed = true
				}
			}
		}
		if name != "" {
			c.Release(name)
			changed = true
		}
		if !changed {
			return errNoChange // a repeated bounce event
		}
		c.Record(conversation.Event{At: a.Now(), Kind: conversation.EventBounced, Email: name, To: strings.Join(to, ", "), Detail: conversation.ClipText(why, 300)})
		return nil
	})
	return err
}

// Undeliverable records that mail to the addresses of conversation id bounced
// for good or drew a complaint (the provider's feedback): no further email goes
// to them, and the API shows it. A missing conversation or an address that is no
// participant's is not an error; a repeated event changes nothing.
func (a *Assistant) Undeliverable(ctx context.Context, id string, addresses []string, why string) error {
	err := a.markUndeliverable(ctx, id, "", addresses, why)
	if conversation.ErrorCode(err) == conversation.ENOTFOUND {
		return nil
	}
	return err
}

// replyAddress returns the signed reply address for purpose p of conversation id.
func (a *Assistant) replyAddress(id string, p conversation.Purpose) (string, error) {
	if a.tokens == nil {
		return "", errNoTokens
	}
	return a.tokens.Address(a.domain, id, p)
}

// missingScheduler stands in for the Scheduler of an assistant built for mail
// only: an administrative use case there is a wiring mistake.
type missingScheduler struct{}

var errNoScheduler = &conversation.Error{Code: conversation.EINTERNAL, Message: "Internal error.",
	Err: errors.New("assistant: this function was built without a Scheduler")}

func (missingScheduler) Schedule(context.Context, []conversation.Job) error { return errNoScheduler }
func (missingScheduler) Cancel(context.Context, []conversation.Job) error   { return errNoScheduler }

// errNoMail is what the mail use cases answer in an assistant built without mail.
var errNoMail = &conversation.Error{Code: conversation.EINTERNAL, Message: "Internal error.",
	Err: errors.New("assistant: this function was built without a Mailer and a Composer")}
