package mailparse

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/extract"
	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/questions"
)

// FuzzRead feeds arbitrary bytes to Read for every kind: it must not panic,
// must fail only with its documented errors, and must return output bounded
// by the input and valid per the Reply contract. The seeds are whole
// messages, so run it with -fuzzminimizetime 1x: minimising each new input
// for the default 60 s stalls the run.
func FuzzRead(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(casesDir, "*.eml"))
	for i, p := range paths {
		if i%4 != 0 { // a sample of the cases keeps the seed corpus quick
			continue
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			f.Fatalf("read seed: %v", err)
		}
		f.Add(raw)
	}
	f.Add([]byte("From: a@b.c\r\n\r\n1. x\n2) y\nQ3: z\n> 4. " + "What is going well" + "\nw\n- by end of Q1\n1 done ✅\n"))
	f.Add([]byte("From: a@b.c\n\n- in 6 weeks\n- 29 February\n- next Friday\n- 15.03.2027\n"))
	f.Add([]byte("not a message"))
	qs := questions.Default().Questions()
	now := time.Date(2027, 1, 11, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, raw []byte) {
		for _, kind := range []conversation.ReplyKind{conversation.ReplyPrep, conversation.ReplySteps, conversation.ReplyCheckIn} {
			r, err := Read(raw, kind, qs, now)
			if err != nil {
				if !errors.Is(err, mime.ErrNotMessage) && !errors.Is(err, mime.ErrTooLarge) {
					t.Fatalf("%s: unexpected error %v", kind, err)
				}
				continue
			}
			checkReplyBounds(t, r, len(raw))
		}
	})
}

// checkReplyBounds asserts that r is a valid Reply no larger than the input allows.
func checkReplyBounds(tb testing.TB, r *Reply, inputLen int) {
	tb.Helper()
	limit := 8*inputLen + 1024 // charset decoding can grow text; normalising adds "- " to bullets
	size := len(r.Text) + len(r.Notes)
	for k, a := range r.Answers {
		if k < 1 || k > 8 {
			tb.Errorf("answer key %d", k)
		}
		size += len(a)
	}
	if len(r.Steps) > extract.MaxSteps || len(r.Progress) > extract.MaxSteps {
		tb.Errorf("%d steps, %d progress entries", len(r.Steps), len(r.Progress))
	}
	for _, s := range r.Steps {
		size += len(s.Text)
		if s.Text == "" {
			tb.Error("empty step")
		}
		if s.Due != nil {
			if _, err := time.Parse(time.DateOnly, *s.Due); err != nil {
				tb.Errorf("due %q: %v", *s.Due, err)
			}
		}
	}
	for _, p := range r.Progress {
		size += len(p.Note)
		if !p.Status.Valid() {
			tb.Errorf("status %q", p.Status)
		}
		if p.Step < 1 || p.Step > extract.MaxSteps {
			tb.Errorf("step %d", p.Step)
		}
	}
	if size > limit {
		tb.Errorf("output %d bytes for %d bytes of input", size, inputLen)
	}
}
