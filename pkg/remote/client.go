package remote

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/handlers"
)

// Request is one API call.
type Request struct {
	Method string
	// Path is the API path, such as "/conversations/ID" (unescaped).
	Path        string
	Query       url.Values
	Body        []byte
	ContentType string
}

// Response is the API's answer.
type Response struct {
	Status int
	Body   []byte
}

// Transport carries API calls: Signed to a Function URL, Local to a handler in
// this process.
type Transport interface {
	Do(ctx context.Context, r Request) (Response, error)
}

// Client makes the API's calls and decodes their answers. An answer that is
// not a success is a *conversation.Error whose code follows the HTTP status.
type Client struct {
	T Transport
}

// Page is one page of a listing.
type Page struct {
	Conversations []*handlers.View `json:"conversations"`
	Cursor        string           `json:"cursor,omitempty"`
}

// CreateInput is the body of a create: assistant.CreateRequest with the
// meeting start as the API reads it (RFC 3339 with an offset).
type CreateInput struct {
	Employee       conversation.Participant `json:"employee"`
	Manager        conversation.Participant `json:"manager"`
	MeetingStart   string                   `json:"meetingStart"`
	MeetingMinutes int                      `json:"meetingMinutes,omitempty"`
	RequestCV      bool                     `json:"requestCV,omitempty"`
}

// Create starts a conversation.
func (c *Client) Create(ctx context.Context, in CreateInput) (*handlers.View, error) {
	var v handlers.View
	return &v, c.call(ctx, http.MethodPost, "/conversations", nil, in, &v)
}

// Get returns one conversation.
func (c *Client) Get(ctx context.Context, id string) (*handlers.View, error) {
	var v handlers.View
	return &v, c.call(ctx, http.MethodGet, "/conversations/"+id, nil, nil, &v)
}

// List returns a page of one employee's or one manager's conversations.
func (c *Client) List(ctx context.Context, q conversation.ListQuery) (Page, error) {
	v := url.Values{}
	for k, s := range map[string]string{"employee": q.Employee, "manager": q.Manager, "status": string(q.Status), "cursor": q.Cursor} {
		if s != "" {
			v.Set(k, s)
		}
	}
	for k, t := range map[string]time.Time{"from": q.From, "to": q.To} {
		if !t.IsZero() {
			v.Set(k, t.Format(time.RFC3339))
		}
	}
	if q.Limit != 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	var p Page
	return p, c.call(ctx, http.MethodGet, "/conversations", v, nil, &p)
}

// Stats returns participation by team and month for meetings in [from, to)
// (a zero bound is open).
func (c *Client) Stats(ctx context.Context, from, to time.Time) ([]assistant.StatsRow, error) {
	v := url.Values{}
	for k, t := range map[string]time.Time{"from": from, "to": to} {
		if !t.IsZero() {
			v.Set(k, t.Format(time.RFC3339))
		}
	}
	var out struct {
		Teams []assistant.StatsRow `json:"teams"`
	}
	err := c.call(ctx, http.MethodGet, "/stats", v, nil, &out)
	return out.Teams, err
}

// Reschedule moves a meeting; minutes 0 keeps its length.
func (c *Client) Reschedule(ctx context.Context, id string, start time.Time, minutes int) (*handlers.View, error) {
	body := map[string]any{"meetingStart": start.Format(time.RFC3339)}
	if minutes != 0 {
		body["meetingMinutes"] = minutes
	}
	var v handlers.View
	return &v, c.call(ctx, http.MethodPost, "/conversations/"+id+"/reschedule", nil, body, &v)
}

// Cancel stops a conversation.
func (c *Client) Cancel(ctx context.Context, id string) (*handlers.View, error) {
	var v handlers.View
	return &v, c.call(ctx, http.MethodPost, "/conversations/"+id+"/cancel", nil, nil, &v)
}

// Next starts the conversation that follows id at start (zero: the date the
// review proposed); the one already started if there is one.
func (c *Client) Next(ctx context.Context, id string, start time.Time) (*handlers.View, error) {
	var body any
	if !start.IsZero() {
		body = map[string]any{"meetingStart": start.Format(time.RFC3339)}
	}
	var v handlers.View
	return &v, c.call(ctx, http.MethodPost, "/conversations/"+id+"/next", nil, body, &v)
}

// Cycles returns one employee's cycles: statuses and dates.
func (c *Client) Cycles(ctx context.Context, email string) ([]handlers.CycleView, error) {
	var out struct {
		Cycles []handlers.CycleView `json:"cycles"`
	}
	err := c.call(ctx, http.MethodGet, "/people/"+email+"/cycles", nil, nil, &out)
	return out.Cycles, err
}

// Erase deletes one conversation and everything stored of it.
func (c *Client) Erase(ctx context.Context, id string) error {
	return c.call(ctx, http.MethodDelete, "/conversations/"+id, nil, nil, nil)
}

// ErasePerson deletes every conversation of one person and returns how many.
func (c *Client) ErasePerson(ctx context.Context, email string) (int, error) {
	var out struct {
		Erased int `json:"erased"`
	}
	err := c.call(ctx, http.MethodDelete, "/people/"+email, nil, nil, &out)
	return out.Erased, err
}

// Import sends one CSV of at most assistant.MaxImportRows rows. A file with a
// refused row answers with the result listing every refused row and an
// EINVALID error; nothing was created.
func (c *Client) Import(ctx context.Context, csv []byte, dryRun bool) (assistant.ImportResult, error) {
	var q url.Values
	if dryRun {
		q = url.Values{"dryRun": {"true"}}
	}
	resp, err := c.T.Do(ctx, Request{Method: http.MethodPost, Path: "/conversations/import", Query: q, Body: csv, ContentType: "text/csv"})
	var res assistant.ImportResult
	if err != nil {
		return res, err
	}
	if resp.Status == http.StatusOK || resp.Status == http.StatusBadRequest {
		if json.Unmarshal(resp.Body, &res) == nil && (resp.Status == http.StatusOK || res.Error != "") {
			if resp.Status == http.StatusBadRequest {
				return res, conversation.Errorf(conversation.EINVALID, "%s", res.Error)
			}
			return res, nil
		}
	}
	return res, apiError(resp)
}

// DefaultImportPart is how many rows ImportFile sends at once to a Function
// URL: each row costs about ten AWS calls (its eight schedules, a lookup and
// a write; about 100 ms at four schedules at a time), so a part takes about
// 5 s, well inside the function's 30 s.
const DefaultImportPart = 50

// DefaultImportParallel is how many parts ImportFile sends at once to a
// Function URL: each is its own function instance making up to four
// CreateSchedule calls at a time (eventbridge), so an import keeps at most
// eight in flight (README: Importing at scale, against the scheduler's quota).
const DefaultImportParallel = 2

// A part of an import is sent at most importAttempts times, waiting
// importRetryWait longer each time.
const (
	importAttempts  = 3
	importRetryWait = 2 * time.Second
)

// ImportOptions tunes ImportFile.
type ImportOptions struct {
	// Part is the rows sent in one request: at most (and for 0)
	// assistant.MaxImportRows.
	Part int
	// Parallel is how many parts are sent at once; 0 means one at a time.
	Parallel int
	// Progress, if not nil, hears after each part how many rows are done.
	Progress func(done, total int)
}

// ImportFile imports a CSV of any length: it reads the file whole
// (assistant.ReadImport), has the API validate every part of rows (dry runs)
// and, only if no row is refused, imports the parts, o.Parallel at a time.
// Lines and rows in the result are those of the whole file, in its order. A
// part that fails for a transient reason (a timeout, an unavailable or
// throttled service) is sent again, up to three times; a part that still
// fails stops the import (no part is started after it) and is returned with
// the rows done so far: the API skips rows that exist, so the import is run
// again to finish.
func (c *Client) ImportFile(ctx context.Context, r io.Reader, o ImportOptions) (assistant.ImportResult, error) {
	res := assistant.ImportResult{Created: []assistant.ImportRow{}, Skipped: []assistant.ImportRow{}, Errors: []assistant.ImportRow{}}
	part := o.Part
	if part <= 0 || part > assistant.MaxImportRows {
		part = assistant.MaxImportRows
	}
	f, err := assistant.ReadImport(r)
	if err != nil {
		return res, err
	}
	res.Rows = len(f.Records) + len(f.Errors)
	res.Errors = append(res.Errors, f.Errors...)
	var parts [][]assistant.ImportRecord
	for i := 0; i < len(f.Records); i += part {
		parts = append(parts, f.Records[i:min(i+part, len(f.Records))])
	}
	// Rows and lines of a part's answer are the part's own: map them back.
	remap := func(recs []assistant.ImportRecord, rows []assistant.ImportRow) []assistant.ImportRow {
		for i, row := range rows {
			if row.Row >= 1 && row.Row <= len(recs) {
				rows[i].Row, rows[i].Line = recs[row.Row-1].Row, recs[row.Row-1].Line
			}
		}
		return rows
	}
	for _, recs := range parts {
		out, err := c.Import(ctx, assistant.ImportCSV(recs), true)
		if conversation.ErrorCode(err) == conversation.EINVALID && out.Error != "" {
			res.Errors = append(res.Errors, remap(recs, out.Errors)...)
			continue
		}
		if err != nil {
			return res, err
		}
	}
	if len(res.Errors) > 0 {
		res.Error = fmt.Sprintf("%d rows refused; nothing was created.", len(res.Errors))
		return res, conversation.Errorf(conversation.EINVALID, "%s", res.Error)
	}
	type answer struct {
		out  assistant.ImportResult
		err  error
		sent bool
	}
	answers := make([]answer, len(parts))
	var (
		mu      sync.Mutex
		next    int
		done    int
		stopped bool
		wg      sync.WaitGroup
	)
	for range max(1, o.Parallel) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				if stopped || next == len(parts) {
					mu.Unlock()
					return
				}
				i := next
				next++
				mu.Unlock()
				out, err := c.importPart(ctx, parts[i])
				mu.Lock()
				answers[i] = answer{out, err, true}
				if err != nil {
					stopped = true
				} else if done += len(parts[i]); o.Progress != nil {
					o.Progress(done, len(f.Records))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for i, a := range answers {
		if !a.sent {
			continue
		}
		res.Created = append(res.Created, remap(parts[i], a.out.Created)...)
		res.Skipped = append(res.Skipped, remap(parts[i], a.out.Skipped)...)
	}
	for i, a := range answers {
		if a.err != nil {
			recs := parts[i]
			return res, fmt.Errorf("import lines %d to %d (run the import again to finish: rows done are skipped): %w", recs[0].Line, recs[len(recs)-1].Line, a.err)
		}
	}
	return res, nil
}

// importPart creates the conversations of one part, sending it again after a
// transient failure: the rows it created are skipped the second time.
func (c *Client) importPart(ctx context.Context, recs []assistant.ImportRecord) (assistant.ImportResult, error) {
	var out assistant.ImportResult
	var err error
	for attempt := 0; attempt < importAttempts; attempt++ {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return out, ctx.Err()
			case <-time.After(time.Duration(attempt) * importRetryWait):
			}
		}
		out, err = c.Import(ctx, assistant.ImportCSV(recs), false)
		if err == nil || conversation.ErrorCode(err) == conversation.EINVALID || conversation.ErrorCode(err) == conversation.EFORBIDDEN {
			break
		}
	}
	return out, err
}

// call sends a JSON request and decodes a JSON answer into out (if not nil).
func (c *Client) call(ctx context.Context, method, path string, q url.Values, in, out any) error {
	r := Request{Method: method, Path: path, Query: q}
	if in != nil {
		var err error
		if r.Body, err = json.Marshal(in); err != nil {
			return err
		}
		r.ContentType = "application/json"
	}
	resp, err := c.T.Do(ctx, r)
	if err != nil {
		return err
	}
	if resp.Status < 200 || resp.Status > 299 {
		return apiError(resp)
	}
	if out == nil || resp.Status == http.StatusNoContent {
		return nil
	}
	if err := json.Unmarshal(resp.Body, out); err != nil {
		return fmt.Errorf("the API answered %d with a body that is not the expected JSON: %w", resp.Status, err)
	}
	return nil
}

// apiError turns a failed answer into a coded error: the API's own
// {"error","field"} body, or what the Function URL says (a refused signature
// answers 403 {"Message": …}).
func apiError(resp Response) error {
	var body struct {
		Error   string `json:"error"`
		Field   string `json:"field"`
		Message string `json:"Message"`
		Type    string `json:"__type"`
	}
	_ = json.Unmarshal(resp.Body, &body)
	msg := body.Error
	if msg == "" {
		msg = body.Message
	}
	if msg == "" {
		msg = strings.TrimSpace(string(bytes.ToValidUTF8(resp.Body[:min(len(resp.Body), 300)], nil)))
	}
	if msg == "" {
		msg = http.StatusText(resp.Status)
	}
	code := conversation.EINTERNAL
	switch {
	case resp.Status == http.StatusBadRequest:
		code = conversation.EINVALID
	case resp.Status == http.StatusNotFound:
		code = conversation.ENOTFOUND
	case resp.Status == http.StatusConflict:
		code = conversation.ECONFLICT
	case resp.Status == http.StatusForbidden || resp.Status == http.StatusUnauthorized:
		code = conversation.EFORBIDDEN
		msg = fmt.Sprintf("The API refused the call (%d): %s. Check the credentials, the region and that the caller may lambda:InvokeFunctionUrl.", resp.Status, msg)
	case resp.Status == http.StatusTooManyRequests || resp.Status >= 500:
		code = conversation.EUNAVAILABLE
	}
	return &conversation.Error{Code: code, Message: msg, Field: body.Field}
}
