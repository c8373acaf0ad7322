package conversation

import (
	"slices"
	"strings"
	"time"
)

// Choices are what the participants chose by reply: to stop, to pause the
// check-ins, to skip one, to keep answers out of the manager's emails, to get
// fewer emails; and the other addresses they confirmed as theirs. The API
// shows none of it (a command shows in the history as its name only).
type Choices struct {
	// Stopped is the role ("employee" or "manager") who asked for no more
	// emails; the conversation is then cancelled.
	Stopped string `json:"stopped,omitempty"`
	// PausedUntil is the last date a pause asked for (2006-01-02).
	PausedUntil string `json:"pausedUntil,omitempty"`
	// DelayDays moves the check-ins and the review this many days later:
	// the pauses so far, added up.
	DelayDays int `json:"delayDays,omitempty"`
	// Skipped are the check-ins not to send (or not to wait for).
	Skipped []int `json:"skipped,omitempty"`
	// Private are the answers (question numbers) kept out of every email
	// the manager gets.
	Private []int `json:"private,omitempty"`
	// Fewer are the roles who want fewer emails: the employee no reminder,
	// the manager a note on a check-in only when a step is blocked.
	Fewer []string `json:"fewer,omitempty"`
	// Aliases are other addresses of the participants, each confirmed from
	// the participant's known address.
	Aliases []Alias `json:"aliases,omitempty"`
	// Made are the commands received, newest last (the newest MaxChoices),
	// so that the answer to a reply can be written again from what it did.
	Made []Choice `json:"made,omitempty"`
}

// Alias is another address of one participant.
type Alias struct {
	// Role is "employee" or "manager".
	Role  string    `json:"role"`
	Email string    `json:"email"`
	At    time.Time `json:"at"`
}

// Choice is one command received by reply and what became of it.
type Choice struct {
	At time.Time `json:"at"`
	// By is "employee" or "manager".
	By string `json:"by"`
	// Command is the lexicon's name of it: stop, pause, skip, private,
	// help, fewer, all, alias.
	Command string `json:"command"`
	// Message is the hash of the reply that held it.
	Message string `json:"message"`
	// CheckIn is the check-in a skip skipped.
	CheckIn int `json:"checkIn,omitempty"`
	// Until is the date of a pause; Moved whether it moved the check-ins.
	Until string `json:"until,omitempty"`
	Moved bool   `json:"moved,omitempty"`
	// Numbers are the answers a private command named.
	Numbers []int `json:"numbers,omitempty"`
	// Address is the address an alias command added.
	Address string `json:"address,omitempty"`
	// Refused says why the command was not applied; "" when it was.
	Refused string `json:"refused,omitempty"`
}

// Limits on the choices.
const (
	MaxChoices = 40
	MaxAliases = 3
	// MaxPauseDays bounds how far a pause may reach.
	MaxPauseDays = 183
)

// RoleOf returns "employee" or "manager" for an address of c's participants,
// their confirmed aliases included, and the participant; ok is false for
// anyone else.
func (c *Conversation) RoleOf(addr string) (role string, p Participant, ok bool) {
	addr = strings.ToLower(strings.TrimSpace(addr))
	switch {
	case addr == "":
		return "", Participant{}, false
	case strings.EqualFold(addr, c.Employee.Email):
		return "employee", c.Employee, true
	case strings.EqualFold(addr, c.Manager.Email):
		return "manager", c.Manager, true
	}
	for _, a := range c.Choices.Aliases {
		if a.Email == addr {
			if a.Role == "manager" {
				return "manager", c.Manager, true
			}
			return "employee", c.Employee, true
		}
	}
	return "", Participant{}, false
}

// AddAlias confirms addr as another address of the participant in role.
// EINVALID when it is a participant's address already, another's alias, or
// one too many.
func (c *Conversation) AddAlias(role, addr string, at time.Time) error {
	addr = strings.ToLower(strings.TrimSpace(addr))
	if r, _, ok := c.RoleOf(addr); ok {
		if r == role {
			return Errorf(EINVALID, "%s is already known as yours.", addr)
		}
		return Errorf(EINVALID, "%s is the other participant's address.", addr)
	}
	n := 0
	for _, a := range c.Choices.Aliases {
		if a.Role == role {
			n++
		}
	}
	if n >= MaxAliases {
		return Errorf(EINVALID, "You have %d other addresses already.", MaxAliases)
	}
	c.Choices.Aliases = append(c.Choices.Aliases, Alias{Role: role, Email: addr, At: at})
	return nil
}

// Make keeps a command received, and what became of it.
func (ch *Choices) Make(c Choice) {
	ch.Made = keepLast(append(ch.Made, c), MaxChoices)
}

// MadeBy returns the commands of the reply with this message hash.
func (ch *Choices) MadeBy(message string) []Choice {
	return ofMessage(ch.Made, message, func(c Choice) string { return c.Message })
}

// IsPrivate reports whether answer n is kept from the manager.
func (ch *Choices) IsPrivate(n int) bool { return slices.Contains(ch.Private, n) }

// WantsFewer reports whether role asked for fewer emails.
func (ch *Choices) WantsFewer(role string) bool { return slices.Contains(ch.Fewer, role) }

// SetFewer records whether role wants fewer emails; it reports whether that changed.
func (ch *Choices) SetFewer(role string, fewer bool) bool {
	if ch.WantsFewer(role) == fewer {
		return false
	}
	if fewer {
		ch.Fewer = append(ch.Fewer, role)
	} else {
		ch.Fewer = slices.DeleteFunc(ch.Fewer, func(r string) bool { return r == role })
	}
	return true
}

// ForManager returns c as the manager may see it: without the answers the
// employee keeps private. c itself is not changed.
func (c *Conversation) ForManager() *Conversation {
	if len(c.Choices.Private) == 0 {
		return c
	}
	m := *c
	m.Answers = slices.DeleteFunc(slices.Clone(c.Answers), func(a Answer) bool { return c.Choices.IsPrivate(a.Question) })
	return &m
}

// Pause moves the check-ins and the review that are not sent yet so that
// none comes before until's date (in the employee's zone): all by the same
// number of days, the first due one to that date's morning. It reports
// whether anything moved; a pause that ends before the next check-in moves
// nothing. EINVALID for a date in the past or further than MaxPauseDays.
func (s Schedule) Pause(c *Conversation, until, now time.Time) (bool, error) {
	loc := c.Employee.Location()
	today := now.In(loc)
	day := time.Date(until.Year(), until.Month(), until.Day(), 0, 0, 0, 0, loc)
	if !day.After(time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, loc)) {
		return false, Errorf(EINVALID, "The pause must end after today.")
	}
	if day.Sub(today) > MaxPauseDays*24*time.Hour {
		return false, Errorf(EINVALID, "A pause can last at most %d days.", MaxPauseDays)
	}
	c.Choices.PausedUntil = day.Format(time.DateOnly)
	target := s.morning(day, loc, true)
	for _, j := range s.Jobs(c, time.Time{}) {
		if j.Kind != JobCheckIn && j.Kind != JobReview || c.Sent(j.Email()) || slices.Contains(c.Choices.Skipped, j.Seq) && j.Kind == JobCheckIn {
			continue
		}
		if !j.At.Before(target) {
			return false, nil
		}
		from := j.At.In(loc)
		first := time.Date(from.Year(), from.Month(), from.Day(), 0, 0, 0, 0, time.UTC)
		last := time.Date(target.Year(), target.Month(), target.Day(), 0, 0, 0, 0, time.UTC)
		c.Choices.DelayDays += int(last.Sub(first).Hours() / 24)
		return true, nil
	}
	return false, nil
}
