package app

import (
	"bytes"
	"context"
	"fmt"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// On the AWS adapters (the emulator), every job and reply delivered twice: a
// CV attached to the prep reply is kept in S3 and goes with the pre-read; a
// reply to the review creates the next conversation once; its prep remembers
// the first; erasing the first deletes its CV from the bucket.
func TestAWSNextCycleAndCV(t *testing.T) {
	w := newAWSWorld(t)
	w.sent(t)
	ctx := context.Background()
	api := func(method, path, body string) (int, string) {
		t.Helper()
		status, resp, _ := w.api(t, method, path, body)
		return status, resp
	}
	id, _ := w.create(t, `{"employee":{"name":"Noor Employee","email":"noor@aws.example.com","timeZone":"Europe/Berlin"},
		"manager":{"name":"Omar Manager","email":"omar@aws.example.com","timeZone":"Europe/Berlin"},
		"meetingStart":"2027-03-12T14:00:00+01:00","meetingMinutes":60,"requestCV":true}`)
	deliver := func(raw []byte, rcpt string) []sentMail {
		t.Helper()
		w.now = w.now.Add(time.Hour)
		for i := range 2 {
			sesID := fmt.Sprintf("ses-next-%d-%d", w.now.UnixNano(), i)
			w.putRaw(t, sesID, raw)
			w.invoke(t, "InboundFunction", w.sesEvent(t, sesID, rcpt))
		}
		return w.sent(t)
	}
	named := func(ms []sentMail, prefix string) sentMail {
		t.Helper()
		var found []sentMail
		for _, m := range ms {
			if strings.HasPrefix(m.header.Get("X-Careerconv-Email"), prefix) {
				found = append(found, m)
			}
		}
		if len(found) != 1 {
			t.Fatalf("%d %s emails among %d", len(found), prefix, len(ms))
		}
		return found[0]
	}
	pdf := []byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% Noor's curriculum vitae\n%%EOF\n")
	// run takes the conversation id through its jobs, each twice, answering
	// what comes, until stop says so.
	run := func(id string, answer func(m sentMail) bool) {
		t.Helper()
		for round := 0; round < 30; round++ {
			job, payload, ok := w.nextJob(t, id)
			if !ok {
				return
			}
			w.now = job.At
			for range 2 {
				w.invoke(t, "DispatchFunction", payload)
			}
			for _, m := range w.sent(t) {
				if answer(m) {
					return
				}
			}
		}
	}
	var review sentMail
	sawPreread := false
	run(id, func(m sentMail) bool {
		switch name := m.header.Get("X-Careerconv-Email"); name {
		case "prep":
			addr, _ := mail.ParseAddress(m.header.Get("Reply-To"))
			named(deliver(replyWithFile("noor@aws.example.com", addr.Address, fmt.Sprintf("cv.%d@aws.example.com", w.now.Unix()),
				"1. Grow into a lead role", "Noor CV.pdf", "application/pdf", pdf), addr.Address), "receipt")
		case "preread":
			sawPreread = true
			if len(m.Attachments) != 1 || !bytes.Equal(m.Attachments[0].Data, pdf) {
				t.Errorf("the pre-read carries %d attachments, want the CV", len(m.Attachments))
			}
		case "wrapup":
			raw, rcpt := replyTo(m, "noor@aws.example.com", "- Run the sprint planning by 31 March\n- Finish the leadership course by 30 April", w.now)
			named(deliver(raw, rcpt), "plan")
		case "checkin1":
			raw, rcpt := replyTo(m, "noor@aws.example.com", "1 done\n2 blocked: no budget yet", w.now)
			deliver(raw, rcpt)
		case "review":
			review = m
			return true
		}
		return false
	})
	if review.Message == nil || !sawPreread {
		t.Fatalf("review %v, pre-read %v", review.Message != nil, sawPreread)
	}
	raw, rcpt := replyTo(review, "omar@aws.example.com", "Yes, let's do that.", w.now)
	named(deliver(raw, rcpt), "booking")
	raw, rcpt = replyTo(review, "noor@aws.example.com", "Ja, passt!", w.now.Add(time.Minute))
	named(deliver(raw, rcpt), "booking")
	first, err := w.fn["ApiFunction"].Assistant.Get(ctx, id)
	if err != nil || first.Next == "" {
		t.Fatalf("first: next %q, %v", first.Next, err)
	}
	status, body := api("GET", "/people/noor%40aws.example.com/cycles", "")
	if status != 200 || strings.Count(body, `"id"`) != 2 || strings.Contains(body, "sprint planning") || strings.Contains(body, "Noor CV") {
		t.Fatalf("cycles: %d %s", status, body)
	}
	var prep sentMail
	run(first.Next, func(m sentMail) bool {
		if m.header.Get("X-Careerconv-Email") == "prep" {
			prep = m
			return true
		}
		return false
	})
	if prep.Message == nil || !strings.Contains(prep.Text, "Done: Run the sprint planning") || !strings.Contains(prep.Text, "no budget yet") {
		t.Fatalf("the second prep does not remember the first")
	}
	key := "files/" + first.CV.Key
	if _, err := w.s3.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(w.cfg.Bucket), Key: aws.String(key)}); err != nil {
		t.Fatalf("the CV is not in the bucket: %v", err)
	}
	if status, body := api("DELETE", "/conversations/"+id, ""); status != 204 {
		t.Fatalf("erase: %d %s", status, body)
	}
	if _, err := w.s3.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(w.cfg.Bucket), Key: aws.String(key)}); err == nil {
		t.Error("the CV is still in the bucket after erasure")
	}
}
