package embedded

import (
	"fmt"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/storetest"
)

func identity(t time.Time) time.Time { return t }

func BenchmarkCreate(b *testing.B) {
	s := openTemp(b).Store()
	ctx := b.Context()
	for b.Loop() {
		if err := s.Create(ctx, storetest.Full(conversation.NewID(), identity)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGet(b *testing.B) {
	s := openTemp(b).Store()
	ctx := b.Context()
	c := storetest.Full(conversation.NewID(), identity)
	if err := s.Create(ctx, c); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.Get(ctx, c.ID); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUpdate(b *testing.B) {
	s := openTemp(b).Store()
	ctx := b.Context()
	c := storetest.Full(conversation.NewID(), identity)
	if err := s.Create(ctx, c); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		c.Generation++
		if err := s.Update(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListPage lists the first page of 50 of a manager with 500 conversations.
func BenchmarkListPage(b *testing.B) {
	s := openTemp(b).Store()
	ctx := b.Context()
	start := time.Date(2027, 1, 1, 9, 0, 0, 0, time.UTC)
	for i := range 500 {
		c := storetest.Minimal(conversation.NewID(), fmt.Sprintf("e%d@example.com", i), "mo@example.com", start.Add(time.Duration(i)*time.Hour))
		if err := s.Create(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		page, err := s.List(ctx, conversation.ListQuery{Manager: "mo@example.com"})
		if err != nil || len(page.Conversations) != DefaultListLimit {
			b.Fatal(len(page.Conversations), err)
		}
	}
}

// BenchmarkDue finds the 10 due jobs among 10,000 pending.
func BenchmarkDue(b *testing.B) {
	s := openTemp(b).Scheduler()
	ctx := b.Context()
	now := time.Date(2027, 1, 1, 9, 0, 0, 0, time.UTC)
	var jobs []conversation.Job
	for i := range 10000 {
		jobs = append(jobs, jobAt(conversation.NewID(), conversation.JobPrep, 0, now.Add(time.Duration(i-9)*time.Minute)))
	}
	if err := s.Schedule(ctx, jobs); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		due, err := s.Due(ctx, now, 100)
		if err != nil || len(due) != 10 {
			b.Fatal(len(due), err)
		}
	}
}
