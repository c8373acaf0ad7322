package dynamo

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/smithy-go"
	smithyhttp "github.com/aws/smithy-go/transport/http"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// fakeAPI is an API whose methods are function fields; nil ones fail the test.
type fakeAPI struct {
	tb    testing.TB
	get   func(*dynamodb.GetItemInput) (*dynamodb.GetItemOutput, error)
	put   func(*dynamodb.PutItemInput) (*dynamodb.PutItemOutput, error)
	query func(*dynamodb.QueryInput) (*dynamodb.QueryOutput, error)
	batch func(*dynamodb.BatchWriteItemInput) (*dynamodb.BatchWriteItemOutput, error)
}

func (f *fakeAPI) GetItem(_ context.Context, in *dynamodb.GetItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error) {
	if f.get == nil {
		f.tb.Fatal("unexpected GetItem")
	}
	return f.get(in)
}

func (f *fakeAPI) PutItem(_ context.Context, in *dynamodb.PutItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error) {
	if f.put == nil {
		f.tb.Fatal("unexpected PutItem")
	}
	return f.put(in)
}

func (f *fakeAPI) DeleteItem(context.Context, *dynamodb.DeleteItemInput, ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error) {
	f.tb.Fatal("unexpected DeleteItem")
	return nil, nil
}

func (f *fakeAPI) Query(_ context.Context, in *dynamodb.QueryInput, _ ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error) {
	if f.query == nil {
		f.tb.Fatal("unexpected Query")
	}
	return f.query(in)
}

func (f *fakeAPI) BatchGetItem(context.Context, *dynamodb.BatchGetItemInput, ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error) {
	f.tb.Fatal("unexpected BatchGetItem")
	return nil, nil
}

func (f *fakeAPI) BatchWriteItem(_ context.Context, in *dynamodb.BatchWriteItemInput, _ ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error) {
	if f.batch == nil {
		f.tb.Fatal("unexpected BatchWriteItem")
	}
	return f.batch(in)
}

func TestErrorCodes(t *testing.T) {
	status := func(code int) error {
		return &awshttp.ResponseError{ResponseError: &smithyhttp.ResponseError{
			Response: &smithyhttp.Response{Response: &http.Response{StatusCode: code}},
			Err:      errors.New("boom"),
		}}
	}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"throughput", &types.ProvisionedThroughputExceededException{Message: new("slow down")}, conversation.EUNAVAILABLE},
		{"throttling", &smithy.GenericAPIError{Code: "ThrottlingException"}, conversation.EUNAVAILABLE},
		{"requestLimit", &types.RequestLimitExceeded{}, conversation.EUNAVAILABLE},
		{"internalServer", &types.InternalServerError{}, conversation.EUNAVAILABLE},
		{"status503", status(503), conversation.EUNAVAILABLE},
		{"network", &smithyhttp.RequestSendError{Err: errors.New("connection refused")}, conversation.EUNAVAILABLE},
		{"cancelled", context.Canceled, conversation.EUNAVAILABLE},
		{"deadline", context.DeadlineExceeded, conversation.EUNAVAILABLE},
		{"itemTooLarge", &smithy.GenericAPIError{Code: "ValidationException", Message: "Item size has exceeded the maximum allowed size"}, conversation.EINVALID},
		{"otherValidation", &smithy.GenericAPIError{Code: "ValidationException", Message: "One or more parameter values were invalid"}, conversation.EINTERNAL},
		{"missingTable", &types.ResourceNotFoundException{}, conversation.EINTERNAL},
		{"accessDenied", &smithy.GenericAPIError{Code: "AccessDeniedException"}, conversation.EINTERNAL},
		{"status400", status(400), conversation.EINTERNAL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(&fakeAPI{tb: t, get: func(*dynamodb.GetItemInput) (*dynamodb.GetItemOutput, error) { return nil, tt.err }}, "t")
			_, err := s.Get(context.Background(), "abc")
			if code := conversation.ErrorCode(err); code != tt.want {
				t.Errorf("Get failing with %v: %v (code %q), want %q", tt.err, err, code, tt.want)
			}
			if !errors.Is(err, tt.err) {
				t.Errorf("error %v does not wrap %v", err, tt.err)
			}
		})
	}
}

func TestDeleteRetriesUnprocessed(t *testing.T) {
	keys := func(n int) []map[string]types.AttributeValue {
		var ks []map[string]types.AttributeValue
		for i := range n {
			ks = append(ks, key("CONV#abc", "SEND#"+string(rune('a'+i))))
		}
		return ks
	}
	tests := []struct {
		name      string
		leftovers []int // unprocessed count returned by each call
		wantCalls int
		wantCode  string
	}{
		{"allAtOnce", []int{0}, 1, ""},
		{"twoRetries", []int{3, 1, 0}, 3, ""},
		{"neverDone", []int{2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, 9, conversation.EUNAVAILABLE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			calls := 0
			api := &fakeAPI{tb: t,
				get: func(*dynamodb.GetItemInput) (*dynamodb.GetItemOutput, error) {
					return &dynamodb.GetItemOutput{}, nil // no conversation item: no links to find
				},
				query: func(*dynamodb.QueryInput) (*dynamodb.QueryOutput, error) {
					return &dynamodb.QueryOutput{Items: keys(4)}, nil
				},
				batch: func(in *dynamodb.BatchWriteItemInput) (*dynamodb.BatchWriteItemOutput, error) {
					left := tt.leftovers[calls]
					calls++
					reqs := in.RequestItems["t"]
					if len(reqs) < left {
						t.Fatalf("call %d got %d requests, fewer than the %d to leave", calls, len(reqs), left)
					}
					return &dynamodb.BatchWriteItemOutput{UnprocessedItems: map[string][]types.WriteRequest{"t": reqs[:left]}}, nil
				},
			}
			s := New(api, "t")
			s.backoff = time.Microsecond
			err := s.Delete(context.Background(), "abc")
			if code := conversation.ErrorCode(err); code != tt.wantCode {
				t.Errorf("Delete: %v (code %q), want code %q", err, code, tt.wantCode)
			}
			if calls != tt.wantCalls {
				t.Errorf("%d BatchWriteItem calls, want %d", calls, tt.wantCalls)
			}
		})
	}
}

func TestBadInputIsInvalid(t *testing.T) {
	s := New(&fakeAPI{tb: t}, "t") // no call may reach DynamoDB
	ctx := context.Background()
	tests := []struct {
		name string
		do   func() error
	}{
		{"CreateNil", func() error { return s.Create(ctx, nil) }},
		{"CreateNoID", func() error { return s.Create(ctx, &conversation.Conversation{}) }},
		{"UpdateNil", func() error { return s.Update(ctx, nil) }},
		{"GetNoID", func() error { _, err := s.Get(ctx, ""); return err }},
		{"DeleteNoID", func() error { return s.Delete(ctx, "") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if code := conversation.ErrorCode(tt.do()); code != conversation.EINVALID {
				t.Errorf("code %q, want %q", code, conversation.EINVALID)
			}
		})
	}
}
