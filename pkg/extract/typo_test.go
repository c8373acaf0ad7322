package extract

import "testing"

func TestTypoNear(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"startd", "started", true},  // a letter missing
		{"strated", "started", true}, // two swapped
		{"blokiert", "blockiert", true},
		{"finishedd", "finished", true}, // a letter added
		{"blocker", "blocked", true},    // a letter changed
		{"started", "started", false},   // no typo
		{"dome", "done", false},         // too short to tell
		{"finish", "finished", false},   // two letters
		{"stared", "strated", false},
	} {
		if got := typoNear(tc.a, tc.b); got != tc.want {
			t.Errorf("typoNear(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
