package assistant

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mailparse"
	"github.com/careerconv/careerconv/pkg/mime"
)

// TestBookingCases reads the replies to the review under testdata/booking,
// from several clients in four languages, and compares what each books with
// cases.json (written before the reader ran on them).
func TestBookingCases(t *testing.T) {
	data, err := os.ReadFile("testdata/booking/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		File, Zone, Kind string
		At               *string
		Month            *int
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	passed := 0
	for _, tc := range cases {
		ok := t.Run(tc.File, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata/booking", tc.File))
			if err != nil {
				t.Fatal(err)
			}
			msg, err := mime.Parse(raw)
			if err != nil {
				t.Fatal(err)
			}
			reply, err := mailparse.ReadMessage(msg, conversation.ReplyPrep, mailparse.ReadOptions{Now: msg.Date})
			if err != nil {
				t.Fatal(err)
			}
			loc, err := time.LoadLocation(tc.Zone)
			if err != nil {
				t.Fatal(err)
			}
			meeting := time.Date(2027, 1, 14, 14, 0, 0, 0, loc)
			got := readBooking(reply.Text, msg.Date, loc, meeting)
			if string(got.kind) != tc.Kind {
				t.Fatalf("kind %q, want %q (text %q)", got.kind, tc.Kind, reply.Text)
			}
			if tc.At != nil {
				want, err := time.ParseInLocation("2006-01-02T15:04", *tc.At, loc)
				if err != nil {
					t.Fatal(err)
				}
				if !got.at.Equal(want) {
					t.Errorf("at %v, want %v", got.at, want)
				}
			} else if tc.Kind == string(conversation.BookNow) && !got.at.IsZero() {
				t.Errorf("at %v, want the date proposed (zero)", got.at)
			}
			if tc.Month != nil && int(got.month) != *tc.Month {
				t.Errorf("month %v, want %d", got.month, *tc.Month)
			}
		})
		if ok {
			passed++
		}
	}
	t.Logf("booking replies read right: %d of %d", passed, len(cases))
}

func TestReadBooking(t *testing.T) {
	loc, _ := time.LoadLocation("Europe/London")
	ref := time.Date(2027, 4, 16, 10, 0, 0, 0, loc)
	meeting := time.Date(2027, 1, 14, 14, 0, 0, 0, loc)
	tests := []struct {
		text string
		kind conversation.BookingKind
		at   time.Time
	}{
		{"yes", conversation.BookNow, time.Time{}},
		{"book 15 July 14:00", conversation.BookNow, time.Date(2027, 7, 15, 14, 0, 0, 0, loc)},
		{"15 March", conversation.BookNow, time.Date(2028, 3, 15, 14, 0, 0, 0, loc)}, // the next 15 March
		{"2027-07-01 at 9am", conversation.BookNow, time.Date(2027, 7, 1, 9, 0, 0, 0, loc)},
		{"not now", conversation.BookLater, time.Time{}},
		{"not now, maybe in September", conversation.BookProposed, time.Time{}},
		{"Yesterday was great", conversation.BookUnread, time.Time{}},
		{"no", conversation.BookUnread, time.Time{}},
	}
	for _, tt := range tests {
		got := readBooking(tt.text, ref, loc, meeting)
		if got.kind != tt.kind || !got.at.Equal(tt.at) {
			t.Errorf("%q: %s %v, want %s %v", tt.text, got.kind, got.at, tt.kind, tt.at)
		}
	}
}
