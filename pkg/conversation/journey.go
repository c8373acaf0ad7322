package conversation

import (
	"slices"
	"time"
)

// Journey is what happens between the two participants after the plan: the notes
// to the manager about moved steps, his feedback passed on to the employee, the
// adjustments either made to the plan, and the employee's record of wins and
// setbacks. It is content: it goes to the two participants only, never to HR.
type Journey struct {
	// Notes are the manager's notes on check-in replies, decided when the
	// reply is applied (so a retry sends the same note once).
	Notes []MovedNote `json:"notes,omitempty"`
	// Feedback is what the manager replied to a note, kept with its steps.
	Feedback []Feedback `json:"feedback,omitempty"`
	// Changes is the history of adjustments to the plan: what and who.
	Changes []Change `json:"changes,omitempty"`
	// Record is the employee's record of accomplishments and challenges.
	Record []Entry `json:"record,omitempty"`
	// Replies are the hashes of the replies the journey applied (the newest
	// MaxReplies): a retry of one goes to the journey again, a retry of a
	// reply the lifecycle applied goes to the lifecycle.
	Replies []string `json:"replies,omitempty"`
	// NextAt is the date proposed for the next conversation (by the review,
	// then by a reply naming a month); zero before the review.
	NextAt time.Time `json:"nextAt,omitzero"`
	// Asks counts the reminders to book the next conversation ("not now"):
	// the reminder job's Seq. RemindAt is when the latest is due (zero: none).
	Asks     int       `json:"asks,omitempty"`
	RemindAt time.Time `json:"remindAt,omitzero"`
	// Bookings are the decisions read from replies to the review, one a reply.
	Bookings []Booking `json:"bookings,omitempty"`
}

// BookingKind is what a reply to the review decided about the next conversation.
type BookingKind string

// The decisions of a reply to the review.
const (
	BookNow      BookingKind = "book"     // book the next conversation at At
	BookLater    BookingKind = "later"    // not now: ask again at At
	BookProposed BookingKind = "proposed" // a month was named: At is proposed
	BookPast     BookingKind = "past"     // the date named (At) is too soon or past
	BookUnread   BookingKind = "unread"   // nothing was understood
	// BookAsk is no reply's: the reminder after "not now" asks again for At.
	BookAsk BookingKind = "ask"
)

// Booking is the decision read from one reply to the review.
type Booking struct {
	Message string      `json:"message"`
	By      string      `json:"by"`
	Kind    BookingKind `json:"kind"`
	At      time.Time   `json:"at,omitzero"`
}

// MaxBookings bounds Journey.Bookings.
const MaxBookings = 20

// BookingOf returns the decision read from the reply with this hash.
func (j *Journey) BookingOf(message string) (Booking, bool) {
	return firstOfMessage(j.Bookings, message, func(x Booking) string { return x.Message })
}

// AddBooking keeps a decision.
func (j *Journey) AddBooking(b Booking) {
	j.Bookings = keepLast(append(j.Bookings, b), MaxBookings)
}

// MaxReplies bounds Journey.Replies.
const MaxReplies = 100

// Applied reports whether the journey applied the reply with this hash.
func (j *Journey) Applied(message string) bool { return slices.Contains(j.Replies, message) }

// MarkApplied notes that the journey applied the reply with this hash.
func (j *Journey) MarkApplied(message string) {
	if !j.Applied(message) {
		j.Replies = keepLast(append(j.Replies, message), MaxReplies)
	}
}

// MovedNote is the note the manager gets after one check-in reply: the steps it
// reported done and blocked. A reply that moved nothing has no note.
type MovedNote struct {
	// Message is the hash of the check-in reply (see Event.Message).
	Message string    `json:"message"`
	CheckIn int       `json:"checkIn"`
	Done    []int     `json:"done,omitempty"`
	Blocked []int     `json:"blocked,omitempty"`
	At      time.Time `json:"at"`
}

// Feedback is the manager's word on the steps of one note (a thank-you, an offer
// of help), passed on to the employee.
type Feedback struct {
	At      time.Time `json:"at"`
	CheckIn int       `json:"checkIn"`
	// Steps are the step numbers the note was about.
	Steps   []int  `json:"steps,omitempty"`
	Text    string `json:"text"`
	Message string `json:"message"`
}

// ChangeOp is one kind of adjustment to the plan.
type ChangeOp string

// The adjustments.
const (
	ChangeAdd     ChangeOp = "add"
	ChangeEdit    ChangeOp = "change"
	ChangeDrop    ChangeOp = "drop"
	ChangeRestore ChangeOp = "restore"
	ChangeStatus  ChangeOp = "status"
)

// Change is one adjustment to the plan, by one participant.
type Change struct {
	At time.Time `json:"at"`
	// By is "employee" or "manager".
	By   string   `json:"by"`
	Op   ChangeOp `json:"op"`
	Step int      `json:"step"`
	// Text and Due are the step after the change; Was and WasDue before it.
	Text   string     `json:"text,omitempty"`
	Due    string     `json:"due,omitempty"`
	Was    string     `json:"was,omitempty"`
	WasDue string     `json:"wasDue,omitempty"`
	Status StepStatus `json:"status,omitempty"`
	// Message is the hash of the reply that made it.
	Message string `json:"message"`
}

// EntryKind says whether a record entry is a win or a setback.
type EntryKind string

// The kinds of record entry.
const (
	EntryWin     EntryKind = "win"
	EntrySetback EntryKind = "setback"
)

// Entry is one dated entry of the employee's record.
type Entry struct {
	At      time.Time `json:"at"`
	Kind    EntryKind `json:"kind"`
	Text    string    `json:"text"`
	Message string    `json:"message"`
}

// Limits on the journey; the oldest entries go first.
const (
	MaxNotes       = 30
	MaxFeedback    = 30
	MaxChanges     = 60
	MaxRecord      = 60
	MaxFeedbackLen = 2000
	MaxEntryLen    = 1000
	// maxChangeText bounds the texts a change keeps (the step itself keeps its
	// whole text, also when dropped).
	maxChangeText = 300
)

// keepLast trims s to its last n elements.
func keepLast[T any](s []T, n int) []T {
	if len(s) > n {
		return slices.Delete(s, 0, len(s)-n)
	}
	return s
}

// firstOfMessage returns the first item of s made by the message with this
// hash (message reads an item's).
func firstOfMessage[T any](s []T, hash string, message func(T) string) (T, bool) {
	if i := slices.IndexFunc(s, func(x T) bool { return message(x) == hash }); i >= 0 {
		return s[i], true
	}
	var zero T
	return zero, false
}

// ofMessage returns the items of s made by the message with this hash
// (message reads an item's).
func ofMessage[T any](s []T, hash string, message func(T) string) []T {
	var out []T
	for _, x := range s {
		if message(x) == hash {
			out = append(out, x)
		}
	}
	return out
}

// NoteOf returns the note decided for the check-in reply with this message hash.
func (j *Journey) NoteOf(message string) (MovedNote, bool) {
	return firstOfMessage(j.Notes, message, func(x MovedNote) string { return x.Message })
}

// AddNote keeps the note on a check-in reply; a note without moved steps is not kept.
func (j *Journey) AddNote(n MovedNote) {
	if len(n.Done)+len(n.Blocked) == 0 {
		return
	}
	j.Notes = keepLast(append(j.Notes, n), MaxNotes)
}

// AddFeedback keeps the manager's feedback, clipped.
func (j *Journey) AddFeedback(f Feedback) {
	f.Text = CleanText(f.Text, MaxFeedbackLen)
	j.Feedback = keepLast(append(j.Feedback, f), MaxFeedback)
}

// FeedbackOf returns the feedback from the message with this hash.
func (j *Journey) FeedbackOf(message string) (Feedback, bool) {
	return firstOfMessage(j.Feedback, message, func(x Feedback) string { return x.Message })
}

// AddEntry keeps a record entry, clipped.
func (j *Journey) AddEntry(e Entry) {
	e.Text = CleanText(e.Text, MaxEntryLen)
	j.Record = keepLast(append(j.Record, e), MaxRecord)
}

// EntriesOf returns the record entries made by the message with this hash.
func (j *Journey) EntriesOf(message string) []Entry {
	return ofMessage(j.Record, message, func(x Entry) string { return x.Message })
}

// ChangesOf returns the changes made by the message with this hash.
func (j *Journey) ChangesOf(message string) []Change {
	return ofMessage(j.Changes, message, func(x Change) string { return x.Message })
}

// RecordSince returns the record entries made at t or later.
func (j *Journey) RecordSince(t time.Time) []Entry {
	var out []Entry
	for _, e := range j.Record {
		if !e.At.Before(t) {
			out = append(out, e)
		}
	}
	return out
}

// AddStep appends a step to the plan and records the change. EINVALID when the
// plan is full or the text is empty.
func (c *Conversation) AddStep(text, due, by, message string, at time.Time) (Change, error) {
	text = CleanText(text, MaxStepLen)
	if text == "" {
		return Change{}, Errorf(EINVALID, "The step to add has no text.")
	}
	if len(c.Steps) >= MaxSteps {
		return Change{}, Errorf(EINVALID, "The plan already has %d steps.", MaxSteps)
	}
	if _, err := time.Parse(time.DateOnly, due); err != nil {
		due = ""
	}
	s := Step{Number: len(c.Steps) + 1, Text: text, Due: due, Status: StepNotStarted}
	c.Steps = append(c.Steps, s)
	return c.change(Change{At: at, By: by, Op: ChangeAdd, Step: s.Number, Text: text, Due: due, Message: message}), nil
}

// EditStep changes step n's text (when text is not empty) and due date (when
// due is a date), keeping its status and progress. EINVALID for an unknown step.
func (c *Conversation) EditStep(n int, text, due, by, message string, at time.Time) (Change, error) {
	if n < 1 || n > len(c.Steps) {
		return Change{}, Errorf(EINVALID, "The plan has no step %d.", n)
	}
	s := &c.Steps[n-1]
	ch := Change{At: at, By: by, Op: ChangeEdit, Step: n, Was: s.Text, WasDue: s.Due, Message: message}
	if text = CleanText(text, MaxStepLen); text != "" {
		s.Text = text
	}
	if _, err := time.Parse(time.DateOnly, due); err == nil {
		s.Due = due
	}
	if s.Text == ch.Was && s.Due == ch.WasDue {
		return Change{}, Errorf(EINVALID, "Step %d is already like that.", n)
	}
	ch.Text, ch.Due = s.Text, s.Due
	return c.change(ch), nil
}

// SetStepStatus sets step n's status (dropping a step keeps it, with its text
// and progress, so it can be restored) and records the change with op.
func (c *Conversation) SetStepStatus(n int, status StepStatus, op ChangeOp, by, message string, at time.Time) (Change, error) {
	if n < 1 || n > len(c.Steps) {
		return Change{}, Errorf(EINVALID, "The plan has no step %d.", n)
	}
	s := &c.Steps[n-1]
	if !status.Valid() || s.Status == status {
		return Change{}, Errorf(EINVALID, "Step %d is already %s.", n, s.Status)
	}
	ch := Change{At: at, By: by, Op: op, Step: n, Text: s.Text, Status: status, Was: string(s.Status), Message: message}
	s.Status = status
	return c.change(ch), nil
}

// RestoreStatus is the status a dropped step gets back: its last status before
// it was dropped, not started if none.
func (c *Conversation) RestoreStatus(n int) StepStatus {
	for i := len(c.Journey.Changes) - 1; i >= 0; i-- {
		ch := c.Journey.Changes[i]
		if ch.Step == n && ch.Status == StepDropped && StepStatus(ch.Was).Valid() && StepStatus(ch.Was) != StepDropped {
			return StepStatus(ch.Was)
		}
	}
	return StepNotStarted
}

func (c *Conversation) change(ch Change) Change {
	ch.Text, ch.Was = ClipText(ch.Text, maxChangeText), ClipText(ch.Was, maxChangeText)
	c.Journey.Changes = keepLast(append(c.Journey.Changes, ch), MaxChanges)
	return ch
}
