package dynamo_test

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/careerconv/careerconv/pkg/awstest"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/dynamo"
	"github.com/careerconv/careerconv/pkg/storetest"
)

func TestMain(m *testing.M) { awstest.Main(m) }

// env is one test's table on the emulator.
type env struct {
	store  *dynamo.Store
	client *dynamodb.Client
	table  string
	calls  *awstest.Counter
}

// open creates a fresh table for the test, with a client whose calls are counted.
func open(tb testing.TB) env {
	tb.Helper()
	emu := awstest.Start(tb)
	cfg := emu.Config()
	calls := emu.Counter()
	cfg.APIOptions = append(cfg.APIOptions, calls.Register)
	client := dynamodb.NewFromConfig(cfg)
	table := "careerconv-" + conversation.NewID()
	if err := dynamo.CreateTable(context.Background(), client, table); err != nil {
		tb.Fatalf("CreateTable: %v", err)
	}
	tb.Cleanup(func() {
		if _, err := client.DeleteTable(context.Background(), &dynamodb.DeleteTableInput{TableName: aws.String(table)}); err != nil {
			tb.Errorf("delete table %s: %v", table, err)
		}
	})
	calls.Reset()
	return env{store: dynamo.New(client, table), client: client, table: table, calls: calls}
}

func TestStoreContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) conversation.Store { return open(t).store })
}

func conv(id, employee, manager string, start time.Time) *conversation.Conversation {
	return storetest.Minimal(id, employee, manager, start)
}

var start = time.Date(2027, time.January, 15, 14, 0, 0, 0, time.UTC)

// TestCallsPerOperation pins the DynamoDB calls each Store method makes: the
// numbers the end-to-end test reports per event.
func TestCallsPerOperation(t *testing.T) {
	e := open(t)
	ctx := context.Background()
	c := conv(conversation.NewID(), "ann@example.com", "mo@example.com", start)
	stale := *c
	tests := []struct {
		name string
		do   func() error
		want string
	}{
		{"Create", func() error { return e.store.Create(ctx, c) }, "DynamoDB.PutItem=1"},
		{"Get", func() error { _, err := e.store.Get(ctx, c.ID); return err }, "DynamoDB.GetItem=1"},
		{"GetMissing", func() error {
			_, err := e.store.Get(ctx, conversation.NewID())
			return ignore(err, conversation.ENOTFOUND)
		}, "DynamoDB.GetItem=1"},
		{"Update", func() error { return e.store.Update(ctx, c) }, "DynamoDB.PutItem=1"},
		{"UpdateConflict", func() error {
			s := stale
			s.Version = 1
			return ignore(e.store.Update(ctx, &s), conversation.ECONFLICT)
		}, "DynamoDB.PutItem=1"},
		{"UpdateMissing", func() error {
			s := stale
			s.ID, s.Version = conversation.NewID(), 1
			return ignore(e.store.Update(ctx, &s), conversation.ENOTFOUND)
		}, "DynamoDB.PutItem=1"},
		{"UpdateWithLinks", func() error {
			l := conversation.MessageLink{Key: "cc." + c.ID + ".prep", Conversation: c.ID, Email: "prep", Token: "t"}
			p := l
			p.Key = "0100018f-provider"
			return e.store.Update(ctx, c, l, p)
		}, "DynamoDB.PutItem=3"},
		{"FindMessage", func() error {
			_, err := e.store.FindMessage(ctx, "<0100018f-provider@email.amazonses.com>")
			return err
		}, "DynamoDB.GetItem=1"},
		{"List", func() error {
			_, err := e.store.List(ctx, conversation.ListQuery{Employee: "ann@example.com"})
			return err
		}, "DynamoDB.BatchGetItem=1 DynamoDB.Query=1"},
		{"Delete", func() error { return e.store.Delete(ctx, c.ID) }, "DynamoDB.BatchWriteItem=1 DynamoDB.GetItem=1 DynamoDB.Query=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.calls.Reset()
			if err := tt.do(); err != nil {
				t.Fatal(err)
			}
			if got := e.calls.String(); got != tt.want {
				t.Errorf("calls = %q, want %q", got, tt.want)
			}
		})
	}
}

func ignore(err error, code string) error {
	if conversation.ErrorCode(err) == code {
		return nil
	}
	return fmt.Errorf("got %v, want code %s", err, code)
}

// TestItemLayout checks the stored items against DESIGN.md's table layout.
func TestItemLayout(t *testing.T) {
	e := open(t)
	ctx := context.Background()
	expires := time.Date(2028, time.April, 1, 0, 0, 0, 500_000_000, time.UTC)
	tests := []struct {
		name        string
		expires     time.Time
		wantExpires string // "" for no attribute
	}{
		{"withTTL", expires, fmt.Sprint(expires.Unix() + 1)},
		{"withoutTTL", time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := conv(conversation.NewID(), "Ann.Lee@Example.com", "mo@example.com", time.Date(2027, 1, 15, 14, 0, 0, 0, time.FixedZone("CET", 3600)))
			c.ExpiresAt = tt.expires
			if err := e.store.Create(ctx, c); err != nil {
				t.Fatal(err)
			}
			item := getItem(t, e, "CONV#"+c.ID, "CONV")
			want := map[string]string{
				"GSI1PK":  "EMP#ann.lee@example.com",
				"GSI1SK":  "2027-01-15T13:00:00.000Z#" + c.ID,
				"GSI2PK":  "MGR#mo@example.com",
				"GSI2SK":  "2027-01-15T13:00:00.000Z#" + c.ID,
				"version": "1",
			}
			if tt.wantExpires != "" {
				want["expiresAt"] = tt.wantExpires
			}
			for name, w := range want {
				if got := scalar(item[name]); got != w {
					t.Errorf("%s = %q, want %q", name, got, w)
				}
			}
			if _, ok := item["expiresAt"]; ok != (tt.wantExpires != "") {
				t.Errorf("expiresAt present = %v, want %v", ok, tt.wantExpires != "")
			}
			if _, ok := item["expiresAt"].(*types.AttributeValueMemberN); tt.wantExpires != "" && !ok {
				t.Errorf("expiresAt is %T, want a number", item["expiresAt"])
			}
			if doc := inflate(t, item["doc"]); !strings.Contains(doc, `"email":"Ann.Lee@Example.com"`) {
				t.Errorf("doc does not keep the email as given: %s", doc)
			}
		})
	}
}

// TestLinkItemLayout checks a message link's item: its own partition, no
// index keys, a TTL; and that Delete removes it with its conversation.
func TestLinkItemLayout(t *testing.T) {
	e := open(t)
	ctx := context.Background()
	c := conv(conversation.NewID(), "ann@example.com", "mo@example.com", start)
	if err := e.store.Create(ctx, c); err != nil {
		t.Fatal(err)
	}
	c.UpdatedAt = start
	c.Sends = []conversation.Send{{Email: "checkin2", State: conversation.SendSent, At: start, ProviderID: "0100018f-provider"}}
	l := conversation.MessageLink{Key: "0100018f-provider", Conversation: c.ID, Email: "checkin2", Token: c.ID + "-c2-1abc"}
	if err := e.store.Update(ctx, c, l); err != nil {
		t.Fatal(err)
	}
	item := getItem(t, e, "MSGID#0100018f-provider", "MSGID")
	want := map[string]string{
		"conversation": c.ID,
		"email":        "checkin2",
		"token":        c.ID + "-c2-1abc",
		"expiresAt":    fmt.Sprint(start.Add(dynamo.LinkRetention).Unix()),
	}
	for name, w := range want {
		if got := scalar(item[name]); got != w {
			t.Errorf("%s = %q, want %q", name, got, w)
		}
	}
	if len(item) != 6 {
		t.Errorf("link item has %d attributes, want PK, SK, conversation, email, token, expiresAt: %v", len(item), item)
	}
	if got, err := e.store.FindMessage(ctx, "<0100018f-provider@email.amazonses.com>"); err != nil || got != l {
		t.Fatalf("FindMessage = %+v, %v; want %+v", got, err, l)
	}
	if err := e.store.Delete(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.store.FindMessage(ctx, "0100018f-provider"); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Errorf("after Delete, FindMessage: %v; want ENOTFOUND", err)
	}
}

func getItem(tb testing.TB, e env, pk, sk string) map[string]types.AttributeValue {
	tb.Helper()
	out, err := e.client.GetItem(context.Background(), &dynamodb.GetItemInput{
		TableName: aws.String(e.table),
		Key: map[string]types.AttributeValue{
			"PK": &types.AttributeValueMemberS{Value: pk},
			"SK": &types.AttributeValueMemberS{Value: sk},
		},
	})
	if err != nil {
		tb.Fatalf("GetItem %s %s: %v", pk, sk, err)
	}
	if out.Item == nil {
		tb.Fatalf("no item %s %s", pk, sk)
	}
	return out.Item
}

// inflate returns the JSON document a doc attribute holds deflated.
func inflate(tb testing.TB, av types.AttributeValue) string {
	tb.Helper()
	b, ok := av.(*types.AttributeValueMemberB)
	if !ok {
		tb.Fatalf("doc is %T, want bytes", av)
	}
	if len(b.Value) == 0 || b.Value[0] != 1 {
		tb.Fatalf("doc starts with %v, want the format byte 1", b.Value[:min(1, len(b.Value))])
	}
	doc, err := io.ReadAll(flate.NewReaderDict(bytes.NewReader(b.Value[1:]), []byte(dynamo.DictV1)))
	if err != nil {
		tb.Fatalf("inflate doc: %v", err)
	}
	return string(doc)
}

func scalar(av types.AttributeValue) string {
	switch v := av.(type) {
	case *types.AttributeValueMemberS:
		return v.Value
	case *types.AttributeValueMemberN:
		return v.Value
	}
	return ""
}

func TestCreateTable(t *testing.T) {
	e := open(t)
	ctx := context.Background()
	desc, err := e.client.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(e.table)})
	if err != nil {
		t.Fatal(err)
	}
	if got := desc.Table.BillingModeSummary; got == nil || got.BillingMode != types.BillingModePayPerRequest {
		t.Errorf("billing mode = %+v, want PAY_PER_REQUEST", got)
	}
	indexes := map[string]string{}
	for _, g := range desc.Table.GlobalSecondaryIndexes {
		indexes[aws.ToString(g.IndexName)] = aws.ToString(g.KeySchema[0].AttributeName) + "/" + aws.ToString(g.KeySchema[1].AttributeName) + "/" + string(g.Projection.ProjectionType)
	}
	for name, want := range map[string]string{"GSI1": "GSI1PK/GSI1SK/KEYS_ONLY", "GSI2": "GSI2PK/GSI2SK/KEYS_ONLY", "GSI3": "GSI3PK/GSI3SK/KEYS_ONLY"} {
		if indexes[name] != want {
			t.Errorf("index %s = %q, want %q", name, indexes[name], want)
		}
	}
	ttl, err := e.client.DescribeTimeToLive(ctx, &dynamodb.DescribeTimeToLiveInput{TableName: aws.String(e.table)})
	if err != nil {
		t.Fatal(err)
	}
	if d := ttl.TimeToLiveDescription; d == nil || aws.ToString(d.AttributeName) != "expiresAt" || d.TimeToLiveStatus != types.TimeToLiveStatusEnabled {
		t.Errorf("TTL = %+v, want enabled on expiresAt", d)
	}
	err = dynamo.CreateTable(ctx, e.client, e.table)
	if code := conversation.ErrorCode(err); code != conversation.ECONFLICT {
		t.Errorf("CreateTable of an existing table: %v (code %q), want %q", err, code, conversation.ECONFLICT)
	}
}

// TestCursorForged checks that List refuses cursors it did not make for this listing.
func TestCursorForged(t *testing.T) {
	e := open(t)
	ctx := context.Background()
	for i := range 3 {
		for _, emp := range []string{"ann@example.com", "bob@example.com"} {
			if err := e.store.Create(ctx, conv(conversation.NewID(), emp, "mo@example.com", start.AddDate(0, 0, i))); err != nil {
				t.Fatal(err)
			}
		}
	}
	page, err := e.store.List(ctx, conversation.ListQuery{Employee: "bob@example.com", Limit: 1})
	if err != nil || page.Cursor == "" {
		t.Fatalf("List: cursor %q, err %v", page.Cursor, err)
	}
	tests := []struct {
		name   string
		q      conversation.ListQuery
		cursor string
	}{
		{"notBase64", conversation.ListQuery{Employee: "ann@example.com"}, "***"},
		{"notJSON", conversation.ListQuery{Employee: "ann@example.com"}, "bm90IGpzb24"},
		{"emptyJSON", conversation.ListQuery{Employee: "ann@example.com"}, "e30"},
		{"wrongSK", conversation.ListQuery{Employee: "ann@example.com"}, b64(`{"p":"CONV#x","s":"SEND#prep","ip":"EMP#ann@example.com","is":"2027"}`)},
		{"otherEmployee", conversation.ListQuery{Employee: "ann@example.com"}, page.Cursor},
		{"employeeCursorForManager", conversation.ListQuery{Manager: "bob@example.com"}, page.Cursor},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.q.Cursor = tt.cursor
			_, err := e.store.List(ctx, tt.q)
			if code := conversation.ErrorCode(err); code != conversation.EINVALID {
				t.Errorf("List with cursor %q: %v (code %q), want %q", tt.cursor, err, code, conversation.EINVALID)
			}
		})
	}
	// The genuine cursor resumes its own listing.
	next, err := e.store.List(ctx, conversation.ListQuery{Employee: "bob@example.com", Limit: 1, Cursor: page.Cursor})
	if err != nil || len(next.Conversations) != 1 || next.Conversations[0].ID == page.Conversations[0].ID {
		t.Errorf("resuming with the cursor: %d conversations, err %v", len(next.Conversations), err)
	}
}

func b64(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

// TestDeleteManyItems deletes a conversation with more items than one batch holds.
func TestDeleteManyItems(t *testing.T) {
	e := open(t)
	ctx := context.Background()
	c := conv(conversation.NewID(), "ann@example.com", "mo@example.com", start)
	if err := e.store.Create(ctx, c); err != nil {
		t.Fatal(err)
	}
	// Send-ledger items as earlier versions wrote them, under the conversation's key.
	for i := range 60 {
		_, err := e.client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(e.table), Item: map[string]types.AttributeValue{
			"PK": &types.AttributeValueMemberS{Value: "CONV#" + c.ID},
			"SK": &types.AttributeValueMemberS{Value: fmt.Sprintf("SEND#checkin%d", i)},
		}})
		if err != nil {
			t.Fatal(err)
		}
	}
	e.calls.Reset()
	if err := e.store.Delete(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if got := e.calls.Count("DynamoDB", "BatchWriteItem"); got != 3 {
		t.Errorf("61 items deleted in %d batches, want 3", got)
	}
	out, err := e.client.Query(ctx, &dynamodb.QueryInput{
		TableName:                 aws.String(e.table),
		KeyConditionExpression:    aws.String("PK = :pk"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": &types.AttributeValueMemberS{Value: "CONV#" + c.ID}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Items) != 0 {
		t.Errorf("%d items left after Delete", len(out.Items))
	}
}

func TestTooLargeIsInvalid(t *testing.T) {
	e := open(t)
	c := conv(conversation.NewID(), "ann@example.com", "mo@example.com", start)
	c.Notes = strings.Repeat("x", 420<<10)
	err := e.store.Create(context.Background(), c)
	if code := conversation.ErrorCode(err); code != conversation.EINVALID {
		t.Errorf("Create of a 420 KB conversation: %v (code %q), want %q", err, code, conversation.EINVALID)
	}
}

func TestMissingTableIsInternal(t *testing.T) {
	e := open(t)
	s := dynamo.New(e.client, "no-such-table")
	_, err := s.Get(context.Background(), conversation.NewID())
	if code := conversation.ErrorCode(err); code != conversation.EINTERNAL {
		t.Errorf("Get on a missing table: %v (code %q), want %q", err, code, conversation.EINTERNAL)
	}
	if !strings.Contains(err.Error(), "get conversation") {
		t.Errorf("error %q does not say what was being done", err)
	}
	var nf *types.ResourceNotFoundException
	if !errors.As(err, &nf) {
		t.Errorf("error %v does not keep the SDK error", err)
	}
}

// A conversation item written before documents were deflated (doc as JSON
// text) reads back as it was, and its next write deflates it.
func TestReadsTextDocuments(t *testing.T) {
	e := open(t)
	ctx := context.Background()
	c := conv(conversation.NewID(), "ann@example.com", "mo@example.com", start)
	if err := e.store.Create(ctx, c); err != nil {
		t.Fatal(err)
	}
	item := getItem(t, e, "CONV#"+c.ID, "CONV")
	item["doc"] = &types.AttributeValueMemberS{Value: inflate(t, item["doc"])}
	if _, err := e.client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(e.table), Item: item}); err != nil {
		t.Fatal(err)
	}
	got, err := e.store.Get(ctx, c.ID)
	if err != nil || got.Employee.Email != "ann@example.com" || got.Version != 1 || !got.MeetingStart.Equal(start) {
		t.Fatalf("Get of a text document: %+v, %v", got, err)
	}
	got.Notes = "after"
	if err := e.store.Update(ctx, got); err != nil {
		t.Fatal(err)
	}
	if doc := inflate(t, getItem(t, e, "CONV#"+c.ID, "CONV")["doc"]); !strings.Contains(doc, `"notes":"after"`) {
		t.Errorf("updated document: %s", doc)
	}
}
