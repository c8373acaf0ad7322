package s3mail_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"github.com/careerconv/careerconv/pkg/awstest"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/s3mail"
)

func TestMain(m *testing.M) { awstest.Main(m) }

// bucket makes a bucket of the test's own holding objects, and a counted client.
func bucket(tb testing.TB, objects map[string][]byte) (*s3.Client, string, *awstest.Counter) {
	tb.Helper()
	emu := awstest.Start(tb)
	cfg := emu.Config()
	calls := emu.Counter()
	cfg.APIOptions = append(cfg.APIOptions, calls.Register)
	client := s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = true })
	name := "careerconv-" + conversation.NewID()
	ctx := context.Background()
	if _, err := client.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(name)}); err != nil {
		tb.Fatalf("create bucket: %v", err)
	}
	for key, body := range objects {
		if _, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(name), Key: aws.String(key), Body: bytes.NewReader(body)}); err != nil {
			tb.Fatalf("put %s: %v", key, err)
		}
	}
	calls.Reset()
	return client, name, calls
}

func TestFetch(t *testing.T) {
	const max = 1000
	small := []byte("From: zoe@example.com\r\nSubject: Re: prep\r\n\r\n1. Mentoring\r\n")
	exact := bytes.Repeat([]byte("x"), max)
	client, name, calls := bucket(t, map[string][]byte{
		"inbound/small":    small,
		"inbound/exact":    exact,
		"inbound/over":     bytes.Repeat([]byte("x"), max+1),
		"inbound/huge":     bytes.Repeat([]byte("y"), 5*max),
		"elsewhere/small2": small,
	})
	store := &s3mail.Store{Client: client, Bucket: name, Prefix: "inbound/", MaxBytes: max}
	tests := []struct {
		name      string
		key       string
		want      []byte
		wantCode  string
		wantCalls int
	}{
		{"small", "small", small, "", 1},
		{"exactlyTheLimit", "exact", exact, "", 1},
		{"oneOver", "over", nil, conversation.EINVALID, 1},
		{"huge", "huge", nil, conversation.EINVALID, 1},
		{"missing", "nope", nil, conversation.ENOTFOUND, 1},
		{"outsidePrefix", "../elsewhere/small2", nil, conversation.EINVALID, 0},
		{"otherPrefixNotVisible", "small2", nil, conversation.ENOTFOUND, 1},
		{"empty", "", nil, conversation.EINVALID, 0},
		{"controlCharacter", "a\nb", nil, conversation.EINVALID, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls.Reset()
			got, err := store.Fetch(context.Background(), tt.key)
			if code := conversation.ErrorCode(err); code != tt.wantCode {
				t.Fatalf("Fetch(%q): %v (code %q), want code %q", tt.key, err, code, tt.wantCode)
			}
			if !bytes.Equal(got, tt.want) {
				t.Errorf("Fetch(%q) = %d bytes, want %d", tt.key, len(got), len(tt.want))
			}
			if tt.wantCode == conversation.EINVALID && tt.wantCalls > 0 && !strings.HasPrefix(conversation.ErrorMessage(err), "Message too large") {
				t.Errorf("message %q does not say the message is too large", conversation.ErrorMessage(err))
			}
			if calls.Count("S3", "GetObject") != tt.wantCalls || calls.Total() != tt.wantCalls {
				t.Errorf("calls = %s, want %d GetObject", calls, tt.wantCalls)
			}
		})
	}
}

func TestDefaultLimit(t *testing.T) {
	client, name, _ := bucket(t, map[string][]byte{"big": bytes.Repeat([]byte("z"), s3mail.DefaultMaxBytes+1)})
	store := &s3mail.Store{Client: client, Bucket: name}
	_, err := store.Fetch(context.Background(), "big")
	if code := conversation.ErrorCode(err); code != conversation.EINVALID {
		t.Errorf("Fetch of a message over the default limit: %v (code %q), want %q", err, code, conversation.EINVALID)
	}
}

func TestMissingBucketIsInternal(t *testing.T) {
	client, _, _ := bucket(t, nil)
	store := &s3mail.Store{Client: client, Bucket: "no-such-bucket-" + conversation.NewID()}
	_, err := store.Fetch(context.Background(), "x")
	if code := conversation.ErrorCode(err); code != conversation.EINTERNAL {
		t.Errorf("Fetch from a missing bucket: %v (code %q), want %q", err, code, conversation.EINTERNAL)
	}
}

// Delete removes one message under the prefix; a missing one is fine, a key
// leaving the prefix is refused without a call.
func TestDelete(t *testing.T) {
	msg := []byte("From: zoe@example.com\r\n\r\nhi\r\n")
	client, name, calls := bucket(t, map[string][]byte{"inbound/a": msg, "inbound/b": msg, "elsewhere/a": msg})
	store := &s3mail.Store{Client: client, Bucket: name, Prefix: "inbound/"}
	ctx := context.Background()
	if err := store.Delete(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Fetch(ctx, "a"); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Errorf("Fetch after Delete: %v, want ENOTFOUND", err)
	}
	if _, err := store.Fetch(ctx, "b"); err != nil {
		t.Errorf("the other message went too: %v", err)
	}
	if err := store.Delete(ctx, "a"); err != nil {
		t.Errorf("Delete of a missing message: %v", err)
	}
	calls.Reset()
	if err := store.Delete(ctx, "../elsewhere/a"); conversation.ErrorCode(err) != conversation.EINVALID || calls.Total() != 0 {
		t.Errorf("Delete outside the prefix: %v after %s; want EINVALID and no call", err, calls)
	}
}

// Files keeps a file encrypted under its prefix, reads it back, and deletes it.
func TestFiles(t *testing.T) {
	client, name, calls := bucket(t, map[string][]byte{"inbound/a": []byte("x")})
	files := &s3mail.Files{Client: client, Bucket: name, Prefix: "files/"}
	ctx := context.Background()
	pdf := []byte("%PDF-1.7\n% a CV\n")
	if err := files.Put(ctx, "cv/ab3dc7ef2ghijk4l/0123456789abcdef", pdf, "application/pdf"); err != nil {
		t.Fatal(err)
	}
	head, err := client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(name), Key: aws.String("files/cv/ab3dc7ef2ghijk4l/0123456789abcdef")})
	if err != nil {
		t.Fatal(err)
	}
	if head.ServerSideEncryption != "AES256" || aws.ToString(head.ContentType) != "application/pdf" {
		t.Errorf("stored with encryption %q, type %q", head.ServerSideEncryption, aws.ToString(head.ContentType))
	}
	got, err := files.Get(ctx, "cv/ab3dc7ef2ghijk4l/0123456789abcdef")
	if err != nil || !bytes.Equal(got, pdf) {
		t.Fatalf("Get = %q, %v", got, err)
	}
	if err := files.Delete(ctx, "cv/ab3dc7ef2ghijk4l/0123456789abcdef"); err != nil {
		t.Fatal(err)
	}
	if _, err := files.Get(ctx, "cv/ab3dc7ef2ghijk4l/0123456789abcdef"); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Errorf("Get after Delete: %v, want ENOTFOUND", err)
	}
	if err := files.Delete(ctx, "cv/ab3dc7ef2ghijk4l/0123456789abcdef"); err != nil {
		t.Errorf("Delete of a missing file: %v", err)
	}
	calls.Reset()
	if err := files.Put(ctx, "../inbound/a", pdf, "application/pdf"); conversation.ErrorCode(err) != conversation.EINVALID || calls.Total() != 0 {
		t.Errorf("Put outside the prefix: %v after %s; want EINVALID and no call", err, calls)
	}
}
