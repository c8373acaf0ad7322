package conversation

import (
	"context"
	"net/mail"
	"strings"
	"time"
)

// The ports: what the assistant needs of the world, implemented by the
// adapters (embedded, dynamo, outbox, ses, eventbridge, s3mail). They are
// declared here, with the domain, so an adapter compiles the domain and
// nothing of the reader or the assistant.

// Store keeps conversations, and with each its send ledger (Send):
// a claim on an email is an Update, so it goes in one conditional write with the
// state transition the email announces. Implementations: embedded (one local
// file) and dynamo. Every method is safe for concurrent use. Errors are
// *Error with ENOTFOUND, ECONFLICT or EUNAVAILABLE where those apply;
// an EUNAVAILABLE write may have happened (read to find out).
type Store interface {
	// Create stores a new conversation and sets c.Version to 1.
	// ECONFLICT if a conversation with c.ID exists.
	Create(ctx context.Context, c *Conversation) error
	// CreateMany stores new conversations as Create does, in as few writes as
	// the store allows (an import), and sets the Version of each one stored to 1.
	// On error, the conversations not stored keep Version 0. ECONFLICT if one
	// exists already.
	CreateMany(ctx context.Context, cs []*Conversation) error
	// Get loads a conversation. ENOTFOUND if there is none.
	Get(ctx context.Context, id string) (*Conversation, error)
	// Update stores c if the stored version still equals c.Version, then
	// increments c.Version. ECONFLICT if it changed meanwhile, ENOTFOUND if gone.
	// links (of c) are stored with it, before c: a link names an email that
	// was sent, so one may outlive an update that failed.
	Update(ctx context.Context, c *Conversation, links ...MessageLink) error
	// FindMessage returns the link stored for a sent email's Message-ID (any
	// form MessageKey reduces to the same key). ENOTFOUND if there is none.
	// Delete removes a conversation's links with it.
	FindMessage(ctx context.Context, messageID string) (MessageLink, error)
	// List returns the conversations of one employee, of one manager or with
	// one status (exactly one of q.Employee, q.Manager, q.Status is set), by
	// meeting start, a page at a time; with a status, only those whose meeting
	// starts in [q.From, q.To) (a zero bound is open). No store scans.
	List(ctx context.Context, q ListQuery) (ListPage, error)
	// Delete removes a conversation and everything stored under it. Deleting a
	// missing conversation is not an error.
	Delete(ctx context.Context, id string) error
}

// MessageLink ties a Message-ID a sent email was delivered with to the email:
// a reply whose reply address was lost (sent to the From address, or by a client
// that dropped Reply-To) still names it in In-Reply-To or References.
type MessageLink struct {
	// Key is the Message-ID's MessageKey.
	Key string
	// Conversation is the conversation's ID; Email the ledger's name of the email.
	Conversation, Email string
	// Token is the reply token of the Reply-To the email carried.
	Token string
}

// MaxMessageKey bounds a MessageKey (longer Message-IDs are never linked).
const MaxMessageKey = 250

// MessageKey is what a Message-ID is linked by: its left side (before the
// last @), without angle brackets and lower-cased, or "" for one that cannot be
// a key. The left side, because SES returns only that (it sends the message as
// <MessageId@REGION.amazonses.com>) while replies carry the whole ID; careerconv's
// own IDs are unique by their left side too (cc.<conversation>.<email>).
func MessageKey(messageID string) string {
	id := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(messageID), "<"), ">")
	if i := strings.LastIndexByte(id, '@'); i >= 0 {
		id = id[:i]
	}
	id = strings.ToLower(id)
	if id == "" || len(id) > MaxMessageKey || strings.ContainsFunc(id, func(r rune) bool { return r <= ' ' || r == 0x7f || r == '<' || r == '>' || r == '#' }) {
		return ""
	}
	return id
}

// ListQuery selects conversations by participant.
type ListQuery struct {
	Employee string // an employee's email, or ""
	Manager  string // a manager's email, or ""
	Status   Status // a status, or ""
	// From and To bound the meeting start of a listing by status: [From, To);
	// a zero bound is open.
	From, To time.Time
	Limit    int    // page size; 0 means 50
	Cursor   string // from the previous page, "" for the first
}

// ListPage is one page of a listing.
type ListPage struct {
	Conversations []*Conversation
	Cursor        string // "" when this is the last page
}

// Email is one outbound message, rendered.
type Email struct {
	From      string   // envelope sender address
	To        []string // every recipient address (To and Cc)
	MessageID string   // without angle brackets
	Raw       []byte   // the complete RFC 5322 message, CRLF line endings
	// Conversation is the conversation the email belongs to (set by the
	// assistant): a Mailer may tag the message with it (TagConversation), so the
	// provider's bounce and complaint events name it.
	Conversation string
	// ReplyTo is the signed reply address the email carries, or "".
	ReplyTo string
}

// TagConversation is the name of the message tag that carries
// Email.Conversation, for the mailer that sets it and the feedback handler that
// reads it back (defined here, so the handler links no mail provider's client).
const TagConversation = "conversation"

// Validate checks what every Mailer needs: a sender and at least one recipient
// that are addresses, and content. Errors are EINVALID and name the field.
func (e Email) Validate() error {
	address := func(field, a string) error {
		if parsed, err := mail.ParseAddress(a); err != nil || parsed.Address != a {
			return FieldErrorf(field, "%q is not an email address.", a)
		}
		return nil
	}
	if err := address("from", e.From); err != nil {
		return err
	}
	if len(e.To) == 0 {
		return FieldErrorf("to", "An email needs a recipient.")
	}
	for _, to := range e.To {
		if err := address("to", to); err != nil {
			return err
		}
	}
	if len(e.Raw) == 0 {
		return FieldErrorf("raw", "The email is empty.")
	}
	return nil
}

// Mailer sends rendered email. Implementations: outbox (.eml files) and ses.
// Send returns the provider's ID of the accepted message, the Message-ID its
// recipients see (SES's MessageId, as SES replaces careerconv's; the outbox
// returns the Message-ID it wrote), which the send ledger keeps so later email
// can refer to it and a reply naming it can be linked back. A permanent refusal of an address or message is an
// EINVALID error (nothing was sent); any other error may or may not have been
// sent: the caller keeps its claim and retries after the claim's lease.
type Mailer interface {
	Send(ctx context.Context, e Email) (providerID string, err error)
}

// Scheduler delivers jobs back to the assistant (pkg/assistant, RunJob) at their time. Implementations:
// embedded (a local loop) and eventbridge. Delivery is at least once.
type Scheduler interface {
	// Schedule arranges every job; a job already scheduled is not an error.
	Schedule(ctx context.Context, jobs []Job) error
	// Cancel removes jobs; a job not (or no longer) scheduled is not an error.
	Cancel(ctx context.Context, jobs []Job) error
}

// Thread identifies the message an email answers (for In-Reply-To and References).
// The zero Thread answers nothing.
type Thread struct {
	// MessageID is the answered message's Message-ID, without angle brackets.
	MessageID string
	// References is the answered message's References, without angle brackets.
	References []string
}

// Cycle is what the emails before a meeting show besides the conversation:
// the previous cycle of the same pair (nil for none) and the CV the employee
// sent (nil for none), for the pre-read.
type Cycle struct {
	Previous *Conversation
	CV       *File
}

// File is a file a participant sent, as kept.
type File struct {
	Name, Type string
	Data       []byte
}

// RawMail holds the raw inbound messages the mail receiver stored (S3 on AWS, a
// folder locally), by the receiver's message ID.
type RawMail interface {
	// Fetch returns a stored message; ENOTFOUND if there is none.
	Fetch(ctx context.Context, messageID string) ([]byte, error)
	// Delete removes a stored message (erasure); a missing one is not an error.
	Delete(ctx context.Context, messageID string) error
}

// Files keeps the files participants send (a CV), by key: S3 on AWS, the data
// folder locally. Implementations: s3mail.Files and embedded.Files.
type Files interface {
	// Put stores data under key, replacing what was there.
	Put(ctx context.Context, key string, data []byte, contentType string) error
	// Get returns what is stored under key; ENOTFOUND if nothing.
	Get(ctx context.Context, key string) ([]byte, error)
	// Delete removes key; a missing key is not an error.
	Delete(ctx context.Context, key string) error
}
