package awstest

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

func TestMain(m *testing.M) { Main(m) }

func TestStartIsSharedAndServes(t *testing.T) {
	emu := Start(t)
	if again := Start(t); again != emu {
		t.Fatalf("second Start returned another emulator: %s vs %s", again.Endpoint(), emu.Endpoint())
	}
	if !strings.HasPrefix(emu.Endpoint(), "http://127.0.0.1:") {
		t.Errorf("Endpoint() = %q, want loopback", emu.Endpoint())
	}
	resp, err := http.Get(emu.Endpoint() + "/moto-api/data.json")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("data.json: %s", resp.Status)
	}
}

func TestCounterCountsOperations(t *testing.T) {
	emu := Start(t)
	ctx := context.Background()
	cfg := emu.Config()
	calls := emu.Counter()
	cfg.APIOptions = append(cfg.APIOptions, calls.Register)
	db := dynamodb.NewFromConfig(cfg)

	table := "counter_" + strings.ToLower(strings.ReplaceAll(t.Name(), "/", "_"))
	if _, err := db.CreateTable(ctx, &dynamodb.CreateTableInput{
		TableName:            aws.String(table),
		BillingMode:          types.BillingModePayPerRequest,
		AttributeDefinitions: []types.AttributeDefinition{{AttributeName: aws.String("PK"), AttributeType: types.ScalarAttributeTypeS}},
		KeySchema:            []types.KeySchemaElement{{AttributeName: aws.String("PK"), KeyType: types.KeyTypeHash}},
	}); err != nil {
		t.Fatalf("create table: %v", err)
	}
	for range 2 {
		if _, err := db.GetItem(ctx, &dynamodb.GetItemInput{
			TableName: aws.String(table),
			Key:       map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: "x"}},
		}); err != nil {
			t.Fatalf("get item: %v", err)
		}
	}
	tests := []struct {
		service, op string
		want        int
	}{
		{"DynamoDB", "CreateTable", 1},
		{"DynamoDB", "GetItem", 2},
		{"DynamoDB", "PutItem", 0},
	}
	for _, tt := range tests {
		t.Run(tt.op, func(t *testing.T) {
			if got := calls.Count(tt.service, tt.op); got != tt.want {
				t.Errorf("Count(%s, %s) = %d, want %d (all: %s)", tt.service, tt.op, got, tt.want, calls)
			}
		})
	}
	if got, want := calls.String(), "DynamoDB.CreateTable=1 DynamoDB.GetItem=2"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if calls.Total() != 3 {
		t.Errorf("Total() = %d, want 3", calls.Total())
	}
	calls.Reset()
	if calls.Total() != 0 {
		t.Errorf("Total() after Reset = %d, want 0", calls.Total())
	}
}

func TestResetClearsStateAndDataShowsIt(t *testing.T) {
	emu := Start(t)
	ctx := context.Background()
	db := dynamodb.NewFromConfig(emu.Config())
	const table = "reset_probe"
	if _, err := db.CreateTable(ctx, &dynamodb.CreateTableInput{
		TableName:            aws.String(table),
		BillingMode:          types.BillingModePayPerRequest,
		AttributeDefinitions: []types.AttributeDefinition{{AttributeName: aws.String("PK"), AttributeType: types.ScalarAttributeTypeS}},
		KeySchema:            []types.KeySchemaElement{{AttributeName: aws.String("PK"), KeyType: types.KeyTypeHash}},
	}); err != nil {
		t.Fatalf("create table: %v", err)
	}
	if _, ok := emu.Data(t)["dynamodb"]; !ok {
		t.Errorf("Data() has no dynamodb state after CreateTable")
	}
	emu.Reset(t)
	out, err := db.ListTables(ctx, &dynamodb.ListTablesInput{})
	if err != nil {
		t.Fatalf("list tables: %v", err)
	}
	for _, name := range out.TableNames {
		if name == table {
			t.Errorf("table %s survived Reset", table)
		}
	}
}

// TestStartWithoutServer runs this binary again without moto_server on PATH and
// checks that Start skips the test, or fails it under CI=true.
func TestStartWithoutServer(t *testing.T) {
	if os.Getenv("AWSTEST_CHILD") == "1" {
		Start(t)
		t.Log("Start returned without a server")
		return
	}
	tests := []struct {
		name, ci, want string
	}{
		{"skipsLocally", "", "--- SKIP"},
		{"failsUnderCI", "true", "--- FAIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestStartWithoutServer$", "-test.v")
			cmd.Env = append(os.Environ(), "AWSTEST_CHILD=1", "PATH="+t.TempDir(), "CI="+tt.ci)
			out, _ := cmd.CombinedOutput()
			if !strings.Contains(string(out), tt.want) || !strings.Contains(string(out), NotFoundMessage) {
				t.Errorf("child output lacks %q and %q:\n%s", tt.want, NotFoundMessage, out)
			}
		})
	}
}

func TestStartWithoutServerOnPath(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if _, err := start(); !errors.Is(err, errNotFound) {
		t.Fatalf("start() without moto_server = %v, want %v", err, errNotFound)
	}
	if !strings.Contains(NotFoundMessage, "pip install 'moto[server]>=5'") {
		t.Errorf("message does not say how to install: %q", NotFoundMessage)
	}
}
