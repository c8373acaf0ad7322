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
	}
	conv := &conversation.Conversation{
		ID:             "ab3dc7ef2ghijk4l",
		Employee:       conversation.Participant{Name: "Alice Example", Email: "alice@example.com", TimeZone: "Europe/London"},
		Manager:        conversation.Participant{Name: "Bob Manager", Email: "bob@example.com", TimeZone: "America/New_York"},
		MeetingStart:   time.Date(2027, 1, 12, 14, 0, 0, 0, time.UTC),
		MeetingMinutes: 60,
	}
	e, err := c.Prep(conv, "reply+ab3dc7ef2ghijk4l-p-1mfrgg3dfmzswk4tq@in.example.com", time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC))
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
		fmt.Println(strings.TrimRight(line, " ")) // "-- " would lose its space in this comment
	}
	// Output:
	// Message-ID: cc.ab3dc7ef2ghijk4l.prep@mail.example.com
	// To: "Alice Example" <alice@example.com>
	// Reply-To: "careerconv" <reply+ab3dc7ef2ghijk4l-p-1mfrgg3dfmzswk4tq@in.example.com>
	// Subject: Preparing for your career conversation with Bob Manager
	//
	// Hello Alice Example,
	//
	// Your career conversation with Bob Manager is on Tuesday 12 January 2027, 14:00 (Europe/London). A little thought beforehand helps you both get the most out of it, so here are eight questions to consider.
	//
	// It's your career: you own it, and Bob Manager is there to help you shape it. Your answers are confidential: only you and Bob Manager will see them.
	//
	// 1. Is there anything in particular you would like to get out of our meeting that you would like me to prepare for?
	// 2. What is going well in your current role? What do you not want to change?
	// 3. What are you most proud of achieving? What is it about that achievement that you found satisfying?
	// 4. Suppose you could wave a magic wand and develop your career in exactly the way you'd like: what would you be doing day to day? Where would you be working?
	// 5. What useful experiences have helped you get where you are today? What valuable skills have you developed? What positive qualities will help you make progress?
	// 6. What knowledge and skills do you need to gain to make progress? What behaviours and achievements do you need to demonstrate? What relationships do you need to develop?
	// 7. How might you make your current role more satisfying and enjoyable? How might you broaden your role?
	// 8. What steps will you take in the next three months to progress towards your short-term milestones?
	//
	// Question 8 is one to think about for now: you'll agree your steps for the next three months together in the meeting.
	//
	// How to answer: just hit Reply. Answer as many questions as you like, numbered like this:
	//
	// 1. I'd like us to talk about...
	// 4. Day to day, I would be...
	//
	// Or write your answers under the questions in the quoted text. Changed your mind? Reply again with the question number and your new answer: the latest answer counts.
	//
	// Looking forward to a good conversation,
	// careerconv
	//
	// --
	// careerconv helps Alice Example and Bob Manager prepare for and follow up on their career conversation. What is shared here stays between the two of you.
}
