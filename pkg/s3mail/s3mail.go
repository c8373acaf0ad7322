package s3mail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"

	"github.com/careerconv/careerconv/pkg/awserr"
	"github.com/careerconv/careerconv/pkg/conversation"
)

var _ conversation.RawMail = (*Store)(nil)

// DefaultMaxBytes is the size limit when Store.MaxBytes is zero: 10 MiB, well
// above any reply and below SES's 40 MB.
const DefaultMaxBytes = 10 << 20

// API is the part of the S3 client the Store uses; *s3.Client implements it.
type API interface {
	GetObject(ctx context.Context, in *s3.GetObjectInput, optFns ...func(*s3.Options)) (*s3.GetObjectOutput, error)
	DeleteObject(ctx context.Context, in *s3.DeleteObjectInput, optFns ...func(*s3.Options)) (*s3.DeleteObjectOutput, error)
}

// Store reads raw messages from one bucket. It is safe for concurrent use.
type Store struct {
	Client   API
	Bucket   string
	Prefix   string // the receipt rule's object key prefix, such as "inbound/"
	MaxBytes int64  // the largest message accepted; 0 means DefaultMaxBytes
}

// checkKey refuses what cannot be a stored message's ID.
func (s *Store) checkKey(key string) error {
	if key == "" || len(s.Prefix)+len(key) > 1024 || strings.Contains(key, "..") || strings.HasPrefix(key, "/") ||
		strings.ContainsFunc(key, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return conversation.FieldErrorf("messageID", "%q is not a stored message's ID.", key)
	}
	return nil
}

// Delete removes the raw message stored under Prefix+key: one DeleteObject. A
// missing object is not an error (S3 says so too).
func (s *Store) Delete(ctx context.Context, key string) error {
	if err := s.checkKey(key); err != nil {
		return err
	}
	object := s.Prefix + key
	_, err := s.Client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(s.Bucket), Key: aws.String(object)})
	if err != nil && conversation.ErrorCode(classify(err, "")) != conversation.ENOTFOUND {
		return classify(err, "delete s3://%s/%s", s.Bucket, object)
	}
	return nil
}

// Fetch returns the raw message stored under Prefix+key: one GetObject.
func (s *Store) Fetch(ctx context.Context, key string) ([]byte, error) {
	if err := s.checkKey(key); err != nil {
		return nil, err
	}
	max := s.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	object := s.Prefix + key
	tooLarge := func(err error) error {
		return &conversation.Error{Code: conversation.EINVALID, Message: fmt.Sprintf("Message too large: the limit is %d bytes.", max),
			Err: fmt.Errorf("fetch s3://%s/%s: %w", s.Bucket, object, err)}
	}
	out, err := s.Client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(s.Bucket), Key: aws.String(object)})
	if err != nil {
		return nil, classify(err, "fetch s3://%s/%s", s.Bucket, object)
	}
	defer out.Body.Close()
	if n := aws.ToInt64(out.ContentLength); n > max {
		return nil, tooLarge(fmt.Errorf("object is %d bytes", n))
	}
	b, err := io.ReadAll(io.LimitReader(out.Body, max+1))
	if err != nil {
		return nil, classify(err, "read s3://%s/%s", s.Bucket, object)
	}
	if int64(len(b)) > max {
		return nil, tooLarge(fmt.Errorf("body is over %d bytes", max))
	}
	return b, nil
}

// classify maps an S3 error to the port's codes (awserr); see the package doc.
// A missing object is ENOTFOUND (with s3:ListBucket; without it S3 answers
// AccessDenied, which is EINTERNAL).
func classify(err error, format string, args ...any) error {
	var noKey *types.NoSuchKey
	var notFound *types.NotFound
	if errors.As(err, &noKey) || errors.As(err, &notFound) {
		return &conversation.Error{Code: conversation.ENOTFOUND, Message: "The message is not stored (any more).", Err: fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), err)}
	}
	return awserr.Service{Name: "message store"}.Classify(err, format, args...)
}

// FilesAPI is the part of the S3 client Files uses; *s3.Client implements it.
type FilesAPI interface {
	PutObject(ctx context.Context, in *s3.PutObjectInput, optFns ...func(*s3.Options)) (*s3.PutObjectOutput, error)
	GetObject(ctx context.Context, in *s3.GetObjectInput, optFns ...func(*s3.Options)) (*s3.GetObjectOutput, error)
	DeleteObject(ctx context.Context, in *s3.DeleteObjectInput, optFns ...func(*s3.Options)) (*s3.DeleteObjectOutput, error)
}

// FilesPrefix is where the bucket keeps the files participants send.
const FilesPrefix = "files/"

// NewClient returns the S3 client of awsCfg (path-style addressing for an
// emulator); one serves a function's Store and Files alike.
func NewClient(awsCfg aws.Config, pathStyle bool) *s3.Client {
	return s3.NewFromConfig(awsCfg, func(o *s3.Options) { o.UsePathStyle = pathStyle })
}

// NewFiles returns the Files of bucket under FilesPrefix.
func NewFiles(client FilesAPI, bucket string) *Files {
	return &Files{Client: client, Bucket: bucket, Prefix: FilesPrefix}
}

// Files keeps the files participants send (a CV) under Prefix in one bucket,
// encrypted at rest (SSE-S3). It implements conversation.Files.
type Files struct {
	Client FilesAPI
	Bucket string
	Prefix string // such as "files/"
	// MaxBytes bounds a file read back; 0 means DefaultMaxBytes.
	MaxBytes int64
}

func (f *Files) object(key string) (string, error) {
	if key == "" || len(f.Prefix)+len(key) > 1024 || strings.Contains(key, "..") || strings.HasPrefix(key, "/") ||
		strings.ContainsFunc(key, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return "", conversation.FieldErrorf("key", "%q is not a file key.", key)
	}
	return f.Prefix + key, nil
}

// Put stores data under Prefix+key: one PutObject.
func (f *Files) Put(ctx context.Context, key string, data []byte, contentType string) error {
	object, err := f.object(key)
	if err != nil {
		return err
	}
	_, err = f.Client.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(f.Bucket), Key: aws.String(object), Body: bytes.NewReader(data),
		ContentLength: aws.Int64(int64(len(data))), ContentType: aws.String(contentType), ServerSideEncryption: types.ServerSideEncryptionAes256})
	if err != nil {
		return classify(err, "put s3://%s/%s", f.Bucket, object)
	}
	return nil
}

// Get returns what is stored under Prefix+key: one GetObject. ENOTFOUND if nothing.
func (f *Files) Get(ctx context.Context, key string) ([]byte, error) {
	object, err := f.object(key)
	if err != nil {
		return nil, err
	}
	max := f.MaxBytes
	if max <= 0 {
		max = DefaultMaxBytes
	}
	out, err := f.Client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(f.Bucket), Key: aws.String(object)})
	if err != nil {
		return nil, classify(err, "get s3://%s/%s", f.Bucket, object)
	}
	defer out.Body.Close()
	b, err := io.ReadAll(io.LimitReader(out.Body, max+1))
	if err != nil {
		return nil, classify(err, "read s3://%s/%s", f.Bucket, object)
	}
	if int64(len(b)) > max {
		return nil, conversation.Errorf(conversation.EINVALID, "The file s3://%s/%s is over %d bytes.", f.Bucket, object, max)
	}
	return b, nil
}

// Delete removes Prefix+key: one DeleteObject. A missing object is not an error.
func (f *Files) Delete(ctx context.Context, key string) error {
	object, err := f.object(key)
	if err != nil {
		return err
	}
	_, err = f.Client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(f.Bucket), Key: aws.String(object)})
	if err != nil && conversation.ErrorCode(classify(err, "")) != conversation.ENOTFOUND {
		return classify(err, "delete s3://%s/%s", f.Bucket, object)
	}
	return nil
}

var _ conversation.Files = (*Files)(nil)
