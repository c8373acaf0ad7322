package mailcompose

import (
	"slices"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/questions"
)

// The story every email kind is rendered from: Jane Doe prepares a career
// conversation with Sam Patel on Tue 12 Jan 2027 at 14:00 in London, answers every
// question at length, agrees three steps and reports on them.

const storyReplyTo = "reply+ab3dc7ef2ghijk4l-p-1mfrgg3dfmzswk4tq@reply.example.com"

var (
	storyMeeting  = time.Date(2027, 1, 12, 14, 0, 0, 0, time.UTC)
	storyCheckIns = []time.Time{
		time.Date(2027, 2, 9, 9, 0, 0, 0, time.UTC),
		time.Date(2027, 3, 9, 9, 0, 0, 0, time.UTC),
		time.Date(2027, 4, 6, 8, 0, 0, 0, time.UTC),
	}
	storyThread = conversation.Thread{MessageID: "CAF=jane.reply@mail.gmail.com", References: []string{"cc.ab3dc7ef2ghijk4l.prep@mail.example.com"}}
)

// storyAnswers is a fully answered prep, as a thoughtful employee writes it.
var storyAnswers = map[int]string{
	1: "I'd like to understand what a move into product management would take, and whether there is a path for it here in the next year. Could you find out whether the new payments squad will need a product owner?",
	2: "I like the team and the trust I get to run my own projects. The billing work is interesting and I don't want to lose the hands-on engineering completely.",
	3: "Leading the billing migration last spring. We moved two million customers without an outage, and I learned to negotiate scope with finance.",
	4: "I'd be working with customers and engineers to decide what we build, probably as a product owner in the payments area, still in London.",
	5: "Five years on the billing systems, the migration, and mentoring two juniors. People say I explain technical trade-offs clearly and stay calm under pressure.",
	6: "I need to learn product discovery and roadmapping, and to build relationships with the product leads. Honestly I'm worried that I'm seen only as an engineer here.",
	7: "Spend a day a week with the product team, run the next customer interviews for billing, and take the product management course.",
}

const storyNotes = "Thanks for setting this up!\nMy CV is at https://cv.example.com/jane-doe if it helps.\nBest,\nJane"

var storySteps = []conversation.Step{
	{Text: "Shadow the payments product owner one day a week", Due: "2027-02-28"},
	{Text: "Run the billing customer interviews with the design team"},
	{Text: "Finish the product management course", Due: "2027-03-31"},
}

// storyComposer is the Composer of the story: an organisation with an HR contact.
func storyComposer(tb testing.TB) *Composer {
	tb.Helper()
	return &Composer{
		From: "careerconv <careerconv@mail.example.com>", MessageDomain: "mail.example.com", Bank: questions.Default(),
		Org: Organisation{Name: "Acme Bank", HRContact: "People Team <people@acme.example>", Locale: "en-GB"},
	}
}

// storyAt returns the conversation as it stands at stage: "new" (nothing sent),
// "prepped" (prep sent), "answered" (every question answered), "preread" (the
// pre-read sent), "met" (wrap-up sent), "planned" (steps agreed), "checkin2"
// (two check-ins answered), "reviewed".
func storyAt(tb testing.TB, stage string) *conversation.Conversation {
	tb.Helper()
	c := &conversation.Conversation{
		ID:             "ab3dc7ef2ghijk4l",
		Employee:       conversation.Participant{Name: "Jane Doe", Email: "jane@example.com", TimeZone: "Europe/London"},
		Manager:        conversation.Participant{Name: "Sam Patel", Email: "sam@example.com", TimeZone: "Europe/London"},
		MeetingStart:   storyMeeting,
		MeetingMinutes: 60,
		RequestCV:      true,
		Status:         conversation.StatusScheduled,
		CreatedAt:      time.Date(2027, 1, 4, 10, 0, 0, 0, time.UTC),
	}
	order := []string{"new", "prepped", "answered", "preread", "met", "planned", "checkin2", "reviewed"}
	at := slices.Index(order, stage)
	if at < 0 {
		tb.Fatalf("unknown story stage %q", stage)
	}
	reached := func(s string) bool { return slices.Index(order, s) <= at }
	sent := func(email, to string, at time.Time) {
		c.Record(conversation.Event{At: at, Kind: conversation.EventSent, Email: email, To: to})
	}
	if reached("prepped") {
		sent("prep", "jane@example.com", time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC))
	}
	if reached("answered") {
		c.SetAnswers(storyAnswers, time.Date(2027, 1, 6, 19, 0, 0, 0, time.UTC))
		c.Notes = storyNotes
	}
	if reached("preread") {
		sent("preread", "sam@example.com", storyMeeting.Add(-24*time.Hour))
	}
	if reached("met") {
		c.Status = conversation.StatusAwaitingSteps
		sent("wrapup", "jane@example.com, sam@example.com", storyMeeting.Add(time.Hour))
	}
	if reached("planned") {
		c.Status = conversation.StatusFollowingUp
		if err := c.SetSteps(storySteps); err != nil {
			tb.Fatal(err)
		}
		sent("plan-0123456789", "jane@example.com", storyMeeting.Add(2*time.Hour))
	}
	if reached("checkin2") {
		c.ApplyProgress(1, []conversation.ProgressUpdate{
			{Step: 1, Status: conversation.StepInProgress, Note: "two Tuesdays so far"},
			{Step: 2, Status: conversation.StepDone, Note: "eight interviews, notes shared"},
		}, storyCheckIns[0].Add(5*time.Hour))
		c.ApplyProgress(2, []conversation.ProgressUpdate{
			{Step: 3, Status: conversation.StepBlocked, Note: "waiting for the training budget"},
		}, storyCheckIns[1].Add(3*time.Hour))
	}
	if reached("reviewed") {
		c.ApplyProgress(3, []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepDone}}, storyCheckIns[2].Add(2*time.Hour))
	}
	return c
}

// emailKind is one kind of email, rendered from the story.
type emailKind struct {
	name   string
	render func(c *Composer, tb testing.TB) (conversation.Email, error)
	// asks is set when the email asks the recipient to do something: its action
	// sentence must come first.
	asks bool
}

func emailKinds() []emailKind {
	at := func(d time.Time, h int) time.Time { return d.Add(time.Duration(h) * time.Hour) }
	return []emailKind{
		{"prep", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			return c.Prep(storyAt(tb, "new"), conversation.Cycle{}, storyReplyTo, time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC))
		}, true},
		{"receipt", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			return c.Receipt(storyAt(tb, "answered"), []int{1, 2, 3, 4, 5, 6, 7}, []conversation.Unplaced{
				{Kind: conversation.UnplacedParagraph, Text: "Thanks for setting this up!"}, // a courtesy, not a note: not asked about
				{Kind: conversation.UnplacedParagraph, Text: "My CV is at https://cv.example.com/jane-doe if it helps."},
			}, assistant.CVNote{}, storyReplyTo, storyThread, time.Date(2027, 1, 6, 19, 0, 0, 0, time.UTC))
		}, false},
		{"nudge", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			return c.Nudge(storyAt(tb, "prepped"), storyReplyTo, time.Date(2027, 1, 10, 9, 0, 0, 0, time.UTC))
		}, true},
		{"preread", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			return c.Preread(storyAt(tb, "answered"), conversation.Cycle{}, storyReplyTo, false, at(storyMeeting, -24))
		}, true},
		{"preread-first", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			return c.Preread(storyAt(tb, "answered"), conversation.Cycle{}, storyReplyTo, true, at(storyMeeting, -24))
		}, true},
		{"update", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			return c.PrereadUpdate(storyAt(tb, "preread"), []int{4, 6}, "", storyReplyTo, at(storyMeeting, -20))
		}, false},
		{"wrapup", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			return c.WrapUp(storyAt(tb, "preread"), storyReplyTo, at(storyMeeting, 1))
		}, true},
		{"plan", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "met")
			conv.Status = conversation.StatusFollowingUp
			if err := conv.SetSteps(storySteps); err != nil {
				tb.Fatal(err)
			}
			noDue := []conversation.Unplaced{{Kind: conversation.UnplacedNoDue, Text: storySteps[1].Text}}
			return c.Plan(conv, storyCheckIns, noDue, storyReplyTo, storyThread, at(storyMeeting, 2))
		}, false},
		{"checkin", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "checkin2")
			conv.Steps[2].Status, conv.Steps[2].Progress = conversation.StepNotStarted, nil
			return c.CheckIn(conv, 2, storyReplyTo, storyCheckIns[1])
		}, true},
		{"progress", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "checkin2")
			return c.ProgressReceipt(conv, 2, []conversation.ProgressUpdate{{Step: 3, Status: conversation.StepBlocked, Note: "waiting for the training budget"}},
				[]conversation.ProgressUpdate{{Step: 5, Status: conversation.StepDone}},
				[]conversation.Unplaced{{Kind: conversation.UnplacedNoStep, Text: "Also still waiting to hear about the offsite budget."}},
				storyReplyTo, storyThread, at(storyCheckIns[1], 3))
		}, false},
		{"review", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			return c.Review(storyAt(tb, "checkin2"), storyReplyTo, time.Date(2027, 4, 13, 8, 0, 0, 0, time.UTC))
		}, true},
		{"unreadable-prep", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "prepped")
			return c.Unreadable(conv, conv.Employee, conversation.Purpose{Kind: conversation.ReplyPrep}, storyReplyTo, storyThread, time.Date(2027, 1, 6, 8, 0, 0, 0, time.UTC))
		}, true},
		{"unreadable-steps", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "met")
			return c.Unreadable(conv, conv.Manager, conversation.Purpose{Kind: conversation.ReplySteps}, storyReplyTo, storyThread, at(storyMeeting, 3))
		}, true},
		{"unreadable-checkin", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "checkin2")
			return c.Unreadable(conv, conv.Employee, conversation.Purpose{Kind: conversation.ReplyCheckIn, CheckIn: 2}, storyReplyTo, storyThread, at(storyCheckIns[1], 4))
		}, true},
		{"rescheduled", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "answered")
			conv.MeetingStart, conv.Generation = storyMeeting.Add(48*time.Hour), 1
			return c.Rescheduled(conv, conv.Employee, storyMeeting, nil, storyReplyTo, time.Date(2027, 1, 8, 12, 0, 0, 0, time.UTC))
		}, false},
		{"cancelled", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "planned")
			conv.Status = conversation.StatusCancelled
			return c.Cancelled(conv, conv.Manager, storyCheckIns, storyReplyTo, at(storyCheckIns[0], 30))
		}, false},
		{"invite", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "new")
			now := time.Date(2027, 1, 2, 10, 0, 0, 0, time.UTC)
			return c.Invite(assistant.InviteAnswer{Result: assistant.InviteCreated, To: conv.Manager, Address: testInviteAddr,
				Invite: testInvite(), Conversation: conv, Jobs: conversation.DefaultSchedule().Jobs(conv, now), Thread: storyThread}, now)
		}, false},
		{"cancelled-stopped", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "planned")
			conv.Status, conv.Choices.Stopped = conversation.StatusCancelled, "employee"
			return c.Cancelled(conv, conv.Manager, storyCheckIns, storyReplyTo, at(storyCheckIns[0], 30))
		}, false},
		{"commanded-private", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "preread")
			conv.Choices.Private = []int{4}
			made := []conversation.Choice{{By: "employee", Command: "private", Numbers: []int{4}}, {By: "employee", Command: "fewer"}}
			return c.Commanded(conv, conv.Employee, made, nil, storyReplyTo, storyThread, at(storyMeeting, -20))
		}, false},
		{"commanded-pause", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "planned")
			now := at(storyMeeting, 24*7)
			s := conversation.DefaultSchedule()
			if moved, err := s.Pause(conv, time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), now); err != nil || !moved {
				tb.Fatalf("pause: %v %v", moved, err)
			}
			var checkIns []time.Time
			for _, j := range s.Jobs(conv, now) {
				if j.Kind == conversation.JobCheckIn {
					checkIns = append(checkIns, j.At)
				}
			}
			made := []conversation.Choice{{By: "employee", Command: "pause", Until: "2027-03-01", Moved: true}, {By: "employee", Command: "skip", Refused: "No check-in is left to skip."}}
			return c.Commanded(conv, conv.Manager, made[:1], checkIns, storyReplyTo, conversation.Thread{}, now)
		}, false},
		{"stranger", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "prepped")
			return c.Stranger(conv, "jane.doe@gmail.example", []conversation.Participant{conv.Employee}, storyThread, time.Date(2027, 1, 6, 19, 0, 0, 0, time.UTC))
		}, false},
		{"noted", func(c *Composer, tb testing.TB) (conversation.Email, error) {
			conv := storyAt(tb, "preread")
			return c.Noted(conv, conv.Manager, "Ask about the payments squad.\nMention the Q3 product roles.", storyReplyTo, storyThread, at(storyMeeting, -22))
		}, false},
	}
}
