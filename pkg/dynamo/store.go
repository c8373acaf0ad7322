package dynamo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/careerconv/careerconv/pkg/conversation"
)

var _ conversation.Store = (*Store)(nil)

// Names of the table's attributes and indexes, for the template and tooling.
const (
	AttrPK      = "PK"
	AttrSK      = "SK"
	AttrGSI1PK  = "GSI1PK"
	AttrGSI1SK  = "GSI1SK"
	AttrGSI2PK  = "GSI2PK"
	AttrGSI2SK  = "GSI2SK"
	AttrGSI3PK  = "GSI3PK"
	AttrGSI3SK  = "GSI3SK"
	AttrVersion = "version"
	AttrDoc     = "doc"
	// AttrExpiresAt is the TTL attribute: epoch seconds.
	AttrExpiresAt = "expiresAt"

	IndexEmployee = "GSI1" // by employee email, then meeting start
	IndexManager  = "GSI2" // by manager email, then meeting start
	IndexStatus   = "GSI3" // by status, then meeting start; keys only (see List)
)

// Page sizes of List.
const (
	DefaultListLimit = 50
	MaxListLimit     = 1000
)

// API is the part of the DynamoDB client the Store uses; *dynamodb.Client
// implements it.
type API interface {
	GetItem(ctx context.Context, in *dynamodb.GetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.GetItemOutput, error)
	PutItem(ctx context.Context, in *dynamodb.PutItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.PutItemOutput, error)
	DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error)
	Query(ctx context.Context, in *dynamodb.QueryInput, optFns ...func(*dynamodb.Options)) (*dynamodb.QueryOutput, error)
	BatchWriteItem(ctx context.Context, in *dynamodb.BatchWriteItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error)
	BatchGetItem(ctx context.Context, in *dynamodb.BatchGetItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.BatchGetItemOutput, error)
}

// Store is an conversation.Store on one DynamoDB table. Make it with New; it is safe
// for concurrent use.
type Store struct {
	client API
	table  string

	backoff time.Duration // first wait before retrying unprocessed items; 0 means 25ms
}

// New returns a Store on table, which must have the layout CreateTable makes.
func New(client API, table string) *Store {
	return &Store{client: client, table: table}
}

// item is a conversation as stored.
type item struct {
	PK        string `dynamodbav:"PK"`
	SK        string `dynamodbav:"SK"`
	GSI1PK    string `dynamodbav:"GSI1PK"`
	GSI1SK    string `dynamodbav:"GSI1SK"`
	GSI2PK    string `dynamodbav:"GSI2PK"`
	GSI2SK    string `dynamodbav:"GSI2SK"`
	GSI3PK    string `dynamodbav:"GSI3PK"`
	GSI3SK    string `dynamodbav:"GSI3SK"`
	Version   int    `dynamodbav:"version"`
	ExpiresAt int64  `dynamodbav:"expiresAt,omitempty"`
	Doc       []byte `dynamodbav:"doc"` // the document, deflated (see decodeDoc)
}

const skConversation = "CONV"

func pk(id string) string                    { return "CONV#" + id }
func employeeKey(e string) string            { return "EMP#" + strings.ToLower(strings.TrimSpace(e)) }
func managerKey(e string) string             { return "MGR#" + strings.ToLower(strings.TrimSpace(e)) }
func statusKey(s conversation.Status) string { return "STATUS#" + string(s) }
func sortKey(start time.Time, id string) string {
	return start.UTC().Format("2006-01-02T15:04:05.000Z") + "#" + id
}

func key(pkv, skv string) map[string]types.AttributeValue {
	return map[string]types.AttributeValue{
		AttrPK: &types.AttributeValueMemberS{Value: pkv},
		AttrSK: &types.AttributeValueMemberS{Value: skv},
	}
}

func checkID(id string) error {
	if id == "" {
		return conversation.FieldErrorf("id", "A conversation ID is required.")
	}
	return nil
}

// encode returns the item storing c at version.
func encode(c *conversation.Conversation, version int) (map[string]types.AttributeValue, error) {
	doc, err := json.Marshal(c)
	if err != nil {
		return nil, fmt.Errorf("encode conversation %s: %w", c.ID, err)
	}
	// A copy through JSON: normalized without touching the caller's value.
	var cp conversation.Conversation
	if err := json.Unmarshal(doc, &cp); err != nil {
		return nil, fmt.Errorf("encode conversation %s: %w", c.ID, err)
	}
	normalizeTimes(reflect.ValueOf(&cp))
	cp.Version = version
	if doc, err = conversation.Encode(&cp); err != nil {
		return nil, fmt.Errorf("encode conversation %s: %w", c.ID, err)
	}
	if len(doc) > conversation.MaxEncodedBytes {
		// The bound every store keeps (the assistant fits writes within it),
		// however well this one deflates.
		return nil, conversation.Errorf(conversation.EINVALID, "The conversation is too large to store (%d bytes, at most %d).", len(doc), conversation.MaxEncodedBytes)
	}
	it := item{
		PK:      pk(cp.ID),
		SK:      skConversation,
		GSI1PK:  employeeKey(cp.Employee.Email),
		GSI1SK:  sortKey(cp.MeetingStart, cp.ID),
		GSI2PK:  managerKey(cp.Manager.Email),
		GSI2SK:  sortKey(cp.MeetingStart, cp.ID),
		GSI3PK:  statusKey(cp.Status),
		GSI3SK:  sortKey(cp.MeetingStart, cp.ID),
		Version: version,
	}
	if it.Doc, err = deflate(doc); err != nil {
		return nil, fmt.Errorf("encode conversation %s: %w", c.ID, err)
	}
	if !cp.ExpiresAt.IsZero() {
		// TTL deletes at or after this second; round up so nothing goes early.
		it.ExpiresAt = cp.ExpiresAt.Add(time.Second - time.Nanosecond).Unix()
	}
	av, err := attributevalue.MarshalMap(it)
	if err != nil {
		return nil, fmt.Errorf("encode conversation %s: %w", c.ID, err)
	}
	return av, nil
}

// decode returns the conversation an item stores.
func decode(av map[string]types.AttributeValue) (*conversation.Conversation, error) {
	doc, err := decodeDoc(av[AttrDoc])
	if err != nil {
		return nil, fmt.Errorf("decode item %v: %w", av[AttrPK], err)
	}
	var it item
	keys := maps.Clone(av)
	delete(keys, AttrDoc) // decoded above: deflated or, written before, text
	if err := attributevalue.UnmarshalMap(keys, &it); err != nil {
		return nil, fmt.Errorf("decode item: %w", err)
	}
	var c conversation.Conversation
	if err := json.Unmarshal(doc, &c); err != nil {
		return nil, fmt.Errorf("decode conversation %s: %w", it.PK, err)
	}
	normalizeTimes(reflect.ValueOf(&c))
	c.Version = it.Version
	return &c, nil
}

var timeType = reflect.TypeFor[time.Time]()

// normalizeTimes sets every time.Time reachable from v to the same instant,
// truncated to the millisecond, in UTC: what the Store contract returns.
func normalizeTimes(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			normalizeTimes(v.Elem())
		}
	case reflect.Struct:
		if v.Type() == timeType {
			if v.CanSet() {
				t := v.Interface().(time.Time)
				v.Set(reflect.ValueOf(t.Truncate(time.Millisecond).UTC()))
			}
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				normalizeTimes(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			normalizeTimes(v.Index(i))
		}
	case reflect.Map:
		// Map values are not addressable; conversations hold no times in maps.
	}
}

// Create stores a new conversation and sets c.Version to 1: one conditional PutItem.
func (s *Store) Create(ctx context.Context, c *conversation.Conversation) error {
	if c == nil {
		return conversation.Errorf(conversation.EINVALID, "No conversation to create.")
	}
	if err := checkID(c.ID); err != nil {
		return err
	}
	av, err := encode(c, 1)
	if err != nil {
		return encodeError(err)
	}
	_, err = s.client.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:           aws.String(s.table),
		Item:                av,
		ConditionExpression: aws.String("attribute_not_exists(PK)"),
	})
	var failed *types.ConditionalCheckFailedException
	if errors.As(err, &failed) {
		return &conversation.Error{Code: conversation.ECONFLICT, Message: fmt.Sprintf("Conversation %s exists already.", c.ID), Err: err}
	}
	if err != nil {
		return classify(err, "create conversation %s", c.ID)
	}
	c.Version = 1
	return nil
}

// createParallel is how many of CreateMany's PutItems are in flight at once.
const createParallel = 8

// CreateMany stores new conversations with one conditional PutItem each (as
// Create), createParallel at a time: no batch write is conditional, and a
// transaction costs twice the writes. Each conversation stored gets Version 1;
// after an error the others keep Version 0. It returns the error of the first
// conversation (in order) that failed.
func (s *Store) CreateMany(ctx context.Context, cs []*conversation.Conversation) error {
	errs := make([]error, len(cs))
	sem := make(chan struct{}, createParallel)
	var wg sync.WaitGroup
	for i, c := range cs {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			errs[i] = s.Create(ctx, c)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// Get loads a conversation: one strongly consistent GetItem.
func (s *Store) Get(ctx context.Context, id string) (*conversation.Conversation, error) {
	if err := checkID(id); err != nil {
		return nil, err
	}
	out, err := s.client.GetItem(ctx, &dynamodb.GetItemInput{
		TableName:      aws.String(s.table),
		Key:            key(pk(id), skConversation),
		ConsistentRead: aws.Bool(true),
	})
	if err != nil {
		return nil, classify(err, "get conversation %s", id)
	}
	if len(out.Item) == 0 {
		return nil, conversation.Errorf(conversation.ENOTFOUND, "Conversation %s not found.", id)
	}
	c, err := decode(out.Item)
	if err != nil {
		return nil, internal(err)
	}
	return c, nil
}

// Update stores c if the stored version still equals c.Version, then increments
// c.Version: one PutItem conditional on the version, after one PutItem of
// each link.
func (s *Store) Update(ctx context.Context, c *conversation.Conversation, links ...conversation.MessageLink) error {
	if c == nil {
		return conversation.Errorf(conversation.EINVALID, "No conversation to update.")
	}
	if err := checkID(c.ID); err != nil {
		return err
	}
	if len(links) > maxLinks {
		return conversation.Errorf(conversation.EINVALID, "At most %d message links go with an update.", maxLinks)
	}
	next := c.Version + 1
	av, err := encode(c, next)
	if err != nil {
		return encodeError(err)
	}
	cond := aws.String("attribute_exists(PK) AND #version = :expected")
	names := map[string]string{"#version": AttrVersion}
	values := map[string]types.AttributeValue{":expected": &types.AttributeValueMemberN{Value: strconv.Itoa(c.Version)}}
	// The links first, each its own put: they are true once the provider took
	// the email, whether or not this update wins, and a transaction would
	// bill every item of it twice.
	for _, l := range links {
		it, err := linkItem(c, l)
		if err != nil {
			return err
		}
		if _, err := s.client.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(s.table), Item: it}); err != nil {
			return classify(err, "link message %s to conversation %s", l.Key, c.ID)
		}
	}
	var failed *types.ConditionalCheckFailedException
	var old map[string]types.AttributeValue
	_, err = s.client.PutItem(ctx, &dynamodb.PutItemInput{
		TableName:                           aws.String(s.table),
		Item:                                av,
		ConditionExpression:                 cond,
		ExpressionAttributeNames:            names,
		ExpressionAttributeValues:           values,
		ReturnValuesOnConditionCheckFailure: types.ReturnValuesOnConditionCheckFailureAllOld,
	})
	if errors.As(err, &failed) {
		old = failed.Item
	}
	if failed != nil {
		if len(old) == 0 {
			return &conversation.Error{Code: conversation.ENOTFOUND, Message: fmt.Sprintf("Conversation %s not found.", c.ID), Err: err}
		}
		return &conversation.Error{Code: conversation.ECONFLICT, Message: fmt.Sprintf("Conversation %s changed meanwhile; load it again.", c.ID), Err: err}
	}
	if err != nil {
		return classify(err, "update conversation %s", c.ID)
	}
	c.Version = next
	return nil
}
