package mailparse

import (
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/questions"
)

// readBenchNow resolves relative dates in the adversarial Read benchmarks.
var readBenchNow = time.Date(2024, 3, 4, 9, 0, 0, 0, time.UTC)

// adversarialReadHeader is the minimal RFC 5322 header the adversarial
// bodies are wrapped in.
const adversarialReadHeader = "From: Employee <employee@example.com>\r\n" +
	"To: reply+token@careerconv.example\r\n" +
	"Subject: Re: Your career conversation\r\n" +
	"Date: Mon, 4 Mar 2024 09:00:00 +0000\r\n" +
	"Message-ID: <adversarial@example.com>\r\n" +
	"MIME-Version: 1.0\r\n"

// adversarialReadMessages wraps every adversarial plain-text body in a
// text/plain message, and adversarial HTML documents (quotes, lists, tables) in
// text/html-only messages.
func adversarialReadMessages() map[string][]byte {
	out := map[string][]byte{}
	for name, body := range adversarialTexts() {
		out["text/"+name] = []byte(adversarialReadHeader +
			"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body)
	}
	docs := adversarialHTML()
	for _, name := range []string{"nested_blockquote", "nested_lists", "unclosed_tags", "nested_tables", "table_rows"} {
		out["html/"+name] = []byte(adversarialReadHeader +
			"Content-Type: text/html; charset=utf-8\r\n\r\n" + docs[name])
	}
	return out
}

// BenchmarkAdversarialRead runs the full pipeline, Read (Parse, Trim and the
// extraction of answers, steps or progress), for each kind of reply on each
// hostile message of about 1 MB. The target is that of BenchmarkAdversarial:
// 25 ms per MB on a quiet machine.
func BenchmarkAdversarialRead(b *testing.B) {
	qs := questions.Default().Questions()
	msgs := adversarialReadMessages()
	for _, kind := range []conversation.ReplyKind{conversation.ReplyPrep, conversation.ReplySteps, conversation.ReplyCheckIn} {
		for _, name := range sortedKeys(msgs) {
			raw := msgs[name]
			b.Run(string(kind)+"/"+name, func(b *testing.B) {
				benchPerMessage(b, 1, len(raw), func() {
					if _, err := Read(raw, kind, qs, readBenchNow); err != nil {
						b.Fatal(err)
					}
				})
			})
		}
	}
}
