package mailcompose

import (
	"testing"

	"github.com/careerconv/careerconv/pkg/conversation"
)

func BenchmarkPrep(b *testing.B) {
	c, conv := newComposer(b, false), fixture(b)
	for b.Loop() {
		if _, err := c.Prep(conv, conversation.Cycle{}, testReplyTo, testNow); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPreread(b *testing.B) {
	c, conv := newComposer(b, true), fixture(b)
	for b.Loop() {
		if _, err := c.Preread(conv, conversation.Cycle{}, "", false, testNow); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlan(b *testing.B) {
	c, conv := newComposer(b, false), fixture(b)
	for b.Loop() {
		if _, err := c.Plan(conv, testCheckIns, nil, testReplyTo, answered, testNow); err != nil {
			b.Fatal(err)
		}
	}
}
