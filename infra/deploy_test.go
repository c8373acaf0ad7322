package infra_test

// Checks of the repository's template.yaml and Makefile against the code.

import (
	"bufio"
	"debug/elf"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/careerconv/careerconv/infra"
	"github.com/careerconv/careerconv/pkg/app"
	"github.com/careerconv/careerconv/pkg/app/awsenv"
	"github.com/careerconv/careerconv/pkg/mailcompose"
)

const (
	templatePath = "../template.yaml"
	makefilePath = "../Makefile"
	repoRoot     = ".."
)

// functionDirs maps each function's logical ID to its folder under functions/.
var functionDirs = map[string]string{
	"ApiFunction":      "api",
	"InboundFunction":  "inbound",
	"DispatchFunction": "dispatch",
	"FeedbackFunction": "feedback",
}

// envVars are the variables pkg/app reads; every function gets all of them but
// those in withoutEnv.
var envVars = []string{
	"CAREERCONV_TABLE", "CAREERCONV_BUCKET", "CAREERCONV_RAW_PREFIX", "CAREERCONV_SENDER",
	"CAREERCONV_INBOUND_DOMAIN", "CAREERCONV_CONFIGURATION_SET", "CAREERCONV_SCHEDULE_GROUP",
	"CAREERCONV_DISPATCH_ARN", "CAREERCONV_SCHEDULER_ROLE_ARN", "CAREERCONV_SCHEDULER_DLQ_ARN",
	"CAREERCONV_TOKEN_SECRET", "CAREERCONV_RETENTION_DAYS", "CAREERCONV_MAX_MESSAGE_BYTES",
	"CAREERCONV_INVITE_ADDRESS", "CAREERCONV_INVITE_DOMAINS",
	"CAREERCONV_ORG_NAME", "CAREERCONV_HR_CONTACT", "CAREERCONV_PRIVACY", "CAREERCONV_LOCALE",
	"CAREERCONV_SEND_RATE", "CAREERCONV_SEND_INSTANCES",
}

// withoutEnv lists the variables a function must not get. awsmail reads the
// token secret whenever CAREERCONV_TOKEN_SECRET is set, and the API may not.
// Only dispatch, whose reserved concurrency bounds its instances, paces its
// sends on a share of the SES rate (CAREERCONV_SEND_*).
var withoutEnv = map[string][]string{
	"ApiFunction":      {"CAREERCONV_TOKEN_SECRET", "CAREERCONV_SEND_RATE", "CAREERCONV_SEND_INSTANCES"},
	"FeedbackFunction": {"CAREERCONV_TOKEN_SECRET", "CAREERCONV_SEND_RATE", "CAREERCONV_SEND_INSTANCES"},
	"InboundFunction":  {"CAREERCONV_SEND_RATE", "CAREERCONV_SEND_INSTANCES"},
}

// wildcardResources lists the Allow statements (by Source and Sid) whose Resource
// may be "*" because their action cannot be scoped, each with the reason. Keep
// it empty unless template.yaml says why beside the statement.
var wildcardResources = map[string]string{}

func repoTemplate(tb testing.TB) *infra.Template {
	tb.Helper()
	tpl, err := infra.LoadTemplate(templatePath)
	if err != nil {
		tb.Fatal(err)
	}
	return tpl
}

// value returns a value of the repository template, failing if it is missing.
func value(tb testing.TB, tpl *infra.Template, id string, path ...string) string {
	tb.Helper()
	v, ok := tpl.Value(id, path...)
	if !ok {
		tb.Fatalf("%s has no %s", id, strings.Join(path, "."))
	}
	return v
}

func TestTemplateFunctions(t *testing.T) {
	tpl := repoTemplate(t)
	want := []string{"ApiFunction", "DispatchFunction", "FeedbackFunction", "InboundFunction"}
	if got := tpl.Functions(); !slices.Equal(got, want) {
		t.Fatalf("functions %q, want %q", got, want)
	}
	for _, fn := range want {
		if got, _ := tpl.Value(fn, "Metadata", "BuildMethod"); got != "makefile" {
			t.Errorf("%s BuildMethod = %q, want makefile", fn, got)
		}
		if tpl.Type(fn) != infra.TypeServerlessFunction {
			t.Errorf("%s is a %s", fn, tpl.Type(fn))
		}
	}
}

// makeTargets reads the Makefile's build-<LogicalId> rules: the target-specific
// LAMBDA variable names the folder under functions/.
func makeTargets(tb testing.TB) (dirs map[string]string, rules map[string]bool) {
	tb.Helper()
	f, err := os.Open(makefilePath)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	dirs, rules = map[string]string{}, map[string]bool{}
	varLine := regexp.MustCompile(`^(build-[A-Za-z0-9]+):\s*LAMBDA\s*=\s*(\S+)\s*$`)
	ruleLine := regexp.MustCompile(`^([A-Za-z0-9_ -]+):([^=]*)$`)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if m := varLine.FindStringSubmatch(line); m != nil {
			dirs[m[1]] = m[2]
			continue
		}
		if m := ruleLine.FindStringSubmatch(line); m != nil {
			for _, target := range strings.Fields(m[1]) {
				rules[target] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return dirs, rules
}

func TestMakefileBuildTargets(t *testing.T) {
	tpl := repoTemplate(t)
	dirs, rules := makeTargets(t)
	for _, fn := range tpl.Functions() {
		t.Run(fn, func(t *testing.T) {
			target := "build-" + fn
			if !rules[target] {
				t.Fatalf("Makefile has no rule for %s", target)
			}
			dir, ok := dirs[target]
			if !ok {
				t.Fatalf("Makefile does not set LAMBDA for %s", target)
			}
			if want := functionDirs[fn]; dir != want {
				t.Errorf("%s builds functions/%s, want functions/%s", target, dir, want)
			}
			main := filepath.Join(repoRoot, "functions", dir, "main.go")
			if _, err := os.Stat(main); err != nil {
				t.Errorf("%s builds functions/%s, which has no main.go: %v", target, dir, err)
			}
		})
	}
	for _, target := range []string{"run", "test", "test-aws", "bench", "fuzz", "lint", "build", "deploy", "clean"} {
		if !rules[target] {
			t.Errorf("Makefile has no %s target", target)
		}
	}
}

func TestMakefileBuildRecipe(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make not installed")
	}
	out := t.TempDir()
	for fn, dir := range functionDirs {
		t.Run(fn, func(t *testing.T) {
			cmd := exec.CommandContext(t.Context(), "make", "-s", "-n", "build-"+fn, "ARTIFACTS_DIR="+out)
			cmd.Dir = repoRoot
			b, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("make -n build-%s: %v\n%s", fn, err, b)
			}
			recipe := string(b)
			for _, want := range []string{"GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0", "-tags lambda.norpc", "-trimpath", "-o " + out + "/bootstrap", "./functions/" + dir} {
				if !strings.Contains(recipe, want) {
					t.Errorf("recipe lacks %q:\n%s", want, recipe)
				}
			}
		})
	}
}

func TestPolicyHygiene(t *testing.T) {
	tpl := repoTemplate(t)
	used := map[string]bool{}
	all := tpl.PolicyStatements()
	if len(all) == 0 {
		t.Fatal("no policy statements found")
	}
	for _, s := range all {
		name := s.Source + " " + s.Sid
		if s.Effect != "Allow" {
			continue // a Deny may be broad (the bucket's deny of plain HTTP is s3:*)
		}
		if s.NotAction {
			t.Errorf("%s: Allow with NotAction grants everything else", name)
		}
		for _, a := range s.Actions {
			if a == "*" || strings.HasSuffix(a, ":*") || !strings.Contains(a, ":") {
				t.Errorf("%s: action %q is not a single named action", name, a)
			}
		}
		if s.Principal == "*" || strings.Contains(s.Principal, "AWS: *") {
			t.Errorf("%s: Allow to any principal", name)
		}
		if len(s.Resources) == 0 {
			t.Errorf("%s: no Resource", name)
		}
		for _, r := range s.Resources {
			if r != "*" {
				continue
			}
			if _, ok := wildcardResources[name]; !ok {
				t.Errorf("%s: Resource \"*\" (scope it, or justify it in the template and in wildcardResources)", name)
			}
			used[name] = true
		}
	}
	for name := range wildcardResources {
		if !used[name] {
			t.Errorf("wildcardResources lists %q, which has no Resource \"*\": remove it", name)
		}
	}
	for _, fn := range tpl.Functions() {
		if p := tpl.OpaquePolicies(fn); len(p) != 0 {
			t.Errorf("%s has policies the checks cannot read (use inline statements): %q", fn, p)
		}
		if len(tpl.Statements(fn)) == 0 {
			t.Errorf("%s has no policy statements", fn)
		}
	}
}

func TestFunctionPermissions(t *testing.T) {
	tpl := repoTemplate(t)
	tests := []struct {
		function string
		allowed  []string
		denied   []string
	}{
		{
			function: "ApiFunction",
			allowed: []string{
				"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:BatchWriteItem", "dynamodb:BatchGetItem",
				"scheduler:CreateSchedule", "scheduler:DeleteSchedule", "iam:PassRole", "s3:DeleteObject",
			},
			denied: []string{
				"dynamodb:UpdateItem", "dynamodb:DeleteItem",
				"ses:SendEmail", "ses:SendRawEmail", "secretsmanager:GetSecretValue", "s3:GetObject",
				"lambda:InvokeFunction", "dynamodb:Scan", "scheduler:UpdateSchedule",
			},
		},
		{
			function: "InboundFunction",
			allowed: []string{
				"s3:GetObject", "s3:ListBucket", "dynamodb:GetItem", "dynamodb:PutItem",
				"ses:SendEmail", "secretsmanager:GetSecretValue",
				// calendar invites create, move and cancel conversations
				"scheduler:CreateSchedule", "scheduler:DeleteSchedule", "iam:PassRole",
				// a CV attached to a prep reply is kept, a replaced one deleted
				"s3:PutObject", "s3:DeleteObject",
			},
			denied: []string{
				"dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query",
				"scheduler:UpdateSchedule",
				"dynamodb:Scan", "lambda:InvokeFunction",
			},
		},
		{
			function: "DispatchFunction",
			allowed: []string{
				"dynamodb:GetItem", "dynamodb:PutItem",
				"ses:SendEmail", "secretsmanager:GetSecretValue",
				"s3:GetObject", // the CV goes with the pre-read
			},
			denied: []string{
				"dynamodb:UpdateItem", "dynamodb:DeleteItem",
				"s3:PutObject", "s3:DeleteObject", "scheduler:CreateSchedule", "scheduler:DeleteSchedule", "iam:PassRole",
				"dynamodb:Scan", "dynamodb:BatchWriteItem", "lambda:InvokeFunction",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.function, func(t *testing.T) {
			for _, a := range tt.allowed {
				if !tpl.Allowed(tt.function, a) {
					t.Errorf("%s may not call %s", tt.function, a)
				}
			}
			for _, a := range tt.denied {
				if tpl.Allowed(tt.function, a) {
					t.Errorf("%s may call %s, which it does not need", tt.function, a)
				}
			}
		})
	}
}

// statementFor returns the function's one Allow statement naming action.
func statementFor(tb testing.TB, tpl *infra.Template, function, action string) infra.Statement {
	tb.Helper()
	var found []infra.Statement
	for _, s := range tpl.Statements(function) {
		if s.Effect == "Allow" && slices.Contains(s.Actions, action) {
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		tb.Fatalf("%s: %d statements allow %s, want 1", function, len(found), action)
	}
	return found[0]
}

func TestPolicyResources(t *testing.T) {
	tpl := repoTemplate(t)
	secret := []string{"!Ref TokenSecret"}
	tests := []struct {
		function, action string
		want             []string
	}{
		{"ApiFunction", "dynamodb:Query", []string{"!GetAtt Table.Arn", "!Sub ${Table.Arn}/index/*"}},
		{"ApiFunction", "scheduler:CreateSchedule", []string{"!Sub arn:${AWS::Partition}:scheduler:${AWS::Region}:${AWS::AccountId}:schedule/${ScheduleGroup}/*"}},
		{"ApiFunction", "iam:PassRole", []string{"!GetAtt SchedulerRole.Arn"}},
		{"InboundFunction", "s3:GetObject", []string{"!Sub ${RawMailBucket.Arn}/inbound/*"}},
		{"InboundFunction", "s3:ListBucket", []string{"!GetAtt RawMailBucket.Arn"}},
		{"InboundFunction", "secretsmanager:GetSecretValue", secret},
		{"DispatchFunction", "secretsmanager:GetSecretValue", secret},
		{"DispatchFunction", "dynamodb:GetItem", []string{"!GetAtt Table.Arn"}},
		{"DispatchFunction", "s3:GetObject", []string{"!Sub ${RawMailBucket.Arn}/files/*"}},
		{"InboundFunction", "s3:PutObject", []string{"!Sub ${RawMailBucket.Arn}/files/*"}},
		{"ApiFunction", "s3:DeleteObject", []string{"!Sub ${RawMailBucket.Arn}/inbound/*", "!Sub ${RawMailBucket.Arn}/files/*"}},
	}
	for _, tt := range tests {
		t.Run(tt.function+" "+tt.action, func(t *testing.T) {
			if got := statementFor(t, tpl, tt.function, tt.action).Resources; !slices.Equal(got, tt.want) {
				t.Errorf("resources %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("PassRole only to the scheduler", func(t *testing.T) {
		s := statementFor(t, tpl, "ApiFunction", "iam:PassRole")
		if !strings.Contains(s.Condition, "iam:PassedToService: scheduler.amazonaws.com") {
			t.Errorf("condition %q", s.Condition)
		}
	})
	for _, fn := range []string{"InboundFunction", "DispatchFunction"} {
		t.Run(fn+" sends as the identity with the configuration set", func(t *testing.T) {
			got := statementFor(t, tpl, fn, "ses:SendEmail").Resources
			want := 2
			if fn == "InboundFunction" {
				want = 3 // and as the invite address, when it answers an invite
				if len(got) == 3 && (!strings.Contains(got[2], ":identity/${InviteDomain}") || !strings.HasSuffix(got[2], ":identity/${InboundDomain}]")) {
					t.Errorf("invite answers' identity %q", got[2])
				}
			}
			if len(got) != want || !strings.HasSuffix(got[0], ":identity/${SendingDomain}") || !strings.HasSuffix(got[1], ":configuration-set/${ConfigurationSet}") {
				t.Errorf("ses:SendEmail resources %q", got)
			}
		})
	}
}

func TestSchedulerRole(t *testing.T) {
	tpl := repoTemplate(t)
	var actions []string
	var invoke []string
	for _, s := range tpl.PolicyStatements() {
		if !strings.HasPrefix(s.Source, "SchedulerRole ") {
			continue
		}
		actions = append(actions, s.Actions...)
		if slices.Contains(s.Actions, "lambda:InvokeFunction") {
			invoke = s.Resources
		}
	}
	slices.Sort(actions)
	if want := []string{"lambda:InvokeFunction", "sqs:SendMessage"}; !slices.Equal(actions, want) {
		t.Errorf("scheduler role actions %q, want %q", actions, want)
	}
	// The role, the function's name and CAREERCONV_DISPATCH_ARN must name the same
	// function: its live alias, and (for schedules made before the alias) the function.
	name := strings.TrimPrefix(value(t, tpl, "DispatchFunction", "Properties", "FunctionName"), "!Sub ")
	if len(invoke) != 2 || !strings.HasSuffix(invoke[0], ":function:"+name+":live") || !strings.HasSuffix(invoke[1], ":function:"+name) {
		t.Errorf("scheduler role invokes %q, not the dispatch function %q and its live alias", invoke, name)
	}
	if arn := tpl.Environment("ApiFunction")["CAREERCONV_DISPATCH_ARN"]; len(invoke) == 0 || arn != invoke[0] {
		t.Errorf("CAREERCONV_DISPATCH_ARN %q, scheduler role resources %q: want the live alias of the dispatch function", arn, invoke)
	}
	trust := func(path ...string) string {
		return value(t, tpl, "SchedulerRole", append([]string{"Properties", "AssumeRolePolicyDocument", "Statement", "0"}, path...)...)
	}
	if got := trust("Principal", "Service"); got != "scheduler.amazonaws.com" {
		t.Errorf("trusted principal %q", got)
	}
	if got := trust("Condition", "StringEquals", "aws:SourceAccount"); got != "!Ref AWS::AccountId" {
		t.Errorf("trust condition aws:SourceAccount = %q", got)
	}
	if got := value(t, tpl, "ApiFunction", "Properties", "FunctionUrlConfig", "AuthType"); got != "AWS_IAM" {
		t.Errorf("API Function URL AuthType %q, want AWS_IAM", got)
	}
}

// TestOrganisationParameters: the organisation's settings are stack parameters
// passed to every function; their defaults are the code's (so the console shows
// what the emails say) and pass the check the functions make at start, and
// their patterns refuse what that check refuses.
func TestOrganisationParameters(t *testing.T) {
	raw, err := os.ReadFile(templatePath)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Parameters map[string]struct {
			Default        string `yaml:"Default"`
			AllowedPattern string `yaml:"AllowedPattern"`
		} `yaml:"Parameters"`
	}
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	tpl := repoTemplate(t)
	params := map[string]string{ // variable → parameter
		"CAREERCONV_ORG_NAME": "OrgName", "CAREERCONV_HR_CONTACT": "HRContact",
		"CAREERCONV_PRIVACY": "PrivacyStatement", "CAREERCONV_LOCALE": "Locale",
	}
	env := map[string]string{"CAREERCONV_TABLE": "t", "CAREERCONV_SENDER": "cc <cc@mail.example.com>", "CAREERCONV_INBOUND_DOMAIN": "reply.example.com"}
	for name, param := range params {
		for _, fn := range tpl.Functions() {
			if got := tpl.Environment(fn)[name]; got != "!Ref "+param {
				t.Errorf("%s: %s = %q, want !Ref %s", fn, name, got, param)
			}
		}
		p, ok := doc.Parameters[param]
		if !ok {
			t.Fatalf("no parameter %s", param)
		}
		pattern, err := regexp.Compile(p.AllowedPattern)
		if err != nil {
			t.Fatalf("%s: AllowedPattern %q: %v", param, p.AllowedPattern, err)
		}
		if !pattern.MatchString(p.Default) {
			t.Errorf("%s: the default %q does not match its AllowedPattern", param, p.Default)
		}
		for _, bad := range []string{"", "two\nlines", strings.Repeat("x", 301)} {
			if pattern.MatchString(bad) {
				t.Errorf("%s: AllowedPattern accepts %q", param, bad)
			}
		}
		env[name] = p.Default
	}
	cfg, err := app.FromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatalf("the defaults do not pass the functions' check: %v", err)
	}
	want := awsenv.Organisation{Name: mailcompose.DefaultOrganisation, HRContact: mailcompose.DefaultHRContact,
		Privacy: mailcompose.DefaultPrivacy, Locale: mailcompose.DefaultLocale}
	if cfg.Org != want {
		t.Errorf("the parameters' defaults give %+v, want the code's defaults %+v", cfg.Org, want)
	}
}

func TestEnvironmentVariables(t *testing.T) {
	tpl := repoTemplate(t)
	for _, fn := range tpl.Functions() {
		env := tpl.Environment(fn)
		for _, name := range envVars {
			switch without := slices.Contains(withoutEnv[fn], name); {
			case without && env[name] != "":
				t.Errorf("%s: %s is set, and its policy does not allow what the code then does", fn, name)
			case !without && env[name] == "":
				t.Errorf("%s: %s is not set", fn, name)
			}
		}
		if env["CAREERCONV_TOKEN_SECRET"] != "" && !tpl.Allowed(fn, "secretsmanager:GetSecretValue") {
			t.Errorf("%s: CAREERCONV_TOKEN_SECRET is set, so it reads the secret, but may not", fn)
		}
		for name := range env {
			if !slices.Contains(envVars, name) {
				t.Errorf("%s: %s is set but no code reads it (add it to envVars if it does)", fn, name)
			}
		}
	}
	// The raw-mail prefix is written in five places; they must agree.
	prefix := tpl.Environment("InboundFunction")["CAREERCONV_RAW_PREFIX"]
	if !strings.HasSuffix(prefix, "/") {
		t.Errorf("CAREERCONV_RAW_PREFIX %q should end in /", prefix)
	}
	same := map[string]string{
		"receipt rule S3 action": value(t, tpl, "ReceiptRule", "Properties", "Rule", "Actions", "0", "S3Action", "ObjectKeyPrefix"),
		"bucket lifecycle":       value(t, tpl, "RawMailBucket", "Properties", "LifecycleConfiguration", "Rules", "0", "Prefix"),
		"bucket policy":          prefixOf(value(t, tpl, "RawMailBucketPolicy", "Properties", "PolicyDocument", "Statement", "0", "Resource")),
		"inbound GetObject":      prefixOf(statementFor(t, tpl, "InboundFunction", "s3:GetObject").Resources[0]),
	}
	for where, p := range same {
		if p != prefix {
			t.Errorf("%s uses prefix %q, CAREERCONV_RAW_PREFIX is %q", where, p, prefix)
		}
	}
}

// prefixOf returns the key prefix of "!Sub ${RawMailBucket.Arn}/<prefix>*".
func prefixOf(resource string) string {
	_, after, _ := strings.Cut(resource, "${RawMailBucket.Arn}/")
	return strings.TrimSuffix(after, "*")
}

func TestInboundMailPath(t *testing.T) {
	tpl := repoTemplate(t)
	rule := func(path ...string) string {
		return value(t, tpl, "ReceiptRule", append([]string{"Properties", "Rule"}, path...)...)
	}
	checks := map[string][2]string{
		"scan":            {rule("ScanEnabled"), "true"},
		"TLS":             {rule("TlsPolicy"), "Require"},
		"enabled":         {rule("Enabled"), "true"},
		"recipients":      {rule("Recipients"), "[!Ref InboundDomain, !If [HasInviteAddress, !Ref InviteAddress, !Ref AWS::NoValue]]"},
		"S3 bucket":       {rule("Actions", "0", "S3Action", "BucketName"), "!Ref RawMailBucket"},
		"Lambda function": {rule("Actions", "1", "LambdaAction", "FunctionArn"), "!Ref InboundFunction.Alias"},
		"Lambda async":    {rule("Actions", "1", "LambdaAction", "InvocationType"), "Event"},
		"rule set":        {value(t, tpl, "ReceiptRule", "Properties", "RuleSetName"), "!Ref ReceiptRuleSet"},
		"SES principal":   {value(t, tpl, "InboundSesPermission", "Properties", "Principal"), "ses.amazonaws.com"},
		"SES account":     {value(t, tpl, "InboundSesPermission", "Properties", "SourceAccount"), "!Ref AWS::AccountId"},
		"permission":      {value(t, tpl, "InboundSesPermission", "Properties", "FunctionName"), "!Ref InboundFunction.Alias"},
	}
	for name, c := range checks {
		if c[0] != c[1] {
			t.Errorf("%s: %q, want %q", name, c[0], c[1])
		}
	}
	if n := len(tpl.Values("ReceiptRule", "Properties", "Rule", "Actions")); n != 2 {
		t.Errorf("%d receipt actions, want S3 then Lambda", n)
	}
	deps := tpl.Values("ReceiptRule", "DependsOn")
	for _, want := range []string{"RawMailBucketPolicy", "InboundSesPermission"} {
		if !slices.Contains(deps, want) {
			t.Errorf("ReceiptRule does not depend on %s (SES checks its access when the rule is created)", want)
		}
	}
	// The rule's ARN is written out in two policies; it must be the rule's.
	ruleSet := strings.TrimPrefix(value(t, tpl, "ReceiptRuleSet", "Properties", "RuleSetName"), "!Sub ")
	ruleARN := ":receipt-rule-set/" + ruleSet + ":receipt-rule/" + rule("Name")
	for where, arn := range map[string]string{
		"bucket policy":     value(t, tpl, "RawMailBucketPolicy", "Properties", "PolicyDocument", "Statement", "0", "Condition", "StringEquals", "aws:SourceArn"),
		"lambda permission": value(t, tpl, "InboundSesPermission", "Properties", "SourceArn"),
	} {
		if !strings.HasSuffix(arn, ruleARN) {
			t.Errorf("%s names %q, not the receipt rule (…%s)", where, arn, ruleARN)
		}
	}
	bp := func(path ...string) string {
		return value(t, tpl, "RawMailBucketPolicy", append([]string{"Properties", "PolicyDocument", "Statement"}, path...)...)
	}
	if bp("0", "Principal", "Service") != "ses.amazonaws.com" || bp("0", "Action") != "s3:PutObject" || bp("0", "Condition", "StringEquals", "aws:SourceAccount") != "!Ref AWS::AccountId" {
		t.Errorf("bucket policy statement 0 does not limit writes to SES from this account: %s", bp("0"))
	}
	if bp("1", "Effect") != "Deny" || bp("1", "Condition", "Bool", "aws:SecureTransport") != "false" {
		t.Errorf("bucket policy statement 1 does not deny plain HTTP: %s", bp("1"))
	}
	for _, fn := range []string{"InboundFunction", "DispatchFunction"} {
		if got := value(t, tpl, fn, "Properties", "DeadLetterQueue", "Type"); got != "SQS" {
			t.Errorf("%s dead-letter queue type %q", fn, got)
		}
		if got, _ := tpl.Value(fn, "Properties", "EventInvokeConfig", "MaximumRetryAttempts"); got != "2" {
			t.Errorf("%s MaximumRetryAttempts %q, want 2", fn, got)
		}
	}
}

func TestDataAtRest(t *testing.T) {
	tpl := repoTemplate(t)
	checks := []struct {
		id   string
		path string
		want string
	}{
		{"Table", "DeletionPolicy", "Retain"},
		{"Table", "UpdateReplacePolicy", "Retain"},
		{"Table", "Properties/BillingMode", "PAY_PER_REQUEST"},
		{"Table", "Properties/KeySchema", "[{AttributeName: PK, KeyType: HASH}, {AttributeName: SK, KeyType: RANGE}]"},
		{"Table", "Properties/GlobalSecondaryIndexes/0/IndexName", "GSI1"},
		{"Table", "Properties/GlobalSecondaryIndexes/0/KeySchema", "[{AttributeName: GSI1PK, KeyType: HASH}, {AttributeName: GSI1SK, KeyType: RANGE}]"},
		{"Table", "Properties/GlobalSecondaryIndexes/0/Projection/ProjectionType", "KEYS_ONLY"},
		{"Table", "Properties/GlobalSecondaryIndexes/1/IndexName", "GSI2"},
		{"Table", "Properties/GlobalSecondaryIndexes/1/KeySchema", "[{AttributeName: GSI2PK, KeyType: HASH}, {AttributeName: GSI2SK, KeyType: RANGE}]"},
		{"Table", "Properties/GlobalSecondaryIndexes/1/Projection/ProjectionType", "KEYS_ONLY"},
		{"Table", "Properties/TimeToLiveSpecification", "{AttributeName: expiresAt, Enabled: true}"},
		{"Table", "Properties/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled", "true"},
		{"Table", "Properties/SSESpecification/SSEEnabled", "true"},
		{"RawMailBucket", "Properties/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm", "AES256"},
		{"RawMailBucket", "Properties/PublicAccessBlockConfiguration", "{BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true}"},
		{"RawMailBucket", "Properties/LifecycleConfiguration/Rules/0/ExpirationInDays", "!Ref RawMailExpiryDays"},
		{"TokenSecret", "Properties/GenerateSecretString", `{SecretStringTemplate: {"current":"1"}, GenerateStringKey: 1, PasswordLength: 48, ExcludePunctuation: true}`},
		{"ConfigurationSet", "Properties/DeliveryOptions/TlsPolicy", "REQUIRE"},
	}
	for _, c := range checks {
		t.Run(c.id+"/"+c.path, func(t *testing.T) {
			if got := value(t, tpl, c.id, strings.Split(c.path, "/")...); got != c.want {
				t.Errorf("%q, want %q", got, c.want)
			}
		})
	}
	queues := tpl.Resources("AWS::SQS::Queue")
	if len(queues) != 4 {
		t.Errorf("queues %q, want the inbound, dispatch, scheduler and feedback dead-letter queues", queues)
	}
	for _, q := range queues {
		if got, _ := tpl.Value(q, "Properties", "SqsManagedSseEnabled"); got != "true" {
			t.Errorf("%s SqsManagedSseEnabled = %q", q, got)
		}
	}
}

func TestCFNLint(t *testing.T) {
	bin, err := exec.LookPath("cfn-lint")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("cfn-lint not found: install cfn-lint (pip install cfn-lint)")
		}
		t.Skip("cfn-lint not found: install cfn-lint (pip install cfn-lint)")
	}
	cmd := exec.CommandContext(t.Context(), bin, "--", "template.yaml")
	cmd.Dir = repoRoot
	out, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit) && exit.ExitCode() == 8:
		t.Logf("cfn-lint informational findings:\n%s", out) // 8: informational only
	default:
		t.Errorf("cfn-lint template.yaml: %v\n%s", err, out)
	}
}

func TestBuildDispatchFunction(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-compiles a Lambda bootstrap")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make not installed")
	}
	out := t.TempDir()
	cmd := exec.CommandContext(t.Context(), "make", "build-DispatchFunction", "ARTIFACTS_DIR="+out)
	cmd.Dir = repoRoot
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make build-DispatchFunction: %v\n%s", err, b)
	}
	path := filepath.Join(out, "bootstrap")
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("bootstrap: %d bytes (%.1f MiB)", info.Size(), float64(info.Size())/(1<<20))
	f, err := elf.Open(path)
	if err != nil {
		t.Fatalf("bootstrap is not an ELF file: %v", err)
	}
	defer f.Close()
	if f.Machine != elf.EM_AARCH64 || f.Class != elf.ELFCLASS64 || f.Type != elf.ET_EXEC {
		t.Errorf("bootstrap is %v %v %v, want an arm64 64-bit executable", f.Machine, f.Class, f.Type)
	}
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Error("bootstrap is dynamically linked; want CGO_ENABLED=0")
		}
	}
	if info.Mode()&0o111 == 0 {
		t.Errorf("bootstrap mode %v is not executable", info.Mode())
	}
}
