package storetest

import (
	"fmt"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Largest builds (before conversation.Fit) the largest conversation the API and replies can make: every
// text at its limit in the characters JSON escapes, every list full.
func Largest(id string) *conversation.Conversation {
	t0 := time.Date(2027, 3, 1, 9, 0, 0, 0, time.UTC)
	worst := func(n int) string { return strings.Repeat(`"\<`, n/3+1) }
	name := strings.Repeat("Ñ", conversation.MaxNameLen/2)
	c := &conversation.Conversation{
		ID:             id,
		Employee:       conversation.Participant{Name: name, Email: strings.Repeat("e", 64) + "@" + strings.Repeat("d", 180) + ".com", TimeZone: "America/Argentina/ComodRivadavia"},
		Manager:        conversation.Participant{Name: name, Email: strings.Repeat("m", 64) + "@" + strings.Repeat("d", 180) + ".com", TimeZone: "America/Argentina/ComodRivadavia", Undeliverable: worst(300)},
		MeetingStart:   t0.Add(30 * 24 * time.Hour),
		MeetingMinutes: conversation.MaxMeeting,
		Status:         conversation.StatusFollowingUp,
		Generation:     1,
		CalendarUID:    worst(255),
		CreatedAt:      t0,
		UpdatedAt:      t0,
	}
	answers := map[int]string{}
	for n := 1; n <= 2*conversation.MaxAnswers; n++ {
		answers[n] = worst(conversation.MaxAnswerLen) + "\x00\x01"
	}
	c.SetAnswers(answers, t0)
	c.Notes = conversation.CleanText(worst(conversation.MaxNotesLen), conversation.MaxNotesLen)
	var steps []conversation.Step
	for range conversation.MaxSteps + 5 {
		steps = append(steps, conversation.Step{Text: worst(conversation.MaxStepLen) + fmt.Sprint(len(steps))})
	}
	_ = c.SetSteps(steps)
	for n := range 40 {
		var updates []conversation.ProgressUpdate
		for i := range c.Steps {
			updates = append(updates, conversation.ProgressUpdate{Step: i + 1, Status: conversation.StepBlocked, Note: worst(conversation.MaxStepLen)})
		}
		c.ApplyProgress(n%3+1, updates, t0)
	}
	for i := range conversation.MaxHistory + 10 {
		c.Record(conversation.Event{At: t0, Kind: conversation.EventRejected, To: worst(254), Detail: worst(300), Message: fmt.Sprintf("%032d", i), Raw: worst(100)})
	}
	for i := range conversation.MaxSends + 10 {
		c.MarkSent(fmt.Sprintf("receipt-%012d", i), worst(100), worst(200), t0)
	}
	return c
}
