package assistant_test

import (
	"context"
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

const team = `employee_name,employee_email,employee_time_zone,manager_name,manager_email,manager_time_zone,meeting_start,meeting_minutes,request_cv
Ana Ruiz,ana@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00,45,yes
"Lee, Kim",kim@example.com,Asia/Seoul,Tom Berg,tom@example.com,Europe/Berlin,2027-03-15T09:00:00+09:00,,
Bo,bo.example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00,,
Cy,cy@example.com,Mars/Base,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00,,
Di,di@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,next week,,
Ed,ed@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00,sixty,
Fa,fa@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2027-03-12T10:00:00+01:00,,maybe
Gu,gu@example.com,Europe/Madrid,Tom Berg,tom@example.com,Europe/Berlin,2026-01-01T10:00:00+01:00,,
Ha,"ha@example.com,Europe/Madrid
`

func TestImport(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	res, err := w.a.Import(ctx, strings.NewReader(team))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Created) != 2 || res.Created[0].Line != 2 || res.Created[1].Line != 3 {
		t.Fatalf("created %+v, want lines 2 and 3", res.Created)
	}
	wantErrors := map[int]string{4: "employee_email", 5: "employee_time_zone", 6: "meeting_start", 7: "meeting_minutes", 8: "request_cv", 9: "meeting_start", 10: ""}
	if len(res.Errors) != len(wantErrors) {
		t.Errorf("errors %+v, want one per bad line %v", res.Errors, wantErrors)
	}
	for _, e := range res.Errors {
		if f, ok := wantErrors[e.Line]; !ok || f != e.Field || e.Error == "" {
			t.Errorf("line %d: field %q error %q; want field %q and a message", e.Line, e.Field, e.Error, f)
		}
	}
	c, err := w.a.Get(ctx, res.Created[0].Conversation)
	if err != nil || c.MeetingMinutes != 45 || !c.RequestCV || c.Employee.Name != "Ana Ruiz" {
		t.Errorf("line 2 stored as %+v, %v", c, err)
	}
	if k, _ := w.a.Get(ctx, res.Created[1].Conversation); k == nil || k.Employee.Name != "Lee, Kim" || k.MeetingMinutes != conversation.DefaultMeeting {
		t.Errorf("line 3 stored as %+v", k)
	}

	// The same file again creates nothing.
	again, err := w.a.Import(ctx, strings.NewReader(team))
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Created) != 0 || len(again.Skipped) != 2 || again.Skipped[0].Conversation != res.Created[0].Conversation {
		t.Errorf("second import: created %+v, skipped %+v; want the two rows skipped", again.Created, again.Skipped)
	}
}

func TestImportRefusesFile(t *testing.T) {
	w := newWorld(t)
	for name, csv := range map[string]string{
		"empty":          "",
		"missing column": "employee_name,employee_email\nAna,ana@example.com\n",
	} {
		if _, err := w.a.Import(context.Background(), strings.NewReader(csv)); conversation.ErrorCode(err) != conversation.EINVALID {
			t.Errorf("%s: err = %v, want EINVALID", name, err)
		}
	}
	var many strings.Builder
	many.WriteString("employee_name,employee_email,employee_time_zone,manager_name,manager_email,manager_time_zone,meeting_start\n")
	for range assistant.MaxImportRows + 1 {
		many.WriteString("A,a@,Europe/Madrid,T,t@example.com,Europe/Madrid,x\n")
	}
	if _, err := w.a.Import(context.Background(), strings.NewReader(many.String())); conversation.ErrorCode(err) != conversation.EINVALID {
		t.Errorf("too many rows: err = %v, want EINVALID", err)
	}
}
