package dynamo

import (
	"context"
	"errors"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// CreateTable creates the table a Store needs, for tests and local tooling
// (template.yaml declares the same for AWS): PK/SK keys, GSI1, GSI2 and GSI3
// projecting their keys only, on-demand billing, encryption at rest, and TTL on expiresAt. It waits until
// the table is active. A table of that name existing already is ECONFLICT.
func CreateTable(ctx context.Context, client *dynamodb.Client, name string) error {
	str := func(n string) types.AttributeDefinition {
		return types.AttributeDefinition{AttributeName: aws.String(n), AttributeType: types.ScalarAttributeTypeS}
	}
	keys := func(hash, rng string) []types.KeySchemaElement {
		return []types.KeySchemaElement{
			{AttributeName: aws.String(hash), KeyType: types.KeyTypeHash},
			{AttributeName: aws.String(rng), KeyType: types.KeyTypeRange},
		}
	}
	keysOnly := &types.Projection{ProjectionType: types.ProjectionTypeKeysOnly}
	_, err := client.CreateTable(ctx, &dynamodb.CreateTableInput{
		TableName:   aws.String(name),
		BillingMode: types.BillingModePayPerRequest,
		AttributeDefinitions: []types.AttributeDefinition{
			str(AttrPK), str(AttrSK), str(AttrGSI1PK), str(AttrGSI1SK), str(AttrGSI2PK), str(AttrGSI2SK),
			str(AttrGSI3PK), str(AttrGSI3SK),
		},
		KeySchema: keys(AttrPK, AttrSK),
		GlobalSecondaryIndexes: []types.GlobalSecondaryIndex{
			{IndexName: aws.String(IndexEmployee), KeySchema: keys(AttrGSI1PK, AttrGSI1SK), Projection: keysOnly},
			{IndexName: aws.String(IndexManager), KeySchema: keys(AttrGSI2PK, AttrGSI2SK), Projection: keysOnly},
			{IndexName: aws.String(IndexStatus), KeySchema: keys(AttrGSI3PK, AttrGSI3SK), Projection: keysOnly},
		},
		SSESpecification: &types.SSESpecification{Enabled: aws.Bool(true)},
	})
	var inUse *types.ResourceInUseException
	if errors.As(err, &inUse) {
		return &conversation.Error{Code: conversation.ECONFLICT, Message: "Table " + name + " exists already.", Err: err}
	}
	if err != nil {
		return classify(err, "create table %s", name)
	}
	waiter := dynamodb.NewTableExistsWaiter(client, func(o *dynamodb.TableExistsWaiterOptions) {
		o.MinDelay, o.MaxDelay = 200*time.Millisecond, 5*time.Second
	})
	if err := waiter.Wait(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(name)}, 5*time.Minute); err != nil {
		return classify(err, "wait for table %s", name)
	}
	if _, err := client.UpdateTimeToLive(ctx, &dynamodb.UpdateTimeToLiveInput{
		TableName: aws.String(name),
		TimeToLiveSpecification: &types.TimeToLiveSpecification{
			AttributeName: aws.String(AttrExpiresAt),
			Enabled:       aws.Bool(true),
		},
	}); err != nil {
		return classify(err, "enable TTL on table %s", name)
	}
	return nil
}
