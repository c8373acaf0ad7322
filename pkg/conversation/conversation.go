package conversation

import (
	"crypto/rand"
	"encoding/base32"
	"net/mail"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Status is where a conversation is in its lifecycle.
type Status string

// The statuses of a conversation. See Transition for the allowed moves.
const (
	StatusScheduled     Status = "scheduled"      // before the meeting: prep, nudge, pre-read
	StatusAwaitingSteps Status = "awaiting_steps" // the meeting ended; waiting for the agreed steps
	StatusFollowingUp   Status = "following_up"   // steps agreed; check-ins run
	StatusCompleted     Status = "completed"      // the review was sent
	StatusCancelled     Status = "cancelled"
)

var transitions = map[Status][]Status{
	StatusScheduled:     {StatusAwaitingSteps, StatusCancelled},
	StatusAwaitingSteps: {StatusFollowingUp, StatusCompleted, StatusCancelled},
	StatusFollowingUp:   {StatusCompleted, StatusCancelled},
}

// Statuses lists every status, in lifecycle order.
var Statuses = []Status{StatusScheduled, StatusAwaitingSteps, StatusFollowingUp, StatusCompleted, StatusCancelled}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool { return slices.Contains(Statuses, s) }

// Terminal reports whether no further transition is possible.
func (s Status) Terminal() bool { return s == StatusCompleted || s == StatusCancelled }

// Participant is the employee or the manager.
type Participant struct {
	Name  string `json:"name"`
	Email string `json:"email"`
	// TimeZone is an IANA zone name such as "Europe/London".
	TimeZone string `json:"timeZone"`
	// Undeliverable is set when mail to Email bounced or drew a complaint.
	Undeliverable string `json:"undeliverable,omitempty"`
}

// Location returns the participant's time zone, UTC if it cannot be loaded.
func (p Participant) Location() *time.Location {
	if loc, err := loadLocation(p.TimeZone); err == nil {
		return loc
	}
	return time.UTC
}

// locations caches time.LoadLocation, which reads the zone's file on every
// call (an import of 10,000 rows loads each zone tens of thousands of times).
var locations sync.Map // zone name → *time.Location

func loadLocation(name string) (*time.Location, error) {
	if loc, ok := locations.Load(name); ok {
		return loc.(*time.Location), nil
	}
	loc, err := time.LoadLocation(name)
	if err == nil {
		locations.Store(name, loc)
	}
	return loc, err
}

// Answer is the employee's answer to one prep question.
type Answer struct {
	Question int       `json:"question"`
	Text     string    `json:"text"`
	At       time.Time `json:"at"`
}

// StepStatus is the progress state of one agreed step.
type StepStatus string

// The states of a step.
const (
	StepNotStarted StepStatus = "not_started"
	StepInProgress StepStatus = "in_progress"
	StepDone       StepStatus = "done"
	StepBlocked    StepStatus = "blocked"
	StepDropped    StepStatus = "dropped"
)

// Valid reports whether s is one of the known states.
func (s StepStatus) Valid() bool {
	switch s {
	case StepNotStarted, StepInProgress, StepDone, StepBlocked, StepDropped:
		return true
	}
	return false
}

// Step is one three-month step the employee and manager agreed.
type Step struct {
	Number int    `json:"number"`
	Text   string `json:"text"`
	// Due is an ISO date (2006-01-02) or empty.
	Due      string         `json:"due,omitempty"`
	Status   StepStatus     `json:"status"`
	Progress []ProgressNote `json:"progress,omitempty"`
}

// ProgressNote is one progress report on a step, from a check-in reply.
type ProgressNote struct {
	At      time.Time  `json:"at"`
	CheckIn int        `json:"checkIn"`
	Status  StepStatus `json:"status"`
	Note    string     `json:"note,omitempty"`
}

// ProgressUpdate is what a check-in reply says of one step.
type ProgressUpdate struct {
	Step   int        `json:"step"`
	Status StepStatus `json:"status"`
	Note   string     `json:"note,omitempty"`
}

// Unplaced is something a reply said that the reader could not place: the
// answer to the reply shows it and asks the sender to confirm or correct it.
type Unplaced struct {
	Kind UnplacedKind `json:"kind"`
	// Text is the paragraph, the step or the line, as written.
	Text string `json:"text"`
}

// UnplacedKind says what could not be placed.
type UnplacedKind string

// The kinds of Unplaced (the reader's Reply.Unplaced kinds).
const (
	UnplacedParagraph UnplacedKind = "paragraph" // prep: a paragraph tied to no question, kept as a note
	UnplacedNoDue     UnplacedKind = "no_due"    // steps: a step without a due date that could be read
	UnplacedNoStep    UnplacedKind = "no_step"   // check-in: a line that read like an update but named no step
)

// EventKind names an entry of a conversation's history.
type EventKind string

// The kinds of history entry.
const (
	EventCreated     EventKind = "created"
	EventSent        EventKind = "sent"
	EventReceived    EventKind = "received"
	EventRejected    EventKind = "rejected"   // refused: forged, a stranger, not addressed to us
	EventUnreadable  EventKind = "unreadable" // from the participant, but nothing could be read
	EventRescheduled EventKind = "rescheduled"
	EventCancelled   EventKind = "cancelled"
	EventBounced     EventKind = "bounced"
	// EventNext records the next conversation of the pair (Detail names it and its date).
	EventNext EventKind = "next"
)

// Event is one entry of the record of what was sent and received.
type Event struct {
	At   time.Time `json:"at"`
	Kind EventKind `json:"kind"`
	// Email names the email sent or the reply received: prep, receipt, steps, checkin…
	Email string `json:"email,omitempty"`
	To    string `json:"to,omitempty"`
	// Detail is a one-line summary: what was stored, why a reply was rejected.
	Detail string `json:"detail,omitempty"`
	// Message is the hash of an inbound message's Message-ID: a message seen
	// once is not applied again.
	Message string `json:"message,omitempty"`
	// Raw is the mail receiver's ID of an inbound message's raw copy (an S3 key
	// locally a file in the inbox), deleted when the conversation is erased.
	Raw string `json:"raw,omitempty"`
}

// MaxHistory bounds the history kept on a conversation; the oldest entries go first.
const MaxHistory = 300

// Conversation is one career conversation and everything that follows it.
type Conversation struct {
	ID             string      `json:"id"`
	Employee       Participant `json:"employee"`
	Manager        Participant `json:"manager"`
	MeetingStart   time.Time   `json:"meetingStart"`
	MeetingMinutes int         `json:"meetingMinutes"`
	// PreviousStart is the meeting's start before its latest reschedule, for
	// the notice that it moved (zero if it never moved).
	PreviousStart time.Time `json:"previousStart,omitzero"`
	// RequestCV asks the employee for a CV or profile link in the prep email.
	RequestCV bool   `json:"requestCV,omitempty"`
	Status    Status `json:"status"`
	// Generation changes on every reschedule; jobs of an older generation do nothing.
	Generation int `json:"generation"`
	// Version is the optimistic-locking counter, owned by the Store.
	Version int      `json:"version"`
	Answers []Answer `json:"answers,omitempty"`
	// Notes is the employee's reply text that answers no particular question,
	// from every prep reply, newest last (see AddNotes).
	Notes string `json:"notes,omitempty"`
	// ManagerNotes are the manager's notes for the meeting, from his replies to
	// the pre-read, newest last. They go back to him only: never to the employee,
	// never to HR.
	ManagerNotes string  `json:"managerNotes,omitempty"`
	Steps        []Step  `json:"steps,omitempty"`
	History      []Event `json:"history,omitempty"`
	// Sends is the send ledger: each email claimed or sent (see Claimable).
	Sends []Send `json:"sends,omitempty"`
	// CalendarUID links a calendar invite to this conversation.
	CalendarUID string    `json:"calendarUID,omitempty"`
	CreatedAt   time.Time `json:"createdAt"`
	UpdatedAt   time.Time `json:"updatedAt"`
	// ExpiresAt is when the stored record may be deleted (zero: keep).
	ExpiresAt time.Time `json:"expiresAt,omitzero"`
	// CalendarSequence is the SEQUENCE of the latest invite applied: an invite
	// with a higher one is an update, one with the same or a lower one is not.
	CalendarSequence int `json:"calendarSequence,omitempty"`
	// Journey is what follows the plan: notes, feedback, adjustments, the record.
	Journey Journey `json:"journey,omitzero"`
	// Choices are what the participants chose by reply: stop, pause, skip,
	// private answers, fewer emails, other addresses.
	Choices Choices `json:"choices,omitzero"`
	// Previous and Next link the cycles of the same pair: the conversation
	// before this one and the one that followed it (IDs, "" for none).
	Previous string `json:"previous,omitempty"`
	Next     string `json:"next,omitempty"`
	// CV is the CV or profile link the employee sent with her prep reply.
	CV *CV `json:"cv,omitempty"`
}

// CV is the employee's CV (a file kept through the assistant's Files port) or
// profile link, for the manager's pre-read. It is content: never shown to HR.
type CV struct {
	// Key names the file in the Files port; "" when only a link was sent.
	Key string `json:"key,omitempty"`
	// Name and Type are the file's name and its sniffed media type.
	Name string `json:"name,omitempty"`
	Type string `json:"type,omitempty"`
	Size int    `json:"size,omitempty"`
	// Link is a profile link (https), or "".
	Link string    `json:"link,omitempty"`
	At   time.Time `json:"at"`
	// Message is the hash of the reply that brought it.
	Message string `json:"message"`
}

// MeetingEnd is when the meeting is planned to end.
func (c *Conversation) MeetingEnd() time.Time {
	return c.MeetingStart.Add(time.Duration(c.MeetingMinutes) * time.Minute)
}

// NewID returns a new random conversation ID: 16 lower-case base32 characters.
func NewID() string {
	var b [10]byte
	_, _ = rand.Read(b[:])
	return strings.ToLower(base32.StdEncoding.EncodeToString(b[:]))
}

// ValidID reports whether id has the shape NewID makes.
func ValidID(id string) bool {
	if len(id) != 16 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '2' && r <= '7') {
			return false
		}
	}
	return true
}

// Limits on what a conversation holds.
const (
	MaxNameLen       = 200
	MaxAnswers       = 8 // one per stage of the question bank
	MaxAnswerLen     = 8000
	MaxSteps         = 20
	MaxStepLen       = 1000
	MaxProgressNotes = 20 // per step; the oldest go first
	// MaxProgressNoteLen bounds one progress note (what a check-in reply says of a step).
	MaxProgressNoteLen = 500
	MaxNotesLen        = 8000
	MinMeeting         = 15
	MaxMeeting         = 8 * 60
	DefaultMeeting     = 60
)

// Validate checks the fields a caller supplies, returning an EINVALID error naming
// the field. It also normalises them: names and zones trimmed, emails lower-cased,
// a missing meeting length set to DefaultMeeting.
func (c *Conversation) Validate() error {
	for _, p := range []struct {
		field string
		p     *Participant
	}{{"employee", &c.Employee}, {"manager", &c.Manager}} {
		if err := p.p.normalize(p.field); err != nil {
			return err
		}
	}
	if c.Employee.Email == c.Manager.Email {
		return FieldErrorf("manager.email", "The manager and the employee must be different people.")
	}
	if c.MeetingStart.IsZero() {
		return FieldErrorf("meetingStart", "Meeting start is required (RFC 3339, e.g. 2027-01-15T14:00:00+01:00).")
	}
	if c.MeetingMinutes == 0 {
		c.MeetingMinutes = DefaultMeeting
	}
	if c.MeetingMinutes < MinMeeting || c.MeetingMinutes > MaxMeeting {
		return FieldErrorf("meetingMinutes", "Meeting length must be between %d and %d minutes.", MinMeeting, MaxMeeting)
	}
	return nil
}

func (p *Participant) normalize(field string) error {
	p.Name = strings.TrimSpace(p.Name)
	p.Email = strings.TrimSpace(p.Email)
	p.TimeZone = strings.TrimSpace(p.TimeZone)
	if p.Name == "" {
		return FieldErrorf(field+".name", "The %s's name is required.", field)
	}
	if len(p.Name) > MaxNameLen || strings.ContainsAny(p.Name, "<>\"") || strings.ContainsFunc(p.Name, isLineBreaking) {
		return FieldErrorf(field+".name", "The %s's name must be one line of at most %d characters without <, > or quotes.", field, MaxNameLen)
	}
	a, err := mail.ParseAddress(p.Email)
	if err != nil || a.Name != "" || a.Address != p.Email || strings.ContainsAny(p.Email, "\r\n ") {
		return FieldErrorf(field+".email", "The %s's email %q is not a valid address.", field, p.Email)
	}
	p.Email = strings.ToLower(p.Email)
	if p.TimeZone == "" {
		return FieldErrorf(field+".timeZone", "The %s's time zone is required (an IANA name such as Europe/London).", field)
	}
	if _, err := loadLocation(p.TimeZone); err != nil || p.TimeZone == "Local" {
		return FieldErrorf(field+".timeZone", "The %s's time zone %q is not an IANA time zone name such as Europe/London.", field, p.TimeZone)
	}
	return nil
}

// isLineBreaking reports control characters and Unicode line separators, which
// have no place in a name that goes into email headers.
func isLineBreaking(r rune) bool {
	return unicode.IsControl(r) || r == '\u2028' || r == '\u2029'
}

// AddNotes appends note to notes (newest last) and returns the result: a note
// already there is not added twice; beyond MaxNotesLen the oldest text goes.
func AddNotes(notes, note string) string {
	note = CleanText(strings.TrimSpace(note), MaxNotesLen)
	switch {
	case note == "" || strings.Contains(notes, note):
		return notes
	case notes == "":
		return note
	}
	out := notes + "\n\n" + note
	if over := len(out) - MaxNotesLen; over > 0 {
		out = out[over:]
		for len(out) > 0 && !isRuneStart(out[0]) {
			out = out[1:]
		}
	}
	return out
}

// Transition moves the conversation to status to, or returns ECONFLICT if not
// allowed. A new conversation starts as StatusScheduled, set by whoever creates it.
func (c *Conversation) Transition(to Status) error {
	if c.Status == to {
		return nil
	}
	if !slices.Contains(transitions[c.Status], to) {
		return Errorf(ECONFLICT, "A %s conversation cannot become %s.", c.Status, to)
	}
	c.Status = to
	return nil
}

// Answer returns the stored answer to question n.
func (c *Conversation) Answer(n int) (Answer, bool) {
	for _, a := range c.Answers {
		if a.Question == n {
			return a, true
		}
	}
	return Answer{}, false
}

// SetAnswers stores answers by question number; a later answer replaces an earlier one.
// Empty answers are ignored. It returns the question numbers that changed, in order.
func (c *Conversation) SetAnswers(answers map[int]string, at time.Time) []int {
	var changed []int
	for n, text := range answers {
		text = CleanText(text, MaxAnswerLen)
		if text == "" || n < 1 || n > MaxAnswers {
			continue
		}
		i := slices.IndexFunc(c.Answers, func(a Answer) bool { return a.Question == n })
		switch {
		case i < 0:
			c.Answers = append(c.Answers, Answer{Question: n, Text: text, At: at})
		case c.Answers[i].Text == text:
			continue
		default:
			c.Answers[i] = Answer{Question: n, Text: text, At: at}
		}
		changed = append(changed, n)
	}
	slices.SortFunc(c.Answers, func(a, b Answer) int { return a.Question - b.Question })
	slices.Sort(changed)
	return changed
}

// SetSteps replaces the agreed steps (a second steps reply corrects the first),
// keeping the progress of a step whose text is unchanged.
func (c *Conversation) SetSteps(steps []Step) error {
	if len(steps) == 0 {
		return Errorf(EINVALID, "No steps were found in the reply.")
	}
	if len(steps) > MaxSteps {
		steps = steps[:MaxSteps]
	}
	old := c.Steps
	var kept []Step
	for _, s := range steps {
		s.Text = CleanText(s.Text, MaxStepLen)
		if s.Text == "" {
			continue
		}
		s.Number = len(kept) + 1
		if _, err := time.Parse(time.DateOnly, s.Due); err != nil {
			s.Due = ""
		}
		if !s.Status.Valid() {
			s.Status = StepNotStarted
		}
		s.Progress = nil
		if i := slices.IndexFunc(old, func(o Step) bool { return o.Text == s.Text }); i >= 0 {
			s.Status, s.Progress = old[i].Status, old[i].Progress
			old = slices.Delete(slices.Clone(old), i, i+1) // one old step carries over once
		}
		kept = append(kept, s)
	}
	if len(kept) == 0 {
		return Errorf(EINVALID, "No steps were found in the reply.")
	}
	c.Steps = kept
	return nil
}

// CheckProgress splits updates into those that name a step of c with a known
// status and those that do not. It changes nothing.
func (c *Conversation) CheckProgress(updates []ProgressUpdate) (valid, invalid []ProgressUpdate) {
	for _, u := range updates {
		if u.Step < 1 || u.Step > len(c.Steps) || !u.Status.Valid() {
			invalid = append(invalid, u)
		} else {
			valid = append(valid, u)
		}
	}
	return valid, invalid
}

// ApplyProgress records progress reported at check-in n. Updates naming unknown
// steps are returned as rejected; the rest are applied.
func (c *Conversation) ApplyProgress(checkIn int, updates []ProgressUpdate, at time.Time) (applied, rejected []ProgressUpdate) {
	applied, rejected = c.CheckProgress(updates)
	for _, u := range applied {
		s := &c.Steps[u.Step-1]
		s.Status = u.Status
		s.Progress = append(s.Progress, ProgressNote{At: at, CheckIn: checkIn, Status: u.Status, Note: CleanText(u.Note, MaxProgressNoteLen)})
		if n := len(s.Progress) - MaxProgressNotes; n > 0 {
			s.Progress = slices.Delete(s.Progress, 0, n)
		}
	}
	return applied, rejected
}

// Record appends an event to the history, dropping the oldest beyond MaxHistory.
func (c *Conversation) Record(e Event) {
	c.History = append(c.History, e)
	if n := len(c.History) - MaxHistory; n > 0 {
		c.History = slices.Delete(c.History, 1, 1+n) // keep "created"
	}
}

// Seen reports whether an inbound message with this hash was already verified and
// applied (stored, or found unreadable). A refused message is never seen: a forged
// message reusing a real reply's Message-ID must not make the real one a duplicate.
func (c *Conversation) Seen(message string) bool {
	return message != "" && slices.ContainsFunc(c.History, func(e Event) bool {
		return e.Message == message && (e.Kind == EventReceived || e.Kind == EventUnreadable)
	})
}

// Sent reports whether the email named email was sent: the ledger says so, or
// (for a record from before the ledger, or an entry trimmed from it) the history.
func (c *Conversation) Sent(email string) bool {
	if s, ok := c.SendOf(email); ok {
		return s.State == SendSent
	}
	return c.recordedSent(email)
}

func (c *Conversation) recordedSent(email string) bool {
	return slices.ContainsFunc(c.History, func(e Event) bool { return e.Kind == EventSent && e.Email == email })
}

// ClipText cuts s to at most n bytes without splitting a UTF-8 sequence.
func ClipText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// SentTo reports whether the history records an email sent to addr (compared
// without case), so that the first email a person receives can introduce itself.
func (c *Conversation) SentTo(addr string) bool {
	for _, e := range c.History {
		if e.Kind != EventSent {
			continue
		}
		for to := range strings.SplitSeq(e.To, ",") {
			if strings.EqualFold(strings.TrimSpace(to), addr) {
				return true
			}
		}
	}
	return false
}
