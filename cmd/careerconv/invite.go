package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/app"
)

// sampleInvite is Sam's calendar invite for one employee, as Google Calendar
// sends it (samples/invite.eml and invite.ics): an inline text/calendar part
// and an invite.ics copy in base64.
type sampleInvite struct {
	Method   string // REQUEST or CANCEL
	Sequence int
	UID      string
	Name     string // the employee
	Email    string
	Start    time.Time // the meeting, 45 minutes
	Sent     time.Time
}

// render writes the raw message with CRLF line endings.
func (s sampleInvite) render() ([]byte, error) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		return nil, err
	}
	const local = "20060102T150405"
	data := map[string]any{
		"Method": s.Method, "Sequence": s.Sequence, "UID": s.UID, "Name": s.Name, "Email": s.Email,
		"To":    app.LocalInviteAddress,
		"Start": s.Start.In(london).Format(local), "End": s.Start.Add(45 * time.Minute).In(london).Format(local),
		"Stamp":     s.Sent.UTC().Format("20060102T150405Z"),
		"Date":      s.Sent.In(london).Format(time.RFC1123Z),
		"MessageID": fmt.Sprintf("calendar-%s-%d-%s@google.com", strings.ToLower(s.Method), s.Sequence, strings.TrimSuffix(s.UID, "@google.com")),
	}
	var ics bytes.Buffer
	if err := sampleTmpl.ExecuteTemplate(&ics, "invite.ics", data); err != nil {
		return nil, err
	}
	data["ICS"] = crlf(ics.String())
	var b bytes.Buffer
	if err := sampleTmpl.ExecuteTemplate(&b, "invite.eml", data); err != nil {
		return nil, err
	}
	return []byte(crlf(b.String())), nil
}

// crlf gives every line a CRLF ending.
func crlf(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
}

// b64 encodes s in base64 lines of 76 characters, as MIME writes them.
func b64(s string) string {
	enc := base64.StdEncoding.EncodeToString([]byte(s))
	var lines []string
	for len(enc) > 76 {
		lines, enc = append(lines, enc[:76]), enc[76:]
	}
	return strings.Join(append(lines, enc), "\n")
}
