package app

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/embedded"
	"github.com/careerconv/careerconv/pkg/handlers"
	"github.com/careerconv/careerconv/pkg/mailcompose"
	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/outbox"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/careerconv/careerconv/pkg/token"
)

// Local defaults: mail domains reserved for testing, so nothing leaves the machine.
const (
	LocalSender        = "careerconv <careerconv@careerconv.test>"
	LocalInboundDomain = "reply.careerconv.test"
	LocalInviteAddress = "careers@" + LocalInboundDomain
)

// LocalOptions tunes NewLocal; the zero value is the embedded default.
type LocalOptions struct {
	// Now is the clock; nil means the real one.
	Now func() time.Time
	// Log receives the assistant's and handlers' logs; nil discards them.
	Log *slog.Logger
	// BankPath overrides the embedded question bank.
	BankPath string
	// Schedule overrides the lifecycle offsets.
	Schedule *conversation.Schedule
	// InviteDomains limits who may start a conversation by calendar invite
	// (sent to LocalInviteAddress); empty accepts every domain.
	InviteDomains []string
	// Org introduces the organisation in the emails; the zero value uses defaults.
	Org mailcompose.Organisation
}

// Local is careerconv on one machine: state in Dir/careerconv.db, sent mail in
// Dir/outbox, received mail in Dir/inbox.
type Local struct {
	Dir       string
	Assistant *assistant.Assistant
	API       *handlers.API
	Inbound   *handlers.Inbound
	Dispatch  *handlers.Dispatch
	DB        *embedded.DB
	Outbox    string

	inbox    inbox
	api      lambda.Handler
	inbound  lambda.Handler
	dispatch lambda.Handler
	now      func() time.Time
	mu       sync.Mutex // one scheduler pass at a time
	expired  time.Time  // when RunDue last deleted expired conversations
}

// NewLocal opens (or creates) a local installation in dir.
func NewLocal(dir string, o LocalOptions) (*Local, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	bank, err := questions.Load(o.BankPath)
	if err != nil {
		return nil, err
	}
	if err := o.Org.Validate(); err != nil {
		return nil, err
	}
	schedule := conversation.DefaultSchedule()
	if o.Schedule != nil {
		schedule = *o.Schedule
	}
	tokens, err := localTokens(filepath.Join(dir, "token-keys"))
	if err != nil {
		return nil, err
	}
	db, err := embedded.Open(filepath.Join(dir, "careerconv.db"))
	if err != nil {
		return nil, err
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	l := &Local{Dir: dir, DB: db, Outbox: filepath.Join(dir, "outbox"), inbox: inbox(filepath.Join(dir, "inbox")), now: now}
	a, err := assistant.New(assistant.Config{
		RawMail:   l.inbox,
		Files:     folder(filepath.Join(dir, "files")),
		Store:     db.Store(),
		Mailer:    &outbox.Mailer{Dir: l.Outbox},
		Scheduler: db.Scheduler(),
		Composer: &mailcompose.Composer{
			From: LocalSender, MessageDomain: "careerconv.test", Bank: bank,
			Org: o.Org, PrereadBefore: schedule.PrereadBefore,
		},
		Bank:          bank,
		Tokens:        tokens,
		InboundDomain: LocalInboundDomain,
		Schedule:      &schedule,
		Now:           now,
		Log:           o.Log,
		Invites:       &assistant.InviteConfig{Address: LocalInviteAddress, Domains: o.InviteDomains},
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	l.Assistant = a
	l.API = &handlers.API{Assistant: a, Log: o.Log}
	l.Inbound = &handlers.Inbound{Assistant: a, Raw: l.inbox, Log: o.Log}
	l.Dispatch = &handlers.Dispatch{Assistant: a, Log: o.Log}
	l.api, l.inbound, l.dispatch = lambda.NewHandler(l.API.Handle), lambda.NewHandler(l.Inbound.Handle), lambda.NewHandler(l.Dispatch.Handle)
	return l, nil
}

// Close releases the store.
func (l *Local) Close() error { return l.DB.Close() }

// Deliver hands one raw message to the inbound pipeline as SES would: the message
// is stored in the inbox under a new message ID, then a receipt event naming it
// goes through the Inbound handler, which refuses what is too large as it
// refuses an oversized S3 object.
func (l *Local) Deliver(ctx context.Context, raw []byte, recipients ...string) (assistant.Outcome, error) {
	id, err := l.inbox.put(raw)
	if err != nil {
		return assistant.Outcome{}, err
	}
	return l.DeliverStored(ctx, id, recipients...)
}

// DeliverStored sends the receipt event of an inbox message through the Inbound
// handler again (SES delivering twice does exactly this). A refused message is
// an EINVALID error with the reason, besides its Outcome.
func (l *Local) DeliverStored(ctx context.Context, id string, recipients ...string) (assistant.Outcome, error) {
	pass := events.SimpleEmailVerdict{Status: "PASS"}
	ev := events.SimpleEmailEvent{Records: []events.SimpleEmailRecord{{
		EventVersion: "1.0", EventSource: "aws:ses",
		SES: events.SimpleEmailService{
			Mail: events.SimpleEmailMessage{MessageID: id, Timestamp: l.now().UTC()},
			Receipt: events.SimpleEmailReceipt{
				Timestamp: l.now().UTC(), Recipients: recipients, SpamVerdict: pass, VirusVerdict: pass,
				SPFVerdict: pass, DKIMVerdict: pass, DMARCVerdict: pass,
				Action: events.SimpleEmailReceiptAction{Type: "Lambda", InvocationType: "Event"},
			},
		},
	}}}
	payload, err := json.Marshal(ev)
	if err != nil {
		return assistant.Outcome{}, err
	}
	out, err := l.inbound.Invoke(ctx, payload)
	if err != nil {
		return assistant.Outcome{}, err
	}
	var outcomes []assistant.Outcome
	if err := json.Unmarshal(out, &outcomes); err != nil || len(outcomes) != 1 {
		return assistant.Outcome{}, fmt.Errorf("inbound handler answered %s", out)
	}
	if o := outcomes[0]; o.Result == assistant.ResultRejected {
		return o, conversation.Errorf(conversation.EINVALID, "Message refused: %s.", o.Detail)
	}
	return outcomes[0], nil
}

// RunJob sends one job through the Dispatch handler, as the scheduler would.
func (l *Local) RunJob(ctx context.Context, job conversation.Job) error {
	payload, err := json.Marshal(conversation.NewPayload(job))
	if err != nil {
		return err
	}
	_, err = l.dispatch.Invoke(ctx, payload)
	return err
}

// RunDue deletes the conversations whose retention has passed (DynamoDB's TTL
// does this on AWS), then runs every job due at the local clock's now, in time
// order, and returns them. A job that fails stays scheduled and is tried again
// on the next pass.
func (l *Local) RunDue(ctx context.Context) ([]conversation.Job, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if now := l.now(); now.Sub(l.expired) >= time.Hour {
		if _, err := l.DB.Store().Expire(ctx, now); err != nil {
			return nil, err
		}
		l.expired = now
	}
	sched := l.DB.Scheduler()
	var ran []conversation.Job
	for {
		due, err := sched.Due(ctx, l.now(), 100)
		if err != nil || len(due) == 0 {
			return ran, err
		}
		for _, job := range due {
			if err := l.RunJob(ctx, job); err != nil {
				return ran, fmt.Errorf("run %s: %w", job.Name(), err)
			}
			if err := sched.Done(ctx, job); err != nil {
				return ran, err
			}
			ran = append(ran, job)
		}
	}
}

// ServeAPI answers one API request through the API handler, as a Function URL would.
func (l *Local) ServeAPI(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	var resp events.LambdaFunctionURLResponse
	payload, err := json.Marshal(req)
	if err != nil {
		return resp, err
	}
	out, err := l.api.Invoke(ctx, payload)
	if err != nil {
		return resp, err
	}
	err = json.Unmarshal(out, &resp)
	return resp, err
}

// inbox is the local stand-in for the raw-mail bucket: one .eml file per message.
type inbox string

var _ conversation.RawMail = inbox("")

func (in inbox) put(raw []byte) (string, error) {
	if err := os.MkdirAll(string(in), 0o700); err != nil {
		return "", err
	}
	var b [12]byte
	_, _ = rand.Read(b[:])
	id := hex.EncodeToString(b[:])
	tmp := filepath.Join(string(in), "."+id)
	if err := os.WriteFile(tmp, raw, 0o600); err != nil {
		return "", fmt.Errorf("store inbound message: %w", err)
	}
	return id, os.Rename(tmp, filepath.Join(string(in), id+".eml"))
}

// Delete removes a stored message; a missing one is not an error.
func (in inbox) Delete(_ context.Context, id string) error {
	if id == "" || strings.ContainsAny(id, `/\.`) {
		return conversation.Errorf(conversation.EINVALID, "%q is not an inbound message ID.", id)
	}
	if err := os.Remove(filepath.Join(string(in), id+".eml")); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("delete inbound message %s: %w", id, err)
	}
	return nil
}

// Fetch reads a stored message; an unknown or malformed ID is ENOTFOUND.
func (in inbox) Fetch(_ context.Context, id string) ([]byte, error) {
	if id == "" || strings.ContainsAny(id, `/\.`) {
		return nil, conversation.Errorf(conversation.ENOTFOUND, "No inbound message %q.", id)
	}
	raw, err := os.ReadFile(filepath.Join(string(in), id+".eml"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, conversation.Errorf(conversation.ENOTFOUND, "No inbound message %q.", id)
	}
	if err == nil && len(raw) > mime.MaxMessageBytes {
		return nil, conversation.Errorf(conversation.EINVALID, "Inbound message %s is too large.", id)
	}
	return raw, err
}

// folder is the local stand-in for the bucket's files: one file per key
// (keys are paths of lower-case letters, digits and slashes).
type folder string

var _ conversation.Files = folder("")

func (f folder) path(key string) (string, error) {
	if key == "" || strings.Contains(key, "..") || strings.HasPrefix(key, "/") ||
		strings.ContainsFunc(key, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '/' || r == '-') }) {
		return "", conversation.FieldErrorf("key", "%q is not a file key.", key)
	}
	return filepath.Join(string(f), filepath.FromSlash(key)), nil
}

// Put stores data under key, replacing what was there.
func (f folder) Put(_ context.Context, key string, data []byte, _ string) error {
	p, err := f.path(key)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
		return err
	}
	tmp := p + ".tmp"
	if err := os.WriteFile(tmp, data, 0o600); err != nil {
		return fmt.Errorf("store file: %w", err)
	}
	return os.Rename(tmp, p)
}

// Get returns the file stored under key; ENOTFOUND if none.
func (f folder) Get(_ context.Context, key string) ([]byte, error) {
	p, err := f.path(key)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, conversation.Errorf(conversation.ENOTFOUND, "No file %q.", key)
	}
	return data, err
}

// Delete removes the file under key; a missing one is not an error.
func (f folder) Delete(_ context.Context, key string) error {
	p, err := f.path(key)
	if err != nil {
		return err
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("delete file %s: %w", key, err)
	}
	_ = os.Remove(filepath.Dir(p)) // the conversation's folder, once empty
	return nil
}

// localTokens loads the local reply-token key, creating a random one on first use.
func localTokens(path string) (*token.Signer, error) {
	spec, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		var k [24]byte
		_, _ = rand.Read(k[:])
		spec = []byte("1:" + hex.EncodeToString(k[:]))
		if err := os.WriteFile(path, spec, 0o600); err != nil {
			return nil, fmt.Errorf("write token key: %w", err)
		}
	} else if err != nil {
		return nil, fmt.Errorf("read token key: %w", err)
	}
	return token.ParseKeys(strings.TrimSpace(string(spec)))
}

func daysDuration(n int) time.Duration { return time.Duration(n) * 24 * time.Hour }
