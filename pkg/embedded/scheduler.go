package embedded

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"github.com/careerconv/careerconv/pkg/conversation"
)

var _ conversation.Scheduler = (*Scheduler)(nil)

// Scheduler keeps pending jobs in the DB's file, by due time. Nothing runs them
// by itself: the local runner asks for the Due ones, runs them, and marks each Done.
// Get it from DB.Scheduler.
type Scheduler struct {
	db *bbolt.DB
}

// jobKey is a job's key in the jobs bucket: its due time (byte order is time
// order), then its name.
func jobKey(at time.Time, name string) []byte {
	k := sortableInt64(make([]byte, 0, 12+len(name)), at.Unix())
	k = binary.BigEndian.AppendUint32(k, uint32(at.Nanosecond()))
	return append(k, name...)
}

// jobKeyTime returns the due time a jobs key starts with.
func jobKeyTime(k []byte) time.Time {
	return time.Unix(unsortableInt64(k[:8]), int64(binary.BigEndian.Uint32(k[8:12]))).UTC()
}

// A job is stored as little as it takes: its key in jobs is its due time and
// name, and the name holds the rest (conversation.ParseJobName) but the time
// zone, which is the value. The jobnames value is the key's time part. Files
// written before hold a job's JSON as the value and the whole key in jobnames;
// both are still read.

// decodeJob returns the job stored under key k with value v.
func decodeJob(k, v []byte) (conversation.Job, error) {
	if len(v) > 0 && v[0] == '{' { // written before: the job as JSON
		var j conversation.Job
		err := json.Unmarshal(v, &j)
		return j, err
	}
	j, err := conversation.ParseJobName(string(k[12:]))
	if err != nil {
		return j, err
	}
	j.At, j.TimeZone = jobKeyTime(k), string(v)
	return j, nil
}

// jobKeyOf returns the jobs key of the job named name from its jobnames value
// (nil: not pending).
func jobKeyOf(name string, v []byte) []byte {
	if len(v) != 12 { // nil, or written before: the whole key
		return bytes.Clone(v)
	}
	return append(bytes.Clone(v), name...)
}

func checkJobs(jobs []conversation.Job, needTime bool) error {
	for _, j := range jobs {
		if err := j.Validate(); err != nil {
			return err
		}
		if needTime && j.At.IsZero() {
			return conversation.FieldErrorf("at", "Job %s has no time.", j.Name())
		}
	}
	return nil
}

// Schedule arranges every job. A job whose name is pending already is not an
// error: it is kept once, at the time given now (so a job rescheduled under the
// same name moves). Invalid jobs are EINVALID and then nothing is scheduled.
func (s *Scheduler) Schedule(ctx context.Context, jobs []conversation.Job) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("embedded: schedule jobs: %w", err)
	}
	if err := checkJobs(jobs, true); err != nil {
		return err
	}
	if len(jobs) == 0 {
		return nil
	}
	err := s.db.Update(func(tx *bbolt.Tx) error {
		byTime, byName := tx.Bucket(bucketJobs), tx.Bucket(bucketJobNames)
		for _, j := range jobs {
			name := j.Name()
			key := jobKey(j.At, name)
			if old := jobKeyOf(name, byName.Get([]byte(name))); old != nil && !bytes.Equal(old, key) {
				if err := byTime.Delete(old); err != nil {
					return fmt.Errorf("move job %s: %w", name, err)
				}
			}
			if err := byTime.Put(key, []byte(j.TimeZone)); err != nil {
				return fmt.Errorf("put job %s: %w", name, err)
			}
			if err := byName.Put([]byte(name), key[:12]); err != nil {
				return fmt.Errorf("name job %s: %w", name, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("embedded: schedule %d jobs: %w", len(jobs), err)
	}
	return nil
}

// Cancel removes jobs by name (At does not matter); a job not pending is not an error.
func (s *Scheduler) Cancel(ctx context.Context, jobs []conversation.Job) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("embedded: cancel jobs: %w", err)
	}
	if err := checkJobs(jobs, false); err != nil {
		return err
	}
	if len(jobs) == 0 {
		return nil
	}
	err := s.db.Update(func(tx *bbolt.Tx) error {
		byTime, byName := tx.Bucket(bucketJobs), tx.Bucket(bucketJobNames)
		for _, j := range jobs {
			name := []byte(j.Name())
			key := jobKeyOf(string(name), byName.Get(name))
			if key == nil {
				continue
			}
			if err := byTime.Delete(key); err != nil {
				return fmt.Errorf("cancel job %s: %w", name, err)
			}
			if err := byName.Delete(name); err != nil {
				return fmt.Errorf("cancel job %s: %w", name, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("embedded: cancel %d jobs: %w", len(jobs), err)
	}
	return nil
}

// Due returns up to limit pending jobs whose At is at or before now, earliest
// first (0 means no limit). They stay pending until Done.
func (s *Scheduler) Due(ctx context.Context, now time.Time, limit int) ([]conversation.Job, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("embedded: due jobs: %w", err)
	}
	if limit < 0 {
		return nil, conversation.Errorf(conversation.EINVALID, "The limit of due jobs must not be negative.")
	}
	jobs, err := s.scan(func(at time.Time, n int) bool {
		return !at.After(now) && (limit == 0 || n < limit)
	})
	if err != nil {
		return nil, fmt.Errorf("embedded: due jobs at %s: %w", now.Format(time.RFC3339), err)
	}
	return jobs, nil
}

// Pending returns every pending job, earliest first: the schedulertest.Pending of
// this implementation, and what a "schedule" listing shows.
func (s *Scheduler) Pending(ctx context.Context) ([]conversation.Job, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("embedded: pending jobs: %w", err)
	}
	jobs, err := s.scan(func(time.Time, int) bool { return true })
	if err != nil {
		return nil, fmt.Errorf("embedded: pending jobs: %w", err)
	}
	return jobs, nil
}

// NextDue returns when the earliest pending job is due; ok is false when none is
// pending. The local loop sleeps until then (or until something is scheduled).
func (s *Scheduler) NextDue(ctx context.Context) (at time.Time, ok bool, err error) {
	if err := ctx.Err(); err != nil {
		return time.Time{}, false, fmt.Errorf("embedded: next due job: %w", err)
	}
	err = s.db.View(func(tx *bbolt.Tx) error {
		if k, _ := tx.Bucket(bucketJobs).Cursor().First(); k != nil {
			at, ok = jobKeyTime(k), true
		}
		return nil
	})
	if err != nil {
		return time.Time{}, false, fmt.Errorf("embedded: next due job: %w", err)
	}
	return at, ok, nil
}

// scan returns jobs in due order while more(at, count so far) holds.
func (s *Scheduler) scan(more func(at time.Time, n int) bool) ([]conversation.Job, error) {
	var jobs []conversation.Job
	err := s.db.View(func(tx *bbolt.Tx) error {
		cur := tx.Bucket(bucketJobs).Cursor()
		for k, v := cur.First(); k != nil && more(jobKeyTime(k), len(jobs)); k, v = cur.Next() {
			j, err := decodeJob(k, v)
			if err != nil {
				return fmt.Errorf("decode job %q: %w", k[12:], err)
			}
			jobs = append(jobs, j)
		}
		return nil
	})
	return jobs, err
}

// Done removes job after it ran. If the job was scheduled again meanwhile under
// the same name for another time, that newer time is kept; a job no longer
// pending is not an error.
func (s *Scheduler) Done(ctx context.Context, job conversation.Job) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("embedded: job done: %w", err)
	}
	if err := checkJobs([]conversation.Job{job}, true); err != nil {
		return err
	}
	name := job.Name()
	err := s.db.Update(func(tx *bbolt.Tx) error {
		byTime, byName := tx.Bucket(bucketJobs), tx.Bucket(bucketJobNames)
		key := jobKeyOf(name, byName.Get([]byte(name)))
		if key == nil || !bytes.Equal(key, jobKey(job.At, name)) {
			return nil
		}
		if err := byTime.Delete(key); err != nil {
			return err
		}
		return byName.Delete([]byte(name))
	})
	if err != nil {
		return fmt.Errorf("embedded: job %s done: %w", name, err)
	}
	return nil
}
