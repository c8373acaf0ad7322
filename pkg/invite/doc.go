// Package invite reads calendar invitations sent by email (iMIP, RFC 6047):
// it finds the text/calendar part of a message, reads the iCalendar object
// (RFC 5545) with github.com/emersion/go-ical and returns the one meeting it
// describes: method (REQUEST, CANCEL, REPLY…), UID and SEQUENCE, organizer,
// attendees, and the start and end as instants with the meeting's IANA zone.
//
// Times are read as the calendar clients write them: a TZID that is an IANA name
// (Google, Apple), one of Outlook's Windows zone names ("W. Europe Standard
// Time", mapped to IANA in a table) or a prefixed IANA name (Lightning's
// "/mozilla.org/…/Europe/Berlin"), and, for any other TZID, the offsets of the
// calendar's own VTIMEZONE. All-day events and floating times (no zone at all)
// are refused with a reason a person can act on. A recurring event (RRULE)
// yields its next occurrence after now, with Recurring set.
//
// Every refusal is a *conversation.Error with code EINVALID whose Message says,
// in one or two sentences, what is wrong with the invite.
package invite
