package chaos

import (
	"context"
	"testing"
)

// With no faults, every lifecycle runs to the end: the harness itself loses nothing.
func TestNoFaultsNoLoss(t *testing.T) {
	r, err := Run(context.Background(), Config{N: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(r)
	if r.Lost() != 0 || r.SentTwice != 0 || r.Expected == 0 {
		t.Errorf("without faults: %d problems, %d sent twice, %d expected", r.Lost(), r.SentTwice, r.Expected)
	}
}
