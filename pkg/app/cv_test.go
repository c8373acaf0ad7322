package app

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/outbox"
)

// replyWithFile is a prep reply from Apple Mail with one attachment.
func replyWithFile(from, addr, msgID, body, filename, contentType string, data []byte) []byte {
	enc := base64.StdEncoding.EncodeToString(data)
	var lines []string
	for len(enc) > 76 {
		lines, enc = append(lines, enc[:76]), enc[76:]
	}
	lines = append(lines, enc)
	return []byte(fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: Re: prep\r\nDate: Tue, 09 Mar 2027 19:00:00 +0100\r\nMessage-ID: <%s>\r\n"+
		"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"Apple-Mail=_1\"\r\n\r\n"+
		"--Apple-Mail=_1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n"+
		"--Apple-Mail=_1\r\nContent-Disposition: attachment; filename=\"%s\"\r\nContent-Type: %s; name=\"%s\"\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n"+
		"--Apple-Mail=_1--\r\n", from, addr, msgID, body, filename, contentType, filename, strings.Join(lines, "\r\n")))
}

// A docx is a ZIP with word/document.xml.
func docx(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "word/document.xml"} {
		w, _ := z.Create(name)
		fmt.Fprintf(w, "<xml>Ana Ruiz, curriculum %s</xml>", name)
	}
	z.Close()
	return b.Bytes()
}

// With requestCV, a PDF or Word CV attached to the prep reply is kept (its
// content sniffed), goes with the pre-read, never to HR, and is erased with
// the conversation; anything else gets a clear receipt line.
func TestCVKeptSentAndErased(t *testing.T) {
	j := newJourney(t)
	body := strings.Replace(createBody, `"meetingStart"`, `"requestCV":true,"meetingStart"`, 1)
	status, created := j.apiKeep(t, "POST", "/conversations", body)
	if status != 201 {
		t.Fatalf("create: %d %v", status, created)
	}
	id := created["id"].(string)
	prep := only(t, j.runTwice(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC)), "prep")
	contains(t, prep, "attach it to your reply (PDF or Word, up to 5 MB)")
	ctx := context.Background()
	deliverTwice := func(raw []byte) []outMail {
		t.Helper()
		for i := range 2 {
			if _, err := j.Deliver(ctx, raw); err != nil {
				t.Fatalf("delivery %d: %v", i, err)
			}
		}
		return j.newMail(t)
	}

	// An executable named like a PDF is refused, the answers kept.
	mails := deliverTwice(replyWithFile("ana@example.com", prep.replyTo, "exe@mail.example.com", "1. Lead a team", "cv.pdf", "application/pdf", []byte("MZ\x90\x00 not a pdf")))
	contains(t, only(t, mails, "receipt"), "cv.pdf was not kept: a CV goes as a PDF or Word file")
	// Too large.
	big := append([]byte("%PDF-1.7\n"), bytes.Repeat([]byte("x"), 5<<20)...)
	mails = deliverTwice(replyWithFile("ana@example.com", prep.replyTo, "big@mail.example.com", "2. Platform work", "big.pdf", "application/pdf", big))
	contains(t, only(t, mails, "receipt"), "big.pdf was not kept: it is over 5 MB")
	if c := j.conv(t, id); c.CV != nil {
		t.Fatalf("a refused file was kept: %+v", c.CV)
	}

	// A Word CV sent as application/octet-stream under a misleading name is a CV.
	word := docx(t)
	mails = deliverTwice(replyWithFile("ana@example.com", prep.replyTo, "cv@mail.example.com", "Here is my CV.\r\n\r\nAna", "Ana Ruiz CV.bin", "application/octet-stream", word))
	contains(t, only(t, mails, "receipt"), "Your CV (Ana Ruiz CV.docx) is kept for Tom")
	c := j.conv(t, id)
	if c.CV == nil || c.CV.Type != "application/vnd.openxmlformats-officedocument.wordprocessingml.document" || c.CV.Key == "" {
		t.Fatalf("CV = %+v", c.CV)
	}
	stored := filepath.Join(j.Dir, "files", filepath.FromSlash(c.CV.Key))
	if data, err := os.ReadFile(stored); err != nil || !bytes.Equal(data, word) {
		t.Fatalf("stored file: %v", err)
	}

	// The pre-read carries it, to Tom alone.
	j.runTwice(t, time.Date(2027, 3, 11, 9, 0, 0, 0, time.UTC))
	files, _ := outbox.List(j.Outbox)
	var preread []byte
	for _, p := range files {
		raw, _ := os.ReadFile(p)
		if bytes.Contains(raw, []byte("X-Careerconv-Email: preread\r\n")) {
			preread = raw
		}
	}
	if preread == nil {
		t.Fatal("no pre-read")
	}
	msg, err := mime.Parse(preread)
	if err != nil {
		t.Fatal(err)
	}
	if len(msg.Attachments) != 1 || !bytes.Equal(msg.Attachments[0].Data, word) || msg.Attachments[0].Filename != "Ana Ruiz CV.docx" {
		t.Fatalf("pre-read attachments: %d", len(msg.Attachments))
	}
	if !strings.Contains(msg.Text, "Ana's CV is attached (Ana Ruiz CV.docx)") {
		t.Errorf("the pre-read does not say the CV is attached:\n%s", msg.Text)
	}
	if to := string(preread); !strings.Contains(to, "To: \"Tom Berg\" <tom@example.com>") && !strings.Contains(to, "To: Tom Berg <tom@example.com>") {
		t.Errorf("the pre-read is not to Tom alone")
	}
	j.get(t, id)
	j.confidential(t, "Ana Ruiz CV", "curriculum", "Lead a team", "Platform work")
	for _, body := range j.api {
		if strings.Contains(body, string(word[:20])) || strings.Contains(body, c.CV.Key) {
			t.Errorf("an API response holds the CV or its key")
		}
	}

	// Erased with the conversation.
	j.Erase(t, id)
	if _, err := os.Stat(stored); !os.IsNotExist(err) {
		t.Errorf("the CV file is still there after erasure: %v", err)
	}
}

// A profile link in the prep reply is kept and shown in the pre-read.
func TestCVProfileLink(t *testing.T) {
	j := newJourney(t)
	body := strings.Replace(createBody, `"meetingStart"`, `"requestCV":true,"meetingStart"`, 1)
	_, created := j.apiKeep(t, "POST", "/conversations", body)
	id := created["id"].(string)
	prep := only(t, j.runTwice(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC)), "prep")
	receipt := only(t, j.deliverTwice(t, "ana@example.com", prep.replyTo, "link@mail.example.com",
		"1. Lead a team\r\n\r\nMy profile: https://www.linkedin.com/in/ana-ruiz-example/\r\n"), "receipt")
	contains(t, receipt, "Your profile link is kept for Tom")
	if c := j.conv(t, id); c.CV == nil || c.CV.Link != "https://www.linkedin.com/in/ana-ruiz-example/" {
		t.Fatalf("CV = %+v", c.CV)
	}
	preread := only(t, j.runTwice(t, time.Date(2027, 3, 11, 9, 0, 0, 0, time.UTC)), "preread")
	contains(t, preread, "Ana's profile: https://www.linkedin.com/in/ana-ruiz-example/")
	j.get(t, id)
	j.confidential(t, "linkedin.com/in/ana-ruiz")
}
