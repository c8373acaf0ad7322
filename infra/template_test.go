package infra_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/careerconv/careerconv/infra"
)

// parse parses an inline template, failing the test on error.
func parse(tb testing.TB, src string) *infra.Template {
	tb.Helper()
	tpl, err := infra.ParseTemplate([]byte(src))
	if err != nil {
		tb.Fatalf("ParseTemplate: %v", err)
	}
	return tpl
}

func TestParseTemplateErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"empty", "", "not a mapping"},
		{"a list", "- a\n- b\n", "not a mapping"},
		{"bad YAML", "Resources: [\n", "parse YAML"},
		{"no resources", "Parameters: {}\n", "no Resources"},
		{"empty resources", "Resources: {}\n", "no Resources"},
		{"resource not a mapping", "Resources:\n  A: 1\n", "resource A is not a mapping"},
		{"resource without type", "Resources:\n  A:\n    Properties: {}\n", "resource A has no Type"},
		{"duplicate resource", "Resources:\n  A: {Type: X}\n  A: {Type: Y}\n", "resource A is defined twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := infra.ParseTemplate([]byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ParseTemplate error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestLoadTemplate(t *testing.T) {
	dir := t.TempDir()
	if _, err := infra.LoadTemplate(filepath.Join(dir, "missing.yaml")); err == nil || !strings.Contains(err.Error(), "read template") {
		t.Errorf("missing file: err = %v", err)
	}
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("Resources: {}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := infra.LoadTemplate(bad); err == nil || !strings.Contains(err.Error(), bad) {
		t.Errorf("bad template: err = %v, want one naming the file", err)
	}
}

const intrinsicsTemplate = `
Resources:
  Thing:
    Type: Custom::Thing
    Properties:
      Ref: !Ref Table
      RefLong: {Ref: Table}
      GetAtt: !GetAtt Table.Arn
      GetAttList: !GetAtt [Table, Arn]
      GetAttLong: {"Fn::GetAtt": [Table, Arn]}
      Sub: !Sub arn:${AWS::Partition}:s3:::${Bucket}/*
      SubList: !Sub ["${A}-x", {A: !Ref Name}]
      If: !If [IsProd, !Ref A, !Ref "AWS::NoValue"]
      Join: !Join [",", [a, !Ref B]]
      Anchored: &anchor plain
      Alias: *anchor
      List: [one, !Ref Two]
      Scalar: just
`

func TestValueRendersIntrinsics(t *testing.T) {
	tpl := parse(t, intrinsicsTemplate)
	tests := []struct{ path, want string }{
		{"Ref", "!Ref Table"},
		{"RefLong", "!Ref Table"},
		{"GetAtt", "!GetAtt Table.Arn"},
		{"GetAttList", "!GetAtt Table.Arn"},
		{"GetAttLong", "!GetAtt Table.Arn"},
		{"Sub", "!Sub arn:${AWS::Partition}:s3:::${Bucket}/*"},
		{"SubList", "!Sub [${A}-x, {A: !Ref Name}]"},
		{"If", "!If [IsProd, !Ref A, !Ref AWS::NoValue]"},
		{"Join", "!Join [,, [a, !Ref B]]"},
		{"Alias", "plain"},
		{"List", "[one, !Ref Two]"},
		{"List/1", "!Ref Two"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			path := append([]string{"Properties"}, strings.Split(tt.path, "/")...)
			got, ok := tpl.Value("Thing", path...)
			if !ok || got != tt.want {
				t.Errorf("Value(%q) = %q, %v; want %q", tt.path, got, ok, tt.want)
			}
		})
	}
	t.Run("missing", func(t *testing.T) {
		for _, path := range [][]string{{"Properties", "Nope"}, {"Properties", "List", "2"}, {"Properties", "List", "x"}, {"Properties", "Scalar", "deeper"}} {
			if got, ok := tpl.Value("Thing", path...); ok {
				t.Errorf("Value(%q) = %q, want not found", path, got)
			}
		}
		if _, ok := tpl.Value("NoSuchResource", "Type"); ok {
			t.Error("Value on a missing resource found something")
		}
	})
	t.Run("values", func(t *testing.T) {
		if got := tpl.Values("Thing", "Properties", "List"); !slices.Equal(got, []string{"one", "!Ref Two"}) {
			t.Errorf("Values(List) = %q", got)
		}
		if got := tpl.Values("Thing", "Properties", "Scalar"); !slices.Equal(got, []string{"just"}) {
			t.Errorf("Values(Scalar) = %q", got)
		}
		if got := tpl.Values("Thing", "Properties", "If"); len(got) != 1 {
			t.Errorf("Values(If) = %q: an intrinsic is one value, not a list", got)
		}
		if got := tpl.Values("Thing", "Properties", "Nope"); got != nil {
			t.Errorf("Values(Nope) = %q", got)
		}
	})
}

const policyTemplate = `
Globals:
  Function:
    Environment:
      Variables:
        SHARED: !Ref Table
        OVERRIDDEN: global
Resources:
  Reader:
    Type: AWS::Serverless::Function
    Properties:
      Environment:
        Variables:
          OVERRIDDEN: local
          OWN: "1"
      Policies:
        - Statement:
            - Effect: Allow
              Action: dynamodb:GetItem
              Resource: !GetAtt Table.Arn
            - Effect: Allow
              Action: [s3:Get*, "sqs:Send?essage"]
              Resource: ["arn:aws:s3:::b/*", !GetAtt Queue.Arn]
            - Effect: Allow
              Action: Lambda:InvokeFunction
              Resource: arn:aws:lambda:us-east-1:1:function:f
            - Effect: Deny
              Action: s3:GetObjectAcl
              Resource: "*"
        - AmazonS3ReadOnlyAccess
        - DynamoDBReadPolicy: {TableName: !Ref Table}
  Broad:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - Statement:
            Effect: Allow
            NotAction: [iam:*, sts:*]
            Resource: arn:aws:logs:*:*:*
  Plain:
    Type: AWS::Lambda::Function
    Properties: {}
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - {Effect: Allow, Action: lambda:InvokeFunction, Resource: !GetAtt Reader.Arn}
  BucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Service: ses.amazonaws.com}
            Action: s3:PutObject
            Resource: arn:aws:s3:::b/*
            Condition: {StringEquals: {aws:SourceAccount: !Ref AWS::AccountId}}
  Table:
    Type: AWS::DynamoDB::Table
`

func TestAllowed(t *testing.T) {
	tpl := parse(t, policyTemplate)
	tests := []struct {
		function, action string
		want             bool
	}{
		{"Reader", "dynamodb:GetItem", true},
		{"Reader", "DynamoDB:getitem", true},      // IAM actions are case-insensitive
		{"Reader", "dynamodb:GetItemX", false},    // no prefix matching
		{"Reader", "dynamodb:PutItem", false},     // not named
		{"Reader", "s3:GetObject", true},          // s3:Get*
		{"Reader", "s3:GetObjectAcl", false},      // explicit Deny wins
		{"Reader", "sqs:SendMessage", true},       // ? matches one character
		{"Reader", "sqs:SendMessageBatch", false}, // ? is one character only
		{"Reader", "lambda:InvokeFunction", true},
		{"Reader", "logs:PutLogEvents", false},
		{"Broad", "logs:PutLogEvents", true}, // NotAction [iam:*, sts:*] allows the rest
		{"Broad", "iam:PassRole", false},     // excluded by NotAction
		{"Plain", "dynamodb:GetItem", false}, // no policies
		{"Role", "lambda:InvokeFunction", false},
		{"Table", "dynamodb:GetItem", false},
		{"Missing", "dynamodb:GetItem", false},
	}
	for _, tt := range tests {
		t.Run(tt.function+" "+tt.action, func(t *testing.T) {
			if got := tpl.Allowed(tt.function, tt.action); got != tt.want {
				t.Errorf("Allowed(%q, %q) = %v, want %v", tt.function, tt.action, got, tt.want)
			}
		})
	}
}

func TestStatements(t *testing.T) {
	tpl := parse(t, policyTemplate)
	if got, want := tpl.Functions(), []string{"Broad", "Plain", "Reader"}; !slices.Equal(got, want) {
		t.Errorf("Functions() = %q, want %q", got, want)
	}
	st := tpl.Statements("Reader")
	if len(st) != 4 {
		t.Fatalf("%d statements, want 4: %+v", len(st), st)
	}
	if s := st[1]; s.Source != "Reader Policies[0]" || !slices.Equal(s.Resources, []string{"arn:aws:s3:::b/*", "!GetAtt Queue.Arn"}) {
		t.Errorf("statement 1 = %+v", s)
	}
	if s := tpl.Statements("Broad"); len(s) != 1 || s[0].Source != "Broad Policies[0]" || !s[0].NotAction || !slices.Equal(s[0].Actions, []string{"iam:*", "sts:*"}) {
		t.Errorf("Broad statements = %+v, want the one NotAction statement", s)
	}
	if got, want := tpl.OpaquePolicies("Reader"), []string{"AmazonS3ReadOnlyAccess", "{DynamoDBReadPolicy: {TableName: !Ref Table}}"}; !slices.Equal(got, want) {
		t.Errorf("OpaquePolicies = %q, want %q", got, want)
	}
	if tpl.Statements("Table") != nil || tpl.OpaquePolicies("Missing") != nil {
		t.Error("statements for something that is not a function")
	}

	all := tpl.PolicyStatements()
	sources := map[string]int{}
	for _, s := range all {
		sources[strings.Fields(s.Source)[0]]++
	}
	if sources["Reader"] != 4 || sources["Broad"] != 1 || sources["Role"] != 1 || sources["BucketPolicy"] != 1 || len(sources) != 4 {
		t.Errorf("PolicyStatements sources = %v", sources)
	}
	bp := all[len(all)-1]
	if bp.Principal != "{Service: ses.amazonaws.com}" || !strings.Contains(bp.Condition, "aws:SourceAccount: !Ref AWS::AccountId") {
		t.Errorf("bucket policy statement = %+v", bp)
	}
}

func TestEnvironment(t *testing.T) {
	tpl := parse(t, policyTemplate)
	want := map[string]string{"SHARED": "!Ref Table", "OVERRIDDEN": "local", "OWN": "1"}
	got := tpl.Environment("Reader")
	if len(got) != len(want) {
		t.Errorf("Environment = %v, want %v", got, want)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	if got := tpl.Environment("Plain"); got["SHARED"] != "!Ref Table" || got["OWN"] != "" {
		t.Errorf("Plain sees %v, want only the globals", got)
	}
	if tpl.Environment("Table") != nil {
		t.Error("a table has no environment")
	}
}
