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
	if r.Lost() != 0 || r.SentTwice != 0 || r.Expected == 0 || r.Notices != 3 {
		t.Errorf("without faults: %d problems, %d sent twice, %d expected (%d notices, want 3)", r.Lost(), r.SentTwice, r.Expected, r.Notices)
	}
}

// Under injected faults, doubled and concurrent deliveries, retries and redrives,
// nothing is lost, and nothing is sent twice but what a lost acknowledgement
// explains. make chaos runs the same at N=1,000.
func TestFaultsNoLoss(t *testing.T) {
	n := 30
	if testing.Short() {
		n = 20
	}
	for _, seed := range []uint64{7, 8} {
		r, err := Run(context.Background(), Config{N: n, Before: 0.1, After: 0.1, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		if r.Lost() != 0 || r.Expected < 12*n || r.Notices == 0 || r.Faults["Store.Update after"] == 0 {
			t.Errorf("seed %d: %d problems under faults (%d emails expected)\n%s", seed, r.Lost(), r.Expected, r)
		}
	}
}
