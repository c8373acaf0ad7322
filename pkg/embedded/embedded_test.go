package embedded

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/schedulertest"
	"github.com/careerconv/careerconv/pkg/storetest"
)

// openTemp opens a new file in a temporary folder and closes it after the test.
func openTemp(tb testing.TB) *DB {
	tb.Helper()
	db, err := Open(filepath.Join(tb.TempDir(), "state", "careerconv.db"))
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return db
}

func TestStoreContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) conversation.Store { return openTemp(t).Store() })
}

func TestSchedulerContract(t *testing.T) {
	schedulertest.Run(t, func(t *testing.T) (conversation.Scheduler, schedulertest.Pending) {
		s := openTemp(t).Scheduler()
		return s, s.Pending
	})
}

func wantCode(tb testing.TB, err error, code string) {
	tb.Helper()
	if got := conversation.ErrorCode(err); got != code {
		tb.Errorf("error %v (code %q), want code %q", err, got, code)
	}
}

func TestSurvivesReopen(t *testing.T) {
	ctx := t.Context()
	path := filepath.Join(t.TempDir(), "careerconv.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	c := storetest.Full(conversation.NewID(), func(t time.Time) time.Time { return t })
	if err := db.Store().Create(ctx, c); err != nil {
		t.Fatal(err)
	}
	jobs := schedulertest.Jobs(c.ID, c.Generation)
	if err := db.Scheduler().Schedule(ctx, jobs); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, err = Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db.Close()
	got, err := db.Store().Get(ctx, c.ID)
	if err != nil {
		t.Fatalf("Get after reopen: %v", err)
	}
	want := storetest.Full(c.ID, storetest.Stored)
	want.Version = 1
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after reopen got %+v\nwant %+v", got, want)
	}
	page, err := db.Store().List(ctx, conversation.ListQuery{Manager: c.Manager.Email})
	if err != nil || len(page.Conversations) != 1 {
		t.Errorf("List after reopen: %d conversations, %v", len(page.Conversations), err)
	}
	pending, err := db.Scheduler().Pending(ctx)
	if err != nil || len(pending) != len(jobs) {
		t.Errorf("after reopen %d jobs pending (%v), want %d", len(pending), err, len(jobs))
	}
}

func TestOpenLockedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "careerconv.db")
	first, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	second, err := open(path, 50*time.Millisecond)
	if err == nil {
		second.Close()
		t.Fatal("a second Open of a file in use succeeded")
	}
	wantCode(t, err, conversation.EUNAVAILABLE)
	if msg := conversation.ErrorMessage(err); msg == "" || !strings.Contains(msg, path) {
		t.Errorf("message %q does not name the file", msg)
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := open(path, 50*time.Millisecond)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	again.Close()
}

func TestOpenRefuses(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte("this is not a bbolt file, just some text that is long enough"), 0o600); err != nil {
		t.Fatal(err)
	}
	otherSchema := filepath.Join(dir, "future.db")
	b, err := bbolt.Open(otherSchema, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = b.Update(func(tx *bbolt.Tx) error {
		m, err := tx.CreateBucket(bucketMeta)
		if err != nil {
			return err
		}
		return m.Put([]byte("schema"), []byte("99"))
	})
	b.Close()
	if err != nil {
		t.Fatal(err)
	}
	for name, path := range map[string]string{
		"empty path":   "",
		"a folder":     dir,
		"not bbolt":    notDB,
		"other schema": otherSchema,
	} {
		t.Run(name, func(t *testing.T) {
			db, err := open(path, 50*time.Millisecond)
			if err == nil {
				db.Close()
				t.Fatalf("Open(%q) succeeded", path)
			}
		})
	}
}

func TestClosedDBFailsCleanly(t *testing.T) {
	db, err := Open(filepath.Join(t.TempDir(), "careerconv.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	c := storetest.Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", time.Now())
	if err := db.Store().Create(ctx, c); err == nil {
		t.Error("Create on a closed DB succeeded")
	}
	if _, err := db.Store().Get(ctx, c.ID); err == nil {
		t.Error("Get on a closed DB succeeded")
	}
	if _, err := db.Scheduler().Due(ctx, time.Now(), 0); err == nil {
		t.Error("Due on a closed DB succeeded")
	}
}

func TestCancelledContext(t *testing.T) {
	db := openTemp(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	c := storetest.Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", time.Now())
	if err := db.Store().Create(ctx, c); err == nil {
		t.Error("Create with a cancelled context succeeded")
	}
	if _, err := db.Store().Get(t.Context(), c.ID); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Errorf("Create with a cancelled context stored something: %v", err)
	}
	if err := db.Scheduler().Schedule(ctx, schedulertest.Jobs(c.ID, 1)); err == nil {
		t.Error("Schedule with a cancelled context succeeded")
	}
}

func TestStoreRefusesUnkeyable(t *testing.T) {
	s := openTemp(t).Store()
	ctx := t.Context()
	long := make([]byte, maxKeyPart+1)
	for i := range long {
		long[i] = 'a'
	}
	tests := map[string]func() error{
		"create nil": func() error { return s.Create(ctx, nil) },
		"update nil": func() error { return s.Update(ctx, nil) },
		"create no email": func() error {
			return s.Create(ctx, storetest.Minimal(conversation.NewID(), "", "mo@example.com", time.Now()))
		},
		"create long ID": func() error {
			return s.Create(ctx, storetest.Minimal(string(long), "a@example.com", "mo@example.com", time.Now()))
		},
		"list long email": func() error { _, err := s.List(ctx, conversation.ListQuery{Employee: string(long)}); return err },
		"delete no ID":    func() error { return s.Delete(ctx, "") },
	}
	for name, fn := range tests {
		t.Run(name, func(t *testing.T) { wantCode(t, fn(), conversation.EINVALID) })
	}
}

// jobAt returns a valid job of conversation id due at at.
func jobAt(id string, kind conversation.JobKind, seq int, at time.Time) conversation.Job {
	return conversation.Job{ConversationID: id, Kind: kind, Seq: seq, Generation: 1, At: at, TimeZone: "Europe/London"}
}

func names(jobs []conversation.Job) []string {
	var n []string
	for _, j := range jobs {
		n = append(n, j.Name())
	}
	return n
}

func TestDueAndDone(t *testing.T) {
	ctx := t.Context()
	s := openTemp(t).Scheduler()
	now := time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)
	id := conversation.NewID()
	early := jobAt(id, conversation.JobPrep, 0, now.Add(-48*time.Hour))
	atNow := jobAt(id, conversation.JobPreread, 0, now)
	justBefore := jobAt(id, conversation.JobNudge, 0, now.Add(-time.Nanosecond))
	later := jobAt(id, conversation.JobWrapUp, 0, now.Add(time.Nanosecond))
	muchLater := jobAt(id, conversation.JobCheckIn, 1, now.AddDate(0, 1, 0))
	// Before 1970 and in another zone: order is by instant, whatever the zone.
	ancient := jobAt(conversation.NewID(), conversation.JobReview, 0, time.Date(1969, 7, 20, 20, 17, 0, 0, time.FixedZone("EDT", -4*3600)))
	if err := s.Schedule(ctx, []conversation.Job{muchLater, later, atNow, early, justBefore, ancient}); err != nil {
		t.Fatal(err)
	}

	if at, ok, err := s.NextDue(ctx); err != nil || !ok || !at.Equal(ancient.At) {
		t.Errorf("NextDue = %v %v %v, want %v", at, ok, err, ancient.At)
	}
	tests := []struct {
		name  string
		limit int
		want  []conversation.Job
	}{
		{"no limit", 0, []conversation.Job{ancient, early, justBefore, atNow}},
		{"limit 2", 2, []conversation.Job{ancient, early}},
		{"limit above count", 10, []conversation.Job{ancient, early, justBefore, atNow}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Due(ctx, now, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(names(got), names(tc.want)) {
				t.Fatalf("Due = %v, want %v", names(got), names(tc.want))
			}
			for i := range got {
				if !got[i].At.Equal(tc.want[i].At) || got[i].TimeZone != tc.want[i].TimeZone || got[i].Generation != tc.want[i].Generation {
					t.Errorf("Due[%d] = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
	_, err := s.Due(ctx, now, -1)
	wantCode(t, err, conversation.EINVALID)

	due, err := s.Due(ctx, now, 0)
	if err != nil {
		t.Fatal(err)
	}
	// The pre-read is moved (same name, new time) while it runs: Done must keep it.
	moved := atNow
	moved.At = now.Add(time.Hour)
	if err := s.Schedule(ctx, []conversation.Job{moved}); err != nil {
		t.Fatal(err)
	}
	for _, j := range due {
		if err := s.Done(ctx, j); err != nil {
			t.Fatalf("Done(%s): %v", j.Name(), err)
		}
	}
	if err := s.Done(ctx, due[0]); err != nil {
		t.Errorf("Done twice: %v", err)
	}
	if err := s.Done(ctx, jobAt(conversation.NewID(), conversation.JobPrep, 0, now)); err != nil {
		t.Errorf("Done of a job never scheduled: %v", err)
	}
	wantCode(t, s.Done(ctx, conversation.Job{Kind: "bogus"}), conversation.EINVALID)

	pending, err := s.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []conversation.Job{later, moved, muchLater}
	if !reflect.DeepEqual(names(pending), names(want)) || !pending[1].At.Equal(moved.At) {
		t.Errorf("pending after Done = %v (%v), want %v with the pre-read at %v", names(pending), pending, names(want), moved.At)
	}
	if got, err := s.Due(ctx, now, 0); err != nil || len(got) != 0 {
		t.Errorf("Due after Done = %v, %v; want none", names(got), err)
	}
	if at, ok, err := s.NextDue(ctx); err != nil || !ok || !at.Equal(later.At) {
		t.Errorf("NextDue = %v %v %v, want %v", at, ok, err, later.At)
	}
}

func TestScheduleMovesJob(t *testing.T) {
	ctx := t.Context()
	s := openTemp(t).Scheduler()
	id := conversation.NewID()
	base := time.Date(2027, 1, 15, 9, 0, 0, 0, time.UTC)
	j := jobAt(id, conversation.JobPrep, 0, base)
	if err := s.Schedule(ctx, []conversation.Job{j}); err != nil {
		t.Fatal(err)
	}
	j.At = base.Add(2 * time.Hour)
	j.TimeZone = "Asia/Kolkata"
	if err := s.Schedule(ctx, []conversation.Job{j}); err != nil {
		t.Fatal(err)
	}
	pending, err := s.Pending(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(pending) != 1 || !pending[0].At.Equal(j.At) || pending[0].TimeZone != "Asia/Kolkata" {
		t.Errorf("pending = %+v, want the one job at %v", pending, j.At)
	}
	if due, _ := s.Due(ctx, base.Add(time.Hour), 0); len(due) != 0 {
		t.Errorf("the old time is still due: %v", names(due))
	}
	if _, ok, err := s.NextDue(ctx); !ok || err != nil {
		t.Errorf("NextDue = %v, %v", ok, err)
	}
	if err := s.Cancel(ctx, []conversation.Job{j}); err != nil {
		t.Fatal(err)
	}
	if at, ok, err := s.NextDue(ctx); ok || err != nil {
		t.Errorf("NextDue with nothing pending = %v %v %v", at, ok, err)
	}
}

// A file from before the index by status gets it when opened.
func TestOpenIndexesStatuses(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	c := storetest.Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", time.Date(2027, 3, 1, 10, 0, 0, 0, time.UTC))
	if err := db.Store().Create(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	if err := db.bolt.Update(func(tx *bbolt.Tx) error { return tx.DeleteBucket(bucketStatuses) }); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	page, err := db.Store().List(context.Background(), conversation.ListQuery{Status: conversation.StatusScheduled})
	if err != nil || len(page.Conversations) != 1 || page.Conversations[0].ID != c.ID {
		t.Fatalf("after reopening: %+v, %v; want the conversation listed by status", page, err)
	}
}

// Jobs a file of an earlier version holds (the job as JSON, the whole key in
// jobnames) are still due, moved, cancelled and done.
func TestReadsJobsWrittenBefore(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	s := db.Scheduler()
	t0 := time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)
	id1, id2 := conversation.NewID(), conversation.NewID()
	old := []conversation.Job{jobAt(id1, conversation.JobPrep, 0, t0), jobAt(id2, conversation.JobReview, 0, t0.Add(time.Hour))}
	old[0].TimeZone = "Europe/Berlin"
	err := db.bolt.Update(func(tx *bbolt.Tx) error {
		for _, j := range old {
			data, _ := json.Marshal(j)
			key := jobKey(j.At, j.Name())
			if err := tx.Bucket(bucketJobs).Put(key, data); err != nil {
				return err
			}
			if err := tx.Bucket(bucketJobNames).Put([]byte(j.Name()), key); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	due, err := s.Due(ctx, t0.Add(2*time.Hour), 0)
	if err != nil || len(due) != 2 || due[0].Name() != old[0].Name() || due[0].TimeZone != "Europe/Berlin" || !due[1].At.Equal(old[1].At) {
		t.Fatalf("Due = %+v, %v; want both, as written", due, err)
	}
	moved := old[0]
	moved.At = t0.Add(3 * time.Hour)
	if err := s.Schedule(ctx, []conversation.Job{moved}); err != nil {
		t.Fatal(err)
	}
	if err := s.Done(ctx, old[1]); err != nil {
		t.Fatal(err)
	}
	pending, err := s.Pending(ctx)
	if err != nil || len(pending) != 1 || !pending[0].At.Equal(moved.At) || pending[0].TimeZone != "Europe/Berlin" {
		t.Fatalf("Pending = %+v, %v; want the moved prep only", pending, err)
	}
	if err := s.Cancel(ctx, []conversation.Job{moved}); err != nil {
		t.Fatal(err)
	}
	if pending, _ := s.Pending(ctx); len(pending) != 0 {
		t.Errorf("after Cancel: %+v", pending)
	}
}
