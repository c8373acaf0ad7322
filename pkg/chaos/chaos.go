package chaos

import (
	"container/heap"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambdacontext"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/embedded"
	"github.com/careerconv/careerconv/pkg/handlers"
	"github.com/careerconv/careerconv/pkg/mailcompose"
	"github.com/careerconv/careerconv/pkg/outbox"
	"github.com/careerconv/careerconv/pkg/questions"
	"github.com/careerconv/careerconv/pkg/token"
)

// Config sets up one run.
type Config struct {
	// N is the number of whole lifecycles.
	N int
	// Before and After are the fractions of port calls failing before and after
	// the real call.
	Before, After float64
	// Seed makes a run repeatable (up to the interleaving of concurrent deliveries).
	Seed uint64
	// Dir holds the store and the outbox; "" means a temporary folder, removed after.
	Dir string
	// Workers bounds the deliveries running at once; 0 means 8.
	Workers int
}

// Lambda's asynchronous invocation: the first try and two retries, a minute and
// two more later, then the dead-letter queue. The harness redrives a dead letter
// an hour after it arrived, at most maxRedrives times.
var retryDelays = []time.Duration{0, time.Minute, 2 * time.Minute}

const (
	redriveAfter = time.Hour
	maxRedrives  = 30
	replyAfter   = 2 * time.Hour
	hrAttempts   = 10
)

// start is the simulated clock's start.
var start = time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)

type eventKind int

const (
	evJob eventKind = iota
	evMail
	evCreate
	evReschedule
)

// event is one delivery to a function (or one HR request).
type event struct {
	at      time.Time
	seq     int
	kind    eventKind
	job     conversation.Job
	sesID   string // evMail: the inbox key
	life    int    // evCreate, evMail: the lifecycle
	try     int    // 0-based try of this delivery
	redrive int
	request string // Lambda's request ID: the same for the retries of one delivery
	label   string
}

type queue []*event

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if !q[i].at.Equal(q[j].at) {
		return q[i].at.Before(q[j].at)
	}
	return q[i].seq < q[j].seq
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)   { *q = append(*q, x.(*event)) }
func (q *queue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

// lifecycle is what one employee did and saw.
type lifecycle struct {
	employee, manager string
	ids               []string         // conversations HR was told were created
	replies           map[string]reply // reply Message-ID → what it answered
	replied           map[string]bool  // conversation/email already answered
	createFailed      bool
	meeting           time.Time // as HR created it
}

// rescheduled reports whether HR moves lifecycle i's meeting: every fourth, two
// days before it (after the prep), by a day.
func rescheduled(i int) bool { return i%4 == 0 }

type reply struct {
	conversation, email string
}

type harness struct {
	cfg      Config
	faults   *Faults
	db       *embedded.DB
	provider *provider
	inbox    *inbox
	api      *handlers.API
	inbound  *handlers.Inbound
	dispatch *handlers.Dispatch

	clock atomic.Int64
	seq   int
	q     queue
	dead  []*event
	// givenUp are the deliveries still failing after maxRedrives redrives.
	givenUp []string
	lives   []*lifecycle
	seen    int // provider acceptances already looked at

	mu         sync.Mutex
	deliveries int
	retries    int
	redriven   int
}

func (h *harness) now() time.Time { return time.Unix(0, h.clock.Load()).UTC() }

// Run runs cfg.N lifecycles under injected faults and reports what went wrong.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if cfg.N <= 0 {
		return nil, fmt.Errorf("chaos: N must be positive")
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 8
	}
	dir := cfg.Dir
	if dir == "" {
		base := ""
		if fi, err := os.Stat("/dev/shm"); err == nil && fi.IsDir() {
			base = "/dev/shm" // the store syncs every write: keep it in memory
		}
		d, err := os.MkdirTemp(base, "careerconv-chaos-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	h := &harness{cfg: cfg, faults: NewFaults(cfg.Before, cfg.After, cfg.Seed)}
	h.clock.Store(start.UnixNano())
	db, err := embedded.Open(filepath.Join(dir, "careerconv.db"))
	if err != nil {
		return nil, err
	}
	defer db.Close()
	h.db = db
	bank, err := questions.Load("")
	if err != nil {
		return nil, err
	}
	tokens, err := token.ParseKeys("1:000102030405060708090a0b0c0d0e0f1011121314151617")
	if err != nil {
		return nil, err
	}
	h.provider = &provider{Mailer: &outbox.Mailer{Dir: filepath.Join(dir, "outbox"), Now: h.now}, count: map[string]int{}}
	h.inbox = &inbox{raw: map[string][]byte{}}
	a, err := assistant.New(assistant.Config{
		Store:         Store{Store: db.Store(), F: h.faults},
		Mailer:        Mailer{Mailer: h.provider, F: h.faults},
		Scheduler:     Scheduler{Scheduler: db.Scheduler(), F: h.faults},
		Composer:      &mailcompose.Composer{From: "careerconv <careerconv@careerconv.test>", MessageDomain: "careerconv.test", Bank: bank},
		Bank:          bank,
		Tokens:        tokens,
		InboundDomain: "reply.careerconv.test",
		Now:           h.now,
	})
	if err != nil {
		return nil, err
	}
	quiet := slog.New(slog.DiscardHandler)
	h.api = &handlers.API{Assistant: a, Log: quiet}
	h.inbound = &handlers.Inbound{Assistant: a, Raw: RawMail{RawMail: h.inbox, F: h.faults}, Log: quiet}
	h.dispatch = &handlers.Dispatch{Assistant: a, Log: quiet}

	for i := range cfg.N {
		h.lives = append(h.lives, &lifecycle{
			employee: fmt.Sprintf("emp%04d@example.com", i),
			manager:  fmt.Sprintf("mgr%03d@example.com", i%97),
			replies:  map[string]reply{}, replied: map[string]bool{},
		})
		h.push(&event{at: start, kind: evCreate, life: i, label: fmt.Sprintf("create/%d", i)})
		if rescheduled(i) {
			h.push(&event{at: start.AddDate(0, 0, 8+i%5), kind: evReschedule, life: i, label: fmt.Sprintf("reschedule/%d", i)})
		}
	}
	if err := h.loop(ctx); err != nil {
		return nil, err
	}
	return h.report(ctx)
}

func (h *harness) push(e *event) {
	h.seq++
	e.seq = h.seq
	if e.request == "" {
		e.request = fmt.Sprintf("req-%d", e.seq)
	}
	heap.Push(&h.q, e)
}

// loop advances the clock from event to event until nothing is left to deliver.
func (h *harness) loop(ctx context.Context) error {
	sched := h.db.Scheduler()
	for {
		// What falls due next: a delivery, a scheduled job, or a dead letter to redrive.
		var next time.Time
		if len(h.q) > 0 {
			next = h.q[0].at
		}
		if at, ok, err := sched.NextDue(ctx); err != nil {
			return err
		} else if ok && (next.IsZero() || at.Before(next)) {
			next = at
		}
		for _, d := range h.dead {
			if at := d.at.Add(redriveAfter); next.IsZero() || at.Before(next) {
				next = at
			}
		}
		if next.IsZero() {
			return nil
		}
		if next.After(h.now()) {
			h.clock.Store(next.UnixNano())
		}
		now := h.now()
		// The scheduler hands each due job over twice (at least once delivery):
		// half the time both at once, otherwise the second a little later.
		due, err := sched.Due(ctx, now, 0)
		if err != nil {
			return err
		}
		for _, job := range due {
			label := "job/" + job.ConversationID + "/" + job.Email()
			h.push(&event{at: now, kind: evJob, job: job, label: label})
			second := now
			if !h.faults.coin() {
				second = now.Add(30 * time.Second)
			}
			h.push(&event{at: second, kind: evJob, job: job, label: label})
			if err := sched.Done(ctx, job); err != nil {
				return err
			}
		}
		var keep []*event
		for _, d := range h.dead {
			if d.at.Add(redriveAfter).After(now) {
				keep = append(keep, d)
				continue
			}
			// A redrive is a new invocation: new request ID, three tries again.
			h.redriven++
			h.push(&event{at: now, kind: d.kind, job: d.job, sesID: d.sesID, life: d.life, redrive: d.redrive + 1, label: d.label})
		}
		h.dead = keep
		var batch []*event
		for len(h.q) > 0 && !h.q[0].at.After(now) {
			batch = append(batch, heap.Pop(&h.q).(*event))
		}
		h.run(ctx, batch)
		h.collect()
	}
}

// run delivers a batch of events due at the same time, concurrently.
func (h *harness) run(ctx context.Context, batch []*event) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, h.cfg.Workers)
	failed := make([]bool, len(batch))
	for i, e := range batch {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			failed[i] = h.deliver(ctx, e) != nil
		}()
	}
	wg.Wait()
	now := h.now()
	for i, e := range batch {
		if !failed[i] {
			continue
		}
		if e.try+1 < len(retryDelays) {
			h.retries++
			r := *e
			r.try++
			r.at = now.Add(retryDelays[r.try])
			h.push(&r)
			continue
		}
		if e.redrive < maxRedrives {
			d := *e
			d.at, d.try = now, 0
			h.dead = append(h.dead, &d)
		} else {
			h.givenUp = append(h.givenUp, e.label)
		}
	}
}

// deliver runs one delivery through its handler, as Lambda would.
func (h *harness) deliver(ctx context.Context, e *event) error {
	h.mu.Lock()
	h.deliveries++
	h.mu.Unlock()
	ctx = lambdacontext.NewContext(withLabel(ctx, e.label), &lambdacontext.LambdaContext{AwsRequestID: e.request})
	switch e.kind {
	case evJob:
		return h.dispatch.Handle(ctx, conversation.NewPayload(e.job))
	case evMail:
		ev := events.SimpleEmailEvent{Records: []events.SimpleEmailRecord{{SES: events.SimpleEmailService{
			Mail:    events.SimpleEmailMessage{MessageID: e.sesID, Timestamp: h.now()},
			Receipt: events.SimpleEmailReceipt{Timestamp: h.now(), Recipients: nil},
		}}}}
		_, err := h.inbound.Handle(ctx, ev)
		return err
	case evCreate:
		h.create(ctx, e.life)
	case evReschedule:
		h.reschedule(ctx, e.life)
	}
	return nil
}

// reschedule is HR moving a meeting a day later through the API, retrying a
// failed call (a retry of a move that happened changes nothing).
func (h *harness) reschedule(ctx context.Context, i int) {
	l := h.lives[i]
	h.mu.Lock()
	ids := slices.Clone(l.ids)
	h.mu.Unlock()
	if len(ids) == 0 {
		return
	}
	body, _ := json.Marshal(map[string]string{"meetingStart": l.meeting.Add(24 * time.Hour).Format(time.RFC3339)})
	req := events.LambdaFunctionURLRequest{RawPath: "/conversations/" + ids[0] + "/reschedule", Body: string(body),
		RequestContext: events.LambdaFunctionURLRequestContext{HTTP: events.LambdaFunctionURLRequestContextHTTPDescription{Method: "POST"}}}
	for range hrAttempts {
		if resp, _ := h.api.Handle(ctx, req); resp.StatusCode == 200 {
			return
		}
	}
}

// create is HR creating a conversation through the API, retrying a failed call.
func (h *harness) create(ctx context.Context, i int) {
	l := h.lives[i]
	meeting := start.AddDate(0, 0, 10+i%5).Add(time.Duration(2+i%6) * time.Hour)
	h.mu.Lock()
	l.meeting = meeting
	h.mu.Unlock()
	body, _ := json.Marshal(map[string]any{
		"employee":     map[string]string{"name": fmt.Sprintf("Employee %d", i), "email": l.employee, "timeZone": "Europe/London"},
		"manager":      map[string]string{"name": fmt.Sprintf("Manager %d", i%97), "email": l.manager, "timeZone": "Europe/Berlin"},
		"meetingStart": meeting.Format(time.RFC3339),
	})
	req := events.LambdaFunctionURLRequest{RawPath: "/conversations", Body: string(body),
		Headers:        map[string]string{"idempotency-key": fmt.Sprintf("chaos-%d", i)},
		RequestContext: events.LambdaFunctionURLRequestContext{HTTP: events.LambdaFunctionURLRequestContextHTTPDescription{Method: "POST"}}}
	for range hrAttempts {
		resp, _ := h.api.Handle(ctx, req)
		if resp.StatusCode == 201 || resp.StatusCode == 200 {
			var v struct {
				ID string `json:"id"`
			}
			_ = json.Unmarshal([]byte(resp.Body), &v)
			h.mu.Lock()
			if !slices.Contains(l.ids, v.ID) {
				l.ids = append(l.ids, v.ID)
			}
			h.mu.Unlock()
			return
		}
	}
	h.mu.Lock()
	l.createFailed = true
	h.mu.Unlock()
}

// collect looks at what the provider accepted since last time: the employee
// replies to each email that asks for a reply, once, a while later.
func (h *harness) collect() {
	fresh := h.provider.since(h.seen)
	h.seen += len(fresh)
	for _, a := range fresh {
		if _, ok := replyBody(a.name); !ok || a.replyTo == "" {
			continue
		}
		i := h.lifeOf(a.conversation)
		if i < 0 {
			continue
		}
		l := h.lives[i]
		key := a.conversation + "/" + a.name
		if l.replied[key] {
			continue
		}
		l.replied[key] = true
		msgID := fmt.Sprintf("reply.%s.%s@mail.example.com", a.conversation, a.name)
		l.replies[msgID] = reply{conversation: a.conversation, email: a.name}
		sesID := "ses-" + a.conversation + "-" + a.name
		h.inbox.put(sesID, renderReply(l.employee, a, msgID))
		at := h.now().Add(replyAfter)
		label := "mail/" + a.conversation + "/" + a.name
		h.push(&event{at: at, kind: evMail, sesID: sesID, life: i, label: label})
		second := at
		if !h.faults.coin() {
			second = at.Add(30 * time.Second)
		}
		h.push(&event{at: second, kind: evMail, sesID: sesID, life: i, label: label})
	}
}

// lifeOf finds the lifecycle of a conversation by its stored employee.
func (h *harness) lifeOf(id string) int {
	c, err := h.db.Store().Get(context.Background(), id)
	if err != nil {
		return -1
	}
	var i int
	if _, err := fmt.Sscanf(strings.TrimPrefix(c.Employee.Email, "emp"), "%04d@", &i); err != nil || i < 0 || i >= len(h.lives) {
		return -1
	}
	return i
}
