package handlers

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

// API serves the admin HTTP API behind a Lambda Function URL (AWS_IAM auth) and,
// locally, behind `careerconv serve`:
//
//	POST   /conversations                    create (an Idempotency-Key header makes a retry return the same conversation)
//	GET    /conversations?employee=|manager= list (limit, cursor)
//	GET    /conversations?status=[&from=&to=] list by status, meetings in [from, to) (RFC 3339)
//	GET    /stats[?from=&to=]                participation by team and month (assistant.StatsRow): counts only
//	GET    /conversations/{id}               get
//	POST   /conversations/{id}/reschedule    {"meetingStart": RFC 3339, "meetingMinutes": n}
//	POST   /conversations/{id}/cancel        cancel
//	POST   /conversations/{id}/next          start the next conversation of the pair: {"meetingStart": RFC 3339}
//	                                         or no body (the date the review proposed); 201, or 200 with the one that exists
//	GET    /people/{email}/cycles            the person's cycles as employee: statuses and dates (CycleView)
//	POST   /conversations/import[?dryRun=true]  CSV body (assistant.ImportColumns), at most
//	                                         assistant.MaxImportRows rows: one conversation a row;
//	                                         400 with every refused row (an ImportResult) and nothing created
//	DELETE /conversations/{id}               erase one conversation
//	DELETE /people/{email}                   erase everything of one person
//
// Errors are JSON {"error": message, "field": name}: 400 for invalid input (the
// field is named), 404 unknown, 409 conflict, 503 when a dependency is down.
//
// The conversation is confidential to the employee and the manager: the API (an
// HR tool) shows who, when, where the conversation stands and what was sent and
// received, but never the answers, notes or steps themselves (see View).
type API struct {
	Assistant *assistant.Assistant
	Log       *slog.Logger
}

// MaxRequestBytes bounds a request body.
const MaxRequestBytes = 1 << 20

// Handle answers one Function URL request. It never returns an error: every
// outcome is an HTTP response, so Lambda does not retry an API call.
func (h *API) Handle(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	status, body := h.route(ctx, req)
	if status >= 500 {
		logger(h.Log).Error("api", "method", req.RequestContext.HTTP.Method, "path", req.RawPath, "status", status, "err", body)
	}
	var out []byte
	switch b := body.(type) {
	case nil:
	case error:
		out, _ = json.Marshal(errorBody(b))
	default:
		var err error
		if out, err = json.Marshal(b); err != nil {
			status, out = http.StatusInternalServerError, []byte(`{"error":"Internal error."}`)
		}
	}
	resp := events.LambdaFunctionURLResponse{StatusCode: status, Body: string(out)}
	if out != nil {
		resp.Headers = map[string]string{"Content-Type": "application/json"}
	}
	return resp, nil
}

type apiError struct {
	Error string `json:"error"`
	Field string `json:"field,omitempty"`
}

func errorBody(err error) apiError {
	return apiError{Error: conversation.ErrorMessage(err), Field: conversation.ErrorField(err)}
}

func statusOf(err error) int {
	switch conversation.ErrorCode(err) {
	case conversation.EINVALID:
		return http.StatusBadRequest
	case conversation.ENOTFOUND:
		return http.StatusNotFound
	case conversation.ECONFLICT:
		return http.StatusConflict
	case conversation.EFORBIDDEN:
		return http.StatusForbidden
	case conversation.EUNAVAILABLE:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// route returns a status and either a value to encode or an error.
func (h *API) route(ctx context.Context, req events.LambdaFunctionURLRequest) (int, any) {
	method := req.RequestContext.HTTP.Method
	path := strings.Trim(req.RawPath, "/")
	if path == "" {
		path = strings.Trim(req.RequestContext.HTTP.Path, "/")
	}
	respond := func(ok int, v any, err error) (int, any) {
		if err != nil {
			return statusOf(err), err
		}
		return ok, v
	}
	// Function URLs keep the path percent-encoded (/people/ana%40example.com):
	// each segment is decoded, and one that does not decode is refused.
	parts := strings.Split(path, "/")
	for i, p := range parts {
		s, err := url.PathUnescape(p)
		if err != nil || strings.ContainsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f }) {
			return respond(0, nil, conversation.Errorf(conversation.EINVALID, "The path segment %q is not valid.", p))
		}
		parts[i] = s
	}
	a := h.Assistant
	switch {
	case len(parts) == 1 && parts[0] == "conversations" && method == http.MethodPost:
		var r struct {
			assistant.CreateRequest
			MeetingStart string `json:"meetingStart"`
		}
		if err := decode(req, &r); err != nil {
			return respond(0, nil, err)
		}
		start, err := parseTime("meetingStart", r.MeetingStart)
		if err != nil {
			return respond(0, nil, err)
		}
		r.CreateRequest.MeetingStart = start
		r.CreateRequest.IdempotencyKey = header(req, "Idempotency-Key")
		c, err := a.Create(ctx, r.CreateRequest)
		return respond(http.StatusCreated, h.view(c), err)
	case len(parts) == 1 && parts[0] == "conversations" && method == http.MethodGet:
		q := conversation.ListQuery{Employee: req.QueryStringParameters["employee"], Manager: req.QueryStringParameters["manager"],
			Status: conversation.Status(req.QueryStringParameters["status"]), Cursor: req.QueryStringParameters["cursor"]}
		for name, dst := range map[string]*time.Time{"from": &q.From, "to": &q.To} {
			if s := req.QueryStringParameters[name]; s != "" {
				t, err := parseTime(name, s)
				if err != nil {
					return respond(0, nil, err)
				}
				*dst = t
			}
		}
		if s := req.QueryStringParameters["limit"]; s != "" {
			n, err := strconv.Atoi(s)
			if err != nil {
				return respond(0, nil, conversation.FieldErrorf("limit", "Limit must be a number."))
			}
			q.Limit = n
		}
		page, err := a.List(ctx, q)
		body := listBody{Conversations: make([]*View, 0, len(page.Conversations)), Cursor: page.Cursor}
		for _, c := range page.Conversations {
			body.Conversations = append(body.Conversations, h.view(c))
		}
		return respond(http.StatusOK, body, err)
	case len(parts) == 1 && parts[0] == "stats" && method == http.MethodGet:
		var from, to time.Time
		for name, dst := range map[string]*time.Time{"from": &from, "to": &to} {
			if s := req.QueryStringParameters[name]; s != "" {
				t, err := parseTime(name, s)
				if err != nil {
					return respond(0, nil, err)
				}
				*dst = t
			}
		}
		rows, err := a.Stats(ctx, from, to)
		return respond(http.StatusOK, map[string]any{"teams": rows}, err)
	case len(parts) == 2 && parts[0] == "conversations" && parts[1] == "import" && method == http.MethodPost:
		body, err := rawBody(req)
		if err != nil {
			return respond(0, nil, err)
		}
		res, err := a.Import(ctx, bytes.NewReader(body), assistant.ImportOptions{DryRun: req.QueryStringParameters["dryRun"] == "true"})
		if res.Error != "" {
			return http.StatusBadRequest, res // every refused row, and nothing created
		}
		return respond(http.StatusOK, res, err)
	case len(parts) == 2 && parts[0] == "conversations" && method == http.MethodGet:
		c, err := a.Get(ctx, parts[1])
		return respond(http.StatusOK, h.view(c), err)
	case len(parts) == 2 && parts[0] == "conversations" && method == http.MethodDelete:
		return respond(http.StatusNoContent, nil, a.Erase(ctx, parts[1]))
	case len(parts) == 2 && parts[0] == "people" && method == http.MethodDelete:
		email := strings.ToLower(parts[1])
		if addr, err := mail.ParseAddress(email); err != nil || addr.Address != email {
			return respond(0, nil, conversation.FieldErrorf("email", "%q is not an email address.", parts[1]))
		}
		n, err := a.ErasePerson(ctx, email)
		if err == nil && n == 0 {
			err = conversation.Errorf(conversation.ENOTFOUND, "No conversation has %s as employee or manager.", email)
		}
		return respond(http.StatusOK, map[string]int{"erased": n}, err)
	case len(parts) == 3 && parts[0] == "conversations" && parts[2] == "reschedule" && method == http.MethodPost:
		var r struct {
			MeetingStart   string `json:"meetingStart"`
			MeetingMinutes int    `json:"meetingMinutes"`
		}
		if err := decode(req, &r); err != nil {
			return respond(0, nil, err)
		}
		start, err := parseTime("meetingStart", r.MeetingStart)
		if err != nil {
			return respond(0, nil, err)
		}
		c, err := a.Reschedule(ctx, parts[1], start, r.MeetingMinutes)
		return respond(http.StatusOK, h.view(c), err)
	case len(parts) == 3 && parts[0] == "conversations" && parts[2] == "cancel" && method == http.MethodPost:
		c, err := a.Cancel(ctx, parts[1])
		return respond(http.StatusOK, h.view(c), err)
	case len(parts) == 3 && parts[0] == "conversations" && parts[2] == "next" && method == http.MethodPost:
		var start time.Time
		if body, err := rawBody(req); err != nil {
			return respond(0, nil, err)
		} else if len(bytes.TrimSpace(body)) > 0 {
			var r struct {
				MeetingStart string `json:"meetingStart"`
			}
			if err := decode(req, &r); err != nil {
				return respond(0, nil, err)
			}
			if start, err = parseTime("meetingStart", r.MeetingStart); err != nil {
				return respond(0, nil, err)
			}
		}
		c, existed, err := a.Next(ctx, parts[1], start)
		status := http.StatusCreated
		if existed {
			status = http.StatusOK
		}
		return respond(status, h.view(c), err)
	case len(parts) == 3 && parts[0] == "people" && parts[2] == "cycles" && method == http.MethodGet:
		email := strings.ToLower(parts[1])
		if addr, err := mail.ParseAddress(email); err != nil || addr.Address != email {
			return respond(0, nil, conversation.FieldErrorf("email", "%q is not an email address.", parts[1]))
		}
		cs, err := a.Cycles(ctx, email)
		out := struct {
			Cycles []CycleView `json:"cycles"`
		}{Cycles: make([]CycleView, 0, len(cs))}
		for _, c := range cs {
			out.Cycles = append(out.Cycles, cycleView(c))
		}
		return respond(http.StatusOK, out, err)
	case len(parts) <= 3 && (parts[0] == "conversations" || parts[0] == "people"):
		return http.StatusMethodNotAllowed, conversation.Errorf(conversation.EINVALID, "%s is not allowed on /%s.", method, path)
	}
	return http.StatusNotFound, conversation.Errorf(conversation.ENOTFOUND, "No such endpoint /%s.", path)
}

type listBody struct {
	Conversations []*View `json:"conversations"`
	Cursor        string  `json:"cursor,omitempty"`
}

// View is what the API shows of a conversation: everything but its content.
type View struct {
	ID             string                   `json:"id"`
	Employee       conversation.Participant `json:"employee"`
	Manager        conversation.Participant `json:"manager"`
	MeetingStart   time.Time                `json:"meetingStart"`
	MeetingMinutes int                      `json:"meetingMinutes"`
	RequestCV      bool                     `json:"requestCV,omitempty"`
	Status         conversation.Status      `json:"status"`
	Generation     int                      `json:"generation"`
	// Answered lists the question numbers the employee answered.
	Answered []int `json:"answered"`
	// Steps counts the agreed steps by status.
	Steps map[conversation.StepStatus]int `json:"steps"`
	// Next is the next email planned and when; nil when none is left.
	Next    *NextEmail           `json:"next,omitempty"`
	History []conversation.Event `json:"history"`
	// PreviousCycle and NextCycle are the IDs of the pair's conversations
	// before and after this one ("" for none).
	PreviousCycle string    `json:"previousCycle,omitempty"`
	NextCycle     string    `json:"nextCycle,omitempty"`
	CreatedAt     time.Time `json:"createdAt"`
	UpdatedAt     time.Time `json:"updatedAt"`
	ExpiresAt     time.Time `json:"expiresAt,omitzero"`
}

// NextEmail is the next email a conversation is planned to send.
type NextEmail struct {
	Email string    `json:"email"`
	At    time.Time `json:"at"`
	// Overdue is set when its time passed over an hour ago: the conversation is stuck.
	Overdue bool `json:"overdue,omitempty"`
}

func (h *API) view(c *conversation.Conversation) *View {
	if c == nil {
		return nil
	}
	v := view(c)
	if j, ok := h.Assistant.NextEmail(c); ok {
		v.Next = &NextEmail{Email: j.Email(), At: j.At, Overdue: j.At.Before(h.Assistant.Now().Add(-time.Hour))}
	}
	return v
}

func view(c *conversation.Conversation) *View {
	if c == nil {
		return nil
	}
	v := &View{
		ID: c.ID, Employee: c.Employee, Manager: c.Manager, MeetingStart: c.MeetingStart, MeetingMinutes: c.MeetingMinutes,
		RequestCV: c.RequestCV, Status: c.Status, Generation: c.Generation, Answered: []int{},
		Steps: map[conversation.StepStatus]int{}, History: c.History,
		CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt, ExpiresAt: c.ExpiresAt,
		PreviousCycle: c.Previous, NextCycle: c.Next,
	}
	for _, a := range c.Answers {
		v.Answered = append(v.Answered, a.Question)
	}
	for _, s := range c.Steps {
		v.Steps[s.Status]++
	}
	return v
}

// CycleView is one cycle of a person's timeline: who, where it stands and
// when each stage happened, never what was said.
type CycleView struct {
	ID            string              `json:"id"`
	Employee      string              `json:"employee"`
	Manager       string              `json:"manager"`
	MeetingStart  time.Time           `json:"meetingStart"`
	Status        conversation.Status `json:"status"`
	PreviousCycle string              `json:"previousCycle,omitempty"`
	NextCycle     string              `json:"nextCycle,omitempty"`
	// Dates are the cycle's milestones in order: created, prep, prepared
	// (her first answers), preread, wrapup, steps agreed, checkin<N>,
	// review, next booked, rescheduled, cancelled.
	Dates []Milestone `json:"dates"`
}

// Milestone is one dated stage of a cycle.
type Milestone struct {
	Name string    `json:"name"`
	At   time.Time `json:"at"`
}

// cycleView builds a cycle's timeline from its history: kinds, email names
// and times only.
func cycleView(c *conversation.Conversation) CycleView {
	v := CycleView{ID: c.ID, Employee: c.Employee.Email, Manager: c.Manager.Email, MeetingStart: c.MeetingStart,
		Status: c.Status, PreviousCycle: c.Previous, NextCycle: c.Next, Dates: []Milestone{}}
	seen := map[string]bool{}
	add := func(name string, at time.Time) {
		if !seen[name] {
			seen[name] = true
			v.Dates = append(v.Dates, Milestone{Name: name, At: at})
		}
	}
	for _, e := range c.History {
		switch e.Kind {
		case conversation.EventCreated, conversation.EventCancelled, conversation.EventNext:
			add(map[conversation.EventKind]string{conversation.EventCreated: "created", conversation.EventCancelled: "cancelled", conversation.EventNext: "next booked"}[e.Kind], e.At)
		case conversation.EventRescheduled:
			v.Dates = append(v.Dates, Milestone{Name: "rescheduled", At: e.At})
		case conversation.EventSent:
			switch {
			case e.Email == conversation.EmailPrep, e.Email == conversation.EmailPreread, e.Email == conversation.EmailWrapUp, e.Email == conversation.EmailReview,
				strings.HasPrefix(e.Email, conversation.EmailCheckIn) && !strings.Contains(e.Email, "-"):
				add(e.Email, e.At)
			}
		case conversation.EventReceived:
			switch conversation.ReplyKind(e.Email) {
			case conversation.ReplyPrep:
				add("prepared", e.At)
			case conversation.ReplySteps:
				add("steps agreed", e.At)
			}
		}
	}
	return v
}

// header returns a request header by name: Function URLs lower-case the names.
func header(req events.LambdaFunctionURLRequest, name string) string {
	for k, v := range req.Headers {
		if strings.EqualFold(k, name) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// decode reads a JSON body strictly: unknown fields, trailing data, wrong types and
// oversized bodies are EINVALID errors that name the field where possible.
func decode(req events.LambdaFunctionURLRequest, v any) error {
	body, err := rawBody(req)
	if err != nil {
		return err
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return conversation.Errorf(conversation.EINVALID, "A JSON body is required.")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var typeErr *json.UnmarshalTypeError
		switch {
		case errors.As(err, &typeErr):
			f := jsonField(typeErr.Field)
			return conversation.FieldErrorf(f, "Field %s must be a %s.", f, typeErr.Type)
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			f := strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`)
			return conversation.FieldErrorf(f, "Unknown field %q.", f)
		}
		return conversation.Errorf(conversation.EINVALID, "The body is not valid JSON: %v.", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return conversation.Errorf(conversation.EINVALID, "The body has data after the JSON value.")
	}
	return nil
}

// rawBody returns the request body, decoded from base64 when the Function URL
// encoded it, within MaxRequestBytes.
func rawBody(req events.LambdaFunctionURLRequest) ([]byte, error) {
	body := []byte(req.Body)
	if req.IsBase64Encoded {
		var err error
		if body, err = base64.StdEncoding.DecodeString(req.Body); err != nil {
			return nil, conversation.Errorf(conversation.EINVALID, "The body is not valid base64.")
		}
	}
	if len(body) > MaxRequestBytes {
		return nil, conversation.Errorf(conversation.EINVALID, "The body is larger than %d bytes.", MaxRequestBytes)
	}
	return body, nil
}

// parseTime reads an RFC 3339 time with an explicit offset, naming field when it is
// missing or malformed.
func parseTime(field, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, conversation.FieldErrorf(field, "%s is required (RFC 3339, e.g. 2027-01-15T14:00:00+01:00).", field)
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, conversation.FieldErrorf(field, "%s %q is not an RFC 3339 time such as 2027-01-15T14:00:00+01:00.", field, s)
	}
	return t, nil
}

// jsonField drops the Go names of embedded structs from a decoding error's field
// path ("CreateRequest.meetingMinutes" → "meetingMinutes"); JSON names are lower camel case.
func jsonField(path string) string {
	parts := strings.Split(path, ".")
	for len(parts) > 1 && parts[0] != "" && parts[0][0] >= 'A' && parts[0][0] <= 'Z' {
		parts = parts[1:]
	}
	return strings.Join(parts, ".")
}
