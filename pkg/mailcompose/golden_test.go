package mailcompose

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestPrepGolden pins the whole prep email, byte for byte: headers, MIME structure,
// text and HTML. Run with -update after an intended change and review the diff.
func TestPrepGolden(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	e, err := c.Prep(conv, testReplyTo, testNow)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "prep.eml")
	if *updateGolden {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, e.Raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(e.Raw, want) {
		t.Errorf("prep email differs from %s (run with -update after an intended change):\n%s", golden, e.Raw)
	}
}
