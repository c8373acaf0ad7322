package s3mail

import (
	"context"
	"errors"
	"io"
	"net/http"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// endless is a body that never ends and counts what was read of it.
type endless struct{ read int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	e.read += int64(len(p))
	return len(p), nil
}

func (e *endless) Close() error { return nil }

// fakeAPI answers GetObject with body and length, or err.
type fakeAPI struct {
	body   io.ReadCloser
	length *int64
	err    error
}

func (f *fakeAPI) DeleteObject(context.Context, *s3.DeleteObjectInput, ...func(*s3.Options)) (*s3.DeleteObjectOutput, error) {
	return nil, f.err
}

func (f *fakeAPI) GetObject(context.Context, *s3.GetObjectInput, ...func(*s3.Options)) (*s3.GetObjectOutput, error) {
	if f.err != nil {
		return nil, f.err
	}
	return &s3.GetObjectOutput{Body: f.body, ContentLength: f.length}, nil
}

func TestReadIsBounded(t *testing.T) {
	tests := []struct {
		name    string
		length  *int64
		maxRead int64
	}{
		{"noLength", nil, 4097},                         // never more than the limit and one byte
		{"lengthOver", aws.Int64(1 << 40), 0},           // refused before reading
		{"lengthUnderButBodyOver", aws.Int64(10), 4097}, // a lying length does not help
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := &endless{}
			s := &Store{Client: &fakeAPI{body: body, length: tt.length}, Bucket: "b", MaxBytes: 4096}
			_, err := s.Fetch(context.Background(), "k")
			if code := conversation.ErrorCode(err); code != conversation.EINVALID {
				t.Errorf("Fetch of an endless body: %v (code %q), want %q", err, code, conversation.EINVALID)
			}
			if body.read > tt.maxRead {
				t.Errorf("read %d bytes of the body, want at most %d", body.read, tt.maxRead)
			}
		})
	}
}

// failing is a body that breaks after a few bytes.
type failing struct{ err error }

func (f failing) Read(p []byte) (int, error) { return 0, f.err }
func (f failing) Close() error               { return nil }

func TestErrorCodes(t *testing.T) {
	status := func(code int) error {
		return &awshttp.ResponseError{ResponseError: &smithyhttp.ResponseError{
			Response: &smithyhttp.Response{Response: &http.Response{StatusCode: code}}, Err: errors.New("boom"),
		}}
	}
	tests := []struct {
		name string
		api  *fakeAPI
		want string
	}{
		{"noSuchKey", &fakeAPI{err: &types.NoSuchKey{}}, conversation.ENOTFOUND},
		{"notFound", &fakeAPI{err: &types.NotFound{}}, conversation.ENOTFOUND},
		{"status503", &fakeAPI{err: status(503)}, conversation.EUNAVAILABLE},
		{"network", &fakeAPI{err: &smithyhttp.RequestSendError{Err: errors.New("refused")}}, conversation.EUNAVAILABLE},
		{"cancelled", &fakeAPI{err: context.Canceled}, conversation.EUNAVAILABLE},
		{"bodyCutShort", &fakeAPI{body: failing{io.ErrUnexpectedEOF}}, conversation.EUNAVAILABLE},
		{"accessDenied", &fakeAPI{err: status(403)}, conversation.EINTERNAL},
		{"noSuchBucket", &fakeAPI{err: &types.NoSuchBucket{}}, conversation.EINTERNAL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := (&Store{Client: tt.api, Bucket: "b"}).Fetch(context.Background(), "k")
			if code := conversation.ErrorCode(err); code != tt.want {
				t.Errorf("Fetch: %v (code %q), want %q", err, code, tt.want)
			}
		})
	}
}
