package infra_test

import (
	"bytes"
	"encoding/json"
	"maps"
	"net/mail"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/careerconv/careerconv/infra"
	"github.com/careerconv/careerconv/pkg/conversation"
)

// decodeStrict decodes data into v, failing on unknown fields and trailing data.
func decodeStrict(tb testing.TB, data []byte, v any) {
	tb.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		tb.Fatalf("decode %T: %v", v, err)
	}
	if dec.More() {
		tb.Fatalf("decode %T: trailing data", v)
	}
}

// event returns the sample called name, failing if there is none.
func event(tb testing.TB, name string) []byte {
	tb.Helper()
	b := infra.Event(name)
	if b == nil {
		tb.Fatalf("no sample event %q", name)
	}
	return b
}

// roundTrip re-encodes v, decodes the result strictly into a new value of v's
// type and checks it equals v, and that the re-encoded JSON says what the
// sample says (as generic JSON values), so no field is lost or invented.
func roundTrip[T any](tb testing.TB, sample []byte, v *T) {
	tb.Helper()
	out, err := json.Marshal(v)
	if err != nil {
		tb.Fatalf("encode %T: %v", v, err)
	}
	var again T
	decodeStrict(tb, out, &again)
	if !reflect.DeepEqual(*v, again) {
		tb.Errorf("%T changed in a round trip:\n got %+v\nwant %+v", v, again, *v)
	}
	var want, got any
	if err := json.Unmarshal(sample, &want); err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(out, &got); err != nil {
		tb.Fatal(err)
	}
	if !reflect.DeepEqual(want, got) {
		tb.Errorf("re-encoded %T differs from the sample:\n got %s\nwant %s", v, out, sample)
	}
}

func TestEventNames(t *testing.T) {
	want := []string{"scheduler-job", "ses-receipt", "url-cancel", "url-create", "url-erase", "url-get", "url-list", "url-reschedule"}
	if got := infra.EventNames(); !slices.Equal(got, want) {
		t.Errorf("EventNames() = %q, want %q", got, want)
	}
}

func TestEventLookup(t *testing.T) {
	tests := []struct {
		name  string
		found bool
	}{
		{"ses-receipt", true},
		{"ses-receipt.json", true},
		{"url-create", true},
		{"", false},
		{"nope", false},
		{"../doc.go", false},
		{"events/ses-receipt.json", false},
		{"SES-RECEIPT", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := infra.Event(tt.name)
			if (got != nil) != tt.found {
				t.Fatalf("Event(%q) found = %v, want %v", tt.name, got != nil, tt.found)
			}
			if tt.found && !json.Valid(got) {
				t.Errorf("Event(%q) is not valid JSON", tt.name)
			}
		})
	}
	t.Run("returns a copy", func(t *testing.T) {
		a := infra.Event("scheduler-job")
		a[0] = 'X'
		if b := infra.Event("scheduler-job"); b[0] != '{' {
			t.Errorf("changing one result changed the next: %q", b[:1])
		}
	})
}

func TestSESReceiptEvent(t *testing.T) {
	sample := event(t, "ses-receipt")
	var e events.SimpleEmailEvent
	decodeStrict(t, sample, &e)
	roundTrip(t, sample, &e)

	if len(e.Records) != 1 {
		t.Fatalf("%d records, want 1", len(e.Records))
	}
	r := e.Records[0]
	if r.EventSource != "aws:ses" || r.EventVersion != "1.0" {
		t.Errorf("eventSource %q version %q, want aws:ses 1.0", r.EventSource, r.EventVersion)
	}
	m, rc := r.SES.Mail, r.SES.Receipt
	if m.MessageID == "" || strings.ContainsAny(m.MessageID, "/<>@ ") {
		t.Errorf("mail.messageId %q is not an SES message ID (the S3 object key under the prefix)", m.MessageID)
	}
	if m.Timestamp.IsZero() || rc.Timestamp.IsZero() {
		t.Error("timestamps are missing")
	}
	if len(m.Destination) != 1 || !slices.Equal(m.Destination, rc.Recipients) {
		t.Errorf("destination %q, recipients %q: want one reply address in both", m.Destination, rc.Recipients)
	}
	if addr := m.Destination[0]; !strings.HasPrefix(addr, "reply+") || !strings.HasSuffix(addr, "@reply.example.com") {
		t.Errorf("destination %q is not reply+<token>@reply.example.com", addr)
	}
	headers := map[string]string{}
	for _, h := range m.Headers {
		headers[h.Name] = h.Value
	}
	for name, common := range map[string]string{
		"Message-ID": m.CommonHeaders.MessageID,
		"Subject":    m.CommonHeaders.Subject,
		"Date":       m.CommonHeaders.Date,
	} {
		if headers[name] == "" || headers[name] != common {
			t.Errorf("header %s %q and commonHeaders %q disagree", name, headers[name], common)
		}
	}
	if headers["In-Reply-To"] == "" {
		t.Error("a reply sample needs In-Reply-To")
	}
	if from, err := mail.ParseAddress(m.CommonHeaders.From[0]); err != nil || from.Address != m.Source {
		t.Errorf("commonHeaders.from %q does not match source %q (%v)", m.CommonHeaders.From, m.Source, err)
	}
	for name, v := range map[string]events.SimpleEmailVerdict{
		"spam": rc.SpamVerdict, "virus": rc.VirusVerdict, "spf": rc.SPFVerdict, "dkim": rc.DKIMVerdict, "dmarc": rc.DMARCVerdict,
	} {
		if v.Status != "PASS" {
			t.Errorf("%s verdict %q, want PASS", name, v.Status)
		}
	}
	if a := rc.Action; a.Type != "Lambda" || a.InvocationType != "Event" || !strings.HasPrefix(a.FunctionARN, "arn:aws:lambda:") {
		t.Errorf("action %+v, want an asynchronous Lambda action", a)
	}
}

func TestSchedulerJobEvent(t *testing.T) {
	sample := event(t, "scheduler-job")
	var p conversation.Payload
	decodeStrict(t, sample, &p)
	job, err := p.Job()
	if err != nil || p.V != conversation.PayloadVersion {
		t.Fatalf("sample payload (version %d) does not give a job: %v", p.V, err)
	}
	want := conversation.Job{ConversationID: "ab3dc7ef2ghijk4l", Kind: conversation.JobPrep, Seq: 0, Generation: 1}
	if job != want {
		t.Errorf("job = %+v, want %+v", job, want)
	}
	parsed, err := conversation.ParseJobName(job.Name())
	if err != nil || parsed != want {
		t.Errorf("ParseJobName(%q) = %+v, %v", job.Name(), parsed, err)
	}
	out, err := json.Marshal(conversation.NewPayload(job))
	if err != nil {
		t.Fatal(err)
	}
	var ap conversation.Payload
	decodeStrict(t, out, &ap)
	if again, err := ap.Job(); err != nil || again != job {
		t.Errorf("round trip: %+v, want %+v", again, job)
	}
}

// createRequest is the body of POST /conversations as the samples send it.
type createRequest struct {
	Employee       conversation.Participant `json:"employee"`
	Manager        conversation.Participant `json:"manager"`
	MeetingStart   time.Time                `json:"meetingStart"`
	MeetingMinutes int                      `json:"meetingMinutes"`
	RequestCV      bool                     `json:"requestCV"`
}

// rescheduleRequest is the body of POST /conversations/{id}/reschedule.
type rescheduleRequest struct {
	MeetingStart   time.Time `json:"meetingStart"`
	MeetingMinutes int       `json:"meetingMinutes"`
}

func TestFunctionURLEvents(t *testing.T) {
	const id = "ab3dc7ef2ghijk4l"
	tests := []struct {
		name, method, path string
		query              map[string]string
		checkBody          func(t *testing.T, body string)
	}{
		{name: "url-create", method: "POST", path: "/conversations", checkBody: func(t *testing.T, body string) {
			var c createRequest
			decodeStrict(t, []byte(body), &c)
			for role, p := range map[string]conversation.Participant{"employee": c.Employee, "manager": c.Manager} {
				if _, err := mail.ParseAddress(p.Email); err != nil || p.Name == "" {
					t.Errorf("%s %+v: want a name and an email address (%v)", role, p, err)
				}
				if _, err := time.LoadLocation(p.TimeZone); err != nil || p.TimeZone == "" {
					t.Errorf("%s time zone %q: %v", role, p.TimeZone, err)
				}
			}
			if c.MeetingStart.IsZero() || c.MeetingMinutes <= 0 || !c.RequestCV {
				t.Errorf("create body %+v: want a meeting start, a length and requestCV", c)
			}
		}},
		{name: "url-get", method: "GET", path: "/conversations/" + id},
		{name: "url-list", method: "GET", path: "/conversations", query: map[string]string{"employee": "alex.employee@example.com"}},
		{name: "url-reschedule", method: "POST", path: "/conversations/" + id + "/reschedule", checkBody: func(t *testing.T, body string) {
			var r rescheduleRequest
			decodeStrict(t, []byte(body), &r)
			if r.MeetingStart.IsZero() || r.MeetingMinutes <= 0 {
				t.Errorf("reschedule body %+v: want a meeting start and length", r)
			}
		}},
		{name: "url-cancel", method: "POST", path: "/conversations/" + id + "/cancel"},
		{name: "url-erase", method: "DELETE", path: "/conversations/" + id},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sample := event(t, tt.name)
			var req events.LambdaFunctionURLRequest
			decodeStrict(t, sample, &req)
			roundTrip(t, sample, &req)

			h := req.RequestContext.HTTP
			if req.Version != "2.0" || h.Method != tt.method || req.RawPath != tt.path || h.Path != tt.path {
				t.Errorf("version %q, %s %s (rawPath %s), want 2.0 %s %s", req.Version, h.Method, h.Path, req.RawPath, tt.method, tt.path)
			}
			if !maps.Equal(req.QueryStringParameters, tt.query) {
				t.Errorf("query %v, want %v", req.QueryStringParameters, tt.query)
			}
			if (req.RawQueryString == "") != (len(tt.query) == 0) {
				t.Errorf("rawQueryString %q does not match the parameters %v", req.RawQueryString, tt.query)
			}
			if a := req.RequestContext.Authorizer; a == nil || a.IAM == nil || a.IAM.UserARN == "" || a.IAM.AccountID == "" {
				t.Errorf("authorizer %+v: an AWS_IAM Function URL passes the caller's IAM identity", a)
			}
			if host := req.Headers["host"]; host != req.RequestContext.DomainName || !strings.HasSuffix(host, ".on.aws") {
				t.Errorf("host %q, domainName %q: want the same lambda-url host", host, req.RequestContext.DomainName)
			}
			for k := range req.Headers {
				if k != strings.ToLower(k) {
					t.Errorf("header %q: Function URLs pass header names in lower case", k)
				}
			}
			if req.IsBase64Encoded {
				t.Error("JSON bodies are not base64-encoded")
			}
			if seg := strings.Split(strings.TrimPrefix(req.RawPath, "/conversations"), "/"); len(seg) > 1 && !conversation.ValidID(seg[1]) {
				t.Errorf("path %q names an invalid conversation ID %q", req.RawPath, seg[1])
			}
			if tt.checkBody == nil {
				if req.Body != "" {
					t.Errorf("unexpected body %q", req.Body)
				}
				return
			}
			if req.Headers["content-type"] != "application/json" {
				t.Errorf("content-type %q, want application/json", req.Headers["content-type"])
			}
			tt.checkBody(t, req.Body)
		})
	}
}
