package embedded

import (
	"context"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/storetest"
)

func TestExpire(t *testing.T) {
	s := openTemp(t).Store()
	ctx := context.Background()
	now := time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)
	start := time.Date(2027, 1, 14, 14, 0, 0, 0, time.UTC)
	for id, expires := range map[string]time.Time{
		"aaaaaaaaaaaaaaaa": now.Add(-time.Hour), // past its retention
		"bbbbbbbbbbbbbbbb": now.Add(time.Hour),  // not yet
		"cccccccccccccccc": {},                  // kept until it ends
	} {
		c := storetest.Minimal(id, "ana@example.com", "tom@example.com", start)
		c.ExpiresAt = expires
		if err := s.Create(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.Expire(ctx, now)
	if err != nil || n != 1 {
		t.Fatalf("Expire = %d, %v; want 1", n, err)
	}
	if _, err := s.Get(ctx, "aaaaaaaaaaaaaaaa"); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Errorf("expired conversation still there: %v", err)
	}
	for _, id := range []string{"bbbbbbbbbbbbbbbb", "cccccccccccccccc"} {
		if _, err := s.Get(ctx, id); err != nil {
			t.Errorf("%s: %v", id, err)
		}
	}
}
