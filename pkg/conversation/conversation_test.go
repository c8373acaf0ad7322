package conversation_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// valid returns a conversation that passes Validate.
func valid() *conversation.Conversation {
	return &conversation.Conversation{
		ID:           conversation.NewID(),
		Employee:     conversation.Participant{Name: "Ann Lee", Email: "ann@example.com", TimeZone: "Europe/London"},
		Manager:      conversation.Participant{Name: "Mo Khan", Email: "mo@example.com", TimeZone: "America/New_York"},
		MeetingStart: time.Date(2027, 3, 15, 14, 0, 0, 0, time.UTC),
		Status:       conversation.StatusScheduled,
	}
}

func TestValidateAcceptsAndNormalizes(t *testing.T) {
	c := valid()
	c.Employee = conversation.Participant{Name: "  Zoë O'Brien-Łukasz ", Email: " Zoe.OBrien@Example.COM ", TimeZone: " Asia/Kolkata "}
	c.Manager.Email = "MO@example.com"
	if err := c.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	want := conversation.Participant{Name: "Zoë O'Brien-Łukasz", Email: "zoe.obrien@example.com", TimeZone: "Asia/Kolkata"}
	if c.Employee != want {
		t.Errorf("employee = %+v, want %+v", c.Employee, want)
	}
	if c.Manager.Email != "mo@example.com" {
		t.Errorf("manager email = %q, want it lower-cased", c.Manager.Email)
	}
	if c.MeetingMinutes != conversation.DefaultMeeting {
		t.Errorf("MeetingMinutes = %d, want the default %d", c.MeetingMinutes, conversation.DefaultMeeting)
	}
	for _, minutes := range []int{conversation.MinMeeting, conversation.MaxMeeting} {
		c := valid()
		c.MeetingMinutes = minutes
		if err := c.Validate(); err != nil || c.MeetingMinutes != minutes {
			t.Errorf("meeting of %d minutes: %v, minutes now %d", minutes, err, c.MeetingMinutes)
		}
	}
}

func TestValidateRefuses(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(c *conversation.Conversation)
		field string
	}{
		{"employee name missing", func(c *conversation.Conversation) { c.Employee.Name = "" }, "employee.name"},
		{"manager name blank", func(c *conversation.Conversation) { c.Manager.Name = " \t " }, "manager.name"},
		{"header injection in name", func(c *conversation.Conversation) { c.Employee.Name = "a\r\nBcc: x@evil.example" }, "employee.name"},
		{"newline in name", func(c *conversation.Conversation) { c.Manager.Name = "Mo\nKhan" }, "manager.name"},
		{"NUL in name", func(c *conversation.Conversation) { c.Employee.Name = "Ann\x00" }, "employee.name"},
		{"angle brackets in name", func(c *conversation.Conversation) { c.Employee.Name = "Ann <boss@example.com>" }, "employee.name"},
		{"quote in name", func(c *conversation.Conversation) { c.Employee.Name = `Ann "the boss"` }, "employee.name"},
		{"name too long", func(c *conversation.Conversation) { c.Employee.Name = strings.Repeat("a", conversation.MaxNameLen+1) }, "employee.name"},
		{"email missing", func(c *conversation.Conversation) { c.Employee.Email = "" }, "employee.email"},
		{"email without at", func(c *conversation.Conversation) { c.Employee.Email = "ann.example.com" }, "employee.email"},
		{"email with display name", func(c *conversation.Conversation) { c.Employee.Email = "Ann <ann@example.com>" }, "employee.email"},
		{"email in brackets", func(c *conversation.Conversation) { c.Manager.Email = "<mo@example.com>" }, "manager.email"},
		{"two emails", func(c *conversation.Conversation) { c.Manager.Email = "mo@example.com, x@evil.example" }, "manager.email"},
		{"header injection in email", func(c *conversation.Conversation) { c.Employee.Email = "ann@example.com\r\nBcc: x@evil.example" }, "employee.email"},
		{"space in email", func(c *conversation.Conversation) { c.Employee.Email = "ann lee@example.com" }, "employee.email"},
		{"time zone missing", func(c *conversation.Conversation) { c.Employee.TimeZone = "" }, "employee.timeZone"},
		{"time zone Local", func(c *conversation.Conversation) { c.Employee.TimeZone = "Local" }, "employee.timeZone"},
		{"time zone unknown", func(c *conversation.Conversation) { c.Manager.TimeZone = "Mars/Olympus_Mons" }, "manager.timeZone"},
		{"time zone offset", func(c *conversation.Conversation) { c.Manager.TimeZone = "+01:00" }, "manager.timeZone"},
		{"time zone path", func(c *conversation.Conversation) { c.Manager.TimeZone = "../../../etc/passwd" }, "manager.timeZone"},
		{"same person", func(c *conversation.Conversation) { c.Manager.Email = c.Employee.Email }, "manager.email"},
		{"same person other case", func(c *conversation.Conversation) { c.Manager.Email = " ANN@Example.com" }, "manager.email"},
		{"meeting start missing", func(c *conversation.Conversation) { c.MeetingStart = time.Time{} }, "meetingStart"},
		{"meeting too short", func(c *conversation.Conversation) { c.MeetingMinutes = conversation.MinMeeting - 1 }, "meetingMinutes"},
		{"meeting too long", func(c *conversation.Conversation) { c.MeetingMinutes = conversation.MaxMeeting + 1 }, "meetingMinutes"},
		{"meeting negative", func(c *conversation.Conversation) { c.MeetingMinutes = -30 }, "meetingMinutes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := valid()
			tc.edit(c)
			err := c.Validate()
			if code := conversation.ErrorCode(err); code != conversation.EINVALID {
				t.Fatalf("Validate = %v (code %q), want %q", err, code, conversation.EINVALID)
			}
			if got := conversation.ErrorField(err); got != tc.field {
				t.Errorf("field = %q, want %q (error %v)", got, tc.field, err)
			}
			if msg := conversation.ErrorMessage(err); msg == "" || strings.ContainsAny(msg, "\r\n") {
				t.Errorf("message %q is not one clean line", msg)
			}
		})
	}
}

func TestTransition(t *testing.T) {
	all := []conversation.Status{conversation.StatusScheduled, conversation.StatusAwaitingSteps, conversation.StatusFollowingUp, conversation.StatusCompleted, conversation.StatusCancelled}
	allowed := map[[2]conversation.Status]bool{
		{conversation.StatusScheduled, conversation.StatusAwaitingSteps}:   true,
		{conversation.StatusScheduled, conversation.StatusCancelled}:       true,
		{conversation.StatusAwaitingSteps, conversation.StatusFollowingUp}: true,
		{conversation.StatusAwaitingSteps, conversation.StatusCompleted}:   true,
		{conversation.StatusAwaitingSteps, conversation.StatusCancelled}:   true,
		{conversation.StatusFollowingUp, conversation.StatusCompleted}:     true,
		{conversation.StatusFollowingUp, conversation.StatusCancelled}:     true,
	}
	for _, from := range all {
		for _, to := range all {
			t.Run(fmt.Sprintf("%s to %s", from, to), func(t *testing.T) {
				c := &conversation.Conversation{Status: from}
				err := c.Transition(to)
				switch {
				case from == to || allowed[[2]conversation.Status{from, to}]:
					if err != nil || c.Status != to {
						t.Errorf("Transition = %v, status %s; want allowed", err, c.Status)
					}
				default:
					if conversation.ErrorCode(err) != conversation.ECONFLICT || c.Status != from {
						t.Errorf("Transition = %v, status %s; want ECONFLICT and status unchanged", err, c.Status)
					}
				}
			})
		}
	}
}

func TestTerminal(t *testing.T) {
	for s, want := range map[conversation.Status]bool{
		conversation.StatusScheduled: false, conversation.StatusAwaitingSteps: false, conversation.StatusFollowingUp: false,
		conversation.StatusCompleted: true, conversation.StatusCancelled: true,
	} {
		if got := s.Terminal(); got != want {
			t.Errorf("%s.Terminal() = %v, want %v", s, got, want)
		}
	}
}

func TestSetAnswers(t *testing.T) {
	t1 := time.Date(2027, 3, 8, 10, 0, 0, 0, time.UTC)
	t2 := t1.Add(time.Hour)
	c := valid()
	changed := c.SetAnswers(map[int]string{5: "five", 2: "  two  ", 9: "", 3: " \n ", 0: "zero", -1: "minus"}, t1)
	if want := []int{2, 5}; !slices.Equal(changed, want) {
		t.Errorf("first reply changed %v, want %v", changed, want)
	}
	wantAnswers := []conversation.Answer{{Question: 2, Text: "two", At: t1}, {Question: 5, Text: "five", At: t1}}
	if !reflect.DeepEqual(c.Answers, wantAnswers) {
		t.Fatalf("answers = %+v, want %+v", c.Answers, wantAnswers)
	}

	tests := []struct {
		name    string
		reply   map[int]string
		changed []int
		answers []conversation.Answer
	}{
		{"unchanged keeps the time", map[int]string{2: "two ", 5: "five"}, nil, wantAnswers},
		{"empty does not erase", map[int]string{2: "", 5: "   "}, nil, wantAnswers},
		{"replace and add in order", map[int]string{7: "seven", 5: "FIVE", 1: "one"}, []int{1, 5, 7}, []conversation.Answer{
			{Question: 1, Text: "one", At: t2}, {Question: 2, Text: "two", At: t1}, {Question: 5, Text: "FIVE", At: t2}, {Question: 7, Text: "seven", At: t2},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := valid()
			c.Answers = slices.Clone(wantAnswers)
			changed := c.SetAnswers(tc.reply, t2)
			if !slices.Equal(changed, tc.changed) {
				t.Errorf("changed %v, want %v", changed, tc.changed)
			}
			if !reflect.DeepEqual(c.Answers, tc.answers) {
				t.Errorf("answers = %+v, want %+v", c.Answers, tc.answers)
			}
			if a, ok := c.Answer(2); !ok || a.Text != "two" {
				t.Errorf("Answer(2) = %+v, %v", a, ok)
			}
			if _, ok := c.Answer(4); ok {
				t.Error("Answer(4) found an answer never given")
			}
		})
	}
}

func TestSetAnswersClipsLongText(t *testing.T) {
	c := valid()
	long := strings.Repeat("é", conversation.MaxAnswerLen) // 2 bytes each: the cut falls on a rune boundary or mid-rune
	for _, text := range []string{long, "x" + long} {
		c.SetAnswers(map[int]string{1: text}, time.Now())
		a, _ := c.Answer(1)
		if len(a.Text) > conversation.MaxAnswerLen || len(a.Text) < conversation.MaxAnswerLen-1 || !utf8.ValidString(a.Text) {
			t.Errorf("clipped answer has %d bytes, valid UTF-8 %v; want at most %d and whole runes",
				len(a.Text), utf8.ValidString(a.Text), conversation.MaxAnswerLen)
		}
	}
}

func TestSetSteps(t *testing.T) {
	at := time.Date(2027, 5, 1, 9, 0, 0, 0, time.UTC)
	c := valid()
	if err := c.SetSteps(nil); conversation.ErrorCode(err) != conversation.EINVALID {
		t.Errorf("SetSteps(nil) = %v, want EINVALID", err)
	}
	if err := c.SetSteps([]conversation.Step{{Text: " Shadow the lead "}, {Text: "Take the course", Due: "2027-06-01"}, {Text: "Write a doc", Status: conversation.StepInProgress}}); err != nil {
		t.Fatal(err)
	}
	want := []conversation.Step{
		{Number: 1, Text: "Shadow the lead", Status: conversation.StepNotStarted},
		{Number: 2, Text: "Take the course", Due: "2027-06-01", Status: conversation.StepNotStarted},
		{Number: 3, Text: "Write a doc", Status: conversation.StepInProgress},
	}
	if !reflect.DeepEqual(c.Steps, want) {
		t.Fatalf("steps = %+v, want %+v", c.Steps, want)
	}
	applied, rejected := c.ApplyProgress(1, []conversation.ProgressUpdate{
		{Step: 1, Status: conversation.StepDone, Note: " finished early "},
		{Step: 2, Status: conversation.StepBlocked, Note: "no budget"},
	}, at)
	if len(applied) != 2 || len(rejected) != 0 {
		t.Fatalf("ApplyProgress applied %v rejected %v", applied, rejected)
	}
	// A corrected steps reply: step 1 unchanged but moved, step 2 reworded, a new one.
	if err := c.SetSteps([]conversation.Step{{Text: "Find a mentor"}, {Text: "Shadow the lead"}, {Text: "Take the online course"}}); err != nil {
		t.Fatal(err)
	}
	want = []conversation.Step{
		{Number: 1, Text: "Find a mentor", Status: conversation.StepNotStarted},
		{Number: 2, Text: "Shadow the lead", Status: conversation.StepDone, Progress: []conversation.ProgressNote{
			{At: at, CheckIn: 1, Status: conversation.StepDone, Note: "finished early"},
		}},
		{Number: 3, Text: "Take the online course", Status: conversation.StepNotStarted},
	}
	if !reflect.DeepEqual(c.Steps, want) {
		t.Errorf("after the correction steps = %+v\nwant %+v", c.Steps, want)
	}
}

func TestSetStepsLimits(t *testing.T) {
	c := valid()
	var many []conversation.Step
	for i := range conversation.MaxSteps + 5 {
		many = append(many, conversation.Step{Text: fmt.Sprintf("step %d", i+1)})
	}
	many[0].Text = strings.Repeat("ü", conversation.MaxStepLen)
	if err := c.SetSteps(many); err != nil {
		t.Fatal(err)
	}
	if len(c.Steps) != conversation.MaxSteps || c.Steps[conversation.MaxSteps-1].Number != conversation.MaxSteps {
		t.Errorf("kept %d steps, want %d numbered 1..%d", len(c.Steps), conversation.MaxSteps, conversation.MaxSteps)
	}
	if s := c.Steps[0].Text; len(s) > conversation.MaxStepLen || !utf8.ValidString(s) {
		t.Errorf("long step kept %d bytes (valid UTF-8 %v), want at most %d", len(s), utf8.ValidString(s), conversation.MaxStepLen)
	}
}

func TestApplyProgress(t *testing.T) {
	at := time.Date(2027, 5, 1, 9, 0, 0, 0, time.UTC)
	c := valid()
	if err := c.SetSteps([]conversation.Step{{Text: "one"}, {Text: "two"}}); err != nil {
		t.Fatal(err)
	}
	updates := []conversation.ProgressUpdate{
		{Step: 0, Status: conversation.StepDone},
		{Step: 3, Status: conversation.StepDone},
		{Step: -1, Status: conversation.StepDone},
		{Step: 1, Status: "finished"},
		{Step: 1, Status: ""},
		{Step: 2, Status: conversation.StepInProgress, Note: "  halfway  "},
		{Step: 1, Status: conversation.StepDropped},
	}
	applied, rejected := c.ApplyProgress(2, updates, at)
	if want := updates[5:]; !reflect.DeepEqual(applied, want) {
		t.Errorf("applied %+v, want %+v", applied, want)
	}
	if want := updates[:5]; !reflect.DeepEqual(rejected, want) {
		t.Errorf("rejected %+v, want %+v", rejected, want)
	}
	if c.Steps[0].Status != conversation.StepDropped || c.Steps[1].Status != conversation.StepInProgress {
		t.Errorf("statuses %s, %s; want dropped, in_progress", c.Steps[0].Status, c.Steps[1].Status)
	}
	wantNote := []conversation.ProgressNote{{At: at, CheckIn: 2, Status: conversation.StepInProgress, Note: "halfway"}}
	if !reflect.DeepEqual(c.Steps[1].Progress, wantNote) {
		t.Errorf("progress of step 2 = %+v, want %+v", c.Steps[1].Progress, wantNote)
	}
	if len(c.Steps[0].Progress) != 1 {
		t.Errorf("step 1 has %d progress notes, want 1 (the rejected ones leave none)", len(c.Steps[0].Progress))
	}

	empty := valid()
	if applied, rejected := empty.ApplyProgress(1, updates[5:6], at); len(applied) != 0 || len(rejected) != 1 {
		t.Errorf("progress on a conversation with no steps: applied %v rejected %v", applied, rejected)
	}
}

func TestStepStatusValid(t *testing.T) {
	for _, s := range []conversation.StepStatus{conversation.StepNotStarted, conversation.StepInProgress, conversation.StepDone, conversation.StepBlocked, conversation.StepDropped} {
		if !s.Valid() {
			t.Errorf("%q is not Valid", s)
		}
	}
	for _, s := range []conversation.StepStatus{"", "Done", "finished", "done "} {
		if s.Valid() {
			t.Errorf("%q is Valid", s)
		}
	}
}

func TestRecordCapsHistory(t *testing.T) {
	c := valid()
	const extra = 5
	for i := range conversation.MaxHistory + extra {
		kind := conversation.EventSent
		if i == 0 {
			kind = conversation.EventCreated
		}
		c.Record(conversation.Event{Kind: kind, Detail: fmt.Sprint(i)})
	}
	if len(c.History) != conversation.MaxHistory {
		t.Fatalf("history holds %d events, want %d", len(c.History), conversation.MaxHistory)
	}
	if c.History[0].Kind != conversation.EventCreated || c.History[0].Detail != "0" {
		t.Errorf("first event = %+v, want the created one kept", c.History[0])
	}
	if got, want := c.History[1].Detail, fmt.Sprint(extra+1); got != want {
		t.Errorf("second event is #%s, want #%s (the oldest after the first go)", got, want)
	}
	if got, want := c.History[len(c.History)-1].Detail, fmt.Sprint(conversation.MaxHistory+extra-1); got != want {
		t.Errorf("last event is #%s, want #%s", got, want)
	}
}

func TestSeenAndSent(t *testing.T) {
	c := valid()
	c.Record(conversation.Event{Kind: conversation.EventCreated})
	c.Record(conversation.Event{Kind: conversation.EventSent, Email: "prep", To: "ann@example.com"})
	c.Record(conversation.Event{Kind: conversation.EventReceived, Email: "nudge", Message: "abc123"})
	c.Record(conversation.Event{Kind: conversation.EventRejected, Email: "checkin1", Message: "def456"})
	c.Record(conversation.Event{Kind: conversation.EventUnreadable, Email: "checkin2", Message: "ghi789"})
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"seen received", c.Seen("abc123"), true},
		{"refused is not seen (a forgery must not shadow the real reply)", c.Seen("def456"), false},
		{"seen unreadable", c.Seen("ghi789"), true},
		{"not seen", c.Seen("zzz"), false},
		{"empty never seen", c.Seen(""), false},
		{"sent prep", c.Sent("prep"), true},
		{"received is not sent", c.Sent("nudge"), false},
		{"never sent", c.Sent("preread"), false},
		{"empty name", c.Sent(""), false},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

func TestNewID(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		id := conversation.NewID()
		if !conversation.ValidID(id) {
			t.Fatalf("NewID() = %q is not ValidID", id)
		}
		if seen[id] {
			t.Fatalf("NewID() repeated %q", id)
		}
		seen[id] = true
	}
	for _, id := range []string{"", "abc", "ABCDEFGHIJKLMNOP", "abcdefghijklmno1", "abcdefghijklmno8", "abcdefghijklmnopq", "abcdefghijklmn-p", "abcdefghijklmnö"} {
		if conversation.ValidID(id) {
			t.Errorf("ValidID(%q) = true", id)
		}
	}
}

func TestMeetingEndAndLocation(t *testing.T) {
	c := valid()
	c.MeetingMinutes = 45
	if got, want := c.MeetingEnd(), c.MeetingStart.Add(45*time.Minute); !got.Equal(want) {
		t.Errorf("MeetingEnd = %v, want %v", got, want)
	}
	if loc := c.Employee.Location(); loc.String() != "Europe/London" {
		t.Errorf("Location = %v", loc)
	}
	if loc := (conversation.Participant{TimeZone: "Nowhere/Special"}).Location(); loc != time.UTC {
		t.Errorf("Location of an unknown zone = %v, want UTC", loc)
	}
}

func TestValidateRefusesLineBreakingNames(t *testing.T) {
	for _, name := range []string{"Ana\tRuiz", "Ana\u0085Ruiz", "Ana\u2028Ruiz", "Ana\u2029Ruiz", "Ana\x1bRuiz"} {
		c := &conversation.Conversation{
			Employee:     conversation.Participant{Name: name, Email: "ana@example.com", TimeZone: "Europe/Madrid"},
			Manager:      conversation.Participant{Name: "Tom", Email: "tom@example.com", TimeZone: "Europe/Madrid"},
			MeetingStart: time.Date(2027, 1, 1, 10, 0, 0, 0, time.UTC),
		}
		if err := c.Validate(); conversation.ErrorField(err) != "employee.name" {
			t.Errorf("Validate(name %q) = %v, want an error about employee.name", name, err)
		}
	}
}

func TestSetStepsCleansInput(t *testing.T) {
	c := &conversation.Conversation{Steps: []conversation.Step{{Number: 1, Text: "Same", Status: conversation.StepDone}, {Number: 2, Text: "Same", Status: conversation.StepBlocked}}}
	err := c.SetSteps([]conversation.Step{{Text: "  "}, {Text: "Same", Due: "31/01/2027"}, {Text: "Same", Due: "2027-01-31", Status: "bogus"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Steps) != 2 || c.Steps[0].Number != 1 || c.Steps[1].Number != 2 {
		t.Fatalf("steps = %+v, want two, numbered 1 and 2 (blank dropped)", c.Steps)
	}
	if c.Steps[0].Due != "" || c.Steps[1].Due != "2027-01-31" {
		t.Errorf("due dates = %q, %q; want a malformed one dropped", c.Steps[0].Due, c.Steps[1].Due)
	}
	if c.Steps[0].Status != conversation.StepDone || c.Steps[1].Status != conversation.StepBlocked {
		t.Errorf("statuses = %s, %s; want each old step to carry over once", c.Steps[0].Status, c.Steps[1].Status)
	}
	if err := c.SetSteps([]conversation.Step{{Text: " "}}); conversation.ErrorCode(err) != conversation.EINVALID {
		t.Errorf("SetSteps(only blanks) = %v, want conversation.EINVALID", err)
	}
}

func TestParseJobNameIsCanonical(t *testing.T) {
	for _, name := range []string{"ab3dc7ef2ghijk4l-prep-+1-g0", "ab3dc7ef2ghijk4l-prep-01-g0", "ab3dc7ef2ghijk4l-prep-0-g01"} {
		if _, err := conversation.ParseJobName(name); err == nil {
			t.Errorf("conversation.ParseJobName(%q) accepted a non-canonical name", name)
		}
	}
}

func TestProgressNotesAreBounded(t *testing.T) {
	c := &conversation.Conversation{Steps: []conversation.Step{{Number: 1, Text: "x", Status: conversation.StepNotStarted}}}
	for i := range conversation.MaxProgressNotes + 5 {
		c.ApplyProgress(1, []conversation.ProgressUpdate{{Step: 1, Status: conversation.StepInProgress, Note: fmt.Sprint(i)}}, time.Time{})
	}
	if n := len(c.Steps[0].Progress); n != conversation.MaxProgressNotes {
		t.Fatalf("%d progress notes kept, want %d", n, conversation.MaxProgressNotes)
	}
	if got := c.Steps[0].Progress[conversation.MaxProgressNotes-1].Note; got != fmt.Sprint(conversation.MaxProgressNotes+4) {
		t.Errorf("newest note = %q, want the latest kept", got)
	}
}

func TestAddNotes(t *testing.T) {
	notes := conversation.AddNotes("", "My CV: https://cv.example.com/jane")
	notes = conversation.AddNotes(notes, "  Also: I'd like to talk about the Lisbon office.  ")
	notes = conversation.AddNotes(notes, "My CV: https://cv.example.com/jane") // a second delivery
	notes = conversation.AddNotes(notes, "")
	if want := "My CV: https://cv.example.com/jane\n\nAlso: I'd like to talk about the Lisbon office."; notes != want {
		t.Errorf("notes = %q, want %q", notes, want)
	}
	long := conversation.AddNotes(strings.Repeat("é", conversation.MaxNotesLen/2), "newest")
	if len(long) > conversation.MaxNotesLen || !strings.HasSuffix(long, "newest") || !utf8.ValidString(long) {
		t.Errorf("bounded notes: %d bytes, valid %v, ends %q", len(long), utf8.ValidString(long), long[len(long)-10:])
	}
}

func TestSentTo(t *testing.T) {
	c := &conversation.Conversation{}
	c.Record(conversation.Event{Kind: conversation.EventReceived, Email: "prep", To: "jane@example.com"})
	c.Record(conversation.Event{Kind: conversation.EventSent, Email: "preread", To: "Sam@Example.com"})
	c.Record(conversation.Event{Kind: conversation.EventSent, Email: "plan", To: "ana@example.com, bo@example.com"})
	for addr, want := range map[string]bool{
		"sam@example.com":  true,  // case does not matter
		"bo@example.com":   true,  // one of several recipients
		"jane@example.com": false, // received from her, never sent to her
		"al@example.com":   false,
	} {
		if got := c.SentTo(addr); got != want {
			t.Errorf("SentTo(%q) = %v, want %v", addr, got, want)
		}
	}
}
