package token

import (
	"errors"
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/conversation"
)

func signer(t *testing.T, spec string) *Signer {
	t.Helper()
	s, err := ParseKeys(spec)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestRoundTrip(t *testing.T) {
	s := signer(t, "1:0123456789abcdef0123")
	for _, p := range []conversation.Purpose{{Kind: conversation.ReplyPrep}, {Kind: conversation.ReplySteps}, {Kind: conversation.ReplyCheckIn, CheckIn: 3}, {Kind: conversation.ReplyNotes}, {Kind: conversation.ReplyInfo}, {Kind: conversation.ReplyMoved, CheckIn: 2}, {Kind: conversation.ReplyReview}} {
		t.Run(p.String(), func(t *testing.T) {
			addr, err := s.Address("in.example.com", "ab3dc7ef2ghijk4l", p)
			if err != nil {
				t.Fatal(err)
			}
			if local, _, _ := strings.Cut(addr, "@"); len(local) > 64 {
				t.Errorf("local part %q is longer than 64", local)
			}
			tok, ok := FromAddress(strings.ToUpper(addr), "IN.example.com")
			if !ok {
				t.Fatalf("FromAddress(%q) found no token", addr)
			}
			conv, got, err := s.Verify(tok)
			if err != nil || conv != "ab3dc7ef2ghijk4l" || got != p {
				t.Fatalf("Verify = %q %v %v", conv, got, err)
			}
		})
	}
}

func TestVerifyRefuses(t *testing.T) {
	s := signer(t, "1:0123456789abcdef0123")
	good, _ := s.Sign("ab3dc7ef2ghijk4l", conversation.Purpose{Kind: conversation.ReplyPrep})
	other := signer(t, "1:another-key-of-16-bytes")
	forged, _ := other.Sign("ab3dc7ef2ghijk4l", conversation.Purpose{Kind: conversation.ReplyPrep})
	tests := map[string]string{
		"empty":            "",
		"other key":        forged,
		"other purpose":    strings.Replace(good, "-p-", "-s-", 1),
		"other convo":      "zb3dc7ef2ghijk4l" + good[16:],
		"unknown key id":   good[:len(good)-17] + "9" + good[len(good)-16:],
		"truncated":        good[:len(good)-1],
		"extra part":       good + "-x",
		"bad purpose code": strings.Replace(good, "-p-", "-c0-", 1),
		"bad moved code":   strings.Replace(good, "-p-", "-m0-", 1),
	}
	for name, tok := range tests {
		t.Run(name, func(t *testing.T) {
			if _, _, err := s.Verify(tok); !errors.Is(err, ErrInvalid) {
				t.Errorf("Verify(%q) err = %v, want ErrInvalid", tok, err)
			}
		})
	}
}

func TestRotation(t *testing.T) {
	old := signer(t, "1:0123456789abcdef0123")
	tok, _ := old.Sign("ab3dc7ef2ghijk4l", conversation.Purpose{Kind: conversation.ReplySteps})
	rotated := signer(t, "2:fedcba9876543210fedc,1:0123456789abcdef0123")
	if _, _, err := rotated.Verify(tok); err != nil {
		t.Fatalf("rotated signer refuses a token of the old key: %v", err)
	}
	if tok2, _ := rotated.Sign("ab3dc7ef2ghijk4l", conversation.Purpose{Kind: conversation.ReplySteps}); tok2[len(tok2)-17] != '2' {
		t.Errorf("rotated signer signs with %q, want key 2", tok2[len(tok2)-17])
	}
}

func TestFromAddress(t *testing.T) {
	for addr, want := range map[string]bool{
		"reply+abc@in.example.com":   true,
		"reply@in.example.com":       false,
		"reply+abc@other.com":        false,
		"someone+abc@in.example.com": false,
		"reply+@in.example.com":      false,
	} {
		if _, ok := FromAddress(addr, "in.example.com"); ok != want {
			t.Errorf("FromAddress(%q) = %v, want %v", addr, ok, want)
		}
	}
}

func TestParseKeysErrors(t *testing.T) {
	for _, spec := range []string{"", "nocolon", "1:short", "xy:0123456789abcdef0123"} {
		if _, err := ParseKeys(spec); err == nil {
			t.Errorf("ParseKeys(%q) succeeded", spec)
		}
	}
}
