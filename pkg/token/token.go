// Package token signs and verifies reply addresses. A reply address has the form
// reply+<token>@<inbound domain>; the token names the conversation and what the
// reply is for (prep answers, the agreed steps, check-in N) and carries an HMAC, so
// a forged or altered address is refused. Keys rotate: the token names its key.
//
// A token is lower case (mail systems may fold the case of local parts), at most
// 40 characters: <conversation>-<purpose>-<key id><mac>, for example
// "ab3dc7ef2ghijk4l-c2-1mfrgg3dfmzswk4tq".
package token

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/careerconv/careerconv/pkg/conversation"
)

func purposeCode(p conversation.Purpose) (string, error) {
	switch {
	case p.Kind == conversation.ReplyPrep:
		return "p", nil
	case p.Kind == conversation.ReplySteps:
		return "s", nil
	case p.Kind == conversation.ReplyCheckIn && p.CheckIn >= 1 && p.CheckIn <= 9:
		return "c" + strconv.Itoa(p.CheckIn), nil
	case p.Kind == conversation.ReplyNotes:
		return "n", nil
	case p.Kind == conversation.ReplyInfo:
		return "i", nil
	case p.Kind == conversation.ReplyReview:
		return "r", nil
	case p.Kind == conversation.ReplyMoved && p.CheckIn >= 1 && p.CheckIn <= 9:
		return "m" + strconv.Itoa(p.CheckIn), nil
	}
	return "", fmt.Errorf("token: invalid purpose %q", p)
}

func purposeOf(code string) (conversation.Purpose, bool) {
	switch {
	case code == "p":
		return conversation.Purpose{Kind: conversation.ReplyPrep}, true
	case code == "s":
		return conversation.Purpose{Kind: conversation.ReplySteps}, true
	case code == "n":
		return conversation.Purpose{Kind: conversation.ReplyNotes}, true
	case code == "i":
		return conversation.Purpose{Kind: conversation.ReplyInfo}, true
	case code == "r":
		return conversation.Purpose{Kind: conversation.ReplyReview}, true
	case len(code) == 2 && code[0] == 'c' && code[1] >= '1' && code[1] <= '9':
		return conversation.Purpose{Kind: conversation.ReplyCheckIn, CheckIn: int(code[1] - '0')}, true
	case len(code) == 2 && code[0] == 'm' && code[1] >= '1' && code[1] <= '9':
		return conversation.Purpose{Kind: conversation.ReplyMoved, CheckIn: int(code[1] - '0')}, true
	}
	return conversation.Purpose{}, false
}

// ErrInvalid is returned for a token that is malformed, signed with an unknown key
// or whose MAC does not verify.
var ErrInvalid = errors.New("reply token does not verify")

// Signer makes and checks tokens.
type Signer struct {
	keys    map[byte][]byte
	current byte
}

// NewSigner returns a Signer that signs with the key named current and accepts
// every key in keys. Key IDs are single characters [0-9a-z]; keys need at least
// 16 bytes.
func NewSigner(keys map[string][]byte, current string) (*Signer, error) {
	s := &Signer{keys: make(map[byte][]byte)}
	for id, k := range keys {
		if len(id) != 1 || !(id[0] >= '0' && id[0] <= '9' || id[0] >= 'a' && id[0] <= 'z') {
			return nil, fmt.Errorf("token: key id %q must be one character 0-9 or a-z", id)
		}
		if len(k) < 16 {
			return nil, fmt.Errorf("token: key %q is shorter than 16 bytes", id)
		}
		s.keys[id[0]] = k
	}
	if _, ok := keys[current]; !ok {
		return nil, fmt.Errorf("token: current key %q is not among the keys", current)
	}
	s.current = current[0]
	return s, nil
}

// ParseKeys reads keys written as "id:secret,id:secret" (the form configuration
// uses); the first is the current one.
func ParseKeys(spec string) (*Signer, error) {
	keys := map[string][]byte{}
	current := ""
	for _, part := range strings.Split(spec, ",") {
		id, secret, ok := strings.Cut(strings.TrimSpace(part), ":")
		if !ok {
			return nil, errors.New("token: keys must be written id:secret[,id:secret]")
		}
		if current == "" {
			current = id
		}
		keys[id] = []byte(secret)
	}
	return NewSigner(keys, current)
}

var b32 = base32.StdEncoding.WithPadding(base32.NoPadding)

func (s *Signer) mac(kid byte, id, code string) string {
	m := hmac.New(sha256.New, s.keys[kid])
	m.Write([]byte(id))
	m.Write([]byte{0})
	m.Write([]byte(code))
	return strings.ToLower(b32.EncodeToString(m.Sum(nil)[:10]))
}

// Sign returns the token for a reply about conversation id for purpose p.
func (s *Signer) Sign(id string, p conversation.Purpose) (string, error) {
	code, err := purposeCode(p)
	if err != nil {
		return "", err
	}
	if id == "" || strings.ContainsAny(id, "-@+ ") {
		return "", fmt.Errorf("token: invalid conversation id %q", id)
	}
	return id + "-" + code + "-" + string(s.current) + s.mac(s.current, id, code), nil
}

// Address returns reply+<token>@domain.
func (s *Signer) Address(domain, id string, p conversation.Purpose) (string, error) {
	t, err := s.Sign(id, p)
	if err != nil {
		return "", err
	}
	return "reply+" + t + "@" + domain, nil
}

// Verify checks a token and returns the conversation ID and purpose it names.
func (s *Signer) Verify(token string) (id string, p conversation.Purpose, err error) {
	token = strings.ToLower(token)
	parts := strings.Split(token, "-")
	if len(parts) != 3 || len(parts[2]) != 17 {
		return "", conversation.Purpose{}, ErrInvalid
	}
	p, ok := purposeOf(parts[1])
	if !ok {
		return "", conversation.Purpose{}, ErrInvalid
	}
	kid := parts[2][0]
	if _, ok := s.keys[kid]; !ok {
		return "", conversation.Purpose{}, ErrInvalid
	}
	if !hmac.Equal([]byte(parts[2][1:]), []byte(s.mac(kid, parts[0], parts[1]))) {
		return "", conversation.Purpose{}, ErrInvalid
	}
	return parts[0], p, nil
}

// FromAddress extracts the token from a reply address "reply+<token>@domain" whose
// domain is domain (case-insensitive). It returns false for any other address.
func FromAddress(addr, domain string) (string, bool) {
	local, dom, ok := strings.Cut(strings.ToLower(strings.TrimSpace(addr)), "@")
	if !ok || dom != strings.ToLower(domain) {
		return "", false
	}
	t, ok := strings.CutPrefix(local, "reply+")
	return t, ok && t != ""
}
