package dynamo

import (
	"context"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

// maxLinks bounds the links of one Update: a transaction holds at most 100 items.
const maxLinks = 99

// LinkRetention is how long a message link is kept (its TTL): replies come
// within weeks, and a link outlives a conversation deleted by TTL no longer.
const LinkRetention = 2 * 365 * 24 * time.Hour

// Message links live in their conversation's partition (so Delete's Query finds
// them) and in GSI3 under MSGID#<key>, their sort key there the email and the
// reply token: GSI3 projects keys only, and those say everything.
const (
	skLinkPrefix = "MSGID#"
	linkPrefix   = "MSGID#"
)

// linkItem returns the item storing link l of conversation c.
func linkItem(c *conversation.Conversation, l assistant.MessageLink) (map[string]types.AttributeValue, error) {
	if l.Conversation != c.ID || l.Key == "" || assistant.MessageKey(l.Key) != l.Key || l.Email == "" || l.Token == "" ||
		strings.Contains(l.Email, "#") || strings.Contains(l.Token, "#") {
		return nil, conversation.Errorf(conversation.EINVALID, "The message link %q is not one of conversation %s.", l.Key, c.ID)
	}
	at := c.UpdatedAt
	if at.IsZero() {
		at = time.Now()
	}
	it := struct {
		PK        string `dynamodbav:"PK"`
		SK        string `dynamodbav:"SK"`
		GSI3PK    string `dynamodbav:"GSI3PK"`
		GSI3SK    string `dynamodbav:"GSI3SK"`
		ExpiresAt int64  `dynamodbav:"expiresAt"`
	}{pk(c.ID), skLinkPrefix + l.Key, linkPrefix + l.Key, l.Email + "#" + l.Token, at.Add(LinkRetention).Unix()}
	av, err := attributevalue.MarshalMap(it)
	if err != nil {
		return nil, internal(err)
	}
	return av, nil
}

// FindMessage returns the link stored for a sent email's Message-ID: one Query
// on GSI3 (eventually consistent: a reply comes minutes after its email at the
// earliest). ENOTFOUND if there is none.
func (s *Store) FindMessage(ctx context.Context, messageID string) (assistant.MessageLink, error) {
	k := assistant.MessageKey(messageID)
	notFound := conversation.Errorf(conversation.ENOTFOUND, "No email was sent as %q.", messageID)
	if k == "" {
		return assistant.MessageLink{}, notFound
	}
	out, err := s.client.Query(ctx, &dynamodb.QueryInput{
		TableName:                 aws.String(s.table),
		IndexName:                 aws.String(IndexStatus),
		KeyConditionExpression:    aws.String("GSI3PK = :k"),
		ExpressionAttributeValues: map[string]types.AttributeValue{":k": &types.AttributeValueMemberS{Value: linkPrefix + k}},
		Limit:                     aws.Int32(1),
	})
	if err != nil {
		return assistant.MessageLink{}, classify(err, "find message %s", k)
	}
	for _, it := range out.Items {
		var keys struct {
			PK     string `dynamodbav:"PK"`
			GSI3SK string `dynamodbav:"GSI3SK"`
		}
		if err := attributevalue.UnmarshalMap(it, &keys); err != nil {
			return assistant.MessageLink{}, internal(err)
		}
		email, tok, ok := strings.Cut(keys.GSI3SK, "#")
		id, isConv := strings.CutPrefix(keys.PK, "CONV#")
		if !ok || !isConv {
			continue
		}
		return assistant.MessageLink{Key: k, Conversation: id, Email: email, Token: tok}, nil
	}
	return assistant.MessageLink{}, notFound
}
