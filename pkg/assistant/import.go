package assistant

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// ImportColumns are the columns of an import CSV, in any order, named in its
// header row. The first six and meeting_start are required. Headers match
// loosely: case, spaces, dashes and underscores do not count ("Employee Name",
// "employee_name" and "Employee e-mail" all name a column), and a few other
// names are understood (importAliases).
var ImportColumns = []string{
	"employee_name", "employee_email", "employee_time_zone",
	"manager_name", "manager_email", "manager_time_zone",
	"meeting_start", "meeting_minutes", "request_cv",
}

// importAliases maps loose header names (headerKey) to columns, beyond the columns' own.
var importAliases = map[string]string{
	"employee": "employee_name", "employeemail": "employee_email", "employeeaddress": "employee_email",
	"employeetz": "employee_time_zone", "employeezone": "employee_time_zone", "employeetimezoneiana": "employee_time_zone",
	"manager": "manager_name", "managermail": "manager_email", "manageraddress": "manager_email",
	"managertz": "manager_time_zone", "managerzone": "manager_time_zone",
	"meeting": "meeting_start", "meetingtime": "meeting_start", "meetingat": "meeting_start", "start": "meeting_start",
	"meetingduration": "meeting_minutes", "duration": "meeting_minutes", "minutes": "meeting_minutes",
	"cv": "request_cv", "requestcv": "request_cv",
}

// headerKey is the loose form of a header: lower case letters and digits only.
func headerKey(h string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(h) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// MaxImportRows bounds one import request; `careerconv import` sends a longer
// file in parts of at most this many rows.
const MaxImportRows = 1000

// ImportResult says what became of each row of an import.
type ImportResult struct {
	// Error, when set, says why nothing was created: every refused row is in Errors.
	Error   string      `json:"error,omitempty"`
	Rows    int         `json:"rows"`
	Created []ImportRow `json:"created"`
	// Skipped rows name a conversation that exists already (an import run twice).
	Skipped []ImportRow `json:"skipped"`
	Errors  []ImportRow `json:"errors"`
}

// ImportRow is one row's outcome. Line is its line in the file (the header is
// 1); Row its position among the data rows (1 is the first after the header).
type ImportRow struct {
	Line         int    `json:"line"`
	Row          int    `json:"row"`
	Conversation string `json:"conversation,omitempty"`
	Employee     string `json:"employee,omitempty"`
	Field        string `json:"field,omitempty"`
	Error        string `json:"error,omitempty"`
}

// ImportFile is a CSV read whole: its data rows by canonical column name.
type ImportFile struct {
	Records []ImportRecord
	// Errors are the rows that are not valid CSV.
	Errors []ImportRow
}

// ImportRecord is one data row: its values in ImportColumns order.
type ImportRecord struct {
	Line, Row int
	Values    []string
}

func (r ImportRecord) get(column string) string {
	for i, c := range ImportColumns {
		if c == column {
			return r.Values[i]
		}
	}
	return ""
}

// ReadImport reads a whole import CSV: it detects the separator (comma,
// semicolon or tab, from the header row), matches the header loosely and
// returns every data row. A file without the required columns is an EINVALID
// error that names what is missing and what the header holds.
func ReadImport(r io.Reader) (ImportFile, error) {
	var f ImportFile
	data, err := io.ReadAll(r)
	if err != nil {
		return f, fmt.Errorf("read import CSV: %w", err)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = separator(data)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return f, conversation.Errorf(conversation.EINVALID, "The CSV has no header row: %v.", err)
	}
	index := make([]int, len(ImportColumns)) // column → field index, or -1
	for i := range index {
		index[i] = -1
	}
	for i, h := range header {
		key := headerKey(h)
		for ci, c := range ImportColumns {
			if key == headerKey(c) || importAliases[key] == c {
				if index[ci] < 0 {
					index[ci] = i
				}
			}
		}
	}
	var missing []string
	for ci, c := range ImportColumns[:7] {
		if index[ci] < 0 {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return f, conversation.FieldErrorf(missing[0], "The CSV header has no %s column (its header reads %q, separated by %q; the columns are %s).",
			strings.Join(missing, ", "), strings.Join(header, string(cr.Comma)), string(cr.Comma), strings.Join(ImportColumns, ", "))
	}
	for row := 1; ; row++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return f, nil
		}
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			f.Errors = append(f.Errors, ImportRow{Line: perr.Line, Row: row, Error: "Not valid CSV: " + perr.Err.Error() + "."})
			continue
		}
		if err != nil {
			return f, fmt.Errorf("read import CSV: %w", err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		values := make([]string, len(ImportColumns))
		for ci, i := range index {
			if i >= 0 && i < len(rec) {
				values[ci] = strings.TrimSpace(rec[i])
			}
		}
		f.Records = append(f.Records, ImportRecord{Line: line, Row: row, Values: values})
	}
}

// separator is the one of comma, semicolon and tab the header row holds most
// of, outside quotes; comma when it holds none.
func separator(data []byte) rune {
	counts := map[byte]int{}
	quoted := false
	for _, b := range data {
		if b == '"' {
			quoted = !quoted
		}
		if !quoted && (b == '\n' || b == '\r') {
			break
		}
		if !quoted {
			counts[b]++
		}
	}
	best := byte(',')
	for _, b := range []byte{';', '\t'} {
		if counts[b] > counts[best] {
			best = b
		}
	}
	return rune(best)
}

// ImportCSV writes records as a comma-separated file with the canonical header
// (what `careerconv import` sends, a part of a file at a time).
func ImportCSV(records []ImportRecord) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write(ImportColumns)
	for _, r := range records {
		_ = w.Write(r.Values)
	}
	w.Flush()
	return b.Bytes()
}

// ImportOptions tunes Import.
type ImportOptions struct {
	// DryRun validates the file and creates nothing.
	DryRun bool
}

// importBatch is how many conversations are stored (and their jobs scheduled) at once.
const importBatch = 500

// Import creates a conversation for every row of a CSV (ReadImport). The file is
// validated whole first: if any row is refused, nothing is created and the
// result's Errors list every refused row with its line, field and what is
// wrong (the error is EINVALID). A row whose conversation exists already (same
// employee, manager and meeting start, not cancelled) is skipped, so an import
// can be run again after a failure. A transient failure stops the import and
// is returned with the rows done so far.
func (a *Assistant) Import(ctx context.Context, r io.Reader, o ImportOptions) (ImportResult, error) {
	res := ImportResult{Created: []ImportRow{}, Skipped: []ImportRow{}, Errors: []ImportRow{}}
	f, err := ReadImport(r)
	if err != nil {
		return res, err
	}
	res.Rows = len(f.Records) + len(f.Errors)
	if res.Rows > MaxImportRows {
		return res, conversation.Errorf(conversation.EINVALID, "An import request holds at most %d rows, this one %d; nothing was created (careerconv import sends a longer file in parts).", MaxImportRows, res.Rows)
	}
	res.Errors = append(res.Errors, f.Errors...)
	now := a.Now()
	type valid struct {
		row ImportRow
		c   *conversation.Conversation
		key string // the row's idempotency key
	}
	rows := make([]valid, 0, len(f.Records))
	seen := map[string]int{}
	for _, rec := range f.Records {
		req, row := importRequest(rec)
		if row.Error == "" {
			// The natural key makes a retried import (after a failure that hid a
			// success) find the conversation instead of creating it twice.
			req.IdempotencyKey = importKey(req)
			c, err := a.newConversation(req, now)
			if err == nil {
				err = a.begin(c, now)
			}
			if err != nil {
				row.Field, row.Error = importField(conversation.ErrorField(err)), conversation.ErrorMessage(err)
			} else if first, dup := seen[sameKey(c)]; dup {
				row.Error = fmt.Sprintf("The same conversation as line %d (employee, manager and meeting start).", first)
			} else {
				seen[sameKey(c)] = rec.Line
				rows = append(rows, valid{row, c, req.IdempotencyKey})
				continue
			}
		}
		res.Errors = append(res.Errors, row)
	}
	if len(res.Errors) > 0 {
		slices.SortStableFunc(res.Errors, func(a, b ImportRow) int { return a.Row - b.Row })
		res.Error = fmt.Sprintf("%d of %d rows refused; nothing was created.", len(res.Errors), res.Rows)
		return res, conversation.Errorf(conversation.EINVALID, "%s", res.Error)
	}
	if o.DryRun {
		return res, nil
	}
	var batch []valid
	flush := func() error {
		cs := make([]*conversation.Conversation, len(batch))
		for i, v := range batch {
			cs[i] = v.c
		}
		err := a.createMany(ctx, cs, now)
		if conversation.ErrorCode(err) == conversation.ECONFLICT {
			// An earlier run stored some of these and lost the answer (their IDs
			// derive from the rows' natural keys): one at a time, skipping those.
			err = nil
			for _, v := range batch {
				if v.c.Version > 0 {
					continue
				}
				prev, gerr := a.store.Get(ctx, v.c.ID)
				// A cancelled conversation under the key is not the one the row asks
				// for: the next key is derived from it, so a retry finds the same new one.
				for tries := 0; gerr == nil && prev.Status == conversation.StatusCancelled && tries < maxImportRetakes; tries++ {
					v.c.ID = keyedID(v.key + "|after:" + prev.ID)
					prev, gerr = a.store.Get(ctx, v.c.ID)
				}
				switch {
				case gerr == nil:
					v.row.Conversation = prev.ID
					res.Skipped = append(res.Skipped, v.row)
					continue
				case conversation.ErrorCode(gerr) != conversation.ENOTFOUND:
					err = gerr
				default:
					err = a.createMany(ctx, []*conversation.Conversation{v.c}, now)
				}
				if err != nil {
					break
				}
			}
		}
		for _, v := range batch {
			if v.c.Version > 0 {
				v.row.Conversation = v.c.ID
				res.Created = append(res.Created, v.row)
			}
		}
		if err != nil {
			return fmt.Errorf("import lines %d to %d: %w", batch[0].row.Line, batch[len(batch)-1].row.Line, err)
		}
		batch = batch[:0]
		return nil
	}
	live := liveMeetings{}
	for _, v := range rows {
		if id, err := live.find(ctx, a.store, v.c); err != nil {
			return res, err
		} else if id != "" {
			v.row.Conversation = id
			res.Skipped = append(res.Skipped, v.row)
			continue
		}
		if batch = append(batch, v); len(batch) == importBatch {
			if err := flush(); err != nil {
				return res, err
			}
		}
	}
	if len(batch) > 0 {
		if err := flush(); err != nil {
			return res, err
		}
	}
	a.log.Info("imported", "rows", res.Rows, "created", len(res.Created), "skipped", len(res.Skipped))
	return res, nil
}

func sameKey(c *conversation.Conversation) string {
	return strings.ToLower(c.Employee.Email) + "\x00" + strings.ToLower(c.Manager.Email) + "\x00" + c.MeetingStart.UTC().Format(time.RFC3339)
}

// importRequest reads one row into a CreateRequest, or a row with its error.
func importRequest(rec ImportRecord) (CreateRequest, ImportRow) {
	get := rec.get
	row := ImportRow{Line: rec.Line, Row: rec.Row, Employee: get("employee_email")}
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

// liveMeetings finds the live conversations an import's rows may repeat: the
// managers' conversations, listed once per manager (a team shares a manager,
// so an import of 10,000 rows makes hundreds of listings, not 10,000), by
// sameKey.
type liveMeetings struct {
	listed map[string]bool   // lower-cased manager emails listed
	ids    map[string]string // sameKey → ID, of conversations not cancelled
}

// find returns the ID of a live conversation with the same employee, manager
// and meeting start as c, or "".
func (l *liveMeetings) find(ctx context.Context, store conversation.Store, c *conversation.Conversation) (string, error) {
	if l.listed == nil {
		l.listed, l.ids = map[string]bool{}, map[string]string{}
	}
	mgr := strings.ToLower(c.Manager.Email)
	if !l.listed[mgr] {
		q := conversation.ListQuery{Manager: mgr, Limit: importListPage}
		for {
			page, err := store.List(ctx, q)
			if err != nil {
				return "", err
			}
			for _, o := range page.Conversations {
				if o.Status != conversation.StatusCancelled {
					l.ids[sameKey(o)] = o.ID
				}
			}
			if page.Cursor == "" {
				break
			}
			q.Cursor = page.Cursor
		}
		l.listed[mgr] = true
	}
	return l.ids[sameKey(c)], nil
}

// importListPage is the page size of the listings of liveMeetings.
const importListPage = 1000

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
