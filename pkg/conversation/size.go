package conversation

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"unicode"
)

// MaxEncodedBytes bounds a stored conversation's encoding (Encode), keeping a
// DynamoDB item (400 KB) under 350 KB with its keys and attributes.
const MaxEncodedBytes = 340_000

// Floors Fit never sheds below: the newest history events and progress notes stay.
const (
	minHistory  = 30
	minProgress = 3
)

// Encode is the one JSON encoding of a conversation every store keeps. It leaves
// <, > and & as they are (json.Marshal would write six bytes for each), so a
// stored text is at most twice its length.
func Encode(c *Conversation) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Fit keeps c's encoding within MaxEncodedBytes by shedding what is oldest and
// least needed: history events (the first, "created", stays), then progress
// notes, then sent entries of the ledger. Answers, notes and steps are bounded by
// their own limits and never shed. It returns EINVALID if c still does not fit.
func (c *Conversation) Fit() error {
	for {
		b, err := Encode(c)
		if err != nil {
			return err
		}
		excess := len(b) - MaxEncodedBytes
		if excess <= 0 {
			return nil
		}
		if !c.shed(excess) {
			return Errorf(EINVALID, "The conversation would be larger than %d bytes.", MaxEncodedBytes)
		}
	}
}

// shed drops at least excess encoded bytes if it can; it reports whether it dropped anything.
func (c *Conversation) shed(excess int) bool {
	size := func(v any) int { b, _ := json.Marshal(v); return len(b) + 1 }
	dropped := false
	for excess > 0 && len(c.History) > minHistory {
		excess -= size(c.History[1])
		c.History = slices.Delete(c.History, 1, 2)
		dropped = true
	}
	for excess > 0 {
		// The oldest progress note of the step with the most.
		i := -1
		for j, s := range c.Steps {
			if len(s.Progress) > minProgress && (i < 0 || len(s.Progress) > len(c.Steps[i].Progress)) {
				i = j
			}
		}
		if i < 0 {
			break
		}
		excess -= size(c.Steps[i].Progress[0])
		c.Steps[i].Progress = slices.Delete(c.Steps[i].Progress, 0, 1)
		dropped = true
	}
	for excess > 0 {
		i := slices.IndexFunc(c.Sends, func(s Send) bool { return s.State == SendSent && strings.Contains(s.Email, "-") })
		if i < 0 {
			break
		}
		excess -= size(c.Sends[i])
		c.Sends = slices.Delete(c.Sends, i, i+1)
		dropped = true
	}
	return dropped
}

// CleanText prepares reply text for storing: valid UTF-8, no control characters
// but tab and line breaks, at most n bytes.
func CleanText(s string, n int) string {
	s = strings.ToValidUTF8(s, "")
	if strings.ContainsFunc(s, isUnwantedControl) {
		s = strings.Map(func(r rune) rune {
			if isUnwantedControl(r) {
				return -1
			}
			return r
		}, s)
	}
	return ClipText(strings.TrimSpace(s), n)
}

func isUnwantedControl(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
}
