package quote

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestClassifyAndHelpers(t *testing.T) {
	lines := []string{"Thanks!", "", "On Mon, 1 Feb 2027 at 10:00, Sam <sam@example.com> wrote:", "> 1. A question", "-- ", "Sam"}
	want := string([]byte{Text, Empty, Marker, Quote, Delimiter, Text})
	if got := string(Classify(lines)); got != want {
		t.Errorf("Classify = %q, want %q", got, want)
	}
	if !IsFromHeader("*Von:* Jana Schmidt <jana@example.com>") || IsFromHeader("From now on I will") {
		t.Error("IsFromHeader: want header lines only")
	}
	if !HasNumberedLine([]string{"Q3: yes"}, []byte{Text}) || HasNumberedLine([]string{"3rd time"}, []byte{Text}) {
		t.Error("HasNumberedLine: want numbered answers only")
	}
	if Normalize("a\r\nb\rc") != "a\nb\nc" {
		t.Error("Normalize: want LF line endings")
	}
}

// TestDeviceLinesAndYouWrote checks the device lines and the "you wrote"
// attributions read from the lexicon, in several languages.
func TestDeviceLinesAndYouWrote(t *testing.T) {
	for s, want := range map[string]bool{
		"Sent from my iPhone": true, "Sent from my TI-85": true, "Gesendet von meinem TI-85": true, "Sam from mobile": true,
		"Grüße vom Handy": true, "Von meinem iPhone gesendet": true, "从我的iPhone发送": true,
		"From my point of view the phone rota is fine": false, "Von meinem Standpunkt aus ist das Handy kein Problem": false,
		"Sent from my desk": false, "I wrote this from mobile": false,
	} {
		if got := trimIsSignature(s); got != want {
			t.Errorf("trimIsSignature(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"You wrote:": true, "On Monday you wrote:": true, "Sie schrieben:": true, "Vous avez écrit :": true, "Вы написали:": true,
		"Here is what you need:": false, "As you wrote": false, "Jane wrote:": false,
	} {
		if got := trimIsAttribution(s); got != want {
			t.Errorf("trimIsAttribution(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestTrimCaseless checks the ranges trimCaseless skips lower-casing for
// against package unicode, which a Unicode upgrade could change.
func TestTrimCaseless(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if trimCaseless(r) && unicode.ToLower(r) != r {
			t.Fatalf("trimCaseless(%U) but unicode.ToLower gives %U", r, unicode.ToLower(r))
		}
	}
}

// TestTrimSpaceMatchesStrings checks the fast trimming helpers against the
// standard library on ASCII and Unicode white space.
func TestTrimSpaceMatchesStrings(t *testing.T) {
	for _, s := range []string{
		"", " ", "\t\n", "a", " a ", "\u00a0a\u00a0", "\u3000 \u3000", " \u2028x\u2029 ", "\xff \x80",
		"\u00a0", " \u0085", "x\u00a0 \u00a0", "\uFFFD>\uFFFD wrote:", "在 2016年12月12日 写道：",
	} {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimRightSpace(s), strings.TrimRightFunc(s, unicode.IsSpace); got != want {
			t.Errorf("trimRightSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(trimAppendLower(nil, s)), strings.ToLower(s); utf8.ValidString(s) && got != want {
			t.Errorf("trimAppendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestSignatureFirstShort checks the look-up of lines of at most one ASCII
// character in trimSignatureASCII against trimSignatureInitials.
func TestSignatureFirstShort(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		s := string(rune(c))
		if c == 0 {
			s = ""
		}
		want := trimSignatureInitials()[trimInitials(trimSetSignature.left(s))] ||
			len(s) > 11 && strings.EqualFold(s[len(s)-11:], "from mobile")
		if got := trimSignatureFirst(s); got != want {
			t.Errorf("trimSignatureFirst(%q) = %v, want %v", s, got, want)
		}
	}
}
