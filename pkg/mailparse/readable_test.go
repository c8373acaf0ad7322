package mailparse

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestReadable(t *testing.T) {
	short := "1. yes\n2. no\n"
	if got := readable(short); got != short {
		t.Errorf("readable(short) = %q, want it unchanged", got)
	}
	long := strings.Repeat("é", MaxLineBytes) + "\n2. no\n" // a 2×MaxLineBytes line
	got := readable(long)
	first, rest, _ := strings.Cut(got, "\n")
	if len(first) > MaxLineBytes || !utf8.ValidString(first) || rest != "2. no\n" {
		t.Errorf("long line: first line %d bytes (valid %v), rest %q", len(first), utf8.ValidString(first), rest)
	}
	huge := strings.Repeat("some words on a line\n", 2*MaxReadBytes/21)
	if got := readable(huge); len(got) > MaxReadBytes || !strings.HasSuffix(got, "\n") || !strings.HasPrefix(huge, got) {
		t.Errorf("huge body: %d bytes read, want at most %d ending at a line end", len(got), MaxReadBytes)
	}
}
