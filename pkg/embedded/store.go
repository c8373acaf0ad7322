package embedded

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"time"

	"go.etcd.io/bbolt"

	"github.com/careerconv/careerconv/pkg/conversation"
)

var _ conversation.Store = (*Store)(nil)

// Page sizes of List.
const (
	DefaultListLimit = 50
	MaxListLimit     = 1000
)

// Store keeps conversations and the send ledger in the DB's file. Get it from
// DB.Store.
type Store struct {
	db *bbolt.DB
}

// indexed is the part of a stored conversation its index keys are made of.
type indexed struct {
	Version  int `json:"version"`
	Employee struct {
		Email string `json:"email"`
	} `json:"employee"`
	Manager struct {
		Email string `json:"email"`
	} `json:"manager"`
	MeetingStart time.Time           `json:"meetingStart"`
	Status       conversation.Status `json:"status"`
}

func indexOf(c *conversation.Conversation) indexed {
	var x indexed
	x.Version = c.Version
	x.Employee.Email, x.Manager.Email, x.MeetingStart, x.Status = c.Employee.Email, c.Manager.Email, c.MeetingStart, c.Status
	return x
}

// keys returns the keys of a conversation in the employees, managers and
// statuses buckets: the email or status, then the meeting start and the ID.
func (x indexed) keys(id string) (employee, manager, status []byte) {
	suffix := sortableInt64(nil, x.MeetingStart.UnixMilli())
	suffix = append(suffix, id...)
	employee = append(prefixed(strings.ToLower(x.Employee.Email)), suffix...)
	manager = append(prefixed(strings.ToLower(x.Manager.Email)), suffix...)
	status = append(prefixed(string(x.Status)), suffix...)
	return employee, manager, status
}

func putIndex(tx *bbolt.Tx, id string, x indexed) error {
	emp, mgr, st := x.keys(id)
	if err := tx.Bucket(bucketStatuses).Put(st, nil); err != nil {
		return fmt.Errorf("index by status: %w", err)
	}
	if err := tx.Bucket(bucketEmployees).Put(emp, nil); err != nil {
		return fmt.Errorf("index by employee: %w", err)
	}
	if err := tx.Bucket(bucketManagers).Put(mgr, nil); err != nil {
		return fmt.Errorf("index by manager: %w", err)
	}
	return nil
}

func deleteIndex(tx *bbolt.Tx, id string, x indexed) error {
	emp, mgr, st := x.keys(id)
	if err := tx.Bucket(bucketStatuses).Delete(st); err != nil {
		return fmt.Errorf("unindex by status: %w", err)
	}
	if err := tx.Bucket(bucketEmployees).Delete(emp); err != nil {
		return fmt.Errorf("unindex by employee: %w", err)
	}
	if err := tx.Bucket(bucketManagers).Delete(mgr); err != nil {
		return fmt.Errorf("unindex by manager: %w", err)
	}
	return nil
}

// checkConversation refuses what cannot be keyed.
func checkConversation(c *conversation.Conversation) error {
	if c == nil {
		return conversation.Errorf(conversation.EINVALID, "No conversation given.")
	}
	if err := checkKeyPart("conversation ID", c.ID); err != nil {
		return err
	}
	if err := checkKeyPart("employee's email", c.Employee.Email); err != nil {
		return err
	}
	return checkKeyPart("manager's email", c.Manager.Email)
}

// Create stores a new conversation and sets c.Version to 1. ECONFLICT if c.ID exists.
func (s *Store) Create(ctx context.Context, c *conversation.Conversation) error {
	if c == nil {
		return conversation.Errorf(conversation.EINVALID, "No conversation given.")
	}
	return s.CreateMany(ctx, []*conversation.Conversation{c})
}

// CreateMany stores new conversations in one transaction (one fsync), so
// either all of them are stored, each with Version 1, or none. ECONFLICT if
// one exists.
func (s *Store) CreateMany(ctx context.Context, cs []*conversation.Conversation) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("embedded: create conversations: %w", err)
	}
	data := make([][]byte, len(cs))
	for i, c := range cs {
		if err := checkConversation(c); err != nil {
			return err
		}
		stored := *c
		stored.Version = 1
		var err error
		if data[i], err = conversation.Encode(&stored); err != nil {
			return fmt.Errorf("embedded: encode conversation %s: %w", c.ID, err)
		}
	}
	err := s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketConversations)
		for i, c := range cs {
			if b.Get([]byte(c.ID)) != nil {
				return conversation.Errorf(conversation.ECONFLICT, "Conversation %s exists already.", c.ID)
			}
			if err := b.Put([]byte(c.ID), data[i]); err != nil {
				return err
			}
			x := indexOf(c)
			x.Version = 1
			if err := putIndex(tx, c.ID, x); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		if len(cs) == 1 {
			return fmt.Errorf("embedded: create conversation %s: %w", cs[0].ID, err)
		}
		return fmt.Errorf("embedded: create %d conversations: %w", len(cs), err)
	}
	for _, c := range cs {
		c.Version = 1
	}
	return nil
}

// Get loads a conversation. ENOTFOUND if there is none.
func (s *Store) Get(ctx context.Context, id string) (*conversation.Conversation, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("embedded: get conversation: %w", err)
	}
	var c *conversation.Conversation
	err := s.db.View(func(tx *bbolt.Tx) error {
		var err error
		c, err = load(tx, id)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("embedded: get conversation %s: %w", id, err)
	}
	return c, nil
}

// load decodes conversation id; ENOTFOUND if it is missing.
func load(tx *bbolt.Tx, id string) (*conversation.Conversation, error) {
	data := tx.Bucket(bucketConversations).Get([]byte(id))
	if data == nil {
		return nil, conversation.Errorf(conversation.ENOTFOUND, "There is no conversation %s.", id)
	}
	var c conversation.Conversation
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	normalizeTimes(&c)
	return &c, nil
}

// Update stores c if the stored version still equals c.Version, then increments
// c.Version, and stores links in the same transaction. ECONFLICT if it changed
// meanwhile, ENOTFOUND if it is gone.
func (s *Store) Update(ctx context.Context, c *conversation.Conversation, links ...conversation.MessageLink) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("embedded: update conversation: %w", err)
	}
	if err := checkConversation(c); err != nil {
		return err
	}
	linkData := make([][]byte, len(links))
	for i, l := range links {
		if err := checkLink(c.ID, l); err != nil {
			return err
		}
		linkData[i], _ = json.Marshal(l) // strings only: cannot fail
	}
	stored := *c
	stored.Version = c.Version + 1
	data, err := conversation.Encode(&stored)
	if err != nil {
		return fmt.Errorf("embedded: encode conversation %s: %w", c.ID, err)
	}
	err = s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketConversations)
		prev := b.Get([]byte(c.ID))
		if prev == nil {
			return conversation.Errorf(conversation.ENOTFOUND, "There is no conversation %s.", c.ID)
		}
		var old indexed
		if err := json.Unmarshal(prev, &old); err != nil {
			return fmt.Errorf("decode: %w", err)
		}
		if old.Version != c.Version {
			return conversation.Errorf(conversation.ECONFLICT, "Conversation %s changed meanwhile (version %d, not %d).", c.ID, old.Version, c.Version)
		}
		if err := b.Put([]byte(c.ID), data); err != nil {
			return err
		}
		for i, l := range links {
			if err := tx.Bucket(bucketMessages).Put([]byte(l.Key), linkData[i]); err != nil {
				return fmt.Errorf("link message: %w", err)
			}
			if err := tx.Bucket(bucketConvMessages).Put(append(prefixed(c.ID), l.Key...), nil); err != nil {
				return fmt.Errorf("link message: %w", err)
			}
		}
		newx := indexOf(&stored)
		oe, om, os := old.keys(c.ID)
		ne, nm, ns := newx.keys(c.ID)
		if bytes.Equal(oe, ne) && bytes.Equal(om, nm) && bytes.Equal(os, ns) {
			return nil
		}
		if err := deleteIndex(tx, c.ID, old); err != nil {
			return err
		}
		return putIndex(tx, c.ID, newx)
	})
	if err != nil {
		return fmt.Errorf("embedded: update conversation %s: %w", c.ID, err)
	}
	c.Version = stored.Version
	return nil
}

// checkLink refuses a link that is not conversation id's or has no key.
func checkLink(id string, l conversation.MessageLink) error {
	if l.Conversation != id || l.Key == "" || conversation.MessageKey(l.Key) != l.Key || l.Email == "" || l.Token == "" {
		return conversation.Errorf(conversation.EINVALID, "The message link %q is not one of conversation %s.", l.Key, id)
	}
	return nil
}

// FindMessage returns the link stored for a sent email's Message-ID.
// ENOTFOUND if there is none.
func (s *Store) FindMessage(ctx context.Context, messageID string) (conversation.MessageLink, error) {
	if err := ctx.Err(); err != nil {
		return conversation.MessageLink{}, fmt.Errorf("embedded: find message: %w", err)
	}
	k := conversation.MessageKey(messageID)
	if k == "" {
		return conversation.MessageLink{}, conversation.Errorf(conversation.ENOTFOUND, "No email was sent as %q.", messageID)
	}
	var l conversation.MessageLink
	err := s.db.View(func(tx *bbolt.Tx) error {
		data := tx.Bucket(bucketMessages).Get([]byte(k))
		if data == nil {
			return conversation.Errorf(conversation.ENOTFOUND, "No email was sent as %q.", messageID)
		}
		return json.Unmarshal(data, &l)
	})
	if err != nil {
		return conversation.MessageLink{}, fmt.Errorf("embedded: find message %s: %w", k, err)
	}
	return l, nil
}

// List returns the conversations of one employee or of one manager, by meeting
// start (then ID), a page at a time.
func (s *Store) List(ctx context.Context, q conversation.ListQuery) (conversation.ListPage, error) {
	if err := ctx.Err(); err != nil {
		return conversation.ListPage{}, fmt.Errorf("embedded: list conversations: %w", err)
	}
	bucket, email := bucketEmployees, q.Employee
	switch n := btoi(q.Employee != "") + btoi(q.Manager != "") + btoi(q.Status != ""); {
	case n != 1:
		return conversation.ListPage{}, conversation.Errorf(conversation.EINVALID, "List an employee's or a manager's conversations, or those with one status.")
	case q.Manager != "":
		bucket, email = bucketManagers, q.Manager
	case q.Status != "":
		bucket, email = bucketStatuses, string(q.Status)
	}
	if err := checkKeyPart("email", email); err != nil {
		return conversation.ListPage{}, err
	}
	if q.Status == "" && (!q.From.IsZero() || !q.To.IsZero()) {
		return conversation.ListPage{}, conversation.FieldErrorf("from", "A meeting date range goes with a status.")
	}
	limit := q.Limit
	switch {
	case limit < 0:
		return conversation.ListPage{}, conversation.Errorf(conversation.EINVALID, "The page size must not be negative.")
	case limit == 0:
		limit = DefaultListLimit
	case limit > MaxListLimit:
		limit = MaxListLimit
	}
	prefix := prefixed(strings.ToLower(email))
	if q.Status != "" {
		prefix = prefixed(email)
	}
	start := prefix
	if !q.From.IsZero() {
		start = sortableInt64(bytes.Clone(prefix), q.From.UnixMilli())
	}
	if q.Cursor != "" {
		after, err := base64.RawURLEncoding.DecodeString(q.Cursor)
		if err != nil || len(after) < 8 {
			return conversation.ListPage{}, conversation.Errorf(conversation.EINVALID, "The cursor %q is not one this listing returned.", q.Cursor)
		}
		start = append(bytes.Clone(prefix), after...)
	}
	var page conversation.ListPage
	err := s.db.View(func(tx *bbolt.Tx) error {
		cur := tx.Bucket(bucket).Cursor()
		k, _ := cur.Seek(start)
		if q.Cursor != "" && bytes.Equal(k, start) {
			k, _ = cur.Next()
		}
		var last []byte // the key of the last conversation on the page, less the prefix
		for ; k != nil && bytes.HasPrefix(k, prefix); k, _ = cur.Next() {
			if !q.To.IsZero() && unsortableInt64(k[len(prefix):]) >= q.To.UnixMilli() {
				return nil
			}
			if len(page.Conversations) == limit {
				page.Cursor = base64.RawURLEncoding.EncodeToString(last)
				return nil
			}
			last = k[len(prefix):]
			id := string(last[8:])
			c, err := load(tx, id)
			if err != nil {
				return fmt.Errorf("listed conversation %s: %w", id, err)
			}
			page.Conversations = append(page.Conversations, c)
		}
		return nil
	})
	if err != nil {
		return conversation.ListPage{}, fmt.Errorf("embedded: list conversations of %s: %w", email, err)
	}
	return page, nil
}

// Delete removes a conversation, its listings and its ledger. Deleting a missing
// conversation is not an error. Its jobs are the Scheduler's: cancel them there.
func (s *Store) Delete(ctx context.Context, id string) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("embedded: delete conversation: %w", err)
	}
	if err := checkKeyPart("conversation ID", id); err != nil {
		return err
	}
	err := s.db.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket(bucketConversations)
		if data := b.Get([]byte(id)); data != nil {
			var old indexed
			if err := json.Unmarshal(data, &old); err != nil {
				return fmt.Errorf("decode: %w", err)
			}
			if err := deleteIndex(tx, id, old); err != nil {
				return err
			}
			if err := b.Delete([]byte(id)); err != nil {
				return err
			}
		}
		prefix := prefixed(id)
		links := tx.Bucket(bucketConvMessages).Cursor()
		for k, _ := links.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = links.Seek(prefix) {
			if err := tx.Bucket(bucketMessages).Delete(k[len(prefix):]); err != nil {
				return fmt.Errorf("delete message link: %w", err)
			}
			if err := links.Delete(); err != nil {
				return fmt.Errorf("delete message link: %w", err)
			}
		}
		// Send-ledger entries of files written by earlier versions.
		cur := tx.Bucket(bucketLedger).Cursor()
		for k, _ := cur.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = cur.Seek(prefix) {
			if err := cur.Delete(); err != nil {
				return fmt.Errorf("delete ledger: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("embedded: delete conversation %s: %w", id, err)
	}
	return nil
}

// normalizeTimes applies the store contract to every time in c, found by
// reflection so that a time field added to the domain is covered too: each is
// truncated to the millisecond and put in UTC.
func normalizeTimes(c *conversation.Conversation) {
	normalizeValue(reflect.ValueOf(c).Elem())
}

var timeType = reflect.TypeFor[time.Time]()

func normalizeValue(v reflect.Value) {
	switch {
	case v.Type() == timeType:
		if v.CanSet() {
			v.Set(reflect.ValueOf(v.Interface().(time.Time).Truncate(time.Millisecond).UTC()))
		}
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				normalizeValue(v.Field(i))
			}
		}
	case v.Kind() == reflect.Slice || v.Kind() == reflect.Array:
		for i := range v.Len() {
			normalizeValue(v.Index(i))
		}
	case v.Kind() == reflect.Pointer && !v.IsNil():
		normalizeValue(v.Elem())
	}
}

// Expire deletes every conversation whose ExpiresAt has passed at now, with its
// ledger: the local counterpart of DynamoDB's TTL. It returns how many it deleted.
// It reads the whole (local) file, which DynamoDB's TTL never needs to.
func (s *Store) Expire(ctx context.Context, now time.Time) (int, error) {
	var expired []string
	err := s.db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketConversations).ForEach(func(k, v []byte) error {
			var c struct {
				ExpiresAt time.Time `json:"expiresAt"`
			}
			if err := json.Unmarshal(v, &c); err != nil {
				return fmt.Errorf("decode %s: %w", k, err)
			}
			if !c.ExpiresAt.IsZero() && !c.ExpiresAt.After(now) {
				expired = append(expired, string(k))
			}
			return nil
		})
	})
	if err != nil {
		return 0, fmt.Errorf("embedded: find expired conversations: %w", err)
	}
	for i, id := range expired {
		if err := s.Delete(ctx, id); err != nil {
			return i, err
		}
	}
	return len(expired), nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
