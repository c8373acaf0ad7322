package mailcompose

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/conversation"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata")

// checkGolden compares got with testdata/name, or rewrites it under -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden := filepath.Join("testdata", name)
	if *updateGolden {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden file (run with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run go test -run %s -update after an intended change and review the diff):\n%s", golden, t.Name(), got)
	}
}

// TestPrepGolden pins the whole prep email, byte for byte: headers, MIME structure,
// text and HTML.
func TestPrepGolden(t *testing.T) {
	c, conv := newComposer(t, false), fixture(t)
	e, err := c.Prep(conv, conversation.Cycle{}, testReplyTo, testNow)
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "prep.eml", e.Raw)
}

// goldenHeaders are the header fields a reader sees or a client threads on.
var goldenHeaders = []string{"From", "To", "Cc", "Reply-To", "Subject", "In-Reply-To", "References", "Auto-Submitted"}

// TestKindsGolden pins the text and the HTML of every email kind of the story, so
// that every wording change is a reviewed diff of testdata/golden.
func TestKindsGolden(t *testing.T) {
	for _, k := range emailKinds() {
		t.Run(k.name, func(t *testing.T) {
			e, err := k.render(storyComposer(t), t)
			if err != nil {
				t.Fatal(err)
			}
			p := parse(t, e)
			var b strings.Builder
			for _, h := range goldenHeaders {
				if v := p.Header.Get(h); v != "" {
					if h == "Subject" {
						v = subject(t, p.Header)
					}
					fmt.Fprintf(&b, "%s: %s\n", h, v)
				}
			}
			for i, name := range p.Filenames {
				fmt.Fprintf(&b, "Attachment: %s (%s)\n", name, p.Types[2+i])
			}
			b.WriteString("\n" + p.Text)
			checkGolden(t, filepath.Join("golden", k.name+".txt"), []byte(b.String()))
			checkGolden(t, filepath.Join("golden", k.name+".html"), []byte(p.HTML))
		})
	}
}
