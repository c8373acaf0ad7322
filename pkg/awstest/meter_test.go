package awstest

import (
	"context"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// TestMeterWriteUnits: a write is billed by the larger item, a KB a unit, and
// an index by what it holds: a keys-only index only when its keys change.
func TestMeterWriteUnits(t *testing.T) {
	emu := Start(t)
	ctx := context.Background()
	table := "meter_" + strings.ToLower(t.Name())
	str := func(n string) types.AttributeDefinition {
		return types.AttributeDefinition{AttributeName: aws.String(n), AttributeType: types.ScalarAttributeTypeS}
	}
	hash := func(n string) []types.KeySchemaElement {
		return []types.KeySchemaElement{{AttributeName: aws.String(n), KeyType: types.KeyTypeHash}}
	}
	raw := dynamodb.NewFromConfig(emu.Config())
	if _, err := raw.CreateTable(ctx, &dynamodb.CreateTableInput{
		TableName:            aws.String(table),
		BillingMode:          types.BillingModePayPerRequest,
		AttributeDefinitions: []types.AttributeDefinition{str("PK"), str("A"), str("K")},
		KeySchema:            hash("PK"),
		GlobalSecondaryIndexes: []types.GlobalSecondaryIndex{
			{IndexName: aws.String("All"), KeySchema: hash("A"), Projection: &types.Projection{ProjectionType: types.ProjectionTypeAll}},
			{IndexName: aws.String("Keys"), KeySchema: hash("K"), Projection: &types.Projection{ProjectionType: types.ProjectionTypeKeysOnly}},
		},
	}); err != nil {
		t.Fatal(err)
	}
	m := emu.Meter()
	cfg := emu.Config()
	cfg.APIOptions = append(cfg.APIOptions, m.Register)
	db := dynamodb.NewFromConfig(cfg)
	s := func(v string) types.AttributeValue { return &types.AttributeValueMemberS{Value: v} }
	put := func(k, body string) {
		t.Helper()
		if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(table), Item: map[string]types.AttributeValue{
			"PK": s("p"), "A": s("a"), "K": s(k), "body": s(body)}}); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name       string
		do         func()
		table, all float64
		keys       float64
	}{
		// 2,500 bytes of body: 3 KB; the ALL index's copy adds 100 bytes.
		{"create", func() { put("k1", strings.Repeat("x", 2500)) }, 3, 3, 1},
		{"body grows", func() { put("k1", strings.Repeat("y", 3100)) }, 4, 4, 0},
		{"same again", func() { put("k1", strings.Repeat("y", 3100)) }, 4, 0, 0},
		{"key moves", func() { put("k2", strings.Repeat("y", 3100)) }, 4, 4, 2},
		{"delete", func() {
			if _, err := db.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(table), Key: map[string]types.AttributeValue{"PK": s("p")}}); err != nil {
				t.Fatal(err)
			}
		}, 4, 4, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m.Reset()
			tt.do()
			u := m.Usage()
			if u.WriteUnits["table"] != tt.table || u.WriteUnits["All"] != tt.all || u.WriteUnits["Keys"] != tt.keys {
				t.Errorf("write units %v, want table %v, All %v, Keys %v", u.WriteUnits, tt.table, tt.all, tt.keys)
			}
		})
	}
	m.Reset()
	if _, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(table), Key: map[string]types.AttributeValue{"PK": s("p")}}); err != nil {
		t.Fatal(err)
	}
	if u := m.Usage(); u.ReadUnits["table"] != 0.5 {
		t.Errorf("an eventually consistent GetItem that finds nothing: %v read units, want 0.5", u.ReadUnits)
	}
}
