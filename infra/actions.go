package infra

import "strings"

// iamPrefixes maps AWS SDK for Go v2 service IDs (each client's ServiceID, also
// what middleware.GetServiceID reports) to IAM service prefixes.
var iamPrefixes = map[string]string{
	"DynamoDB":        "dynamodb",
	"SESv2":           "ses",
	"SES":             "ses",
	"Scheduler":       "scheduler",
	"S3":              "s3",
	"Secrets Manager": "secretsmanager",
	"SQS":             "sqs",
	"SSM":             "ssm",
	"Lambda":          "lambda",
}

// extraActions lists the operations whose IAM actions are not (only) the
// operation's own name.
var extraActions = map[string][]string{
	// CreateSchedule and UpdateSchedule hand the target's execution role to the scheduler.
	"scheduler:CreateSchedule": {"scheduler:CreateSchedule", "iam:PassRole"},
	"scheduler:UpdateSchedule": {"scheduler:UpdateSchedule", "iam:PassRole"},
	"s3:HeadObject":            {"s3:GetObject"},
	// Without s3:ListBucket, S3 answers AccessDenied for a missing key instead of NoSuchKey.
	"s3:GetObject":     {"s3:GetObject", "s3:ListBucket"},
	"s3:ListObjectsV2": {"s3:ListBucket"},
	// IAM authorizes a transaction by the action of each item it holds; the one
	// careerconv writes (Store.Update with message links) holds Puts only.
	"dynamodb:TransactWriteItems": {"dynamodb:PutItem"},
}

// IAMActions returns the IAM actions an AWS SDK call needs, given the client's
// service ID ("DynamoDB", "SESv2", "Secrets Manager") and the operation name
// ("GetItem", "SendEmail"), so a test that records the calls a function makes
// can check each with Allowed. ok is false for a service it does not know and
// for DynamoDB transactions, whose actions are those of the items they hold
// (PutItem, UpdateItem, DeleteItem, ConditionCheckItem, GetItem), but for
// TransactWriteItems: careerconv's hold Puts only (see extraActions).
func IAMActions(serviceID, operation string) (actions []string, ok bool) {
	prefix, known := iamPrefixes[serviceID]
	if !known || operation == "" || strings.ContainsAny(operation, ":* ") {
		return nil, false
	}
	action := prefix + ":" + operation
	if extra, found := extraActions[action]; found {
		return append([]string(nil), extra...), true
	}
	if prefix == "dynamodb" && strings.HasPrefix(operation, "Transact") {
		return nil, false
	}
	return []string{action}, true
}
