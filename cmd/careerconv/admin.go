package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/handlers"
	"github.com/careerconv/careerconv/pkg/remote"
)

// adminCommands are the commands that call the API, locally (careerconv CMD
// --dir DIR) or on a deployed stack (careerconv remote CMD): one client, one
// output format (the API's JSON, indented). Each has its line of the usage,
// which a command given the wrong arguments repeats.
var adminCommands = []struct{ name, usage string }{
	{"create", "create a conversation from a JSON body (stdin or -f FILE), as the API takes it"},
	{"import", "create one conversation per CSV row (stdin); the whole file is checked first"},
	{"get", "show one conversation: get ID"},
	{"status", "one line per conversation: status ID..."},
	{"stats", "participation by team and month, counts only: stats [--from T] [--to T]"},
	{"list", "list conversations: list --employee EMAIL | --manager EMAIL | --status S [--from T] [--to T] [--all]"},
	{"reschedule", "move a meeting: reschedule ID --start RFC3339 [--minutes N]"},
	{"cancel", "stop a conversation: cancel ID"},
	{"next", "start the next conversation of the pair: next ID [--start RFC3339] (default: the review's date)"},
	{"cycles", "a person's cycles as employee, statuses and dates: cycles EMAIL"},
	{"erase", "erase a conversation (erase ID) or everything of a person (erase --person EMAIL)"},
}

// adminUsage is the admin commands' part of a usage text, a line each.
func adminUsage() string {
	var b strings.Builder
	for _, c := range adminCommands {
		fmt.Fprintf(&b, "  %-11s %s\n", c.name, c.usage)
	}
	return b.String()
}

// adminCommand returns the usage line of the admin command cmd, and whether there is one.
func adminCommand(cmd string) (usage string, ok bool) {
	for _, c := range adminCommands {
		if c.name == cmd {
			return c.usage, true
		}
	}
	return "", false
}

// runAdmin runs one admin command against c. fs holds the flags the caller
// added (--dir, or the remote ones) and is parsed here.
func runAdmin(ctx context.Context, cmd string, fs *flag.FlagSet, args []string, connect func(ctx context.Context) (*remote.Client, func(), error), imports remote.ImportOptions, stdin io.Reader, stdout, stderr io.Writer) error {
	var (
		file     = new(string)
		employee = new(string)
		manager  = new(string)
		person   = new(string)
		status   = new(string)
		from     = new(string)
		to       = new(string)
		start    = new(string)
		limit    = new(int)
		minutes  = new(int)
		all      = new(bool)
		part     = new(int)
		parallel = new(int)
	)
	switch cmd {
	case "create":
		file = fs.String("f", "", "JSON body file (default stdin)")
	case "import":
		part = fs.Int("part", imports.Part, "rows sent per request")
		parallel = fs.Int("parallel", imports.Parallel, "requests sent at once")
	case "stats":
		from = fs.String("from", "", "meetings from this time (RFC 3339)")
		to = fs.String("to", "", "meetings before this time (RFC 3339)")
	case "list":
		employee = fs.String("employee", "", "an employee's email")
		manager = fs.String("manager", "", "a manager's email")
		status = fs.String("status", "", "a status: scheduled, awaiting_steps, following_up, completed, cancelled")
		from = fs.String("from", "", "with --status: meetings from this time (RFC 3339)")
		to = fs.String("to", "", "with --status: meetings before this time (RFC 3339)")
		limit = fs.Int("limit", 0, "page size (default 50)")
		all = fs.Bool("all", false, "every page, not only the first")
	case "reschedule":
		start = fs.String("start", "", "the new meeting start, RFC 3339 with an offset")
		minutes = fs.Int("minutes", 0, "the new meeting length in minutes (default: unchanged)")
	case "erase":
		person = fs.String("person", "", "erase every conversation of this email address")
	case "next":
		start = fs.String("start", "", "the next meeting's start, RFC 3339 with an offset (default: the date the review proposed)")
	}
	ids, err := parseInterleaved(fs, args)
	if err != nil {
		return &exitError{code: 2}
	}
	needIDs := map[string]int{"get": 1, "reschedule": 1, "cancel": 1, "status": -1, "erase": 1, "next": 1, "cycles": 1}[cmd]
	if cmd == "erase" && *person != "" {
		needIDs = 0
	}
	switch {
	case needIDs == 1 && len(ids) != 1, needIDs == -1 && len(ids) == 0, needIDs == 0 && len(ids) != 0:
		u, _ := adminCommand(cmd)
		return &exitError{code: 2, msg: fmt.Sprintf("%s: %s", cmd, u)}
	}
	c, closeFn, err := connect(ctx)
	if err != nil {
		return err
	}
	defer closeFn()
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	switch cmd {
	case "create":
		var in io.Reader = stdin
		if *file != "" {
			data, err := os.ReadFile(*file)
			if err != nil {
				return err
			}
			in = strings.NewReader(string(data))
		}
		var body remote.CreateInput
		dec := json.NewDecoder(in)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&body); err != nil {
			return &exitError{code: 2, msg: fmt.Sprintf("create: the body is not a create request: %v", err)}
		}
		v, err := c.Create(ctx, body)
		if err != nil {
			return err
		}
		return enc.Encode(v)
	case "import":
		res, err := c.ImportFile(ctx, stdin, remote.ImportOptions{Part: *part, Parallel: *parallel, Progress: func(done, total int) {
			if total > *part {
				fmt.Fprintf(stderr, "imported %d of %d rows\n", done, total)
			}
		}})
		_ = enc.Encode(res)
		switch {
		case res.Error != "":
			return &exitError{code: 1, msg: res.Error}
		case err != nil:
			return err
		}
		fmt.Fprintf(stderr, "%d created, %d already there\n", len(res.Created), len(res.Skipped))
		return nil
	case "get":
		v, err := c.Get(ctx, ids[0])
		if err != nil {
			return err
		}
		return enc.Encode(v)
	case "status":
		for _, id := range ids {
			v, err := c.Get(ctx, id)
			if err != nil {
				fmt.Fprintf(stdout, "%s\terror: %v\n", id, err)
				continue
			}
			last := ""
			if n := len(v.History); n > 0 {
				e := v.History[n-1]
				last = fmt.Sprintf("%s %s %s", e.At.Format(time.RFC3339), e.Kind, e.Email)
			}
			next := "next: none"
			if v.Next != nil {
				next = "next: " + v.Next.Email + " " + v.Next.At.Format(time.RFC3339)
				if v.Next.Overdue {
					next += " OVERDUE"
				}
			}
			fmt.Fprintf(stdout, "%s\t%s\tmeeting %s\t%s → %s\tanswered %d\tsteps %v\t%s\tlast: %s\n", v.ID, v.Status,
				v.MeetingStart.Format(time.RFC3339), v.Employee.Email, v.Manager.Email, len(v.Answered), v.Steps, next, strings.TrimSpace(last))
		}
		return nil
	case "stats":
		var lo, hi time.Time
		if err := parseBounds(cmd, *from, *to, &lo, &hi); err != nil {
			return err
		}
		rows, err := c.Stats(ctx, lo, hi)
		if err != nil {
			return err
		}
		if rows == nil {
			rows = []assistant.StatsRow{}
		}
		return enc.Encode(map[string]any{"teams": rows})
	case "list":
		q := conversation.ListQuery{Employee: *employee, Manager: *manager, Status: conversation.Status(*status), Limit: *limit}
		if err := parseBounds(cmd, *from, *to, &q.From, &q.To); err != nil {
			return err
		}
		var out remote.Page
		for {
			p, err := c.List(ctx, q)
			if err != nil {
				return err
			}
			out.Conversations = append(out.Conversations, p.Conversations...)
			out.Cursor = p.Cursor
			if !*all || p.Cursor == "" {
				break
			}
			q.Cursor = p.Cursor
		}
		if out.Conversations == nil {
			out.Conversations = []*handlers.View{}
		}
		return enc.Encode(out)
	case "reschedule":
		t, err := time.Parse(time.RFC3339, *start)
		if err != nil {
			return &exitError{code: 2, msg: fmt.Sprintf("reschedule: --start %q is not an RFC 3339 time such as 2027-01-15T14:00:00+01:00", *start)}
		}
		v, err := c.Reschedule(ctx, ids[0], t, *minutes)
		if err != nil {
			return err
		}
		return enc.Encode(v)
	case "cancel":
		v, err := c.Cancel(ctx, ids[0])
		if err != nil {
			return err
		}
		return enc.Encode(v)
	case "next":
		var t time.Time
		if *start != "" {
			if t, err = time.Parse(time.RFC3339, *start); err != nil {
				return &exitError{code: 2, msg: fmt.Sprintf("next: --start %q is not an RFC 3339 time such as 2027-04-15T14:00:00+01:00", *start)}
			}
		}
		v, err := c.Next(ctx, ids[0], t)
		if err != nil {
			return err
		}
		return enc.Encode(v)
	case "cycles":
		cs, err := c.Cycles(ctx, ids[0])
		if err != nil {
			return err
		}
		return enc.Encode(map[string]any{"cycles": cs})
	case "erase":
		if *person != "" {
			n, err := c.ErasePerson(ctx, *person)
			if err != nil {
				return err
			}
			return enc.Encode(map[string]int{"erased": n})
		}
		if err := c.Erase(ctx, ids[0]); err != nil {
			return err
		}
		return enc.Encode(map[string]any{"erased": ids[0]})
	}
	return &exitError{code: 2, msg: fmt.Sprintf("unknown command %q", cmd)}
}

// parseInterleaved parses flags given before or after the positional
// arguments (reschedule ID --start T) and returns the positional ones.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos, args = append(pos, fs.Arg(0)), fs.Args()[1:]
	}
}

// parseBounds reads the --from and --to flags of cmd (RFC 3339, or "").
func parseBounds(cmd, from, to string, lo, hi *time.Time) error {
	for name, b := range map[string]struct {
		s   string
		dst *time.Time
	}{"from": {from, lo}, "to": {to, hi}} {
		if b.s == "" {
			continue
		}
		t, err := time.Parse(time.RFC3339, b.s)
		if err != nil {
			return &exitError{code: 2, msg: fmt.Sprintf("%s: --%s %q is not an RFC 3339 time such as 2027-01-15T00:00:00Z", cmd, name, b.s)}
		}
		*b.dst = t
	}
	return nil
}
