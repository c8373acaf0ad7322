package assistant_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

const goodRows = `employee_name,employee_email,employee_time_zone,manager_name,manager_email,manager_time_zone,meeting_start,meeting_minutes,request_cv
Ana Ruiz,ana@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00,45,yes
"Lee, Kim",kim@example.com,Asia/Seoul,Tom Berg,tom@example.com,Europe/Berlin,2027-03-15T09:00:00+09:00,,
`

const badRows = `Bo,bo.example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00,,
Cy,cy@example.com,Mars/Base,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00,,
Di,di@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,next week,,
Ed,ed@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00,sixty,
Fa,fa@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00,,maybe
Gu,gu@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2026-01-01T10:00:00+01:00,,
Ana R.,ana@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T09:00:00Z,,
Ha,"ha@example.com,Europe/Madrid
`

func TestImport(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	res, err := w.a.Import(ctx, strings.NewReader(goodRows), assistant.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows != 2 || len(res.Created) != 2 || res.Created[0].Line != 2 || res.Created[1].Line != 3 || res.Created[1].Row != 2 {
		t.Fatalf("created %+v, want lines 2 and 3", res.Created)
	}
	c, err := w.a.Get(ctx, res.Created[0].Conversation)
	if err != nil || c.MeetingMinutes != 45 || !c.RequestCV || c.Employee.Name != "Ana Ruiz" || c.Version != 1 {
		t.Errorf("line 2 stored as %+v, %v", c, err)
	}
	if k, _ := w.a.Get(ctx, res.Created[1].Conversation); k == nil || k.Employee.Name != "Lee, Kim" || k.MeetingMinutes != conversation.DefaultMeeting {
		t.Errorf("line 3 stored as %+v", k)
	}
	if len(w.sched.jobs) == 0 {
		t.Error("no jobs scheduled")
	}

	// The same file again creates nothing.
	again, err := w.a.Import(ctx, strings.NewReader(goodRows), assistant.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Created) != 0 || len(again.Skipped) != 2 || again.Skipped[0].Conversation != res.Created[0].Conversation {
		t.Errorf("second import: created %+v, skipped %+v; want the two rows skipped", again.Created, again.Skipped)
	}
}

// TestImportAllOrNothing: one refused row refuses the file; every refused row
// is listed with its line and column.
func TestImportAllOrNothing(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	res, err := w.a.Import(ctx, strings.NewReader(goodRows+badRows), assistant.ImportOptions{})
	if conversation.ErrorCode(err) != conversation.EINVALID || res.Error == "" {
		t.Fatalf("err = %v, result error %q; want EINVALID", err, res.Error)
	}
	wantErrors := map[int]string{4: "employee_email", 5: "employee_time_zone", 6: "meeting_start", 7: "meeting_minutes", 8: "request_cv", 9: "meeting_start", 10: "", 11: ""}
	if len(res.Errors) != len(wantErrors) || len(res.Created) != 0 {
		t.Errorf("errors %+v, created %+v; want one per bad line %v and nothing created", res.Errors, res.Created, wantErrors)
	}
	for _, e := range res.Errors {
		if f, ok := wantErrors[e.Line]; !ok || f != e.Field || e.Error == "" {
			t.Errorf("line %d: field %q error %q; want field %q and a message", e.Line, e.Field, e.Error, f)
		}
	}
	for _, e := range res.Errors {
		if e.Line == 10 && !strings.Contains(e.Error, "line 2") {
			t.Errorf("a duplicate row says %q; want it to name line 2", e.Error)
		}
	}
	if page, _ := w.a.List(ctx, conversation.ListQuery{Manager: "tom@example.com"}); len(page.Conversations) != 0 || len(w.sched.jobs) != 0 {
		t.Errorf("a refused file created %d conversations, %d jobs", len(page.Conversations), len(w.sched.jobs))
	}
	// A dry run validates and creates nothing.
	dry, err := w.a.Import(ctx, strings.NewReader(goodRows), assistant.ImportOptions{DryRun: true})
	if err != nil || dry.Rows != 2 || len(dry.Created) != 0 || len(w.sched.jobs) != 0 {
		t.Errorf("dry run: %+v, %v", dry, err)
	}
}

// TestImportReadsLooseFiles: semicolons and tabs, headers as people write them.
func TestImportReadsLooseFiles(t *testing.T) {
	for name, file := range map[string]string{
		"semicolon": "\ufeffEmployee Name;Employee e-mail;Employee Time Zone;Manager Name;Manager Email;Manager Time Zone;Meeting Start;Request CV\r\n" +
			"Ana;ana@example.com;Europe/Madrid;Tom;tom@example.com;Europe/Berlin;2027-03-12T10:00:00+01:00;yes\r\n\r\n",
		"tab":        "EMPLOYEE_NAME\temployee-email\temployee tz\tmanager\tmanager mail\tmanager_time_zone\tmeeting\n\"Ana; a\"\tana@example.com\tEurope/Madrid\tTom\ttom@example.com\tEurope/Berlin\t2027-03-12T10:00:00+01:00\n",
		"comma data": "employee_name,employee_email,employee_time_zone,manager_name,manager_email,manager_time_zone,meeting_start\n\"Ruiz; Ana\",ana@example.com,Europe/Madrid,Tom,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00\n",
	} {
		f, err := assistant.ReadImport(strings.NewReader(file))
		if err != nil || len(f.Records) != 1 || len(f.Errors) != 0 {
			t.Errorf("%s: %+v, %v; want one row", name, f, err)
			continue
		}
		w := newWorld(t)
		res, err := w.a.Import(context.Background(), strings.NewReader(file), assistant.ImportOptions{})
		if err != nil || len(res.Created) != 1 {
			t.Errorf("%s: %+v, %v", name, res, err)
		}
	}
	_, err := assistant.ReadImport(strings.NewReader("name;mail\nAna;ana@example.com\n"))
	if conversation.ErrorCode(err) != conversation.EINVALID || !strings.Contains(err.Error(), `separated by ";"`) || !strings.Contains(err.Error(), "employee_name") {
		t.Errorf("missing columns: %v; want EINVALID naming the separator and the columns", err)
	}
}

func TestImportRefusesFile(t *testing.T) {
	w := newWorld(t)
	for name, csv := range map[string]string{
		"empty":          "",
		"missing column": "employee_name,employee_email\nAna,ana@example.com\n",
	} {
		if _, err := w.a.Import(context.Background(), strings.NewReader(csv), assistant.ImportOptions{}); conversation.ErrorCode(err) != conversation.EINVALID {
			t.Errorf("%s: err = %v, want EINVALID", name, err)
		}
	}
	var many strings.Builder
	many.WriteString("employee_name,employee_email,employee_time_zone,manager_name,manager_email,manager_time_zone,meeting_start\n")
	for i := range assistant.MaxImportRows + 1 {
		fmt.Fprintf(&many, "A,a%d@example.com,Europe/Madrid,T,t@example.com,Europe/Madrid,2027-03-12T10:00:00Z\n", i)
	}
	res, err := w.a.Import(context.Background(), strings.NewReader(many.String()), assistant.ImportOptions{})
	if conversation.ErrorCode(err) != conversation.EINVALID || len(res.Created) != 0 || len(w.sched.jobs) != 0 {
		t.Errorf("too many rows: err = %v, %d created; want EINVALID and nothing created", err, len(res.Created))
	}
}

// TestImportSkipsTheSameMeeting: a row whose meeting exists already, created
// another way (not under the row's key), is skipped; one cancelled is not.
func TestImportSkipsTheSameMeeting(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	start, _ := time.Parse(time.RFC3339, "2027-03-12T10:00:00+01:00")
	made, err := w.a.Create(ctx, assistant.CreateRequest{
		Employee:     conversation.Participant{Name: "Ana", Email: "ANA@example.com", TimeZone: "Europe/Madrid"},
		Manager:      conversation.Participant{Name: "Tom", Email: "tom@example.com", TimeZone: "Europe/Berlin"},
		MeetingStart: start,
	})
	if err != nil {
		t.Fatal(err)
	}
	res, err := w.a.Import(ctx, strings.NewReader(goodRows), assistant.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) != 1 || res.Skipped[0].Conversation != made.ID || len(res.Created) != 1 || res.Created[0].Line != 3 {
		t.Errorf("created %+v, skipped %+v; want line 2 skipped as %s", res.Created, res.Skipped, made.ID)
	}
}
