package mailcompose_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mailcompose"
	"github.com/emersion/go-message/mail"
)

func ExampleComposer_Prep() {
	c := &mailcompose.Composer{
		From:          "careerconv <careerconv@mail.example.com>",
		MessageDomain: "mail.example.com",
		Org:           mailcompose.Organisation{Name: "Acme Bank", HRContact: "People Team <people@acme.example>"},
	}
	conv := &conversation.Conversation{
		ID:             "ab3dc7ef2ghijk4l",
		Employee:       conversation.Participant{Name: "Alice Example", Email: "alice@example.com", TimeZone: "Europe/London"},
		Manager:        conversation.Participant{Name: "Bob Manager", Email: "bob@example.com", TimeZone: "America/New_York"},
		MeetingStart:   time.Date(2027, 1, 12, 14, 0, 0, 0, time.UTC),
		MeetingMinutes: 60,
	}
	e, err := c.Prep(conv, conversation.Cycle{}, "reply+ab3dc7ef2ghijk4l-p-1mfrgg3dfmzswk4tq@in.example.com", time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := mail.CreateReader(bytes.NewReader(e.Raw))
	if err != nil {
		fmt.Println(err)
		return
	}
	subject, _ := r.Header.Subject()
	fmt.Println("Message-ID:", e.MessageID)
	fmt.Println("From:", r.Header.Get("From"))
	fmt.Println("To:", r.Header.Get("To"))
	fmt.Println("Reply-To:", r.Header.Get("Reply-To"))
	fmt.Println("Subject:", subject)
	part, err := r.NextPart() // the text/plain alternative
	if err != nil {
		fmt.Println(err)
		return
	}
	text, _ := io.ReadAll(part.Body)
	fmt.Println()
	for _, line := range strings.Split(strings.TrimSpace(string(text)), "\r\n") {
		fmt.Println(strings.TrimSpace(line)) // "-- " would lose its space in this comment
	}
	// Output:
	// Message-ID: cc.ab3dc7ef2ghijk4l.prep@mail.example.com
	// From: "Bob Manager via careerconv" <careerconv@mail.example.com>
	// To: "Alice Example" <alice@example.com>
	// Reply-To: "careerconv" <reply+ab3dc7ef2ghijk4l-p-1mfrgg3dfmzswk4tq@in.example.com>
	// Subject: Your career conversation with Bob
	//
	// Hi Alice,
	//
	// Reply by Mon 11 Jan – Bob reads your answers the day before your conversation on Tue 12 Jan at 14:00 London time.
	//
	// Hit Reply and number your answers, like this:
	//
	// 1. I'd like us to talk about…
	// 4. Day to day, I would be…
	//
	// Why you're getting this: Acme Bank uses careerconv to prepare and follow up career conversations. Only the two of you see what is written here; HR sees dates and counts, never your words. Questions about it: People Team (people@acme.example).
	//
	// Bob asks:
	//
	// 1. Is there anything in particular you would like to get out of our meeting that you would like me to prepare for?
	// 2. What is going well in your current role? What do you not want to change?
	// 3. What are you most proud of achieving? What is it about that achievement that you found satisfying?
	// 4. Suppose you could wave a magic wand and develop your career in exactly the way you'd like: what would you be doing day to day? Where would you be working?
	// 5. What useful experiences have helped you get where you are today? What valuable skills have you developed? What positive qualities will help you make progress?
	// 6. What knowledge and skills do you need to gain to make progress? What behaviours and achievements do you need to demonstrate? What relationships do you need to develop?
	// 7. How might you make your current role more satisfying and enjoyable? How might you broaden your role?
	//
	// Just to think about – you'll agree it together in the meeting:
	// 8. What steps will you take in the next three months to progress towards your short-term milestones?
	//
	// Answer as many as you like; a line or two each is plenty. Changed your mind later? Reply again with the number and the new answer: the latest counts.
	//
	// --
	// careerconv for Acme Bank. Only the two of you see what is written here; HR sees dates and counts, never your words. Questions: People Team (people@acme.example).
}
