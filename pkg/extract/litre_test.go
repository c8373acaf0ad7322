package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLiteralRE checks that the filter of literalRE never changes what the
// regexp matches, on every line of the reply cases and on lines made to
// hold the literals in other cases.
func TestLiteralRE(t *testing.T) {
	files, err := filepath.Glob("../mailparse/testdata/replies/*.eml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	lines = append(lines, "I'll THINK ABOUT 5-7 later", "Questions 3 and 4: LATER", "the rest later", "Q5 later",
		"answer them later", "I'm not sure yet about 2-3", "the other ones in person", "ſpäter 3-4", "3 to 4 in Person",
		"My ANSWERS are below:", "Here you go!", "Thanks!", "THANK YOU so much", "voilà", "Voila.", "Answers inline.", "so, here it is")
	for name, l := range map[string]*literalRE{"deferralRef": deferralRef(), "deferralSay": deferralSay(), "notesIntro": notesIntro(), "thanksLine": thanksLine()} {
		plain := regexp.MustCompile(l.re.String())
		for _, s := range lines {
			if got, want := l.MatchString(s), plain.MatchString(s); got != want {
				t.Errorf("%s.MatchString(%q) = %v, the regexp says %v", name, s, got, want)
			}
		}
		t.Logf("%s: %d literals", name, len(l.needs))
	}
}
