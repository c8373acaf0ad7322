package dynamo_test

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/storetest"
)

// The largest conversation the API and replies can make, fitted, is stored on
// the emulator as an item under 350 KB and read back whole.
func TestLargestConversationFits(t *testing.T) {
	e := open(t)
	ctx := context.Background()
	c := storetest.Largest(conversation.NewID())
	if err := c.Fit(); err != nil {
		t.Fatal(err)
	}
	if err := e.store.Create(ctx, c); err != nil {
		t.Fatalf("Create: %v", err)
	}
	c.Notes += "!"
	if err := e.store.Update(ctx, c); err != nil {
		t.Fatalf("Update: %v", err)
	}
	item := getItem(t, e, "CONV#"+c.ID, "CONV")
	size := 0
	for name, v := range item {
		size += len(name)
		switch v := v.(type) {
		case *types.AttributeValueMemberS:
			size += len(v.Value)
		case *types.AttributeValueMemberN:
			size += len(v.Value)
		}
	}
	if size >= 350_000 {
		t.Errorf("item is %d bytes, want under 350 KB", size)
	}
	got, err := e.store.Get(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Answers) != conversation.MaxAnswers || got.Notes != c.Notes || len(got.Steps) != conversation.MaxSteps {
		t.Errorf("read back %d answers, %d steps, notes equal %v", len(got.Answers), len(got.Steps), got.Notes == c.Notes)
	}
	t.Logf("item %d bytes", size)
}
