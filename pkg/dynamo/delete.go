package dynamo

import (
	"context"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// batchSize is BatchWriteItem's limit of requests per call.
const batchSize = 25

// Delete removes a conversation and every item under it (its send ledger too)
// and the message links of the emails it sent: a GetItem (the ledger names the
// links), a Query of its partition, then BatchWriteItem deletes, the
// conversation item last, so a Delete cut short can simply be run again. Deleting a missing
// conversation is not an error.
func (s *Store) Delete(ctx context.Context, id string) error {
	if err := checkID(id); err != nil {
		return err
	}
	var keys []map[string]types.AttributeValue
	switch c, err := s.Get(ctx, id); conversation.ErrorCode(err) {
	case "":
		keys = linkKeys(c)
	case conversation.ENOTFOUND:
	default:
		return err
	}
	var conv map[string]types.AttributeValue
	var start map[string]types.AttributeValue
	for {
		out, err := s.client.Query(ctx, &dynamodb.QueryInput{
			TableName:                 aws.String(s.table),
			KeyConditionExpression:    aws.String("PK = :pk"),
			ExpressionAttributeValues: map[string]types.AttributeValue{":pk": &types.AttributeValueMemberS{Value: pk(id)}},
			ProjectionExpression:      aws.String("PK, SK"),
			ConsistentRead:            aws.Bool(true),
			ExclusiveStartKey:         start,
		})
		if err != nil {
			return classify(err, "find the items of conversation %s", id)
		}
		for _, k := range out.Items {
			if sk, ok := k[AttrSK].(*types.AttributeValueMemberS); ok && sk.Value == skConversation {
				conv = k
				continue
			}
			keys = append(keys, k)
		}
		if len(out.LastEvaluatedKey) == 0 {
			break
		}
		start = out.LastEvaluatedKey
	}
	if conv != nil {
		keys = append(keys, conv)
	}
	for len(keys) > 0 {
		n := min(len(keys), batchSize)
		if err := s.deleteBatch(ctx, keys[:n]); err != nil {
			return fmt.Errorf("delete conversation %s: %w", id, err)
		}
		keys = keys[n:]
	}
	return nil
}

// deleteBatch deletes up to 25 items, retrying those DynamoDB leaves unprocessed
// with exponential backoff.
func (s *Store) deleteBatch(ctx context.Context, keys []map[string]types.AttributeValue) error {
	reqs := make([]types.WriteRequest, len(keys))
	for i, k := range keys {
		reqs[i] = types.WriteRequest{DeleteRequest: &types.DeleteRequest{Key: k}}
	}
	wait := s.backoff
	if wait <= 0 {
		wait = 25 * time.Millisecond
	}
	for attempt := 0; ; attempt++ {
		out, err := s.client.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{
			RequestItems: map[string][]types.WriteRequest{s.table: reqs},
		})
		if err != nil {
			return classify(err, "delete %d items", len(reqs))
		}
		reqs = out.UnprocessedItems[s.table]
		if len(reqs) == 0 {
			return nil
		}
		if attempt == 8 {
			return conversation.Unavailable(fmt.Errorf("%d items left unprocessed after %d attempts", len(reqs), attempt+1),
				"The conversation store is busy; try again later.")
		}
		select {
		case <-ctx.Done():
			return classify(ctx.Err(), "delete %d items", len(reqs))
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}
