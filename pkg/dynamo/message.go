package dynamo

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/feature/dynamodb/attributevalue"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// maxLinks bounds the links of one Update: an email is linked by one
// Message-ID (see assistant's links), a few at most.
const maxLinks = 4

// LinkRetention is how long a message link is kept (its TTL): replies come
// within weeks, and a link outlives a conversation deleted by TTL no longer.
const LinkRetention = 2 * 365 * 24 * time.Hour

// A message link is an item of its own, PK MSGID#<key> and SK MSGID, found by
// one GetItem: in no index, so a link costs one write unit and nothing more.
// Delete finds a conversation's links from its send ledger (the Message-IDs
// its emails were sent with); a link the ledger never recorded (its update lost
// a race) names no content and expires after LinkRetention.
const (
	linkPrefix = "MSGID#"
	skLink     = "MSGID"
)

// linkKey is the key of the item linking Message-ID key k.
func linkKey(k string) map[string]types.AttributeValue { return key(linkPrefix+k, skLink) }

// linkItem returns the item storing link l of conversation c.
func linkItem(c *conversation.Conversation, l conversation.MessageLink) (map[string]types.AttributeValue, error) {
	if l.Conversation != c.ID || l.Key == "" || conversation.MessageKey(l.Key) != l.Key || l.Email == "" || l.Token == "" {
		return nil, conversation.Errorf(conversation.EINVALID, "The message link %q is not one of conversation %s.", l.Key, c.ID)
	}
	at := c.UpdatedAt
	if at.IsZero() {
		at = time.Now()
	}
	it := struct {
		PK           string `dynamodbav:"PK"`
		SK           string `dynamodbav:"SK"`
		Conversation string `dynamodbav:"conversation"`
		Email        string `dynamodbav:"email"`
		Token        string `dynamodbav:"token"`
		ExpiresAt    int64  `dynamodbav:"expiresAt"`
	}{linkPrefix + l.Key, skLink, c.ID, l.Email, l.Token, at.Add(LinkRetention).Unix()}
	av, err := attributevalue.MarshalMap(it)
	if err != nil {
		return nil, internal(err)
	}
	return av, nil
}

// FindMessage returns the link stored for a sent email's Message-ID: one
// GetItem (eventually consistent: a reply comes minutes after its email at
// the earliest). ENOTFOUND if there is none.
func (s *Store) FindMessage(ctx context.Context, messageID string) (conversation.MessageLink, error) {
	k := conversation.MessageKey(messageID)
	notFound := conversation.Errorf(conversation.ENOTFOUND, "No email was sent as %q.", messageID)
	if k == "" {
		return conversation.MessageLink{}, notFound
	}
	out, err := s.client.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(s.table), Key: linkKey(k)})
	if err != nil {
		return conversation.MessageLink{}, classify(err, "find message %s", k)
	}
	var l struct {
		Conversation string `dynamodbav:"conversation"`
		Email        string `dynamodbav:"email"`
		Token        string `dynamodbav:"token"`
	}
	if err := attributevalue.UnmarshalMap(out.Item, &l); err != nil {
		return conversation.MessageLink{}, internal(err)
	}
	if l.Conversation == "" {
		return conversation.MessageLink{}, notFound
	}
	return conversation.MessageLink{Key: k, Conversation: l.Conversation, Email: l.Email, Token: l.Token}, nil
}

// linkKeys are the keys of the links of c's sent emails.
func linkKeys(c *conversation.Conversation) []map[string]types.AttributeValue {
	var keys []map[string]types.AttributeValue
	seen := map[string]bool{}
	for _, snd := range c.Sends {
		for _, id := range []string{snd.ProviderID, snd.MessageID} {
			if k := conversation.MessageKey(id); k != "" && !seen[k] {
				seen[k] = true
				keys = append(keys, linkKey(k))
			}
		}
	}
	return keys
}
