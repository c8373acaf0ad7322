package mailcompose

import (
	"errors"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

func TestOrganisationValidate(t *testing.T) {
	tests := []struct {
		name  string
		o     Organisation
		field string // "" when valid
	}{
		{"zero value", Organisation{}, ""},
		{"full", Organisation{Name: "Acme Bank", HRContact: "Dana Lee <dana@acme.example>", Privacy: "Only the two of you see it.", Locale: "en-US"}, ""},
		{"HR as text", Organisation{HRContact: "the People Team on Slack"}, ""},
		{"bad HR address", Organisation{HRContact: "dana@"}, "hrContact"},
		{"two-line name", Organisation{Name: "Acme\r\nBcc: x@evil.example"}, "name"},
		{"bad locale", Organisation{Locale: "en GB"}, "locale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.o.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			var e *conversation.Error
			if !errors.As(err, &e) || e.Code != conversation.EINVALID || e.Field != tt.field {
				t.Errorf("Validate() = %v, want EINVALID on field %s", err, tt.field)
			}
		})
	}
}

func TestDates(t *testing.T) {
	now := time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC)
	london, _ := time.LoadLocation("Europe/London")
	meeting := time.Date(2027, 1, 12, 14, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		d    dates
		t    time.Time
		want string
	}{
		{"near, en-GB", dates{loc: london, now: now}, meeting, "Tue 12 Jan at 14:00"},
		{"near, en-US", dates{loc: london, now: now, us: true}, meeting, "Tue, Jan 12 at 2:00 PM"},
		{"far has the year", dates{loc: london, now: now}, meeting.AddDate(1, 0, 0), "Wed 12 Jan 2028 at 14:00"},
		{"other zone", dates{loc: london, now: now, zone: " London time"}, meeting, "Tue 12 Jan at 14:00 London time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.at(tt.t); got != tt.want {
				t.Errorf("at() = %q, want %q", got, tt.want)
			}
		})
	}
	if got := (Organisation{Locale: "en-US"}).resolve(); !got.us || got.Lang != "en-US" {
		t.Errorf("en-US resolves to %+v", got)
	}
	for _, tt := range []struct{ name, email, want string }{{"Dr Jane Doe", "", "Jane"}, {"Sam", "", "Sam"}, {"", "sam.p@example.com", "sam.p"}} {
		if got := firstName(tt.name, tt.email); got != tt.want {
			t.Errorf("firstName(%q, %q) = %q, want %q", tt.name, tt.email, got, tt.want)
		}
	}
}
