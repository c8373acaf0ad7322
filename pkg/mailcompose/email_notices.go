package mailcompose

import (
	"strings"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// The short emails that answer a reply or pass a change on: an unreadable reply,
// a reschedule, a cancellation, a reply that needed no answer, and the answer to
// a calendar invite.

// unreadableFormat is the reply format an unreadable reply should have had.
func unreadableFormat(v *view) string {
	switch v.Expected {
	case conversation.ReplyPrep:
		return "Answer as many or as few questions as you like, above the quoted text or under each question."
	case conversation.ReplySteps:
		return "One step per line, with a due date if you have one."
	}
	return "The statuses: done, in progress, not started, blocked, dropped. Add a note after a colon."
}

func unreadableText(w *textWriter, v *view) { w.add("\n", unreadableFormat(v), "\n") }

func unreadableHTML(w *htmlWriter, v *view) {
	w.add(`<p style="margin:0 0 12px;">`, esc(unreadableFormat(v)), "</p>\n")
}

// rescheduledSentence says what moves with the meeting, its values passed through e.
func rescheduledSentence[T ~string](v *view, e func(string) T) T {
	switch {
	case len(v.Steps) > 0:
		return "The check-ins move with it: " + e(andList(v.CheckIns)) + ". The attached calendar file updates them."
	case v.ToManager:
		return "Your pre-read comes the day before the new date."
	}
	return "Your answers so far are kept."
}

func rescheduledText(w *textWriter, v *view) { w.add("\n", rescheduledSentence(v, plain), "\n") }

func rescheduledHTML(w *htmlWriter, v *view) {
	w.add(`<p style="margin:0 0 12px;">`, rescheduledSentence(v, esc), "</p>\n")
}

const cancelledCalendar = "The attached calendar file removes the check-ins from your calendar. "

func cancelledText(w *textWriter, v *view) {
	w.add("\n")
	if len(v.Steps) > 0 {
		w.add(cancelledCalendar)
	}
	w.add(v.Product, " won't email you about it again. Questions: ", v.Org.HR, ".\n")
}

func cancelledHTML(w *htmlWriter, v *view) {
	w.add(`<p style="margin:0 0 12px;">`)
	if len(v.Steps) > 0 {
		w.add(cancelledCalendar)
	}
	w.add(esc(v.Product), " won't email you about it again. Questions: ", hrContact(v.Org), ".</p>\n")
}

func notedText(w *textWriter, v *view) {
	if v.Notes != "" {
		w.add("\nYour notes so far (only you see them):\n\n", pad, indent(pad, v.Notes), "\n")
	}
}

func notedHTML(w *htmlWriter, v *view) {
	if v.Notes != "" {
		w.add(`<p style="margin:0 0 2px;"><strong>Your notes so far</strong> (only you see them):</p>
<blockquote class="cc-her" style="margin:4px 0 12px;padding:2px 12px;border-left:3px solid #2f6f4e;white-space:pre-wrap;">`, esc(v.Notes), "</blockquote>\n")
	}
}

func inviteSubject(v *view) string {
	iv := v.Invite
	if iv == nil {
		return ""
	}
	switch iv.Result {
	case "created":
		return v.Product + " will help with your career conversation with " + v.Employee
	case "rescheduled":
		return "Moved: your career conversation with " + v.Employee + " is now on " + v.Meeting
	case "cancelled":
		return "Cancelled: " + v.Product + " stops the career conversation with " + v.Employee
	}
	s := v.Product + " could not use your invite"
	if iv.Summary != "" {
		s += ` "` + iv.Summary + `"`
	}
	return s
}

// planned says what happens at one of the conversation's timed emails.
func planned(p plannedEmail) string {
	switch p.Kind {
	case conversation.EmailPrep:
		return p.Employee + " gets the preparation email: eight questions to think about, answered by replying"
	case conversation.EmailNudge:
		return "a reminder to " + p.Employee + ", only if nothing was answered yet"
	case conversation.EmailPreread:
		return "you get the pre-read: what " + p.Employee + " wants from the meeting, three questions to ask, then the answers"
	case conversation.EmailWrapUp:
		return "the meeting ends: you are both asked for the steps you agreed"
	case conversation.EmailReview:
		return "the review of the three months, to both of you"
	}
	return p.Kind
}

// inviteWelcome is the first sentence of the answer to an accepted invite: its
// values passed through e, the invite's title between open and close, the
// meeting between bold and unbold.
func inviteWelcome[T ~string](v *view, e func(string) T, open, close, bold, unbold T) T {
	iv := v.Invite
	if iv.Result != "created" {
		return "Everything " + e(v.Product) + " sends has moved with it."
	}
	s := "Thank you for adding " + e(v.Product) + " to your meeting"
	if iv.Summary != "" {
		s += " " + open + e(iv.Summary) + close
	}
	return s + ". It will help " + e(v.Employee) + " and you prepare for your career conversation on " + bold + e(v.Meeting) + unbold + ", and follow up on it."
}

func inviteText(w *textWriter, v *view) {
	iv := v.Invite
	if iv == nil {
		return
	}
	switch iv.Result {
	case "refused":
		w.add("\n", v.Product, " did not start a career conversation from your invite")
		if iv.Summary != "" {
			w.add(` "`, iv.Summary, `"`)
		}
		w.add(":\n\n", iv.Reason, "\n\nHow it works: create the meeting with the employee in your calendar, add ", iv.Address,
			" as a guest and send the invite. ", v.Product, " answers with what will happen when.\n")
	case "cancelled":
		w.add("\nThe career conversation with ", v.Employee, " planned for ", v.Meeting, " is cancelled, as the meeting was. ",
			v.Product, " sends nothing more about it.\n\nTo start again, send a new invitation with ", iv.Address, " as a guest.\n")
	default:
		w.add("\n", inviteWelcome(v, plain, `"`, `"`, "", ""), "\n")
		if iv.Recurring {
			w.add("\nThe invite is for a recurring series: ", v.Product, " prepares the next meeting only, on ", v.Meeting,
				". For a later one, send an invite for that meeting.\n")
		}
		w.add("\nWhat happens when (your time):\n\n")
		for _, p := range iv.Plan {
			w.add("- ", p.When, ": ", planned(p), "\n")
		}
		if len(iv.CheckIns) > 0 {
			w.add("- After the meeting, check-ins with ", v.Employee, " on ", strings.Join(iv.CheckIns, ", "), ": progress on the steps you agree.\n")
		}
		w.add("\nWhat ", v.Employee, " writes goes only to the two of you.\n\nTo move the meeting, move it in your calendar: ", v.Product,
			" gets the update. To stop it all, cancel the meeting or remove ", iv.Address, " from its guests.\n")
	}
}

func inviteHTML(w *htmlWriter, v *view) {
	iv := v.Invite
	if iv == nil {
		return
	}
	switch iv.Result {
	case "refused":
		w.add("<p>", esc(v.Product), " did not start a career conversation from your invite")
		if iv.Summary != "" {
			w.add(" “", esc(iv.Summary), "”")
		}
		w.add(":</p>\n", `<p class="cc-box" style="padding:8px 12px;background:#f4f4f2;">`, esc(iv.Reason), "</p>\n",
			"<p>How it works: create the meeting with the employee in your calendar, add <strong>", esc(iv.Address),
			"</strong> as a guest and send the invite. ", esc(v.Product), " answers with what will happen when.</p>\n")
	case "cancelled":
		w.add("<p>The career conversation with ", esc(v.Employee), " planned for ", esc(v.Meeting), " is cancelled, as the meeting was. ",
			esc(v.Product), " sends nothing more about it.</p>\n<p>To start again, send a new invitation with <strong>", esc(iv.Address), "</strong> as a guest.</p>\n")
	default:
		w.add("<p>", inviteWelcome(v, esc, "“", "”", "<strong>", "</strong>"), "</p>\n")
		if iv.Recurring {
			w.add("<p>The invite is for a recurring series: ", esc(v.Product), " prepares the next meeting only, on ", esc(v.Meeting),
				". For a later one, send an invite for that meeting.</p>\n")
		}
		w.add("<p>What happens when (your time):</p>\n", `<ul style="padding-left:24px;">`, "\n")
		for _, p := range iv.Plan {
			w.add("<li><strong>", esc(p.When), "</strong>: ", esc(planned(p)), "</li>\n")
		}
		if len(iv.CheckIns) > 0 {
			w.add("<li>After the meeting, check-ins with ", esc(v.Employee), " on ", esc(strings.Join(iv.CheckIns, ", ")), ": progress on the steps you agree.</li>\n")
		}
		w.add("</ul>\n<p>What ", esc(v.Employee), " writes goes only to the two of you.</p>\n<p>To move the meeting, move it in your calendar: ", esc(v.Product),
			" gets the update. To stop it all, cancel the meeting or remove <strong>", esc(iv.Address), "</strong> from its guests.</p>\n")
	}
}
