package invite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

var testNow = time.Date(2027, 1, 4, 12, 0, 0, 0, time.UTC)

// The invites as each client sends them: what a person reads in their calendar
// is the expected meeting.
func TestReadClients(t *testing.T) {
	tests := []struct {
		file      string
		uid       string
		start     string // RFC 3339 with the zone's offset, as the organizer planned it
		minutes   int
		zone      string
		attendees []string
	}{
		{"google.eml", "5k2q9v1m3b8c7d6e4f0g1h2i3j@google.com", "2027-01-14T14:00:00Z", 60, "Europe/London",
			[]string{"jane.doe@example.com", "careers@reply.careerconv.test"}},
		{"outlook-desktop.eml", "040000008200E00074C5B7101A82E00800000000B0C2A1E5D3F4DA01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
			"2027-01-14T15:00:00+01:00", 60, "Europe/Berlin",
			[]string{"jane.doe@example.com", "careers@reply.careerconv.test"}}, // the room is left out
		{"outlook-web.eml", "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DB010000000000000000100000009F8E7D6C5B4A39281706F5E4D3C2B1A0",
			"2027-01-14T10:00:00-08:00", 45, "America/Los_Angeles",
			[]string{"jane.doe@example.com", "careers@reply.careerconv.test"}},
		{"apple.eml", "7E3B1C2A-9D4F-4E6B-8A1C-2B3D4E5F6A7B", "2027-01-14T09:30:00-05:00", 60, "America/New_York",
			[]string{"jane.doe@example.com", "careers@reply.careerconv.test"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			inv, err := Read(raw, testNow)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			want, _ := time.Parse(time.RFC3339, tt.start)
			if inv.Method != MethodRequest || inv.UID != tt.uid || inv.Sequence != 0 {
				t.Errorf("method %s uid %q seq %d", inv.Method, inv.UID, inv.Sequence)
			}
			if !inv.Start.Equal(want) || inv.Minutes() != tt.minutes || inv.TimeZone != tt.zone {
				t.Errorf("meeting %s for %d min in %s, want %s for %d min in %s", inv.Start, inv.Minutes(), inv.TimeZone, want, tt.minutes, tt.zone)
			}
			if inv.Organizer != (Person{Name: "Sam Patel", Email: "sam.patel@example.com"}) {
				t.Errorf("organizer = %+v", inv.Organizer)
			}
			var got []string
			for _, a := range inv.Attendees {
				got = append(got, a.Email)
			}
			if strings.Join(got, ",") != strings.Join(tt.attendees, ",") {
				t.Errorf("attendees = %v, want %v", got, tt.attendees)
			}
			if inv.Attendees[0].Name != "Jane Doe" {
				t.Errorf("employee name = %q", inv.Attendees[0].Name)
			}
			if inv.Recurring {
				t.Error("a single meeting read as recurring")
			}
		})
	}
}

// ics builds a calendar around VEVENT lines (and extra top-level lines).
func ics(method string, event ...string) []byte {
	lines := []string{"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"}
	if method != "" {
		lines = append(lines, "METHOD:"+method)
	}
	lines = append(lines, "BEGIN:VEVENT", "UID:u1@example.com", "DTSTAMP:20270104T090000Z",
		"ORGANIZER;CN=Sam Patel:mailto:sam.patel@example.com", "ATTENDEE;CN=Jane Doe:mailto:jane.doe@example.com")
	lines = append(lines, event...)
	lines = append(lines, "END:VEVENT", "END:VCALENDAR", "")
	return []byte(strings.Join(lines, "\r\n"))
}

func TestParseTimes(t *testing.T) {
	tests := []struct {
		name  string
		cal   []byte
		start string
		zone  string
		rec   bool
	}{
		{"UTC", ics("REQUEST", "DTSTART:20270114T140000Z", "DTEND:20270114T150000Z"), "2027-01-14T14:00:00Z", "UTC", false},
		{"UTC with the calendar's zone", append([]byte("X"), ics("REQUEST", "DTSTART:20270114T140000Z", "DURATION:PT1H")...)[1:], "2027-01-14T14:00:00Z", "UTC", false},
		{"Windows name, summer", ics("REQUEST", "DTSTART;TZID=W. Europe Standard Time:20270715T150000", "DTEND;TZID=W. Europe Standard Time:20270715T160000"),
			"2027-07-15T15:00:00+02:00", "Europe/Berlin", false},
		{"quoted Windows name", ics("REQUEST", `DTSTART;TZID="Pacific Standard Time":20270114T100000`, `DTEND;TZID="Pacific Standard Time":20270114T110000`),
			"2027-01-14T10:00:00-08:00", "America/Los_Angeles", false},
		{"Lightning prefix", ics("REQUEST", "DTSTART;TZID=/mozilla.org/20050126_1/Europe/Paris:20270114T090000", "DTEND;TZID=/mozilla.org/20050126_1/Europe/Paris:20270114T100000"),
			"2027-01-14T09:00:00+01:00", "Europe/Paris", false},
		{"duration", ics("REQUEST", "DTSTART;TZID=Europe/London:20270114T140000", "DURATION:PT45M"), "2027-01-14T14:00:00Z", "Europe/London", false},
		{"weekly series: the next occurrence", ics("REQUEST", "DTSTART;TZID=Europe/London:20261203T140000", "DTEND;TZID=Europe/London:20261203T150000",
			"RRULE:FREQ=WEEKLY;BYDAY=TH"), "2027-01-07T14:00:00Z", "Europe/London", true},
		{"series with the next occurrence excluded", ics("REQUEST", "DTSTART;TZID=Europe/London:20261203T140000", "DTEND;TZID=Europe/London:20261203T150000",
			"RRULE:FREQ=WEEKLY;BYDAY=TH", "EXDATE;TZID=Europe/London:20270107T140000"), "2027-01-14T14:00:00Z", "Europe/London", true},
		{"monthly series across DST", ics("REQUEST", "DTSTART;TZID=America/New_York:20261105T090000", "DTEND;TZID=America/New_York:20261105T100000",
			"RRULE:FREQ=MONTHLY;BYMONTHDAY=5"), "2027-01-05T09:00:00-05:00", "America/New_York", true},
	}
	tests[1].cal = []byte(strings.Replace(string(tests[1].cal), "METHOD:REQUEST", "METHOD:REQUEST\r\nX-WR-TIMEZONE:Europe/Madrid", 1))
	tests[1].zone = "Europe/Madrid"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, err := Parse(tt.cal, testNow)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			want, _ := time.Parse(time.RFC3339, tt.start)
			if !inv.Start.Equal(want) || inv.TimeZone != tt.zone || inv.Recurring != tt.rec {
				t.Errorf("start %s zone %s recurring %v, want %s %s %v", inv.Start, inv.TimeZone, inv.Recurring, want, tt.zone, tt.rec)
			}
			if inv.Start.Location() != time.UTC || !inv.End.After(inv.Start) {
				t.Errorf("start %v end %v", inv.Start, inv.End)
			}
		})
	}
}

// A TZID no table knows is read through the calendar's own VTIMEZONE.
func TestCustomVTIMEZONE(t *testing.T) {
	vtz := []string{
		"BEGIN:VTIMEZONE", "TZID:(UTC+01:00) Amsterdam\\, Berlin\\, Bern\\, Rome\\, Stockholm\\, Vienna",
		"BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
		"BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
		"END:VTIMEZONE",
	}
	for _, tt := range []struct{ date, want, zone string }{
		{"20270114T150000", "2027-01-14T14:00:00Z", "Etc/GMT-1"},
		{"20270715T150000", "2027-07-15T13:00:00Z", "Etc/GMT-2"},
	} {
		tzid := `"(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"`
		cal := string(ics("REQUEST", "DTSTART;TZID="+tzid+":"+tt.date, "DURATION:PT1H"))
		cal = strings.Replace(cal, "BEGIN:VEVENT", strings.Join(vtz, "\r\n")+"\r\nBEGIN:VEVENT", 1)
		inv, err := Parse([]byte(cal), testNow)
		if err != nil {
			t.Fatalf("Parse: %v", err)
		}
		if inv.Start.Format(time.RFC3339) != tt.want || inv.TimeZone != tt.zone {
			t.Errorf("%s: start %s zone %s, want %s %s", tt.date, inv.Start.Format(time.RFC3339), inv.TimeZone, tt.want, tt.zone)
		}
		if _, err := time.LoadLocation(inv.TimeZone); err != nil {
			t.Errorf("zone %s does not load: %v", inv.TimeZone, err)
		}
	}
}

// A VTIMEZONE whose observances do not repeat yearly is not walked.
func TestHostileVTIMEZONE(t *testing.T) {
	vtz := "BEGIN:VTIMEZONE\r\nTZID:Nowhere\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\nRRULE:FREQ=SECONDLY\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
	cal := strings.Replace(string(ics("REQUEST", "DTSTART;TZID=Nowhere:20270114T150000", "DURATION:PT1H")), "BEGIN:VEVENT", vtz+"BEGIN:VEVENT", 1)
	start := time.Now()
	inv, err := Parse([]byte(cal), testNow)
	if time.Since(start) > 5*time.Second {
		t.Fatalf("took %v", time.Since(start))
	}
	if conversation.ErrorCode(err) != conversation.EINVALID || !strings.Contains(conversation.ErrorMessage(err), `"Nowhere"`) {
		t.Errorf("%+v, %v; want the zone refused", inv, err)
	}
}

// Every Windows name maps to a zone this binary can load.
func TestWindowsZonesLoad(t *testing.T) {
	for win, iana := range WindowsZones {
		if _, err := time.LoadLocation(iana); err != nil {
			t.Errorf("%s → %s: %v", win, iana, err)
		}
	}
}

func TestParseMethodsAndUpdates(t *testing.T) {
	inv, err := Parse(ics("REQUEST", "SEQUENCE:3", "DTSTART:20270114T140000Z", "DTEND:20270114T150000Z"), testNow)
	if err != nil || inv.Sequence != 3 {
		t.Fatalf("update: %+v, %v", inv, err)
	}
	inv, err = Parse(ics("CANCEL", "SEQUENCE:4", "STATUS:CANCELLED"), testNow)
	if err != nil || inv.Method != MethodCancel || inv.Sequence != 4 || !inv.Start.IsZero() {
		t.Fatalf("cancel without times: %+v, %v", inv, err)
	}
	inv, err = Parse(ics("CANCEL", "RECURRENCE-ID;TZID=Europe/London:20270114T140000", "DTSTART;TZID=Europe/London:20270114T140000"), testNow)
	if err != nil || !inv.Recurring || inv.RecurrenceID.Format(time.RFC3339) != "2027-01-14T14:00:00Z" {
		t.Fatalf("cancel of one occurrence: %+v, %v", inv, err)
	}
	inv, err = Parse(ics("reply", "DTSTART:20270114T140000Z"), testNow)
	if err != nil || inv.Method != MethodReply {
		t.Fatalf("reply: %+v, %v", inv, err)
	}
}

func TestRefusals(t *testing.T) {
	tests := []struct {
		name string
		cal  []byte
		want string // in the reason
	}{
		{"all day", ics("REQUEST", "DTSTART;VALUE=DATE:20270114", "DTEND;VALUE=DATE:20270115"), "all day"},
		{"all day without VALUE", ics("REQUEST", "DTSTART:20270114"), "all day"},
		{"floating", ics("REQUEST", "DTSTART:20270114T140000", "DTEND:20270114T150000"), "floating"},
		{"unknown zone", ics("REQUEST", "DTSTART;TZID=Mars Standard Time:20270114T140000", "DURATION:PT1H"), "Mars Standard Time"},
		{"no end", ics("REQUEST", "DTSTART:20270114T140000Z"), "end time"},
		{"no start", ics("REQUEST", "DTEND:20270114T140000Z"), "no start"},
		{"no method", ics("", "DTSTART:20270114T140000Z", "DURATION:PT1H"), "METHOD"},
		{"bad sequence", ics("REQUEST", "SEQUENCE:two", "DTSTART:20270114T140000Z", "DURATION:PT1H"), "SEQUENCE"},
		{"series over", ics("REQUEST", "DTSTART:20260101T140000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=3"), "no occurrence"},
		{"bad rule", ics("REQUEST", "DTSTART:20270101T140000Z", "DURATION:PT1H", "RRULE:FREQ=SOMETIMES"), "RRULE"},
		// Rules that would take minutes to walk are refused, or walked within bounds.
		{"every second", ics("REQUEST", "DTSTART:20200101T140000Z", "DURATION:PT1H", "RRULE:FREQ=SECONDLY"), "more often than daily"},
		{"many times a day", ics("REQUEST", "DTSTART:20260101T140000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;BYHOUR=1,2,3;BYMINUTE=0,30"), "several times a day"},
		{"ancient series", ics("REQUEST", "DTSTART:19000101T140000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY"), "more than 10 years ago"},
		{"never happens", ics("REQUEST", "DTSTART:20170201T140000Z", "DURATION:PT1H", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"), "no occurrence in the 2 years"},
		{"endless count", ics("REQUEST", "DTSTART:20170201T140000Z", "DURATION:PT1H", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=999999999"), "no occurrence"},
		{"not iCalendar", []byte("BEGIN:VCARD\r\nEND:VCARD\r\n"), "not valid iCalendar"},
		{"truncated", []byte("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x\r\n"), "not valid iCalendar"},
		{"no organizer", []byte(strings.Replace(string(ics("REQUEST", "DTSTART:20270114T140000Z", "DURATION:PT1H")), "ORGANIZER;CN=Sam Patel:mailto:sam.patel@example.com\r\n", "", 1)), "organizer"},
		{"no event", []byte("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nMETHOD:REQUEST\r\nBEGIN:VTODO\r\nUID:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"), "no event"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv, err := Parse(tt.cal, testNow)
			if err == nil {
				t.Fatalf("Parse accepted it: %+v", inv)
			}
			if conversation.ErrorCode(err) != conversation.EINVALID || !strings.Contains(conversation.ErrorMessage(err), tt.want) {
				t.Errorf("err = %v, want EINVALID mentioning %q", err, tt.want)
			}
		})
	}
}

func TestCalendarPart(t *testing.T) {
	plain := "From: a@example.com\r\nTo: careers@reply.careerconv.test\r\nSubject: hi\r\n\r\nHello, can you start a conversation?\r\n"
	if _, err := Calendar([]byte(plain)); conversation.ErrorCode(err) != conversation.EINVALID || !strings.Contains(conversation.ErrorMessage(err), "no calendar") {
		t.Errorf("plain message: %v", err)
	}
	// An .ics attached as application/octet-stream, as some webmail forwards it.
	cal := ics("REQUEST", "DTSTART:20270114T140000Z", "DURATION:PT1H")
	msg := "From: a@example.com\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n" +
		"--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"meeting.ics\"\r\n\r\n" + string(cal) + "\r\n--b--\r\n"
	inv, err := Read([]byte(msg), testNow)
	if err != nil || inv.UID != "u1@example.com" {
		t.Errorf("octet-stream .ics: %+v, %v", inv, err)
	}
	// Quoted-printable, in another charset, with a soft line break inside a line.
	latin := strings.Replace(string(ics("REQUEST", "SUMMARY:R=E9union carri=E8re", "DTSTART:20270114T140000Z", "DURATION:PT1H")),
		"mailto:sam.patel@example.com", "mailto:sam.pa=\r\ntel@example.com", 1)
	qp := "From: a@example.com\r\nMIME-Version: 1.0\r\nContent-Type: text/calendar; charset=ISO-8859-1; method=REQUEST\r\n" +
		"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + latin
	if inv, err := Read([]byte(qp), testNow); err != nil || inv.Organizer.Email != "sam.patel@example.com" || inv.Summary != "Réunion carrière" {
		t.Errorf("quoted-printable Latin-1 calendar: %+v, %v", inv, err)
	}
	if _, err := Calendar([]byte("not a message at all")); conversation.ErrorCode(err) != conversation.EINVALID {
		t.Errorf("garbage: %v", err)
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"google.eml", "outlook-desktop.eml", "outlook-web.eml", "apple.eml"} {
		raw, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add(ics("REQUEST", "DTSTART;TZID=Europe/London:20261203T140000", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;BYDAY=TH"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		inv, err := Read(raw, testNow)
		if err != nil {
			if conversation.ErrorCode(err) != conversation.EINVALID {
				t.Fatalf("error is not EINVALID: %v", err)
			}
			return
		}
		if inv.UID == "" || inv.Organizer.Email == "" {
			t.Fatalf("accepted an invite without UID or organizer: %+v", inv)
		}
		if inv.Method == MethodRequest && !inv.End.After(inv.Start) {
			t.Fatalf("accepted a request that does not end after it starts: %+v", inv)
		}
	})
}

// A series sent with overridden occurrences: the next one is moved, the one
// after that cancelled.
func TestSeriesOverrides(t *testing.T) {
	cal := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:s1@example.com", "DTSTAMP:20270104T090000Z", "SEQUENCE:1",
		"ORGANIZER:mailto:sam.patel@example.com", "ATTENDEE:mailto:jane.doe@example.com",
		"DTSTART;TZID=Europe/London:20261203T140000", "DTEND;TZID=Europe/London:20261203T150000", "RRULE:FREQ=WEEKLY;BYDAY=TH",
		"END:VEVENT",
		"BEGIN:VEVENT", "UID:s1@example.com", "DTSTAMP:20270104T090000Z", "SEQUENCE:1",
		"ORGANIZER:mailto:sam.patel@example.com", "ATTENDEE:mailto:jane.doe@example.com",
		"RECURRENCE-ID;TZID=Europe/London:20270107T140000",
		"DTSTART;TZID=Europe/London:20270108T100000", "DTEND;TZID=Europe/London:20270108T103000",
		"END:VEVENT",
		"END:VCALENDAR", ""}, "\r\n")
	inv, err := Parse([]byte(cal), testNow)
	if err != nil {
		t.Fatal(err)
	}
	if inv.Start.Format(time.RFC3339) != "2027-01-08T10:00:00Z" || inv.Minutes() != 30 || !inv.Recurring || !inv.RecurrenceID.IsZero() {
		t.Errorf("moved occurrence: %s for %d min, recurring %v, recurrence ID %v", inv.Start, inv.Minutes(), inv.Recurring, inv.RecurrenceID)
	}
	cancelled := strings.Replace(cal, "DTSTART;TZID=Europe/London:20270108T100000", "STATUS:CANCELLED\r\nDTSTART;TZID=Europe/London:20270108T100000", 1)
	if inv, err = Parse([]byte(cancelled), testNow); err != nil || inv.Start.Format(time.RFC3339) != "2027-01-14T14:00:00Z" {
		t.Errorf("cancelled occurrence skipped: %v, %v", inv, err)
	}
	// One occurrence sent on its own (Outlook's "this occurrence" edit).
	only := strings.Join([]string{
		"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "METHOD:REQUEST",
		"BEGIN:VEVENT", "UID:s1@example.com", "DTSTAMP:20270104T090000Z", "SEQUENCE:2",
		"ORGANIZER:mailto:sam.patel@example.com", "ATTENDEE:mailto:jane.doe@example.com",
		"RECURRENCE-ID;TZID=Europe/London:20270114T140000",
		"DTSTART;TZID=Europe/London:20270115T160000", "DTEND;TZID=Europe/London:20270115T170000",
		"END:VEVENT", "END:VCALENDAR", ""}, "\r\n")
	if inv, err = Parse([]byte(only), testNow); err != nil || inv.RecurrenceID.Format(time.RFC3339) != "2027-01-14T14:00:00Z" || inv.Start.Format(time.RFC3339) != "2027-01-15T16:00:00Z" {
		t.Errorf("one occurrence: %+v, %v", inv, err)
	}
}
