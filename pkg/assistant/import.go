package assistant

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// ImportColumns are the columns of an import CSV, in any order, named in its
// header row. The first six and meeting_start are required.
var ImportColumns = []string{
	"employee_name", "employee_email", "employee_time_zone",
	"manager_name", "manager_email", "manager_time_zone",
	"meeting_start", "meeting_minutes", "request_cv",
}

// MaxImportRows bounds one import.
const MaxImportRows = 1000

// ImportResult says what became of each row of an import.
type ImportResult struct {
	Created []ImportRow `json:"created"`
	// Skipped rows name a conversation that exists already (an import run twice).
	Skipped []ImportRow `json:"skipped"`
	Errors  []ImportRow `json:"errors"`
}

// ImportRow is one row's outcome; Line is its line in the file (the header is 1).
type ImportRow struct {
	Line         int    `json:"line"`
	Conversation string `json:"conversation,omitempty"`
	Employee     string `json:"employee,omitempty"`
	Field        string `json:"field,omitempty"`
	Error        string `json:"error,omitempty"`
}

// Import creates a conversation for every valid row of a CSV (ImportColumns).
// A row with bad data is reported with its line, field and what is wrong, and
// the other rows go on. A row whose conversation exists already (same
// employee, manager and meeting start, not cancelled) is skipped, so an import
// can be run again after a failure. A transient failure stops the import and
// is returned with the rows done so far.
func (a *Assistant) Import(ctx context.Context, r io.Reader) (ImportResult, error) {
	res := ImportResult{Created: []ImportRow{}, Skipped: []ImportRow{}, Errors: []ImportRow{}}
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err != nil {
		return res, conversation.Errorf(conversation.EINVALID, "The CSV has no header row: %v.", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))] = i
	}
	for _, name := range ImportColumns[:7] {
		if _, ok := col[name]; !ok {
			return res, conversation.FieldErrorf(name, "The CSV header has no %s column (columns: %s).", name, strings.Join(ImportColumns, ", "))
		}
	}
	for rows := 0; ; rows++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return res, nil
		}
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			res.Errors = append(res.Errors, ImportRow{Line: perr.Line, Error: "Not valid CSV: " + perr.Err.Error() + "."})
			continue
		}
		if err != nil {
			return res, fmt.Errorf("read import CSV: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if rows == MaxImportRows {
			return res, conversation.Errorf(conversation.EINVALID, "An import holds at most %d rows; line %d and after were not read.", MaxImportRows, line)
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		req, row := a.importRequest(get, line)
		if row.Error != "" {
			res.Errors = append(res.Errors, row)
			continue
		}
		if id, err := a.existing(ctx, req); err != nil {
			return res, err
		} else if id != "" {
			row.Conversation = id
			res.Skipped = append(res.Skipped, row)
			continue
		}
		// The natural key makes a retried import (after a failure that hid a
		// success) find the conversation instead of creating it twice.
		req.IdempotencyKey = importKey(req)
		c, existed, err := a.create(ctx, req)
		// A cancelled conversation under the key is not the one the row asks
		// for: the next key is derived from it, so a retry finds the same new one.
		for tries := 0; err == nil && existed && c.Status == conversation.StatusCancelled && tries < maxImportRetakes; tries++ {
			req.IdempotencyKey = importKey(req) + "|after:" + c.ID
			c, existed, err = a.create(ctx, req)
		}
		switch code := conversation.ErrorCode(err); {
		case err == nil && existed:
			row.Conversation = c.ID
			res.Skipped = append(res.Skipped, row)
		case err == nil:
			row.Conversation = c.ID
			res.Created = append(res.Created, row)
		case code == conversation.EINVALID:
			row.Field, row.Error = importField(conversation.ErrorField(err)), conversation.ErrorMessage(err)
			res.Errors = append(res.Errors, row)
		default:
			return res, fmt.Errorf("import line %d: %w", line, err)
		}
	}
}

// importRequest reads one row into a CreateRequest, or a row with its error.
func (a *Assistant) importRequest(get func(string) string, line int) (CreateRequest, ImportRow) {
	row := ImportRow{Line: line, Employee: get("employee_email")}
	fail := func(field, format string, args ...any) (CreateRequest, ImportRow) {
		row.Field, row.Error = field, fmt.Sprintf(format, args...)
		return CreateRequest{}, row
	}
	req := CreateRequest{
		Employee: conversation.Participant{Name: get("employee_name"), Email: get("employee_email"), TimeZone: get("employee_time_zone")},
		Manager:  conversation.Participant{Name: get("manager_name"), Email: get("manager_email"), TimeZone: get("manager_time_zone")},
	}
	start, err := time.Parse(time.RFC3339, get("meeting_start"))
	if err != nil {
		return fail("meeting_start", "meeting_start %q is not an RFC 3339 time such as 2027-01-15T14:00:00+01:00.", get("meeting_start"))
	}
	req.MeetingStart = start
	if s := get("meeting_minutes"); s != "" {
		if req.MeetingMinutes, err = strconv.Atoi(s); err != nil {
			return fail("meeting_minutes", "meeting_minutes %q is not a number.", s)
		}
	}
	switch s := strings.ToLower(get("request_cv")); s {
	case "", "no", "false", "0", "n":
	case "yes", "true", "1", "y":
		req.RequestCV = true
	default:
		return fail("request_cv", "request_cv %q is not yes or no.", s)
	}
	return req, row
}

// existing returns the ID of a live conversation with the same employee,
// manager and meeting start, or "".
func (a *Assistant) existing(ctx context.Context, r CreateRequest) (string, error) {
	q := ListQuery{Employee: strings.ToLower(r.Employee.Email)}
	for {
		page, err := a.store.List(ctx, q)
		if conversation.ErrorCode(err) == conversation.EINVALID {
			return "", nil // not an address: Create will say so
		}
		if err != nil {
			return "", err
		}
		for _, c := range page.Conversations {
			if c.Manager.Email == strings.ToLower(r.Manager.Email) && c.MeetingStart.Equal(r.MeetingStart) && c.Status != conversation.StatusCancelled {
				return c.ID, nil
			}
		}
		if page.Cursor == "" {
			return "", nil
		}
		q.Cursor = page.Cursor
	}
}

// importField maps a CreateRequest field ("employee.timeZone") to its CSV column.
func importField(f string) string {
	who, what, ok := strings.Cut(f, ".")
	if !ok {
		return map[string]string{"meetingStart": "meeting_start", "meetingMinutes": "meeting_minutes"}[f]
	}
	return who + "_" + map[string]string{"name": "name", "email": "email", "timeZone": "time_zone"}[what]
}

// maxImportRetakes bounds how many cancelled conversations of the same meeting an
// import looks past.
const maxImportRetakes = 5

// importKey is the natural key of an import row: who meets whom, when.
func importKey(r CreateRequest) string {
	return "import:" + strings.ToLower(strings.TrimSpace(r.Employee.Email)) + "|" +
		strings.ToLower(strings.TrimSpace(r.Manager.Email)) + "|" + r.MeetingStart.UTC().Format(time.RFC3339)
}
