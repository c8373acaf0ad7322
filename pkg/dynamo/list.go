package dynamo

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// cursor is where a listing resumes: the keys of the last conversation returned,
// as DynamoDB's ExclusiveStartKey wants them.
type cursor struct {
	PK      string `json:"p"`
	SK      string `json:"s"`
	IndexPK string `json:"ip"`
	IndexSK string `json:"is"`
}

func (c cursor) encode() string {
	b, _ := json.Marshal(c) // strings only: cannot fail
	return base64.RawURLEncoding.EncodeToString(b)
}

// listing names the index a query reads and its key.
type listing struct {
	index, pkAttr, skAttr, pk string
}

// parseCursor decodes a cursor and checks it belongs to listing l.
func (l listing) parseCursor(s string) (map[string]types.AttributeValue, error) {
	bad := conversation.FieldErrorf("cursor", "The cursor is not one this listing returned; start again without it.")
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, bad
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, bad
	}
	if !strings.HasPrefix(c.PK, "CONV#") || len(c.PK) == len("CONV#") || c.SK != skConversation || c.IndexPK != l.pk || c.IndexSK == "" {
		return nil, bad
	}
	return map[string]types.AttributeValue{
		AttrPK:   &types.AttributeValueMemberS{Value: c.PK},
		AttrSK:   &types.AttributeValueMemberS{Value: c.SK},
		l.pkAttr: &types.AttributeValueMemberS{Value: c.IndexPK},
		l.skAttr: &types.AttributeValueMemberS{Value: c.IndexSK},
	}, nil
}

// cursorAt returns the cursor resuming after the item whose keys av holds.
func (l listing) cursorAt(av map[string]types.AttributeValue) string {
	s := func(name string) string {
		if v, ok := av[name].(*types.AttributeValueMemberS); ok {
			return v.Value
		}
		return ""
	}
	return cursor{PK: s(AttrPK), SK: s(AttrSK), IndexPK: s(l.pkAttr), IndexSK: s(l.skAttr)}.encode()
}

// List returns a page of one employee's, one manager's or one status's
// conversations by meeting start, then ID: one Query on GSI1, GSI2 or GSI3 (a
// status's meeting range is the sort key's condition), then one BatchGetItem
// per 100 conversations of the page. It reads one key more than the page, so
// the last page has no cursor.
func (s *Store) List(ctx context.Context, q conversation.ListQuery) (conversation.ListPage, error) {
	emp, mgr := strings.TrimSpace(q.Employee), strings.TrimSpace(q.Manager)
	var l listing
	switch {
	case emp != "" && mgr == "" && q.Status == "":
		l = listing{IndexEmployee, AttrGSI1PK, AttrGSI1SK, employeeKey(emp)}
	case mgr != "" && emp == "" && q.Status == "":
		l = listing{IndexManager, AttrGSI2PK, AttrGSI2SK, managerKey(mgr)}
	case q.Status != "" && emp == "" && mgr == "":
		l = listing{IndexStatus, AttrGSI3PK, AttrGSI3SK, statusKey(q.Status)}
	default:
		return conversation.ListPage{}, conversation.FieldErrorf("employee", "List the conversations of an employee, of a manager or with one status.")
	}
	if q.Status == "" && (!q.From.IsZero() || !q.To.IsZero()) {
		return conversation.ListPage{}, conversation.FieldErrorf("from", "A meeting date range goes with a status.")
	}
	limit := q.Limit
	switch {
	case limit < 0:
		return conversation.ListPage{}, conversation.FieldErrorf("limit", "The page size must not be negative.")
	case limit == 0:
		limit = DefaultListLimit
	case limit > MaxListLimit:
		limit = MaxListLimit
	}
	in := &dynamodb.QueryInput{
		TableName:                 aws.String(s.table),
		IndexName:                 aws.String(l.index),
		KeyConditionExpression:    aws.String("#pk = :pk"),
		ExpressionAttributeNames:  map[string]string{"#pk": l.pkAttr},
		ExpressionAttributeValues: map[string]types.AttributeValue{":pk": &types.AttributeValueMemberS{Value: l.pk}},
		Limit:                     aws.Int32(int32(limit + 1)),
	}
	// Sort keys start with the meeting start (sortKey): a range of them is a
	// range of meetings; "#" sorts after the bound's own text, so To is excluded.
	if !q.From.IsZero() || !q.To.IsZero() {
		*in.KeyConditionExpression += " AND #sk BETWEEN :from AND :to"
		in.ExpressionAttributeNames["#sk"] = l.skAttr
		in.ExpressionAttributeValues[":from"] = &types.AttributeValueMemberS{Value: sortKeyBound(q.From, "0000")}
		in.ExpressionAttributeValues[":to"] = &types.AttributeValueMemberS{Value: sortKeyBound(q.To, "9999")}
	}
	if q.Cursor != "" {
		start, err := l.parseCursor(q.Cursor)
		if err != nil {
			return conversation.ListPage{}, err
		}
		in.ExclusiveStartKey = start
	}
	out, err := s.client.Query(ctx, in)
	if err != nil {
		return conversation.ListPage{}, classify(err, "list %s", l.pk)
	}
	var page conversation.ListPage
	items := out.Items
	if len(items) > limit {
		page.Cursor = l.cursorAt(items[limit-1])
		items = items[:limit]
	}
	// The indexes project their keys only, so a conversation write that changes
	// none of an index's keys costs it nothing: read the page's items.
	if items, err = s.getAll(ctx, items); err != nil {
		return conversation.ListPage{}, err
	}
	for _, av := range items {
		c, err := decode(av)
		if err != nil {
			return conversation.ListPage{}, internal(err)
		}
		page.Conversations = append(page.Conversations, c)
	}
	if page.Cursor == "" && len(out.LastEvaluatedKey) > 0 && len(out.Items) > 0 {
		// The 1 MB page limit cut the query short: resume after the last item read.
		page.Cursor = l.cursorAt(out.Items[len(out.Items)-1])
	}
	return page, nil
}

// sortKeyBound is the sort-key prefix of meetings starting at t, or open when t is zero.
func sortKeyBound(t time.Time, open string) string {
	if t.IsZero() {
		return open
	}
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}

// getAll reads the conversation items whose keys keyed holds, in that order
// (BatchGetItem, 100 keys a call, retrying unprocessed keys); items deleted
// since the index was read are left out.
func (s *Store) getAll(ctx context.Context, keyed []map[string]types.AttributeValue) ([]map[string]types.AttributeValue, error) {
	byPK := make(map[string]map[string]types.AttributeValue, len(keyed))
	pkOf := func(av map[string]types.AttributeValue) string {
		v, _ := av[AttrPK].(*types.AttributeValueMemberS)
		if v == nil {
			return ""
		}
		return v.Value
	}
	for start := 0; start < len(keyed); start += 100 {
		var keys []map[string]types.AttributeValue
		for _, av := range keyed[start:min(start+100, len(keyed))] {
			keys = append(keys, key(pkOf(av), skConversation))
		}
		wait := 25 * time.Millisecond
		for attempt := 0; len(keys) > 0; attempt++ {
			out, err := s.client.BatchGetItem(ctx, &dynamodb.BatchGetItemInput{
				RequestItems: map[string]types.KeysAndAttributes{s.table: {Keys: keys, ConsistentRead: aws.Bool(true)}},
			})
			if err != nil {
				return nil, classify(err, "read %d listed conversations", len(keys))
			}
			for _, av := range out.Responses[s.table] {
				byPK[pkOf(av)] = av
			}
			keys = out.UnprocessedKeys[s.table].Keys
			if len(keys) > 0 && attempt == 8 {
				return nil, conversation.Unavailable(fmt.Errorf("%d keys left unprocessed", len(keys)), "The conversation store is busy; try again later.")
			}
			if len(keys) > 0 {
				select {
				case <-ctx.Done():
					return nil, classify(ctx.Err(), "read listed conversations")
				case <-time.After(wait):
				}
				wait = min(2*wait, time.Second)
			}
		}
	}
	items := make([]map[string]types.AttributeValue, 0, len(keyed))
	for _, av := range keyed {
		if it, ok := byPK[pkOf(av)]; ok {
			items = append(items, it)
		}
	}
	return items, nil
}
