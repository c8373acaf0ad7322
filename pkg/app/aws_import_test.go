package app

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/careerconv/careerconv/pkg/app/awsenv"
	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/awstest"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/remote"
)

// TestAWSImportThroughSignedAPI imports a team through `careerconv remote
// import`'s client: SigV4-signed requests to the API function's handler served
// as a Function URL behind a SigV4 verifier, wired to the emulator, every call
// checked against the function's policy. CAREERCONV_IMPORT_ROWS sets the size
// (default 120, two parts), CAREERCONV_IMPORT_PART the rows a request (default
// remote.DefaultImportPart) and CAREERCONV_IMPORT_PARALLEL the requests at
// once (default remote.DefaultImportParallel; the world's functions take them
// one at a time). The emulator serves one call at a time and answers a query
// on an index by scanning the whole table, so an import that queried an index
// per row slowed with every row; it lists each manager once now. 10,000 rows
// took 31 minutes on this shared, loaded machine (325 rows a minute; 9.1 AWS
// calls a row): of the emulator's time, the 80,000 CreateSchedule calls took
// 57% (13 ms each), the listings by manager 23%, the meter's reads 14% and the
// PutItems 6%; the run again (everything skipped) another 22 minutes, nearly
// all listings and the meter's reads of what they return. The figures of a
// large import come from its calls, not its time here (README: Importing at
// scale).
func TestAWSImportThroughSignedAPI(t *testing.T) {
	rows, part, parallel := 120, remote.DefaultImportPart, remote.DefaultImportParallel
	if s := os.Getenv("CAREERCONV_IMPORT_ROWS"); s != "" {
		rows, _ = strconv.Atoi(s)
	}
	if s := os.Getenv("CAREERCONV_IMPORT_PART"); s != "" {
		part, _ = strconv.Atoi(s)
	}
	if s := os.Getenv("CAREERCONV_IMPORT_PARALLEL"); s != "" {
		parallel, _ = strconv.Atoi(s)
	}
	w := newAWSWorld(t)
	w.now = time.Now().UTC()
	c, v, stats := w.signedAPI(t)
	defer v.close()
	var file strings.Builder
	file.WriteString("Employee Name,Employee e-mail,Employee Time Zone,Manager Name,Manager E-mail,Manager Time Zone,Meeting Start\n")
	start := w.now.Add(60 * 24 * time.Hour).Truncate(time.Hour)
	for i := range rows {
		fmt.Fprintf(&file, "Employee %d,e%05d@aws.example.com,Europe/Paris,Manager,m%03d@aws.example.com,Europe/Paris,%s\n",
			i, i, i/20, start.Add(time.Duration(i%500)*time.Hour).Format(time.RFC3339))
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	t0 := time.Now()
	res, err := c.ImportFile(context.Background(), strings.NewReader(file.String()), remote.ImportOptions{Part: part, Parallel: parallel})
	took := time.Since(t0)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	// A part sent again after a lost answer (a timeout) reports its rows as already there.
	if err != nil || len(res.Created)+len(res.Skipped) != rows {
		t.Fatalf("import: %d created and %d there already of %d, %v", len(res.Created), len(res.Skipped), rows, err)
	}
	t.Logf("%d rows (%d resent): %v (%.1f ms a row), %d signed requests (slowest %v), %d AWS calls (%.1f a row), %.0f MB allocated",
		rows, len(res.Skipped), took.Round(time.Millisecond), float64(took.Milliseconds())/float64(rows), stats.requests, stats.slowest.Round(time.Millisecond),
		stats.calls, float64(stats.calls)/float64(rows), float64(after.TotalAlloc-before.TotalAlloc)/1e6)
	if verified, denied := v.Counts(); verified != stats.requests || denied != 0 {
		t.Errorf("verifier: %d verified, %d denied, %d requests", verified, denied, stats.requests)
	}
	again, err := c.ImportFile(context.Background(), strings.NewReader(file.String()), remote.ImportOptions{Part: part, Parallel: parallel})
	if err != nil || len(again.Created) != 0 || len(again.Skipped) != rows {
		t.Fatalf("import again: %d created, %d skipped, %v", len(again.Created), len(again.Skipped), err)
	}
	if rows > assistant.MaxImportRows {
		return
	}
	page, err := c.List(context.Background(), conversation.ListQuery{Manager: "m000@aws.example.com"})
	if err != nil || len(page.Conversations) != min(rows, 20) {
		t.Errorf("list: %d, %v", len(page.Conversations), err)
	}
}

func TestAWSMaxMessageBytesIsTheReaders(t *testing.T) {
	if awsenv.MaxMessageBytes != mime.MaxMessageBytes {
		t.Errorf("awsenv.MaxMessageBytes %d != mime.MaxMessageBytes %d", awsenv.MaxMessageBytes, mime.MaxMessageBytes)
	}
}

// TestLambdaAWSConfig: the functions read Lambda's environment, not the SDK's
// shared configuration.
func TestLambdaAWSConfig(t *testing.T) {
	env := map[string]string{"AWS_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "ASIAX", "AWS_SECRET_ACCESS_KEY": "s", "AWS_SESSION_TOKEN": "tok"}
	cfg, err := awsenv.EnvAWSConfig(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	creds, err := cfg.Credentials.Retrieve(context.Background())
	if err != nil || cfg.Region != "eu-west-1" || creds.AccessKeyID != "ASIAX" || creds.SessionToken != "tok" || cfg.BaseEndpoint != nil {
		t.Errorf("config %+v, credentials %+v, %v", cfg, creds, err)
	}
	delete(env, "AWS_REGION")
	if _, err := awsenv.EnvAWSConfig(func(k string) string { return env[k] }); err == nil {
		t.Error("no region: want an error")
	}
}

// apiStats counts what the signed API was asked.
type apiStats struct {
	calls, requests int
	slowest         time.Duration
}

// signedDeployment is the API function's handler served as a Function URL
// behind a SigV4 verifier.
type signedDeployment struct {
	*awstest.SigV4Verifier
	srv *httptest.Server
}

func (d signedDeployment) close() { d.srv.Close() }

// signedAPI serves the world's API function as its Function URL would, behind
// a SigV4 verifier, and returns careerconv remote's client for it. Each request
// goes through invoke, so every AWS call is checked against the policy.
func (w *awsWorld) signedAPI(t *testing.T) (*remote.Client, signedDeployment, *apiStats) {
	stats := &apiStats{}
	var one sync.Mutex // the world's functions count their calls one invocation at a time
	handle := func(ctx context.Context, ev events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
		payload, _ := json.Marshal(ev)
		one.Lock()
		defer one.Unlock()
		start := time.Now()
		out, counts := w.invoke(t, "ApiFunction", payload)
		stats.slowest = max(stats.slowest, time.Since(start))
		stats.requests++
		for _, n := range counts {
			stats.calls += n
		}
		var resp events.LambdaFunctionURLResponse
		err := json.Unmarshal(out, &resp)
		return resp, err
	}
	v := &awstest.SigV4Verifier{Next: remote.FunctionURL(handle), Region: "us-east-1", Service: "lambda",
		Secrets: map[string]string{"AKIAHRCALLER": "hr-secret"}}
	srv := httptest.NewServer(v)
	c := &remote.Client{T: &remote.Signed{URL: srv.URL, Config: aws.Config{Region: "us-east-1",
		Credentials: credentials.NewStaticCredentialsProvider("AKIAHRCALLER", "hr-secret", "")}}}
	return c, signedDeployment{v, srv}, stats
}

// TestAWSRemoteCommands runs careerconv remote's calls against the API
// function on the emulator, signed and verified.
func TestAWSRemoteCommands(t *testing.T) {
	w := newAWSWorld(t)
	w.now = time.Now().UTC()
	c, v, _ := w.signedAPI(t)
	defer v.close()
	ctx := context.Background()
	start := w.now.Add(30 * 24 * time.Hour).Truncate(time.Hour)
	in := remote.CreateInput{
		Employee:     conversation.Participant{Name: "Rem Ote", Email: "rem@aws.example.com", TimeZone: "Europe/Paris"},
		Manager:      conversation.Participant{Name: "Man Ager", Email: "man@aws.example.com", TimeZone: "Europe/Paris"},
		MeetingStart: start.Format(time.RFC3339),
	}
	created, err := c.Create(ctx, in)
	if err != nil || created.Status != conversation.StatusScheduled {
		t.Fatalf("create: %+v, %v", created, err)
	}
	if got, err := c.Get(ctx, created.ID); err != nil || got.ID != created.ID {
		t.Fatalf("get: %+v, %v", got, err)
	}
	if page, err := c.List(ctx, conversation.ListQuery{Manager: "man@aws.example.com"}); err != nil || len(page.Conversations) != 1 {
		t.Fatalf("list: %+v, %v", page, err)
	}
	if page, err := c.List(ctx, conversation.ListQuery{Status: conversation.StatusScheduled, From: start, To: start.Add(time.Hour)}); err != nil || len(page.Conversations) != 1 || page.Conversations[0].ID != created.ID {
		t.Fatalf("list by status: %+v, %v", page, err)
	}
	if rows, err := c.Stats(ctx, start, time.Time{}); err != nil || len(rows) != 1 || rows[0].Conversations != 1 || rows[0].Manager != "man@aws.example.com" {
		t.Fatalf("stats: %+v, %v", rows, err)
	}
	if moved, err := c.Reschedule(ctx, created.ID, start.Add(24*time.Hour), 0); err != nil || moved.Generation != 2 {
		t.Fatalf("reschedule: %+v, %v", moved, err)
	}
	if cancelled, err := c.Cancel(ctx, created.ID); err != nil || cancelled.Status != conversation.StatusCancelled {
		t.Fatalf("cancel: %+v, %v", cancelled, err)
	}
	if err := c.Erase(ctx, created.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Get(ctx, created.ID); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("get after erase: %v", err)
	}
	in.Employee.Email = "two@aws.example.com"
	for i := range 2 {
		in.MeetingStart = start.Add(time.Duration(i) * time.Hour).Format(time.RFC3339)
		if _, err := c.Create(ctx, in); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := c.ErasePerson(ctx, "two@aws.example.com"); err != nil || n != 2 {
		t.Fatalf("erase person: %d, %v; want 2", n, err)
	}
	if verified, denied := v.Counts(); verified == 0 || denied != 0 {
		t.Errorf("verifier: %d verified, %d denied", verified, denied)
	}
}
