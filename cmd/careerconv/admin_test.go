package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func teamFile(rows int) string {
	var b strings.Builder
	b.WriteString("Employee Name;Employee e-mail;Employee Time Zone;Manager Name;Manager E-mail;Manager Time Zone;Meeting Start\n")
	start := time.Now().Add(60 * 24 * time.Hour).Truncate(time.Hour).UTC()
	for i := range rows {
		fmt.Fprintf(&b, "Employee %d;e%05d@example.com;Europe/Paris;Manager %d;m%03d@example.com;Europe/Paris;%s\n",
			i, i, i/20, i/20, start.Add(time.Duration(i%500)*time.Hour).Format(time.RFC3339))
	}
	return b.String()
}

// TestLocalAdminCommands runs the admin commands on the local store, as an
// operator types them.
func TestLocalAdminCommands(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	cmd := func(in string, args ...string) (string, error) {
		var out, errOut bytes.Buffer
		err := run(ctx, append(args[:1:1], append([]string{"--dir", dir}, args[1:]...)...), strings.NewReader(in), &out, &errOut)
		return out.String(), err
	}
	start := time.Now().Add(30 * 24 * time.Hour).Truncate(time.Hour).UTC().Format(time.RFC3339)
	out, err := cmd(`{"employee":{"name":"Jane","email":"jane@example.com","timeZone":"Europe/London"},
		"manager":{"name":"Sam","email":"sam@example.com","timeZone":"Europe/London"},"meetingStart":"`+start+`"}`, "create")
	var v struct{ ID, Status string }
	if err != nil || json.Unmarshal([]byte(out), &v) != nil || v.ID == "" || v.Status != "scheduled" {
		t.Fatalf("create: %s %v", out, err)
	}
	if out, err := cmd("", "status", v.ID); err != nil || !strings.HasPrefix(out, v.ID+"\tscheduled\tmeeting "+start) {
		t.Errorf("status: %q %v", out, err)
	}
	if out, err := cmd("", "list", "--manager", "sam@example.com"); err != nil || !strings.Contains(out, v.ID) {
		t.Errorf("list: %s %v", out, err)
	}
	if out, err := cmd("", "list", "--status", "scheduled", "--from", start); err != nil || !strings.Contains(out, v.ID) {
		t.Errorf("list by status: %s %v", out, err)
	}
	if out, err := cmd("", "list", "--status", "scheduled", "--to", start); err != nil || strings.Contains(out, v.ID) {
		t.Errorf("list by status before the meeting: %s %v; want it left out", out, err)
	}
	if _, err := cmd("", "list", "--status", "stuck"); err == nil || !strings.Contains(err.Error(), "stuck") {
		t.Errorf("list by an unknown status: %v", err)
	}
	if out, err := cmd("", "reschedule", v.ID, "--start", "2099-01-01T10:00:00+01:00"); err != nil || !strings.Contains(out, `"meetingStart": "2099-01-01T09:00:00Z"`) {
		t.Errorf("reschedule: %s %v", out, err)
	}
	if _, err := cmd("", "next", v.ID); err == nil || !strings.Contains(err.Error(), "meeting happened") {
		t.Errorf("next of a conversation whose meeting is ahead: %v, want a conflict", err)
	}
	if out, err := cmd("", "cycles", "jane@example.com"); err != nil || !strings.Contains(out, `"id": "`+v.ID+`"`) || !strings.Contains(out, `"name": "created"`) {
		t.Errorf("cycles: %s %v", out, err)
	}
	if _, err := cmd("", "next", v.ID, "--start", "soon"); !errors.As(err, new(*exitError)) {
		t.Errorf("next --start soon: %v, want a usage error", err)
	}
	if out, err := cmd("", "cancel", v.ID); err != nil || !strings.Contains(out, `"status": "cancelled"`) {
		t.Errorf("cancel: %s %v", out, err)
	}
	if _, err := cmd("", "erase", v.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := cmd("", "get", v.ID); err == nil || !strings.Contains(err.Error(), v.ID) {
		t.Errorf("get after erase: %v", err)
	}
	var ee *exitError
	if _, err := cmd("", "get"); !errors.As(err, &ee) || ee.code != 2 {
		t.Errorf("get without an ID: %v, want exit 2", err)
	}

	// An import longer than one request, refused whole for one bad row, then imported.
	file := teamFile(2500)
	bad := strings.Replace(file, "e02400@example.com", "e02400.example.com", 1)
	out, err = cmd(bad, "import")
	if !errors.As(err, &ee) || ee.code != 1 || !strings.Contains(out, `"line": 2402`) || strings.Contains(out, `"conversation"`) {
		t.Fatalf("refused import: %v\n%.600s", err, out)
	}
	if out, _ := cmd("", "list", "--manager", "m000@example.com"); strings.Contains(out, `"id"`) {
		t.Fatalf("a refused import created conversations: %.300s", out)
	}
	out, err = cmd(file, "import")
	var res struct{ Created, Skipped []struct{ Line int } }
	if err != nil || json.Unmarshal([]byte(out), &res) != nil || len(res.Created) != 2500 || res.Created[2499].Line != 2501 {
		t.Fatalf("import: %v, %d created", err, len(res.Created))
	}
	out, err = cmd(file, "import")
	if err != nil || json.Unmarshal([]byte(out), &res) != nil || len(res.Created) != 0 || len(res.Skipped) != 2500 {
		t.Fatalf("import again: %v, %d created %d skipped", err, len(res.Created), len(res.Skipped))
	}
	out, err = cmd("", "stats")
	var stats struct {
		Teams []struct {
			Manager       string
			Conversations int
		}
	}
	if err != nil || json.Unmarshal([]byte(out), &stats) != nil {
		t.Fatalf("stats: %v\n%.300s", err, out)
	}
	total, teams := 0, map[string]bool{}
	for _, r := range stats.Teams {
		total += r.Conversations
		teams[r.Manager] = true
	}
	if total != 2500 || len(teams) != 125 {
		t.Errorf("stats count %d conversations in %d teams; want 2500 in 125", total, len(teams))
	}
}
