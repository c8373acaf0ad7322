package outbox

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

var _ conversation.Mailer = (*Mailer)(nil)

// Ext is the extension of the files the Mailer writes.
const Ext = ".eml"

// Mailer writes each email to Dir as <timestamp>-<seq>-<message id>.eml. The file
// appears atomically (written to a temporary file, then renamed), so a reader never
// sees half a message. Dir is created when needed. A Mailer is safe for concurrent
// use; several Mailers (or processes) may share a Dir.
type Mailer struct {
	// Dir is the folder the .eml files go to.
	Dir string
	// Now returns the time used in file names; nil means time.Now.
	Now func() time.Time

	mu   sync.Mutex
	last string // the last timestamp used
	seq  int    // emails written within that timestamp
}

// simulator holds SES's mailbox simulator addresses that never take mail, so the
// local path of a bounce or a complaint can be tried as on AWS: a send to one is
// refused for good, and the assistant marks the participant undeliverable.
var simulator = map[string]string{
	"bounce@simulator.amazonses.com":    "The address bounced",
	"complaint@simulator.amazonses.com": "The recipient complained",
}

// maxIDLen bounds the message-ID part of a file name.
const maxIDLen = 100

// Send writes e.Raw to a new file in m.Dir and returns e.MessageID, the
// Message-ID it wrote. An email without Raw is EINVALID; a failure to write is
// EUNAVAILABLE.
func (m *Mailer) Send(ctx context.Context, e conversation.Email) (string, error) {
	if err := m.write(ctx, e); err != nil {
		return "", err
	}
	return e.MessageID, nil
}

func (m *Mailer) write(ctx context.Context, e conversation.Email) error {
	if err := ctx.Err(); err != nil {
		return conversation.Unavailable(err, "Sending was cancelled.")
	}
	if err := e.Validate(); err != nil {
		return err // what SES would refuse, refused here too
	}
	for _, to := range e.To {
		if why, ok := simulator[strings.ToLower(to)]; ok {
			return conversation.FieldErrorf("to", "%s (SES mailbox simulator).", why)
		}
	}
	if m.Dir == "" {
		return conversation.Errorf(conversation.EINVALID, "The outbox has no folder configured.")
	}
	if err := os.MkdirAll(m.Dir, 0o700); err != nil {
		return conversation.Unavailable(err, "The outbox folder cannot be created.")
	}
	stamp, seq := m.next()
	name := fmt.Sprintf("%s-%06d-%s%s", stamp, seq, sanitize(e.MessageID), Ext)
	tmp, err := os.CreateTemp(m.Dir, ".tmp-*")
	if err != nil {
		return conversation.Unavailable(err, "The outbox file cannot be created.")
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(e.Raw); err != nil {
		tmp.Close()
		return conversation.Unavailable(err, "The outbox file cannot be written.")
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return conversation.Unavailable(err, "The outbox file cannot be written.")
	}
	if err := tmp.Close(); err != nil {
		return conversation.Unavailable(err, "The outbox file cannot be written.")
	}
	if err := os.Chmod(tmp.Name(), 0o600); err != nil {
		return conversation.Unavailable(err, "The outbox file cannot be written.")
	}
	if err := os.Rename(tmp.Name(), filepath.Join(m.Dir, name)); err != nil {
		return conversation.Unavailable(err, "The outbox file cannot be stored.")
	}
	return nil
}

// next returns the timestamp and the sequence number of the next file. Timestamps
// are UTC with nanoseconds and fixed width, so names sort in the order written; the
// sequence orders emails that share a timestamp (a coarse or frozen clock).
func (m *Mailer) next() (string, int) {
	now := time.Now
	if m.Now != nil {
		now = m.Now
	}
	stamp := now().UTC().Format("20060102T150405.000000000Z")
	m.mu.Lock()
	defer m.mu.Unlock()
	if stamp < m.last {
		stamp = m.last // the clock went back: keep the order
	}
	if stamp == m.last {
		m.seq++
	} else {
		m.last, m.seq = stamp, 1
	}
	return stamp, m.seq
}

// sanitize keeps a message ID usable in a file name on every system.
func sanitize(id string) string {
	id = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_', r == '@', r == '+':
			return r
		}
		return '_'
	}, id)
	id = strings.TrimLeft(id, ".")
	if len(id) > maxIDLen {
		id = id[:maxIDLen]
	}
	if id == "" {
		id = "message"
	}
	return id
}

// List returns the paths of the .eml files in dir in the order they were written. A
// missing dir holds no emails.
func List(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list outbox %s: %w", dir, err)
	}
	var out []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), Ext) && !strings.HasPrefix(e.Name(), ".") {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	slices.Sort(out) // names start with a fixed-width timestamp and sequence
	return out, nil
}
