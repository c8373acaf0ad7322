package app

import (
	"context"
	"encoding/json"
	"fmt"
	"net/mail"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/careerconv/careerconv/infra"
	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/outbox"
)

var t0 = time.Date(2027, 3, 1, 8, 0, 0, 0, time.UTC)

type fixture struct {
	*Local
	now time.Time
}

func newFixture(tb testing.TB) *fixture {
	tb.Helper()
	f := &fixture{now: t0}
	l, err := NewLocal(tb.TempDir(), LocalOptions{Now: func() time.Time { return f.now }})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { l.Close() })
	f.Local = l
	return f
}

func (f *fixture) api(tb testing.TB, method, path, body string) (int, map[string]any) {
	tb.Helper()
	path, query, _ := strings.Cut(path, "?")
	params := map[string]string{}
	for _, kv := range strings.Split(query, "&") {
		if k, v, ok := strings.Cut(kv, "="); ok {
			params[k] = v
		}
	}
	resp, err := f.ServeAPI(context.Background(), events.LambdaFunctionURLRequest{RawPath: path, Body: body, QueryStringParameters: params,
		RequestContext: events.LambdaFunctionURLRequestContext{HTTP: events.LambdaFunctionURLRequestContextHTTPDescription{Method: method}}})
	if err != nil {
		tb.Fatal(err)
	}
	var m map[string]any
	if resp.Body != "" {
		if err := json.Unmarshal([]byte(resp.Body), &m); err != nil {
			tb.Fatalf("%s %s: body %q is not JSON: %v", method, path, resp.Body, err)
		}
	}
	return resp.StatusCode, m
}

const createBody = `{"employee":{"name":"Ana Ruiz","email":"ana@example.com","timeZone":"Europe/Madrid"},
 "manager":{"name":"Tom Berg","email":"tom@example.com","timeZone":"Europe/Berlin"},
 "meetingStart":"2027-03-12T10:00:00+01:00"}`

// update changes a stored conversation directly.
func (f *fixture) update(id string, fn func(*conversation.Conversation)) (*conversation.Conversation, error) {
	c, err := f.DB.Store().Get(context.Background(), id)
	if err != nil {
		return nil, err
	}
	fn(c)
	return c, f.DB.Store().Update(context.Background(), c)
}

func (f *fixture) create(tb testing.TB) string {
	tb.Helper()
	status, body := f.api(tb, "POST", "/conversations", createBody)
	if status != 201 {
		tb.Fatalf("create: %d %v", status, body)
	}
	return body["id"].(string)
}

// advance moves the clock and runs every job due.
func (f *fixture) advance(tb testing.TB, to time.Time) {
	tb.Helper()
	f.now = to
	if _, err := f.RunDue(context.Background()); err != nil {
		tb.Fatal(err)
	}
}

func (f *fixture) sent(tb testing.TB) []string {
	tb.Helper()
	files, err := outbox.List(f.Outbox)
	if err != nil {
		tb.Fatal(err)
	}
	var names []string
	for _, p := range files {
		fh, _ := os.Open(p)
		m, err := mail.ReadMessage(fh)
		fh.Close()
		if err != nil {
			tb.Fatal(err)
		}
		names = append(names, m.Header.Get("X-Careerconv-Email"))
	}
	return names
}

func (f *fixture) replyAddress(tb testing.TB, name string) string {
	tb.Helper()
	files, _ := outbox.List(f.Outbox)
	for _, p := range files {
		fh, _ := os.Open(p)
		m, err := mail.ReadMessage(fh)
		fh.Close()
		if err == nil && m.Header.Get("X-Careerconv-Email") == name {
			a, err := mail.ParseAddress(m.Header.Get("Reply-To"))
			if err != nil {
				tb.Fatal(err)
			}
			return a.Address
		}
	}
	tb.Fatalf("no %s email sent", name)
	return ""
}

func TestAPIErrors(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name, method, path, body string
		status                   int
		field                    string
	}{
		{"missing employee name", "POST", "/conversations", strings.Replace(createBody, `"Ana Ruiz"`, `""`, 1), 400, "employee.name"},
		{"bad time zone", "POST", "/conversations", strings.Replace(createBody, "Europe/Madrid", "Mars/Olympus", 1), 400, "employee.timeZone"},
		{"bad email", "POST", "/conversations", strings.Replace(createBody, "ana@example.com", "ana@", 1), 400, "employee.email"},
		{"header injection in name", "POST", "/conversations", strings.Replace(createBody, `"Ana Ruiz"`, `"Ana\r\nBcc: x@evil.test"`, 1), 400, "employee.name"},
		{"bad meeting time", "POST", "/conversations", strings.Replace(createBody, "2027-03-12T10:00:00+01:00", "next tuesday", 1), 400, "meetingStart"},
		{"meeting in the past", "POST", "/conversations", strings.Replace(createBody, "2027-03-12", "2027-02-12", 1), 400, "meetingStart"},
		{"unknown field", "POST", "/conversations", `{"employe":{}}`, 400, "employe"},
		{"wrong type", "POST", "/conversations", `{"meetingMinutes":"sixty"}`, 400, "meetingMinutes"},
		{"not json", "POST", "/conversations", `{`, 400, ""},
		{"empty body", "POST", "/conversations", ``, 400, ""},
		{"unknown conversation", "GET", "/conversations/aaaaaaaaaaaaaaaa", "", 404, ""},
		{"malformed id", "GET", "/conversations/../../etc", "", 404, ""},
		{"list without filter", "GET", "/conversations", "", 400, "employee"},
		{"unknown endpoint", "GET", "/nope", "", 404, ""},
		{"cancel unknown", "POST", "/conversations/aaaaaaaaaaaaaaaa/cancel", "", 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := f.api(t, tt.method, tt.path, tt.body)
			if status != tt.status {
				t.Fatalf("status = %d (%v), want %d", status, body, tt.status)
			}
			if msg, _ := body["error"].(string); msg == "" {
				t.Errorf("no error message in %v", body)
			}
			if got, _ := body["field"].(string); got != tt.field {
				t.Errorf("field = %q, want %q (%v)", got, tt.field, body)
			}
		})
	}
}

func TestAPICreateGetList(t *testing.T) {
	f := newFixture(t)
	id := f.create(t)
	status, body := f.api(t, "GET", "/conversations/"+id, "")
	if status != 200 || body["status"] != "scheduled" {
		t.Fatalf("get: %d %v", status, body)
	}
	// Give it an answer: the API must show that it exists, not what it says.
	_, err := f.update(id, func(c *conversation.Conversation) { c.SetAnswers(map[int]string{3: "my secret ambition"}, f.now) })
	if err != nil {
		t.Fatal(err)
	}
	resp, _ := f.ServeAPI(context.Background(), events.LambdaFunctionURLRequest{RawPath: "/conversations/" + id,
		RequestContext: events.LambdaFunctionURLRequestContext{HTTP: events.LambdaFunctionURLRequestContextHTTPDescription{Method: "GET"}}})
	if strings.Contains(resp.Body, "secret ambition") || !strings.Contains(resp.Body, `"answered":[3]`) {
		t.Errorf("get shows %s; want the answered question numbers, not the answers", resp.Body)
	}
	status, body = f.api(t, "GET", "/conversations?manager=TOM@example.com", "")
	list, _ := body["conversations"].([]any)
	if status != 200 || len(list) != 1 {
		t.Fatalf("list by manager: %d %v", status, body)
	}
}

// rawReply builds a plain reply from sender to addr.
func rawReply(from, addr, msgID, body string) []byte {
	return []byte(fmt.Sprintf("From: %s\r\nTo: %s\r\nSubject: Re: prep\r\nDate: Tue, 09 Mar 2027 19:00:00 +0100\r\nMessage-ID: <%s>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n", from, addr, msgID, body))
}

func TestInboundRefusesForgedAndStrangers(t *testing.T) {
	f := newFixture(t)
	id := f.create(t)
	f.advance(t, time.Date(2027, 3, 5, 9, 0, 0, 0, time.UTC))
	addr := f.replyAddress(t, "prep")
	ctx := context.Background()

	forged := strings.Replace(addr, "-p-", "-s-", 1)
	tests := []struct {
		name string
		raw  []byte
		why  string
	}{
		{"forged token", rawReply("ana@example.com", forged, "m1@x", "1. yes"), "does not verify"},
		{"wrong sender", rawReply("mallory@example.com", addr, "m2@x", "1. yes"), "not the expected participant"},
		{"not a reply address", rawReply("ana@example.com", "someone@reply.careerconv.test", "m3@x", "1. yes"), "not addressed to a reply address"},
		{"not a message", []byte("just some words\nwithout headers"), "not an email message"},
		{"empty", nil, "not an email message"},
		{"out of office", append([]byte("Auto-Submitted: auto-replied\r\n"), rawReply("ana@example.com", addr, "m4@x", "I am out of the office.")...), "Auto-Submitted"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := f.Deliver(ctx, tt.raw)
			if conversation.ErrorCode(err) != conversation.EINVALID || out.Result != assistant.ResultRejected || !strings.Contains(out.Detail, tt.why) {
				t.Fatalf("Deliver = %+v, %v; want rejected because %s", out, err, tt.why)
			}
		})
	}
	// A reply whose address was Bcc'd is found by its envelope recipient.
	bcc := rawReply("ana@example.com", "ana@example.com", "m5@x", "not an answer")
	if out, err := f.Deliver(ctx, bcc, addr); err != nil || out.Result == assistant.ResultRejected {
		t.Errorf("Bcc'd reply: %+v, %v; want it read", out, err)
	}
	c, err := f.Assistant.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Answers) != 0 {
		t.Errorf("answers stored from refused mail: %+v", c.Answers)
	}
	rejected := 0
	for _, e := range c.History {
		if e.Kind == conversation.EventRejected {
			rejected++
		}
	}
	if rejected != 2 {
		t.Errorf("%d rejected events recorded, want 2 (forged token, wrong sender)", rejected)
	}
	if got := f.sent(t); len(got) != 2 || got[1] != "receipt" && !strings.HasPrefix(got[1], "receipt") {
		t.Errorf("emails sent = %v, want the prep and one receipt (for the Bcc'd reply)", got)
	}
}

func TestRescheduleAndCancel(t *testing.T) {
	f := newFixture(t)
	id := f.create(t)
	status, body := f.api(t, "POST", "/conversations/"+id+"/reschedule", `{"meetingStart":"2027-03-26T10:00:00+01:00"}`)
	if status != 200 || body["generation"].(float64) != 2 {
		t.Fatalf("reschedule: %d %v", status, body)
	}
	// The old prep time (5 March) passes: nothing is sent.
	f.advance(t, time.Date(2027, 3, 6, 9, 0, 0, 0, time.UTC))
	if got := f.sent(t); len(got) != 0 {
		t.Fatalf("sent %v before the new prep time", got)
	}
	f.advance(t, time.Date(2027, 3, 19, 9, 0, 0, 0, time.UTC))
	if got := f.sent(t); len(got) != 1 || got[0] != "prep" {
		t.Fatalf("sent %v, want the prep", got)
	}
	status, body = f.api(t, "POST", "/conversations/"+id+"/cancel", "")
	if status != 200 || body["status"] != "cancelled" {
		t.Fatalf("cancel: %d %v", status, body)
	}
	// Jane, who had the prep, is told; Sam, who had nothing yet, is not.
	f.advance(t, time.Date(2027, 8, 1, 9, 0, 0, 0, time.UTC))
	if got := f.sent(t); !slices.Equal(got, []string{"prep", "cancelled-employee"}) {
		t.Errorf("sent %v after cancel, want the prep and the employee's cancellation notice only", got)
	}
	if status, _ := f.api(t, "POST", "/conversations/"+id+"/reschedule", `{"meetingStart":"2027-09-26T10:00:00+01:00"}`); status != 409 {
		t.Errorf("reschedule of a cancelled conversation: %d, want 409", status)
	}
	if status, _ := f.api(t, "DELETE", "/conversations/"+id, ""); status != 204 {
		t.Errorf("erase: %d", status)
	}
	if status, _ := f.api(t, "GET", "/conversations/"+id, ""); status != 404 {
		t.Errorf("get after erase: %d, want 404", status)
	}
}

// TestInfraSamples sends every Function URL sample of infra/events through the
// API handler, in lifecycle order, with the sample conversation ID replaced by
// the one created: the samples document the API, so they must work.
func TestInfraSamples(t *testing.T) {
	f := newFixture(t)
	f.now = time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC) // the samples' day
	id := ""
	for _, name := range []string{"url-create.json", "url-get.json", "url-list.json", "url-reschedule.json", "url-cancel.json", "url-erase.json"} {
		var req events.LambdaFunctionURLRequest
		if err := json.Unmarshal(infra.Event(name), &req); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if id != "" {
			req.RawPath = strings.Replace(req.RawPath, "ab3dc7ef2ghijk4l", id, 1)
		}
		resp, err := f.ServeAPI(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if resp.StatusCode >= 300 {
			t.Fatalf("%s: %d %s", name, resp.StatusCode, resp.Body)
		}
		if name == "url-create.json" {
			var c struct{ ID string }
			if err := json.Unmarshal([]byte(resp.Body), &c); err != nil {
				t.Fatal(err)
			}
			id = c.ID
		}
		if name == "url-list.json" && !strings.Contains(resp.Body, id) {
			t.Errorf("list does not show the created conversation: %s", resp.Body)
		}
	}
}

// A check-in reply may name steps by their words instead of their numbers: the
// assistant hands the reader the step texts.
func TestCheckInByStepNames(t *testing.T) {
	f := newFixture(t)
	id := f.create(t)
	ctx := context.Background()
	_, err := f.update(id, func(c *conversation.Conversation) {
		_ = c.Transition(conversation.StatusAwaitingSteps)
		_ = c.Transition(conversation.StatusFollowingUp)
		_ = c.SetSteps([]conversation.Step{{Text: "Finish the AWS architecture course"}, {Text: "Mentor the two graduates"}})
		c.Record(conversation.Event{Kind: conversation.EventSent, Email: "wrapup"})
	})
	if err != nil {
		t.Fatal(err)
	}
	f.advance(t, time.Date(2027, 4, 9, 9, 0, 0, 0, time.UTC)) // check-in 1
	addr := f.replyAddress(t, "checkin1")
	body := "AWS course: done!\r\nMentoring the graduates: in progress, first session booked\r\n"
	if _, err := f.Deliver(ctx, rawReply("ana@example.com", addr, "c1@x", body)); err != nil {
		t.Fatal(err)
	}
	c, err := f.Assistant.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if c.Steps[0].Status != conversation.StepDone || c.Steps[1].Status != conversation.StepInProgress {
		t.Errorf("statuses = %s, %s; want done, in_progress", c.Steps[0].Status, c.Steps[1].Status)
	}
}

func TestAPIImport(t *testing.T) {
	f := newFixture(t)
	csv := "employee_name,employee_email,employee_time_zone,manager_name,manager_email,manager_time_zone,meeting_start\n" +
		"Ana Ruiz,ana@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00\n" +
		"Cy,cy@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,soon\n"
	// One refused row refuses the file: 400, every refused row listed, nothing created.
	status, body := f.api(t, "POST", "/conversations/import", csv)
	created, _ := body["created"].([]any)
	errs, _ := body["errors"].([]any)
	if status != 400 || len(created) != 0 || len(errs) != 1 || errs[0].(map[string]any)["field"] != "meeting_start" || body["error"] == "" {
		t.Fatalf("import: %d %v", status, body)
	}
	good, _, _ := strings.Cut(csv, "Cy,")
	status, body = f.api(t, "POST", "/conversations/import", good)
	if created, _ := body["created"].([]any); status != 200 || len(created) != 1 {
		t.Fatalf("import: %d %v", status, body)
	}
	if status, body := f.api(t, "POST", "/conversations/import", "name,email\n"); status != 400 || body["field"] != "employee_name" {
		t.Errorf("import without the columns: %d %v, want 400 naming employee_name", status, body)
	}
}

// An oversized message is refused by the inbound path, as an oversized S3 object is.
func TestDeliverTooLarge(t *testing.T) {
	f := newFixture(t)
	raw := append([]byte("From: a@example.com\r\nTo: b@example.com\r\n\r\n"), make([]byte, mime.MaxMessageBytes)...)
	out, err := f.Deliver(context.Background(), raw)
	if conversation.ErrorCode(err) != conversation.EINVALID || !strings.Contains(out.Detail, "too large") {
		t.Errorf("Deliver = %+v, %v; want refused as too large", out, err)
	}
}
