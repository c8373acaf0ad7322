package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/mail"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/scheduler"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/careerconv/careerconv/infra"
	"github.com/careerconv/careerconv/pkg/awstest"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/dynamo"
	"github.com/careerconv/careerconv/pkg/mailcompose"
	"github.com/careerconv/careerconv/pkg/mime"
)

func TestMain(m *testing.M) { awstest.Main(m) }

// awsWorld is one deployment on the emulator: the three functions, each wired
// like its Lambda (its own clients and call counter), sharing one fake clock.
type awsWorld struct {
	emu      *awstest.Emulator
	cfg      AWSConfig
	now      time.Time
	fn       map[string]*AWS             // by logical ID
	calls    map[string]*awstest.Counter // by logical ID
	meters   map[string]*awstest.Meter   // by logical ID
	last     invocation                  // what the latest invoke used
	tmpl     *infra.Template
	s3       *s3.Client
	sched    *scheduler.Client
	ran      map[string]bool // schedules already delivered
	sentSeen int
}

func newAWSWorld(t *testing.T) *awsWorld {
	t.Helper()
	emu := awstest.Start(t)
	ctx := context.Background()
	base := emu.Config()
	// Named per run, not only per test: the emulator outlives a run, and
	// go test -count=N runs the test again on the same emulator.
	suffix := strings.ToLower(strings.NewReplacer("/", "-", "_", "-").Replace(t.Name())) + "-" + conversation.NewID()[:8]
	w := &awsWorld{emu: emu, now: t0, fn: map[string]*AWS{}, calls: map[string]*awstest.Counter{}, meters: map[string]*awstest.Meter{}, ran: map[string]bool{}}
	w.cfg = AWSConfig{
		Table: "careerconv-" + suffix, Bucket: "careerconv-raw-" + suffix, RawPrefix: "inbound/",
		Sender: "careerconv <careerconv@mail.example.com>", InboundDomain: "reply.example.com",
		ScheduleGroup: "careerconv-" + suffix, DispatchARN: "arn:aws:lambda:us-east-1:123456789012:function:dispatch",
		SchedulerRoleARN: "arn:aws:iam::123456789012:role/careerconv-scheduler", SchedulerDLQARN: "arn:aws:sqs:us-east-1:123456789012:careerconv-dlq",
		RetentionDays: 365, MaxMessageBytes: mime.MaxMessageBytes,
		InviteDomains: []string{"aws.example.com"},
	}
	// What the template creates.
	if err := dynamo.CreateTable(ctx, dynamodb.NewFromConfig(base), w.cfg.Table); err != nil {
		t.Fatal(err)
	}
	w.s3 = s3.NewFromConfig(base, func(o *s3.Options) { o.UsePathStyle = true })
	if _, err := w.s3.CreateBucket(ctx, &s3.CreateBucketInput{Bucket: aws.String(w.cfg.Bucket)}); err != nil {
		t.Fatal(err)
	}
	if _, err := sesv2.NewFromConfig(base).CreateEmailIdentity(ctx, &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String("mail.example.com")}); err != nil && !strings.Contains(err.Error(), "AlreadyExists") {
		t.Fatal(err)
	}
	w.sched = scheduler.NewFromConfig(base)
	if _, err := w.sched.CreateScheduleGroup(ctx, &scheduler.CreateScheduleGroupInput{Name: aws.String(w.cfg.ScheduleGroup)}); err != nil {
		t.Fatal(err)
	}
	secret, err := secretsmanager.NewFromConfig(base).CreateSecret(ctx, &secretsmanager.CreateSecretInput{
		Name: aws.String("careerconv-token-" + suffix), SecretString: aws.String(`{"current":"1","1":"k9Jp2vQw8zLm4nRt6yHb3cXe5aGd7fUs"}`)})
	if err != nil {
		t.Fatal(err)
	}
	w.cfg.TokenSecret = aws.ToString(secret.ARN)
	if w.tmpl, err = infra.LoadTemplate("../../template.yaml"); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"ApiFunction", "InboundFunction", "DispatchFunction"} {
		cfg := w.cfg
		if id == "ApiFunction" {
			cfg.TokenSecret = "" // the API neither sends nor reads mail
		}
		c, m := emu.Counter(), emu.Meter()
		ac := emu.Config()
		ac.APIOptions = append(ac.APIOptions, c.Register, m.Register)
		w.meters[id] = m
		a, err := NewAWS(ctx, cfg, ac, AWSOptions{Now: func() time.Time { return w.now }, S3PathStyle: true})
		if err != nil {
			t.Fatalf("wire %s: %v", id, err)
		}
		w.fn[id], w.calls[id] = a, c
		w.checkIAM(t, id+" cold start", id, c.Counts())
	}
	w.sent(t) // what earlier runs on this emulator sent (go test -count=N) is not this run's
	return w
}

// invoke sends payload through the function's handler as the Lambda runtime
// would (JSON in, JSON out), and returns the calls it made, checking each
// against the function's IAM policy in template.yaml.
// alexAndMaria is the request body of the AWS tests' usual conversation.
const alexAndMaria = `{"employee":{"name":"Alex Employee","email":"alex@aws.example.com","timeZone":"Europe/Berlin"},
		"manager":{"name":"Maria Manager","email":"maria@aws.example.com","timeZone":"Europe/Berlin"},
		"meetingStart":"2027-03-12T14:00:00+01:00","meetingMinutes":60}`

// api sends one request to the API function as a Function URL event (the
// infra sample with this method, path and body), and returns the response's
// status and body and the AWS calls it made.
func (w *awsWorld) api(t *testing.T, method, path, body string) (int, string, map[string]int) {
	t.Helper()
	var req events.LambdaFunctionURLRequest
	if err := json.Unmarshal(infra.Event("url-create.json"), &req); err != nil {
		t.Fatal(err)
	}
	req.RawPath, req.Body, req.RequestContext.HTTP.Method = path, body, method
	payload, _ := json.Marshal(req)
	out, calls := w.invoke(t, "ApiFunction", payload)
	var resp events.LambdaFunctionURLResponse
	if err := json.Unmarshal(out, &resp); err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	return resp.StatusCode, resp.Body, calls
}

// create creates the conversation body describes through the API and returns
// its ID and the AWS calls it took.
func (w *awsWorld) create(t *testing.T, body string) (string, map[string]int) {
	t.Helper()
	status, resp, calls := w.api(t, "POST", "/conversations", body)
	var created struct{ ID string }
	if err := json.Unmarshal([]byte(resp), &created); err != nil || status != 201 || created.ID == "" {
		t.Fatalf("create: %d %s", status, resp)
	}
	return created.ID, calls
}

func (w *awsWorld) invoke(t *testing.T, id string, payload []byte) ([]byte, map[string]int) {
	t.Helper()
	c, m := w.calls[id], w.meters[id]
	c.Reset()
	m.Reset()
	var h lambda.Handler
	switch id {
	case "ApiFunction":
		h = lambda.NewHandler(w.fn[id].API.Handle)
	case "InboundFunction":
		h = lambda.NewHandler(w.fn[id].Inbound.Handle)
	case "DispatchFunction":
		h = lambda.NewHandler(w.fn[id].Dispatch.Handle)
	}
	out, err := h.Invoke(context.Background(), payload)
	if err != nil {
		t.Fatalf("%s: %v", id, err)
	}
	w.last = invocation{function: id, usage: m.Usage()}
	counts := c.Counts()
	w.checkIAM(t, id, id, counts)
	return out, counts
}

// checkIAM fails the test for every call the function made that its policy in
// template.yaml does not allow.
func (w *awsWorld) checkIAM(t *testing.T, what, id string, counts map[string]int) {
	t.Helper()
	for call := range counts {
		svc, op, _ := strings.Cut(call, ".")
		actions, ok := infra.IAMActions(svc, op)
		if !ok {
			t.Errorf("%s called %s, which has no known IAM action", what, call)
		}
		for _, a := range actions {
			if !w.tmpl.Allowed(id, a) {
				t.Errorf("%s called %s but template.yaml does not allow %s", what, call, a)
			}
		}
	}
}

// sentMail is one message SES accepted.
type sentMail struct {
	header mail.Header
	*mime.Message
}

// sent returns the messages SES accepted for this test's people since the last call.
func (w *awsWorld) sent(t *testing.T) []sentMail {
	t.Helper()
	data, _ := w.emu.Data(t)["ses"].(map[string]any)
	raws, _ := data["RawMessage"].([]any)
	var mine []sentMail
	for _, r := range raws {
		m, _ := r.(map[string]any)
		raw, _ := m["raw_data"].(string)
		msg, err := mime.Parse([]byte(raw))
		if err != nil {
			t.Fatalf("SES holds an unreadable message: %v", err)
		}
		hm, err := mail.ReadMessage(strings.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		// moto's SES is shared by the test binary: keep this test's people only.
		if slices.ContainsFunc(msg.To, func(a string) bool { return strings.HasSuffix(a, "@aws.example.com") }) {
			mine = append(mine, sentMail{hm.Header, msg})
		}
	}
	out := mine[w.sentSeen:]
	w.sentSeen = len(mine)
	return out
}

func TestAWSLifecycle(t *testing.T) {
	w := newAWSWorld(t)
	ctx := context.Background()
	type row struct {
		event  string
		calls  map[string]int
		writes []awstest.ItemWrite
	}
	var report []row
	var all []sentMail // every email SES accepted, in order
	// once bills one lifecycle with each event delivered once; twice with every
	// event delivered twice, as the test does.
	var once, twice bill
	record := func(event string, calls map[string]int) {
		report = append(report, row{event, calls, w.last.usage.Items})
		mb := memoryMB(w.tmpl, w.last.function)
		if !strings.HasSuffix(event, dup(1)) {
			once.invoked(w.last, mb)
		}
		twice.invoked(w.last, mb)
	}

	// Create through the Function URL event, from the infra sample.
	id, calls := w.create(t, alexAndMaria)
	record("API create", calls)

	replies := map[string]string{
		"prep":     "1. Whether a move to team lead is realistic this year.\n\n2. The people; I want to keep coding.\n\n5. Mentoring and incident reviews taught me most.\n\nThanks,\nAlex",
		"wrapup":   "- Shadow the sprint planning by 31 March\n- Finish the leadership course in 6 weeks\n- Book a session with the architecture guild",
		"checkin1": "1 done\n2 in progress: halfway\n3 not started",
		"checkin2": "1 done\n2 done\n3 in progress: first session booked",
		"checkin3": "1 done\n2 done\n3 done",
	}
	emails := map[string]int{}
	for round := 0; round < 20; round++ {
		job, payload, ok := w.nextJob(t, id)
		if !ok {
			break
		}
		w.now = job.At
		once.fired++
		twice.fired += 2
		for i := range 2 { // the scheduler delivers at least once
			_, calls := w.invoke(t, "DispatchFunction", payload)
			record(fmt.Sprintf("dispatch %s%s", job.Email(), dup(i)), calls)
		}
		for _, m := range w.sent(t) {
			all = append(all, m)
			name := m.header.Get("X-Careerconv-Email")
			emails[strings.TrimRight(strings.SplitN(name, "-", 2)[0], "0123456789")]++
			body, ok := replies[name]
			if !ok {
				continue
			}
			w.now = w.now.Add(3 * time.Hour)
			raw, rcpt := replyTo(m, "alex@aws.example.com", body, w.now)
			once.receivedMail(len(raw))
			twice.receivedMail(len(raw)) // SES received it once, and invoked the function twice
			for i := range 2 {           // SES delivers at least once
				sesID := fmt.Sprintf("ses-%s-%d", name, w.now.Unix())
				w.putRaw(t, sesID, raw)
				_, calls := w.invoke(t, "InboundFunction", w.sesEvent(t, sesID, rcpt))
				record(fmt.Sprintf("inbound %s reply%s", name, dup(i)), calls)
			}
			for _, a := range w.sent(t) {
				all = append(all, a)
				n := a.header.Get("X-Careerconv-Email")
				emails[strings.TrimRight(strings.SplitN(n, "-", 2)[0], "0123456789")]++
			}
		}
	}

	c, err := w.fn["ApiFunction"].Assistant.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if c.Status != conversation.StatusCompleted || len(c.Answers) != 3 || len(c.Steps) != 3 {
		t.Errorf("conversation: status %s, %d answers, %d steps; want completed, 3, 3", c.Status, len(c.Answers), len(c.Steps))
	}
	if a, _ := c.Answer(5); !strings.Contains(a.Text, "incident reviews") {
		t.Errorf("answer 5 = %q", a.Text)
	}
	for i, s := range c.Steps {
		if s.Status != conversation.StepDone || len(s.Progress) != 3 {
			t.Errorf("step %d: %s with %d notes, want done with 3", i+1, s.Status, len(s.Progress))
		}
	}
	if c.Steps[0].Due != "2027-03-31" {
		t.Errorf("step 1 due %q, want 2027-03-31", c.Steps[0].Due)
	}
	// moved: the manager's note on each check-in reply that moved a step.
	want := map[string]int{"prep": 1, "receipt": 1, "preread": 1, "wrapup": 1, "plan": 1, "checkin": 3, "progress": 3, "moved": 3, "review": 1}
	if fmt.Sprint(emails) != fmt.Sprint(want) {
		t.Errorf("emails sent through SES: %v, want %v", emails, want)
	}
	// Threads hold on SES: SES sends each message as <MessageId@email.amazonses.com>,
	// so later emails refer to their thread's root by the MessageId SendEmail
	// returned, as stored in the send ledger.
	roots := map[string]string{"receipt": "prep", "plan": "wrapup", "checkin": "wrapup", "progress": "wrapup", "review": "wrapup"}
	checked := 0
	for _, m := range all {
		kind := strings.TrimRight(strings.SplitN(m.header.Get("X-Careerconv-Email"), "-", 2)[0], "0123456789")
		root, ok := roots[kind]
		if !ok {
			continue
		}
		s, _ := c.SendOf(root)
		refs := strings.Fields(m.header.Get("References"))
		if s.ProviderID == "" || len(refs) == 0 || refs[0] != "<"+s.ProviderID+"@email.amazonses.com>" {
			t.Errorf("%s References %v, want first the %s's SES MessageId %q@email.amazonses.com", kind, refs, root, s.ProviderID)
		}
		checked++
	}
	if checked != 9 {
		t.Errorf("checked the threading of %d emails, want 9", checked)
	}

	// Report the calls each event made (the closing note quotes these).
	var b strings.Builder
	for _, r := range report {
		keys := make([]string, 0, len(r.calls))
		for k, n := range r.calls {
			keys = append(keys, fmt.Sprintf("%s=%d", k, n))
		}
		sort.Strings(keys)
		fmt.Fprintf(&b, "  %-30s %s\n", r.event, strings.Join(keys, " "))
		if len(r.writes) > 0 {
			fmt.Fprintf(&b, "  %-30s writes: %s\n", "", writeList(r.writes))
		}
	}
	t.Logf("AWS calls per event:\n%s", b.String())

	// The bill: what 1,000 such lifecycles cost at list prices, from the calls
	// above and the sizes of the items they wrote.
	total, notEmail := once.per1k()
	twiceTotal, _ := twice.per1k()
	t.Logf("bill of 1,000 lifecycles, each event delivered once:\n%s  with every event delivered twice, as above: $%.4f", once.String(), twiceTotal)
	if notEmail > notEmailBudget {
		t.Errorf("1,000 lifecycles cost $%.4f besides email ($%.4f in all); want at most $%.2f", notEmail, total, notEmailBudget)
	}
}

func dup(i int) string {
	if i > 0 {
		return " (again)"
	}
	return ""
}

// nextJob returns the earliest schedule of the conversation not yet delivered,
// with the exact Input EventBridge Scheduler would deliver.
func (w *awsWorld) nextJob(t *testing.T, id string) (conversation.Job, []byte, bool) {
	t.Helper()
	ctx := context.Background()
	list, err := w.sched.ListSchedules(ctx, &scheduler.ListSchedulesInput{GroupName: aws.String(w.cfg.ScheduleGroup), NamePrefix: aws.String(id + "-")})
	if err != nil {
		t.Fatal(err)
	}
	var best conversation.Job
	var bestInput []byte
	for _, s := range list.Schedules {
		if w.ran[aws.ToString(s.Name)] {
			continue
		}
		got, err := w.sched.GetSchedule(ctx, &scheduler.GetScheduleInput{Name: s.Name, GroupName: aws.String(w.cfg.ScheduleGroup)})
		if err != nil {
			t.Fatal(err)
		}
		input := []byte(aws.ToString(got.Target.Input))
		var j conversation.Job
		if err := json.Unmarshal(input, &j); err != nil {
			t.Fatalf("schedule %s input %s: %v", aws.ToString(s.Name), input, err)
		}
		if got.ActionAfterCompletion != "DELETE" {
			t.Errorf("schedule %s: ActionAfterCompletion %s", j.Name(), got.ActionAfterCompletion)
		}
		if bestInput == nil || j.At.Before(best.At) {
			best, bestInput = j, input
		}
	}
	if bestInput == nil {
		return best, nil, false
	}
	w.ran[best.Name()] = true
	return best, bestInput, true
}

// putRaw stores a raw message as the SES receipt rule's S3 action does.
func (w *awsWorld) putRaw(t *testing.T, sesID string, raw []byte) {
	t.Helper()
	_, err := w.s3.PutObject(context.Background(), &s3.PutObjectInput{Bucket: aws.String(w.cfg.Bucket), Key: aws.String(w.cfg.RawPrefix + sesID), Body: bytes.NewReader(raw)})
	if err != nil {
		t.Fatal(err)
	}
}

// sesEvent is the infra sample receipt event for message sesID sent to rcpt.
func (w *awsWorld) sesEvent(t *testing.T, sesID, rcpt string) []byte {
	t.Helper()
	var ev events.SimpleEmailEvent
	if err := json.Unmarshal(infra.Event("ses-receipt.json"), &ev); err != nil {
		t.Fatal(err)
	}
	ev.Records[0].SES.Mail.MessageID = sesID
	ev.Records[0].SES.Mail.Destination = []string{rcpt}
	ev.Records[0].SES.Receipt.Recipients = []string{rcpt}
	b, _ := json.Marshal(ev)
	return b
}

// replyTo writes a plain-text reply to a sent email, quoting it as mail clients do.
func replyTo(m sentMail, from, body string, at time.Time) ([]byte, string) {
	addr, _ := mail.ParseAddress(m.header.Get("Reply-To"))
	var quoted strings.Builder
	for _, l := range strings.Split(m.Text, "\n") {
		quoted.WriteString("> " + l + "\n")
	}
	text := fmt.Sprintf("%s\n\nOn %s, careerconv wrote:\n%s", body, at.Add(-3*time.Hour).Format("Mon, 2 Jan 2006 at 15:04"), quoted.String())
	return []byte(strings.ReplaceAll(fmt.Sprintf("From: %s\nTo: %s\nSubject: Re: %s\nDate: %s\nMessage-ID: <%d.%s>\nIn-Reply-To: <%s>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n%s",
		from, addr.Address, m.Subject, at.Format(time.RFC1123Z), at.UnixNano(), from, m.MessageID, text), "\n", "\r\n")), addr.Address
}

// TestTemplateEnvironment reads each function's configuration the way its main
// does, from the environment template.yaml gives it: nothing the code needs may
// be missing, and only the functions that handle mail get the token keys.
func TestTemplateEnvironment(t *testing.T) {
	tmpl, err := infra.LoadTemplate("../../template.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, fn := range []string{"ApiFunction", "InboundFunction", "DispatchFunction"} {
		t.Run(fn, func(t *testing.T) {
			env := tmpl.Environment(fn)
			// Numbers come from parameters; CloudFormation passes their values.
			params := map[string]string{"!Ref RetentionDays": "365", "!Ref MaxMessageBytes": "10485760", "!Ref InviteAddress": "", "!Ref InviteDomains": "example.com, example.org",
				"!Ref SendRate": "10", "!Ref DispatchConcurrency": "5", "!Ref Locale": "en-GB", "!Ref OrgName": "Example Ltd",
				"!Ref HRContact": "hr@example.com", "!Ref PrivacyStatement": "Only you and your manager see your answers."}
			cfg, err := FromEnv(func(k string) string {
				if v, ok := params[env[k]]; ok {
					return v
				}
				return env[k]
			})
			if err != nil {
				t.Fatalf("FromEnv with the template's variables: %v (have %v)", err, env)
			}
			for name, v := range map[string]string{"table": cfg.Table, "bucket": cfg.Bucket, "schedule group": cfg.ScheduleGroup,
				"dispatch ARN": cfg.DispatchARN, "scheduler role": cfg.SchedulerRoleARN} {
				if v == "" {
					t.Errorf("no %s configured", name)
				}
			}
			if wantTokens := fn != "ApiFunction"; (cfg.TokenSecret != "") != wantTokens {
				t.Errorf("token secret %q; want one only for functions that handle mail", cfg.TokenSecret)
			}
			// Dispatch, with its reserved concurrency, sends on its share of the
			// SES rate: 10 a second over 5 instances.
			if want := map[bool]float64{true: 2}[fn == "DispatchFunction"]; cfg.SendPace() != want {
				t.Errorf("send pace %v recipients a second, want %v", cfg.SendPace(), want)
			}
		})
	}
}

// TestFromEnvOrganisation reads the organisation's introduction from the
// environment and refuses a malformed one with the variable family named.
func TestFromEnvOrganisation(t *testing.T) {
	env := map[string]string{
		"CAREERCONV_TABLE": "t", "CAREERCONV_SENDER": "careerconv <cc@mail.example.com>", "CAREERCONV_INBOUND_DOMAIN": "reply.example.com",
		"CAREERCONV_ORG_NAME": "Acme Bank", "CAREERCONV_HR_CONTACT": "People Team <people@acme.example>",
		"CAREERCONV_PRIVACY": "Only the two of you see it.", "CAREERCONV_LOCALE": "en-US",
	}
	cfg, err := FromEnv(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	want := mailcompose.Organisation{Name: "Acme Bank", HRContact: "People Team <people@acme.example>", Privacy: "Only the two of you see it.", Locale: "en-US"}
	if mailcompose.Organisation(cfg.Org) != want {
		t.Errorf("Org = %+v, want %+v", cfg.Org, want)
	}
	env["CAREERCONV_HR_CONTACT"] = "people@"
	if _, err := FromEnv(func(k string) string { return env[k] }); err == nil || !strings.Contains(err.Error(), "CAREERCONV_HR_CONTACT") {
		t.Errorf("FromEnv with a bad HR contact = %v, want an error naming CAREERCONV_HR_CONTACT", err)
	}
}
