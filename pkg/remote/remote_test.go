package remote_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"github.com/careerconv/careerconv/pkg/app"
	"github.com/careerconv/careerconv/pkg/awstest"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/remote"
)

const (
	akid    = "AKIAIOSFODNN7EXAMPLE"
	secret  = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
	tmpKey  = "ASIAIOSFODNN7EXAMPLE"
	tmpSec  = "temporary/secret"
	session = "FwoGZXIvYXdzEXAMPLE//session+token="
	region  = "eu-west-1"
)

// deployment is the API handler of a local installation served like a Function
// URL with AWS_IAM auth, behind a SigV4 verifier.
type deployment struct {
	local    *app.Local
	verifier *awstest.SigV4Verifier
	url      string
}

func newDeployment(t *testing.T) *deployment {
	t.Helper()
	l, err := app.NewLocal(t.TempDir(), app.LocalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	v := &awstest.SigV4Verifier{Next: remote.FunctionURL(l.ServeAPI), Region: region, Service: "lambda",
		Secrets: map[string]string{akid: secret, tmpKey: tmpSec}, Sessions: map[string]string{tmpKey: session}}
	srv := httptest.NewServer(v)
	t.Cleanup(srv.Close)
	return &deployment{local: l, verifier: v, url: srv.URL + "/"}
}

func (d *deployment) client(key, sec, token string) *remote.Client {
	cfg := aws.Config{Region: region, Credentials: credentials.NewStaticCredentialsProvider(key, sec, token)}
	return &remote.Client{T: &remote.Signed{URL: d.url, Config: cfg}}
}

func createInput(email string, start time.Time) remote.CreateInput {
	return remote.CreateInput{
		Employee:     conversation.Participant{Name: "Jane Doe", Email: email, TimeZone: "Europe/London"},
		Manager:      conversation.Participant{Name: "Sam Patel", Email: "sam@example.com", TimeZone: "Europe/London"},
		MeetingStart: start.Format(time.RFC3339),
	}
}

func TestSignedCommands(t *testing.T) {
	d := newDeployment(t)
	ctx := context.Background()
	c := d.client(akid, secret, "")
	start := time.Now().Add(30 * 24 * time.Hour).Truncate(time.Hour).UTC()

	v, err := c.Create(ctx, createInput("jane+hr@example.com", start))
	if err != nil || v.ID == "" || v.Status != conversation.StatusScheduled || !v.MeetingStart.Equal(start) {
		t.Fatalf("create: %+v, %v", v, err)
	}
	got, err := c.Get(ctx, v.ID)
	if err != nil || got.ID != v.ID || got.Employee.Email != "jane+hr@example.com" {
		t.Fatalf("get: %+v, %v", got, err)
	}
	page, err := c.List(ctx, conversation.ListQuery{Employee: "jane+hr@example.com"})
	if err != nil || len(page.Conversations) != 1 || page.Conversations[0].ID != v.ID {
		t.Fatalf("list: %+v, %v", page, err)
	}
	moved, err := c.Reschedule(ctx, v.ID, start.Add(48*time.Hour), 45)
	if err != nil || !moved.MeetingStart.Equal(start.Add(48*time.Hour)) || moved.MeetingMinutes != 45 || moved.Generation != 2 {
		t.Fatalf("reschedule: %+v, %v", moved, err)
	}
	cancelled, err := c.Cancel(ctx, v.ID)
	if err != nil || cancelled.Status != conversation.StatusCancelled {
		t.Fatalf("cancel: %+v, %v", cancelled, err)
	}
	if err := c.Erase(ctx, v.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Get(ctx, v.ID); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("get after erase: %v, want ENOTFOUND", err)
	}
	for range 2 {
		if _, err := c.Create(ctx, createInput("lee@example.com", start)); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := c.ErasePerson(ctx, "lee@example.com"); err != nil || n != 2 {
		t.Fatalf("erase person: %d, %v; want 2", n, err)
	}
	// An invalid request is the API's own EINVALID, naming the field.
	bad := createInput("jane@example.com", start)
	bad.Employee.TimeZone = "Mars/Base"
	if _, err := c.Create(ctx, bad); conversation.ErrorCode(err) != conversation.EINVALID || conversation.ErrorField(err) != "employee.timeZone" {
		t.Fatalf("bad create: %v (field %q), want EINVALID on employee.timeZone", err, conversation.ErrorField(err))
	}
	if verified, denied := d.verifier.Counts(); verified == 0 || denied != 0 {
		t.Fatalf("verifier: %d verified, %d denied", verified, denied)
	}

	// Temporary credentials sign with their session token.
	if _, err := d.client(tmpKey, tmpSec, session).Get(ctx, got.ID); conversation.ErrorCode(err) != conversation.ENOTFOUND {
		t.Fatalf("temporary credentials: %v, want ENOTFOUND (signed and accepted)", err)
	}
}

func TestSignedRefusals(t *testing.T) {
	d := newDeployment(t)
	ctx := context.Background()
	start := time.Now().Add(30 * 24 * time.Hour).UTC()
	for name, c := range map[string]*remote.Client{
		"wrong secret":          d.client(akid, "not-the-secret", ""),
		"unknown key":           d.client("AKIANOTKNOWN", secret, ""),
		"missing session token": d.client(tmpKey, tmpSec, ""),
		"other region": {T: &remote.Signed{URL: d.url, Config: aws.Config{Region: "us-east-1",
			Credentials: credentials.NewStaticCredentialsProvider(akid, secret, "")}}},
		"stale signature": {T: &remote.Signed{URL: d.url, Now: func() time.Time { return time.Now().Add(-20 * time.Minute) },
			Config: aws.Config{Region: region, Credentials: credentials.NewStaticCredentialsProvider(akid, secret, "")}}},
	} {
		_, before := d.verifier.Counts()
		_, err := c.Create(ctx, createInput("jane@example.com", start))
		if _, denied := d.verifier.Counts(); conversation.ErrorCode(err) != conversation.EFORBIDDEN || denied != before+1 {
			t.Errorf("%s: %v, want EFORBIDDEN from the verifier", name, err)
		}
	}
	// A body changed after signing is refused.
	tampered := &remote.Client{T: tamper{&remote.Signed{URL: d.url, Config: aws.Config{Region: region,
		Credentials: credentials.NewStaticCredentialsProvider(akid, secret, "")}}}}
	if _, err := tampered.Create(ctx, createInput("jane@example.com", start)); conversation.ErrorCode(err) != conversation.EFORBIDDEN {
		t.Errorf("tampered body: %v, want EFORBIDDEN", err)
	}
	page, err := d.client(akid, secret, "").List(ctx, conversation.ListQuery{Employee: "jane@example.com"})
	if err != nil || len(page.Conversations) != 0 {
		t.Errorf("after refusals: %+v, %v; want nothing created", page, err)
	}
}

// tamper changes the body after the inner transport signed it.
type tamper struct{ inner *remote.Signed }

func (t tamper) Do(ctx context.Context, r remote.Request) (remote.Response, error) {
	signed := *t.inner
	signed.HTTP = &http.Client{Transport: rewrite{}}
	return signed.Do(ctx, r)
}

type rewrite struct{}

func (rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	body := []byte(strings.Replace(mustRead(r), "Jane Doe", "Eve Doe", 1))
	r.Body, r.ContentLength = readCloser(body), int64(len(body))
	return http.DefaultTransport.RoundTrip(r)
}

// TestLocalAndSignedAnswerAlike: the local commands' transport and the signed
// one give the same answers.
func TestLocalAndSignedAnswerAlike(t *testing.T) {
	d := newDeployment(t)
	ctx := context.Background()
	signed := d.client(akid, secret, "")
	local := &remote.Client{T: remote.Local(d.local.ServeAPI)}
	v, err := local.Create(ctx, createInput("jane@example.com", time.Now().Add(40*24*time.Hour)))
	if err != nil {
		t.Fatal(err)
	}
	a, err1 := local.Get(ctx, v.ID)
	b, err2 := signed.Get(ctx, v.ID)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if err1 != nil || err2 != nil || !bytes.Equal(ja, jb) {
		t.Fatalf("local %s (%v) != signed %s (%v)", ja, err1, jb, err2)
	}
	_, e1 := local.Get(ctx, "nope")
	_, e2 := signed.Get(ctx, "nope")
	if e1 == nil || e1.Error() != e2.Error() || conversation.ErrorCode(e1) != conversation.ENOTFOUND {
		t.Fatalf("errors differ: %v / %v", e1, e2)
	}
}

func teamCSV(rows int, sep string, bad map[int]string) string {
	var b strings.Builder
	b.WriteString(strings.Join([]string{"Employee Name", "Employee e-mail", "Employee Time Zone", "Manager Name", "Manager E-Mail", "manager_time_zone", "Meeting Start", "Meeting minutes"}, sep) + "\n")
	start := time.Now().Add(60 * 24 * time.Hour).Truncate(time.Hour).UTC()
	for i := range rows {
		email := fmt.Sprintf("e%05d@example.com", i)
		if v, ok := bad[i]; ok {
			email = v
		}
		fields := []string{fmt.Sprintf("Employee %d", i), email, "Europe/Paris", "Manager", fmt.Sprintf("m%03d@example.com", i/20), "Europe/Paris",
			start.Add(time.Duration(i%500) * time.Hour).Format(time.RFC3339), "45"}
		b.WriteString(strings.Join(fields, sep) + "\n")
	}
	return b.String()
}

func TestImportFileInParts(t *testing.T) {
	d := newDeployment(t)
	ctx := context.Background()
	c := d.client(akid, secret, "")

	// A refused row anywhere refuses the file: every refused row is listed
	// with its line in the whole file, and nothing is created.
	res, err := c.ImportFile(ctx, strings.NewReader(teamCSV(25, ";", map[int]string{3: "not-an-address", 21: "also bad"})), remote.ImportOptions{Part: 10})
	if conversation.ErrorCode(err) != conversation.EINVALID || len(res.Errors) != 2 || res.Errors[0].Line != 5 || res.Errors[1].Line != 23 ||
		res.Errors[0].Field != "employee_email" || len(res.Created) != 0 {
		t.Fatalf("refused file: %+v, %v; want lines 5 and 23 refused on employee_email", res, err)
	}
	if page, _ := c.List(ctx, conversation.ListQuery{Manager: "m000@example.com"}); len(page.Conversations) != 0 {
		t.Fatalf("a refused file created %d conversations", len(page.Conversations))
	}

	file := teamCSV(25, "\t", nil)
	var progress []int
	res, err = c.ImportFile(ctx, strings.NewReader(file), remote.ImportOptions{Part: 10, Progress: func(done, total int) { progress = append(progress, done, total) }})
	if err != nil || len(res.Created) != 25 || res.Created[24].Line != 26 || res.Created[24].Row != 25 {
		t.Fatalf("import: %d created (last %+v), %v", len(res.Created), res.Created[len(res.Created)-1], err)
	}
	if fmt.Sprint(progress) != "[10 25 20 25 25 25]" {
		t.Errorf("progress %v", progress)
	}
	// A part whose answer is lost (a timeout after the work was done) is sent
	// again and its rows read as already there; nothing is created twice.
	lossy := &remote.Client{T: &loseFirstImport{inner: c.T}}
	more := teamCSV(25, ",", nil)
	more = strings.ReplaceAll(more, "@example.com", "@other.example.com")
	res2, err := lossy.ImportFile(ctx, strings.NewReader(more), remote.ImportOptions{Part: 10})
	if err != nil || len(res2.Created)+len(res2.Skipped) != 25 || len(res2.Skipped) != 10 {
		t.Fatalf("import with a lost answer: %d created, %d skipped, %v; want 15 and 10", len(res2.Created), len(res2.Skipped), err)
	}
	if page, _ := c.List(ctx, conversation.ListQuery{Manager: "m000@other.example.com", Limit: 100}); len(page.Conversations) != 20 {
		t.Fatalf("after a lost answer: %d conversations of m000, want 20", len(page.Conversations))
	}

	// Run again: everything exists already.
	again, err := c.ImportFile(ctx, strings.NewReader(file), remote.ImportOptions{Part: 7, Parallel: 3})
	if err != nil || len(again.Created) != 0 || len(again.Skipped) != 25 || again.Skipped[3].Conversation != res.Created[3].Conversation {
		t.Fatalf("second import: %d created, %d skipped, %v", len(again.Created), len(again.Skipped), err)
	}
}

// TestImportFileParallel sends parts at once: the result keeps the file's
// order, a part that fails for good stops the import, and running it again
// finishes it without creating anything twice.
func TestImportFileParallel(t *testing.T) {
	d := newDeployment(t)
	ctx := context.Background()
	c := d.client(akid, secret, "")
	file := teamCSV(40, ",", nil)

	refused := &refuseImportOf{inner: c.T, email: "e00012@example.com"}
	res, err := (&remote.Client{T: refused}).ImportFile(ctx, strings.NewReader(file), remote.ImportOptions{Part: 5, Parallel: 4})
	if conversation.ErrorCode(err) != conversation.EFORBIDDEN || !strings.Contains(err.Error(), "lines 12 to 16") {
		t.Fatalf("import with a refused part: %v; want EFORBIDDEN naming lines 12 to 16", err)
	}
	for _, row := range res.Created {
		if row.Line >= 12 && row.Line <= 16 {
			t.Errorf("line %d of the refused part reported created", row.Line)
		}
	}
	if len(res.Created) >= 35 {
		t.Errorf("%d rows created past a refused part; want the parts after it not sent", len(res.Created))
	}

	again, err := c.ImportFile(ctx, strings.NewReader(file), remote.ImportOptions{Part: 5, Parallel: 4})
	if err != nil || len(again.Created)+len(again.Skipped) != 40 || len(again.Skipped) != len(res.Created) {
		t.Fatalf("import again: %d created, %d skipped (%d before), %v", len(again.Created), len(again.Skipped), len(res.Created), err)
	}
	for i := 1; i < len(again.Created); i++ {
		if again.Created[i].Line <= again.Created[i-1].Line {
			t.Fatalf("created rows out of the file's order: line %d after %d", again.Created[i].Line, again.Created[i-1].Line)
		}
	}
	ids := map[string]bool{}
	for _, mgr := range []string{"m000@example.com", "m001@example.com"} {
		page, err := c.List(ctx, conversation.ListQuery{Manager: mgr, Limit: 100})
		if err != nil || len(page.Conversations) != 20 {
			t.Fatalf("%s has %d conversations, want 20: %v", mgr, len(page.Conversations), err)
		}
		for _, v := range page.Conversations {
			ids[v.ID] = true
		}
	}
	if len(ids) != 40 {
		t.Errorf("%d distinct conversations, want 40", len(ids))
	}
}

// refuseImportOf answers 403 to every import that creates the row of email,
// as the Function URL does for a caller whose permission was withdrawn.
type refuseImportOf struct {
	inner remote.Transport
	email string
}

func (r *refuseImportOf) Do(ctx context.Context, req remote.Request) (remote.Response, error) {
	if strings.HasSuffix(req.Path, "/import") && req.Query.Get("dryRun") == "" && bytes.Contains(req.Body, []byte(r.email)) {
		return remote.Response{Status: http.StatusForbidden, Body: []byte(`{"Message":"Forbidden"}`)}, nil
	}
	return r.inner.Do(ctx, req)
}

func mustRead(r *http.Request) string {
	var b bytes.Buffer
	_, _ = b.ReadFrom(r.Body)
	return b.String()
}

func readCloser(b []byte) *nopCloser { return &nopCloser{bytes.NewReader(b)} }

type nopCloser struct{ *bytes.Reader }

func (nopCloser) Close() error { return nil }

// loseFirstImport passes every call on, but answers the first import that
// creates with a 504, as a Function URL does when the function times out.
type loseFirstImport struct {
	inner remote.Transport
	lost  bool
}

func (l *loseFirstImport) Do(ctx context.Context, r remote.Request) (remote.Response, error) {
	resp, err := l.inner.Do(ctx, r)
	if !l.lost && strings.HasSuffix(r.Path, "/import") && r.Query.Get("dryRun") == "" {
		l.lost = true
		return remote.Response{Status: http.StatusGatewayTimeout, Body: []byte(`{"Message":"Endpoint request timed out"}`)}, nil
	}
	return resp, err
}
