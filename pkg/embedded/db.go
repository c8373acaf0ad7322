package embedded

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// LockTimeout is how long Open waits for another process to release the file.
const LockTimeout = 2 * time.Second

// schema is the version of the file layout described in the package doc.
const schema = "1"

var (
	bucketMeta          = []byte("meta")
	bucketConversations = []byte("conversations")
	bucketEmployees     = []byte("employees")
	bucketManagers      = []byte("managers")
	bucketLedger        = []byte("ledger")
	bucketJobs          = []byte("jobs")
	bucketJobNames      = []byte("jobnames")
	bucketStatuses      = []byte("statuses")
	bucketMessages      = []byte("messages")
	bucketConvMessages  = []byte("convmessages")

	allBuckets = [][]byte{bucketMeta, bucketConversations, bucketEmployees, bucketManagers, bucketLedger, bucketJobs, bucketJobNames, bucketStatuses,
		bucketMessages, bucketConvMessages}
)

// DB is one open embedded file holding conversations, the send ledger and jobs.
// It is safe for concurrent use; Close it when done.
type DB struct {
	bolt      *bbolt.DB
	store     *Store
	scheduler *Scheduler
}

// Open opens the file at path, creating it and its folder if missing. If another
// process holds the file, Open fails with EUNAVAILABLE after LockTimeout.
func Open(path string) (*DB, error) {
	return open(path, LockTimeout)
}

func open(path string, lockTimeout time.Duration) (*DB, error) {
	if path == "" {
		return nil, conversation.Errorf(conversation.EINVALID, "The embedded database needs a file path.")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("embedded: create folder for %s: %w", path, err)
	}
	b, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: lockTimeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, &conversation.Error{
			Code:    conversation.EUNAVAILABLE,
			Message: fmt.Sprintf("The database %s is in use by another process (is careerconv already running?).", path),
			Err:     err,
		}
	}
	if err != nil {
		return nil, fmt.Errorf("embedded: open %s: %w", path, err)
	}
	err = b.Update(func(tx *bbolt.Tx) error {
		indexStatuses := tx.Bucket(bucketStatuses) == nil
		for _, name := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return fmt.Errorf("create bucket %s: %w", name, err)
			}
		}
		meta := tx.Bucket(bucketMeta)
		switch v := meta.Get([]byte("schema")); {
		case v == nil:
			return meta.Put([]byte("schema"), []byte(schema))
		case string(v) != schema:
			return fmt.Errorf("file layout %q is not the %q this version reads", v, schema)
		}
		if indexStatuses { // a file from before the index by status
			return tx.Bucket(bucketConversations).ForEach(func(id, data []byte) error {
				var x indexed
				if err := json.Unmarshal(data, &x); err != nil {
					return fmt.Errorf("index %s by status: %w", id, err)
				}
				_, _, st := x.keys(string(id))
				return tx.Bucket(bucketStatuses).Put(st, nil)
			})
		}
		return nil
	})
	if err != nil {
		_ = b.Close()
		return nil, fmt.Errorf("embedded: prepare %s: %w", path, err)
	}
	db := &DB{bolt: b}
	db.store = &Store{db: b}
	db.scheduler = &Scheduler{db: b}
	return db, nil
}

// Close releases the file. The Store and Scheduler fail afterwards.
func (db *DB) Close() error {
	if err := db.bolt.Close(); err != nil {
		return fmt.Errorf("embedded: close %s: %w", db.bolt.Path(), err)
	}
	return nil
}

// Path returns the file's path.
func (db *DB) Path() string { return db.bolt.Path() }

// Store returns the conversation.Store kept in this file.
func (db *DB) Store() *Store { return db.store }

// Scheduler returns the conversation.Scheduler kept in this file.
func (db *DB) Scheduler() *Scheduler { return db.scheduler }

// maxKeyPart bounds an ID, email or job name used in a key.
const maxKeyPart = 1024

// prefixed returns len(s) as two bytes followed by s: a prefix no other s shares.
func prefixed(s string) []byte {
	b := make([]byte, 2, 2+len(s))
	binary.BigEndian.PutUint16(b, uint16(len(s)))
	return append(b, s...)
}

// sortableInt64 encodes v in 8 bytes whose byte order is v's numeric order.
func sortableInt64(b []byte, v int64) []byte {
	return binary.BigEndian.AppendUint64(b, uint64(v)^(1<<63))
}

func unsortableInt64(b []byte) int64 {
	return int64(binary.BigEndian.Uint64(b) ^ (1 << 63))
}

// checkKeyPart refuses an empty or oversized ID, email or name.
func checkKeyPart(what, s string) error {
	if s == "" {
		return conversation.Errorf(conversation.EINVALID, "The %s is required.", what)
	}
	if len(s) > maxKeyPart {
		return conversation.Errorf(conversation.EINVALID, "The %s is longer than %d bytes.", what, maxKeyPart)
	}
	return nil
}
