package mailcompose

import (
	"net/mail"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Organisation is who runs careerconv for its people: it introduces the product in
// the first email each person receives and signs every footer, so that an email
// asking personal questions says who sent it and how the answers are handled.
// The zero value uses the defaults below.
type Organisation struct {
	// Name is the organisation's name, e.g. "Acme Ltd". Empty: "your organisation".
	Name string
	// HRContact is whom to ask about careerconv: an address ("people@acme.example")
	// or a name and address ("Dana Lee <dana@acme.example>"). Empty: "your HR team".
	HRContact string
	// Privacy is one line on how answers are handled. Empty: DefaultPrivacy.
	Privacy string
	// Locale is a BCP 47 tag such as "en-GB" or "en-US": the HTML lang and the
	// order of dates and the clock ("Tue 12 Jan, 14:00" or "Tue, Jan 12, 2:00 PM").
	// Empty: DefaultLocale.
	Locale string
}

// Defaults of Organisation.
const (
	DefaultOrganisation = "your organisation"
	DefaultHRContact    = "your HR team"
	DefaultPrivacy      = "Only the two of you see what is written here; HR sees dates and counts, never your words."
	DefaultLocale       = "en-GB"
)

// maxOrgField bounds each Organisation field.
const maxOrgField = 300

// Validate checks an Organisation from configuration: one line each, an HR
// contact with an @ is an address ("people@acme.example" or "Dana Lee
// <dana@acme.example>"), a locale is a BCP 47 tag. Errors are EINVALID and name
// the field.
func (o Organisation) Validate() error {
	for _, f := range []struct{ name, v string }{{"name", o.Name}, {"hrContact", o.HRContact}, {"privacy", o.Privacy}, {"locale", o.Locale}} {
		if len(f.v) > maxOrgField || strings.ContainsAny(f.v, "\r\n") {
			return conversation.FieldErrorf(f.name, "The organisation's %s must be one line of at most %d characters.", f.name, maxOrgField)
		}
	}
	if strings.Contains(o.HRContact, "@") {
		if _, err := mail.ParseAddress(o.HRContact); err != nil {
			return conversation.FieldErrorf("hrContact", "The HR contact %q is not an address such as people@acme.example or \"Dana Lee <dana@acme.example>\".", o.HRContact)
		}
	}
	if o.Locale != "" && !validLang(o.Locale) {
		return conversation.FieldErrorf("locale", "The locale %q is not a language tag such as en-GB or en-US.", o.Locale)
	}
	return nil
}

// org is Organisation as the emails show it.
type org struct {
	Name    string
	HR      string // the contact as text: "Dana Lee (dana@acme.example)"
	HRMail  string // the contact's address, "" if none
	Privacy string
	Lang    string
	us      bool // month before day, 12-hour clock
}

func (o Organisation) resolve() org {
	r := org{
		Name:    orDefault(o.Name, DefaultOrganisation),
		HR:      DefaultHRContact,
		Privacy: orDefault(o.Privacy, DefaultPrivacy),
		Lang:    orDefault(o.Locale, DefaultLocale),
	}
	if hr := oneLine(o.HRContact); hr != "" {
		r.HR = hr
		if a, err := mail.ParseAddress(hr); err == nil {
			r.HRMail = a.Address
			r.HR = a.Address
			if a.Name != "" {
				r.HR = oneLine(a.Name) + " (" + a.Address + ")"
			}
		}
	}
	if !validLang(r.Lang) {
		r.Lang = DefaultLocale
	}
	_, region, _ := strings.Cut(strings.ReplaceAll(r.Lang, "_", "-"), "-")
	r.us = strings.EqualFold(region, "US")
	return r
}

func orDefault(s, def string) string {
	if s = oneLine(s); s != "" {
		return s
	}
	return def
}

// validLang accepts the letters, digits and hyphens of a BCP 47 tag.
func validLang(s string) bool {
	if s == "" || len(s) > 35 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// nearDays is how far from now a date may be and still be shown without its year.
const nearDays = 180

// dates formats times for one recipient: in their zone, in the locale's order,
// without the year when the date is near now.
type dates struct {
	loc *time.Location
	now time.Time
	us  bool
	// zone is appended to clock times when the two people are in different zones:
	// " London time".
	zone string
}

// day formats a date: "Tue 12 Jan" (en-US "Tue, Jan 12"), with the year when far.
func (d dates) day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(d.loc)
	far := d.now.IsZero() || t.Sub(d.now) > nearDays*24*time.Hour || d.now.Sub(t) > nearDays*24*time.Hour
	switch {
	case d.us && far:
		return t.Format("Mon, Jan 2, 2006")
	case d.us:
		return t.Format("Mon, Jan 2")
	case far:
		return t.Format("Mon 2 Jan 2006")
	}
	return t.Format("Mon 2 Jan")
}

// clock formats a time of day: "14:00" (en-US "2:00 PM"), with the zone if needed.
func (d dates) clock(t time.Time) string {
	t = t.In(d.loc)
	if d.us {
		return t.Format("3:04 PM") + d.zone
	}
	return t.Format("15:04") + d.zone
}

// at formats a date and time: "Tue 12 Jan at 14:00".
func (d dates) at(t time.Time) string {
	if t.IsZero() {
		return "a time to be agreed"
	}
	return d.day(t) + " at " + d.clock(t)
}

// relative says when t is from now in words: "today", "tomorrow", "in 6 days",
// "on Tue 12 Jan"; "" when t is past.
func (d dates) relative(t time.Time) string {
	n := daysBetween(d.now, t, d.loc)
	switch {
	case n < 0:
		return ""
	case n == 0:
		return "today"
	case n == 1:
		return "tomorrow"
	case n < 7:
		return "on " + t.In(d.loc).Format("Monday")
	}
	return "on " + d.day(t)
}

// cityOf names a zone after its city: "Europe/London" → "London", "America/New_York"
// → "New York".
func cityOf(loc *time.Location) string {
	name := zoneName(loc)
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	return strings.ReplaceAll(name, "_", " ")
}

// firstName is how an email addresses a person: the first word of the name that is
// not a title ("Dr Jane Doe" → "Jane"); the address's local part when there is no name.
func firstName(p string, email string) string {
	fields := strings.Fields(oneLine(p))
	for i, f := range fields {
		switch strings.ToLower(strings.TrimSuffix(f, ".")) {
		case "dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame":
			if i < len(fields)-1 {
				continue
			}
		}
		return strings.TrimRight(f, ",")
	}
	if local, _, ok := strings.Cut(email, "@"); ok && local != "" {
		return local
	}
	return "there"
}
