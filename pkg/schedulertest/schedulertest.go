package schedulertest

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Pending lists every job currently scheduled, in any order. Each implementation
// provides its own: the embedded scheduler reads its file, the EventBridge one
// lists the schedules of its group.
type Pending func(ctx context.Context) ([]conversation.Job, error)

// Run runs the contract suite against the schedulers open makes. open must return
// a fresh scheduler with nothing scheduled for each call (one per subtest), the
// Pending that lists its jobs, and arrange cleanup with t.Cleanup.
func Run(t *testing.T, open func(t *testing.T) (conversation.Scheduler, Pending)) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s conversation.Scheduler, pending Pending)
	}{
		{"ScheduleMakesPending", testSchedule},
		{"ScheduleTwiceLeavesOne", testScheduleTwice},
		{"ScheduleNothing", testScheduleNothing},
		{"ScheduleInvalidRefused", testScheduleInvalid},
		{"CancelRemoves", testCancel},
		{"CancelUnknownFine", testCancelUnknown},
		{"ManyJobs", testMany},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, pending := open(t)
			tc.fn(t, s, pending)
		})
	}
}

// Jobs returns the jobs conversation.DefaultSchedule plans for a meeting two weeks
// from now, with At on whole seconds and a generation of gen: a realistic mix of
// kinds, sequence numbers and zones.
func Jobs(id string, gen int) []conversation.Job {
	start := time.Now().Add(14 * 24 * time.Hour).Truncate(time.Hour)
	c := &conversation.Conversation{
		ID:             id,
		Employee:       conversation.Participant{Name: "Ann", Email: "ann@example.com", TimeZone: "Asia/Kolkata"},
		Manager:        conversation.Participant{Name: "Mo", Email: "mo@example.com", TimeZone: "America/New_York"},
		MeetingStart:   start,
		MeetingMinutes: 45,
		Generation:     gen,
	}
	jobs := conversation.DefaultSchedule().Jobs(c, time.Now())
	for i := range jobs {
		jobs[i].At = jobs[i].At.Truncate(time.Second)
	}
	return jobs
}

func testSchedule(t *testing.T, s conversation.Scheduler, pending Pending) {
	jobs := Jobs(conversation.NewID(), 2)
	mustSchedule(t, s, jobs)
	assertPending(t, pending, jobs)
}

func testScheduleTwice(t *testing.T, s conversation.Scheduler, pending Pending) {
	jobs := Jobs(conversation.NewID(), 1)
	mustSchedule(t, s, jobs[:2])
	mustSchedule(t, s, jobs[:2])
	mustSchedule(t, s, jobs[1:3]) // overlapping
	assertPending(t, pending, jobs[:3])
}

func testScheduleNothing(t *testing.T, s conversation.Scheduler, pending Pending) {
	mustSchedule(t, s, nil)
	if err := s.Cancel(t.Context(), nil); err != nil {
		t.Errorf("Cancel(nil): %v", err)
	}
	assertPending(t, pending, nil)
}

func testScheduleInvalid(t *testing.T, s conversation.Scheduler, pending Pending) {
	good := Jobs(conversation.NewID(), 1)[0]
	for name, bad := range map[string]func(j *conversation.Job){
		"bad conversation ID": func(j *conversation.Job) { j.ConversationID = "not an id" },
		"unknown kind":        func(j *conversation.Job) { j.Kind = "party" },
		"negative generation": func(j *conversation.Job) { j.Generation = -1 },
		"zero time":           func(j *conversation.Job) { j.At = time.Time{} },
	} {
		t.Run(name, func(t *testing.T) {
			j := good
			bad(&j)
			err := s.Schedule(t.Context(), []conversation.Job{good, j})
			if code := conversation.ErrorCode(err); code != conversation.EINVALID {
				t.Errorf("Schedule of a job with %s: error %v (code %q), want %q", name, err, code, conversation.EINVALID)
			}
			assertPending(t, pending, nil)
		})
	}
}

func testCancel(t *testing.T, s conversation.Scheduler, pending Pending) {
	ctx := t.Context()
	jobs := Jobs(conversation.NewID(), 1)
	mustSchedule(t, s, jobs)
	// Cancel goes by identity: a different At does not matter.
	cancel := []conversation.Job{jobs[0], jobs[2]}
	cancel[1].At = cancel[1].At.Add(time.Hour)
	cancel[1].TimeZone = ""
	if err := s.Cancel(ctx, cancel); err != nil {
		t.Fatalf("Cancel: %v", err)
	}
	rest := slices.Concat(jobs[1:2], jobs[3:])
	assertPending(t, pending, rest)
	if err := s.Cancel(ctx, rest); err != nil {
		t.Fatalf("Cancel: %v", err)
	}
	assertPending(t, pending, nil)
	// A cancelled job can be scheduled again.
	mustSchedule(t, s, jobs[:1])
	assertPending(t, pending, jobs[:1])
}

func testCancelUnknown(t *testing.T, s conversation.Scheduler, pending Pending) {
	ctx := t.Context()
	jobs := Jobs(conversation.NewID(), 1)
	mustSchedule(t, s, jobs[:1])
	unknown := Jobs(conversation.NewID(), 1)
	if err := s.Cancel(ctx, unknown); err != nil {
		t.Errorf("Cancel of jobs never scheduled: %v", err)
	}
	stale := Jobs(jobs[0].ConversationID, 2) // same conversation, another generation
	if err := s.Cancel(ctx, stale); err != nil {
		t.Errorf("Cancel of another generation: %v", err)
	}
	if err := s.Cancel(ctx, jobs); err != nil { // one scheduled, the rest not
		t.Errorf("Cancel of partly scheduled jobs: %v", err)
	}
	if err := s.Cancel(ctx, jobs); err != nil {
		t.Errorf("Cancel twice: %v", err)
	}
	assertPending(t, pending, nil)
}

func testMany(t *testing.T, s conversation.Scheduler, pending Pending) {
	ctx := t.Context()
	var all, keep []conversation.Job
	for i := range 6 {
		jobs := Jobs(conversation.NewID(), i)
		all = append(all, jobs...)
		if i%2 == 0 {
			keep = append(keep, jobs...)
		} else if err := s.Schedule(ctx, jobs); err != nil {
			t.Fatalf("Schedule: %v", err)
		}
	}
	mustSchedule(t, s, keep)
	assertPending(t, pending, all)
	var drop []conversation.Job
	for _, j := range all {
		if !slices.Contains(keep, j) {
			drop = append(drop, j)
		}
	}
	if err := s.Cancel(ctx, drop); err != nil {
		t.Fatalf("Cancel: %v", err)
	}
	assertPending(t, pending, keep)
}

func mustSchedule(tb testing.TB, s conversation.Scheduler, jobs []conversation.Job) {
	tb.Helper()
	if err := s.Schedule(context.Background(), jobs); err != nil {
		tb.Fatalf("Schedule(%d jobs): %v", len(jobs), err)
	}
}

// assertPending checks that exactly want is pending: same names, At to the
// second, same identity and zone.
func assertPending(tb testing.TB, pending Pending, want []conversation.Job) {
	tb.Helper()
	got, err := pending(context.Background())
	if err != nil {
		tb.Fatalf("Pending: %v", err)
	}
	byName := func(a, b conversation.Job) int { return cmp.Compare(a.Name(), b.Name()) }
	got, want = slices.Clone(got), slices.Clone(want)
	slices.SortFunc(got, byName)
	slices.SortFunc(want, byName)
	same := len(got) == len(want)
	for i := 0; same && i < len(got); i++ {
		g, w := got[i], want[i]
		same = g.Name() == w.Name() && g.TimeZone == w.TimeZone && g.At.Truncate(time.Second).Equal(w.At.Truncate(time.Second))
	}
	if !same {
		tb.Errorf("pending jobs:\n%s\nwant:\n%s", show(got), show(want))
	}
}

func show(jobs []conversation.Job) string {
	if len(jobs) == 0 {
		return "  (none)"
	}
	var b strings.Builder
	for _, j := range jobs {
		fmt.Fprintf(&b, "  %s at %s (%s)\n", j.Name(), j.At.UTC().Format(time.RFC3339Nano), j.TimeZone)
	}
	return b.String()
}
