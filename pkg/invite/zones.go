package invite

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-ical"
	"github.com/teambition/rrule-go"
)

// WindowsZones maps the Windows time zone names Outlook and Exchange write as
// TZID to IANA zones: the "001" (main territory) entries of CLDR's
// windowsZones.xml for the zones in common use.
var WindowsZones = map[string]string{
	"Dateline Standard Time":          "Etc/GMT+12",
	"UTC-11":                          "Etc/GMT+11",
	"Hawaiian Standard Time":          "Pacific/Honolulu",
	"Alaskan Standard Time":           "America/Anchorage",
	"Pacific Standard Time (Mexico)":  "America/Tijuana",
	"Pacific Standard Time":           "America/Los_Angeles",
	"US Mountain Standard Time":       "America/Phoenix",
	"Mountain Standard Time (Mexico)": "America/Mazatlan",
	"Mountain Standard Time":          "America/Denver",
	"Central America Standard Time":   "America/Guatemala",
	"Central Standard Time":           "America/Chicago",
	"Central Standard Time (Mexico)":  "America/Mexico_City",
	"Canada Central Standard Time":    "America/Regina",
	"SA Pacific Standard Time":        "America/Bogota",
	"Eastern Standard Time":           "America/New_York",
	"Eastern Standard Time (Mexico)":  "America/Cancun",
	"US Eastern Standard Time":        "America/Indiana/Indianapolis",
	"Venezuela Standard Time":         "America/Caracas",
	"Atlantic Standard Time":          "America/Halifax",
	"SA Western Standard Time":        "America/La_Paz",
	"Pacific SA Standard Time":        "America/Santiago",
	"Newfoundland Standard Time":      "America/St_Johns",
	"E. South America Standard Time":  "America/Sao_Paulo",
	"Argentina Standard Time":         "America/Argentina/Buenos_Aires",
	"SA Eastern Standard Time":        "America/Cayenne",
	"Montevideo Standard Time":        "America/Montevideo",
	"UTC-02":                          "Etc/GMT+2",
	"Azores Standard Time":            "Atlantic/Azores",
	"Cape Verde Standard Time":        "Atlantic/Cape_Verde",
	"UTC":                             "Etc/UTC",
	"Coordinated Universal Time":      "Etc/UTC",
	"GMT Standard Time":               "Europe/London",
	"Greenwich Standard Time":         "Atlantic/Reykjavik",
	"Morocco Standard Time":           "Africa/Casablanca",
	"W. Europe Standard Time":         "Europe/Berlin",
	"Central Europe Standard Time":    "Europe/Budapest",
	"Romance Standard Time":           "Europe/Paris",
	"Central European Standard Time":  "Europe/Warsaw",
	"W. Central Africa Standard Time": "Africa/Lagos",
	"GTB Standard Time":               "Europe/Bucharest",
	"E. Europe Standard Time":         "Europe/Chisinau",
	"FLE Standard Time":               "Europe/Kiev",
	"Israel Standard Time":            "Asia/Jerusalem",
	"Egypt Standard Time":             "Africa/Cairo",
	"South Africa Standard Time":      "Africa/Johannesburg",
	"Jordan Standard Time":            "Asia/Amman",
	"Turkey Standard Time":            "Europe/Istanbul",
	"Arabic Standard Time":            "Asia/Baghdad",
	"Arab Standard Time":              "Asia/Riyadh",
	"Russian Standard Time":           "Europe/Moscow",
	"E. Africa Standard Time":         "Africa/Nairobi",
	"Iran Standard Time":              "Asia/Tehran",
	"Arabian Standard Time":           "Asia/Dubai",
	"Georgian Standard Time":          "Asia/Tbilisi",
	"Afghanistan Standard Time":       "Asia/Kabul",
	"Pakistan Standard Time":          "Asia/Karachi",
	"West Asia Standard Time":         "Asia/Tashkent",
	"India Standard Time":             "Asia/Kolkata",
	"Sri Lanka Standard Time":         "Asia/Colombo",
	"Nepal Standard Time":             "Asia/Kathmandu",
	"Central Asia Standard Time":      "Asia/Almaty",
	"Bangladesh Standard Time":        "Asia/Dhaka",
	"Myanmar Standard Time":           "Asia/Yangon",
	"SE Asia Standard Time":           "Asia/Bangkok",
	"N. Central Asia Standard Time":   "Asia/Novosibirsk",
	"China Standard Time":             "Asia/Shanghai",
	"Singapore Standard Time":         "Asia/Singapore",
	"W. Australia Standard Time":      "Australia/Perth",
	"Taipei Standard Time":            "Asia/Taipei",
	"Tokyo Standard Time":             "Asia/Tokyo",
	"Korea Standard Time":             "Asia/Seoul",
	"Cen. Australia Standard Time":    "Australia/Adelaide",
	"AUS Central Standard Time":       "Australia/Darwin",
	"E. Australia Standard Time":      "Australia/Brisbane",
	"AUS Eastern Standard Time":       "Australia/Sydney",
	"Tasmania Standard Time":          "Australia/Hobart",
	"West Pacific Standard Time":      "Pacific/Port_Moresby",
	"New Zealand Standard Time":       "Pacific/Auckland",
	"Fiji Standard Time":              "Pacific/Fiji",
	"Tonga Standard Time":             "Pacific/Tongatapu",
}

// zoneOf returns the location a DATE-TIME property is written in and the IANA
// name the meeting's participants get. A value in UTC (ending in Z) is UTC
// unless the calendar names its zone (X-WR-TIMEZONE, as Google writes it).
func zoneOf(cal *ical.Calendar, p *ical.Prop) (*time.Location, string, error) {
	v := strings.TrimSpace(p.Value)
	tzid := strings.Trim(strings.TrimSpace(p.Params.Get(ical.PropTimezoneID)), `"`)
	if strings.HasSuffix(v, "Z") {
		if name := text(cal.Props, "X-WR-TIMEZONE"); name != "" {
			if loc, ok := ianaZone(name); ok {
				return time.UTC, loc.String(), nil
			}
		}
		return time.UTC, "UTC", nil
	}
	if tzid == "" {
		return nil, "", invalid("The event's time has no time zone (a floating time), so careerconv cannot tell when it is. Set a time zone on the meeting in your calendar.")
	}
	if loc, ok := ianaZone(tzid); ok {
		return loc, loc.String(), nil
	}
	if tz := vtimezone(cal, tzid); tz != nil {
		// X-LIC-LOCATION (Lightning) names the IANA zone of a custom TZID.
		if loc, ok := ianaZone(text(tz.Props, "X-LIC-LOCATION")); ok {
			return loc, loc.String(), nil
		}
		if loc, name, ok := fixedZone(tz, v); ok {
			return loc, name, nil
		}
	}
	return nil, "", invalid("The event's time zone %q is not one careerconv knows, and the calendar does not define it. Set a standard time zone on the meeting in your calendar.", tzid)
}

// ianaZone resolves a TZID: an IANA name, a Windows name, or an IANA name
// behind a prefix ("/mozilla.org/20050126_1/Europe/Berlin").
func ianaZone(tzid string) (*time.Location, bool) {
	tzid = strings.TrimSpace(tzid)
	if tzid == "" || tzid == "Local" {
		return nil, false
	}
	if name, ok := WindowsZones[tzid]; ok {
		tzid = name
	}
	if loc, err := time.LoadLocation(tzid); err == nil && (strings.Contains(tzid, "/") || tzid == "UTC") {
		return loc, true
	}
	parts := strings.Split(strings.Trim(tzid, "/"), "/")
	for i := 1; i < len(parts)-1; i++ {
		name := strings.Join(parts[i:], "/")
		if loc, err := time.LoadLocation(name); err == nil && name != "Local" {
			return loc, true
		}
	}
	return nil, false
}

func vtimezone(cal *ical.Calendar, tzid string) *ical.Component {
	for _, c := range cal.Children {
		if c.Name == ical.CompTimezone && strings.Trim(text(c.Props, ical.PropTimezoneID), `"`) == tzid {
			return c
		}
	}
	return nil
}

// fixedZone reads the offset a VTIMEZONE gives at the local time value (its
// STANDARD or DAYLIGHT observance with the latest onset before it) and returns
// that fixed offset, with the Etc/GMT zone of the same whole-hour offset as the
// participants' zone (UTC if the offset is not whole hours).
func fixedZone(tz *ical.Component, value string) (*time.Location, string, bool) {
	local, err := time.Parse("20060102T150405", value)
	if err != nil {
		return nil, "", false
	}
	var best time.Time
	offset, found := 0, false
	for _, obs := range tz.Children {
		if obs.Name != ical.CompTimezoneStandard && obs.Name != ical.CompTimezoneDaylight {
			continue
		}
		to, ok := utcOffset(text(obs.Props, ical.PropTimezoneOffsetTo))
		if !ok {
			continue
		}
		start, err := time.Parse("20060102T150405", strings.TrimSpace(text(obs.Props, ical.PropDateTimeStart)))
		if err != nil {
			continue
		}
		onset := start
		if opt, err := obs.Props.RecurrenceRule(); err == nil && opt != nil {
			if opt.Freq != rrule.YEARLY {
				continue // observances change yearly; anything else is not a zone
			}
			// Outlook starts its observances in 1601; rrule-go stops iterating
			// within about 300 years, so a yearly rule starts two years back.
			if y := local.Year() - 2; start.Year() < y {
				start = time.Date(y, start.Month(), start.Day(), start.Hour(), start.Minute(), start.Second(), 0, time.UTC)
			}
			if !opt.Until.IsZero() {
				opt.Until = time.Date(opt.Until.Year(), opt.Until.Month(), opt.Until.Day(), opt.Until.Hour(), opt.Until.Minute(), opt.Until.Second(), 0, time.UTC) // wall clock, as start
			}
			r, err := boundedRule(opt, start, local.AddDate(1, 0, 0))
			if err != nil {
				continue
			}
			onset = r.Before(local, true)
		}
		if onset.IsZero() || onset.After(local) {
			continue
		}
		if !found || onset.After(best) {
			best, offset, found = onset, to, true
		}
	}
	if !found {
		return nil, "", false
	}
	name := "UTC"
	if offset%3600 == 0 && offset != 0 {
		// Etc/GMT zones have inverted signs: Etc/GMT-1 is UTC+1.
		name = fmt.Sprintf("Etc/GMT%+d", -offset/3600)
	}
	return time.FixedZone(name, offset), name, true
}

// utcOffset reads a UTC-OFFSET value: +0100, -0530, +013000.
func utcOffset(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if len(s) != 5 && len(s) != 7 || s[0] != '+' && s[0] != '-' {
		return 0, false
	}
	n := 0
	for i, unit := range []int{3600, 60, 1} {
		if 1+2*i+2 > len(s) {
			break
		}
		v, err := strconv.Atoi(s[1+2*i : 1+2*i+2])
		if err != nil {
			return 0, false
		}
		n += v * unit
	}
	if s[0] == '-' {
		n = -n
	}
	return n, true
}
