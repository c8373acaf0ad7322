package assistant

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/careerconv/careerconv/pkg/token"
)

// Assistant runs the lifecycle of career conversations. Build it with New.
type Assistant struct {
	store     Store
	mailer    Mailer
	scheduler Scheduler
	compose   Composer
	tokens    *token.Signer
	bank      *questions.Bank
	now       func() time.Time
	log       *slog.Logger
	domain    string
	schedule  conversation.Schedule
}

// Config is what New needs besides the ports.
type Config struct {
	Store     Store
	Mailer    Mailer
	Scheduler Scheduler
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
}

// New returns an Assistant, or an error naming what is missing.
func New(cfg Config) (*Assistant, error) {
	switch {
	case cfg.Store == nil, cfg.Mailer == nil, cfg.Scheduler == nil:
		return nil, errors.New("assistant: Store, Mailer and Scheduler are required")
	case cfg.Composer == nil || cfg.Bank == nil:
		return nil, errors.New("assistant: a Composer and a question bank are required")
	case cfg.InboundDomain == "":
		return nil, errors.New("assistant: InboundDomain is required")
	}
	a := &Assistant{
		store: cfg.Store, mailer: cfg.Mailer, scheduler: cfg.Scheduler,
		compose: cfg.Composer, tokens: cfg.Tokens, bank: cfg.Bank,
		now: cfg.Now, log: cfg.Log, domain: cfg.InboundDomain,
		schedule: conversation.DefaultSchedule(),
	}
	if cfg.Schedule != nil {
		a.schedule = *cfg.Schedule
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

// update applies fn to c and stores it, reloading and re-applying on a version
// conflict. c may be nil (it is then loaded). fn returning errNoChange stores nothing.
func (a *Assistant) update(ctx context.Context, id string, c *conversation.Conversation, fn func(*conversation.Conversation) error) (*conversation.Conversation, error) {
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
		err := a.store.Update(ctx, c)
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

// send sends the email named name of conversation c at most once: it claims the
// name in the send ledger first, and releases the claim if the send fails so a
// retry can send. It returns false if the email had been sent before. A
// permanent refusal of the address marks the participant undeliverable instead of
// failing.
func (a *Assistant) send(ctx context.Context, c *conversation.Conversation, name string, build func() (Email, error)) (bool, error) {
	e, err := build()
	if err != nil {
		return false, fmt.Errorf("compose %s for %s: %w", name, c.ID, err)
	}
	claimed, err := a.store.ClaimSend(ctx, c.ID, name)
	if err != nil {
		return false, fmt.Errorf("claim %s for %s: %w", name, c.ID, err)
	}
	if !claimed {
		a.log.Info("already sent", "conversation", c.ID, "email", name)
		return false, nil
	}
	if err := a.mailer.Send(ctx, e); err != nil {
		if conversation.ErrorCode(err) == conversation.EINVALID {
			a.log.Warn("address refused", "conversation", c.ID, "email", name, "err", err)
			return false, a.markUndeliverable(ctx, c, e.To, err)
		}
		if rerr := a.store.ReleaseSend(ctx, c.ID, name); rerr != nil {
			a.log.Error("release send claim", "conversation", c.ID, "email", name, "err", rerr)
		}
		return false, fmt.Errorf("send %s for %s: %w", name, c.ID, err)
	}
	a.log.Info("sent", "conversation", c.ID, "email", name, "to", e.To)
	return true, nil
}

func (a *Assistant) markUndeliverable(ctx context.Context, c *conversation.Conversation, to []string, cause error) error {
	_, err := a.update(ctx, c.ID, nil, func(c *conversation.Conversation) error {
		for _, p := range []*conversation.Participant{&c.Employee, &c.Manager} {
			for _, addr := range to {
				if addr == p.Email && p.Undeliverable == "" {
					p.Undeliverable = conversation.ErrorMessage(cause)
				}
			}
		}
		c.Record(conversation.Event{At: a.Now(), Kind: conversation.EventBounced, Detail: conversation.ErrorMessage(cause)})
		return nil
	})
	return err
}

// replyAddress returns the signed reply address for purpose p of conversation id.
func (a *Assistant) replyAddress(id string, p token.Purpose) (string, error) {
	if a.tokens == nil {
		return "", errNoTokens
	}
	return a.tokens.Address(a.domain, id, p)
}
