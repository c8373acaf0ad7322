package mailcompose

import "strconv"

// The emails after the meeting, to the employee (some cc the manager): the
// wrap-up asking for the steps, the plan, the check-ins and their receipts, and
// the review.

func wrapUpSubject(v *view) string { return v.Threads.Steps }

// wrapUpSentence is the wrap-up's one paragraph, its values passed through e.
func wrapUpSentence[T ~string](v *view, e func(string) T) T {
	s := e(v.Product) + " will send you both the plan, then check in with you every four weeks."
	if v.CanReply {
		s += " " + e(v.Manager) + ", if it's easier, you can reply with the steps too. To correct a step later, reply again with the whole list: the latest list counts."
	}
	return s
}

func wrapUpText(w *textWriter, v *view) { w.add("\n", wrapUpSentence(v, plain), "\n") }

func wrapUpHTML(w *htmlWriter, v *view) {
	w.add(`<p style="margin:0 0 12px;">`, wrapUpSentence(v, esc), "</p>\n")
}

func planSubject(v *view) string { return "Re: " + v.Threads.Steps }

// stepDue is " (by 28 Feb)", or "" for a step without a due date.
func stepDue(s step) string {
	if s.Due == "" {
		return ""
	}
	return " (by " + s.Due + ")"
}

// planCheckInsSentence says when the check-ins are and what the calendar files hold.
func planCheckInsSentence[T ~string](v *view, e func(string) T) T {
	return e(v.Product) + " emails " + e(v.Employee) + " on " + e(andList(v.CheckIns)) +
		" to ask how the steps are going. The attached calendar files add them: one worded for " + e(v.Employee) + ", one for " + e(v.Manager) + "."
}

const planChanges = `Something to change? Either of you can reply: "add: … by 30 April", "change 2: … by …", "drop 3", "2 done"; a step dropped is kept and "restore 3" brings it back.`

func planText(w *textWriter, v *view) {
	w.add("\n")
	for _, s := range v.Steps {
		w.add(strconv.Itoa(s.N), ". ", indent(pad, s.Text), stepDue(s), "\n")
	}
	if len(v.Unplaced) > 0 {
		w.add("\n", noDueLead, "\n\n")
		for _, s := range v.Unplaced {
			w.add("- ", indent("  ", s), "\n")
		}
		w.add("\n", noDueAsk, "\n")
	}
	w.add("\nCheck-ins: ", planCheckInsSentence(v, plain), "\n")
	if v.CanReply {
		w.add("\n", planChanges, "\n")
	}
}

// What the plan says of the steps whose due date could not be read.
const (
	noDueLead = "No due date could be read for:"
	noDueAsk  = `To add one, either of you can reply "change 2: ... by 30 April"; otherwise these stay without a date.`
)

func planHTML(w *htmlWriter, v *view) {
	w.add(`<ol style="margin:0 0 12px;padding-left:24px;">` + "\n")
	for _, s := range v.Steps {
		w.add(`<li value="`, num(s.N), `" style="margin-bottom:6px;"><span data-who="employee" style="white-space:pre-wrap;">`, esc(s.Text), "</span>")
		if s.Due != "" {
			w.add(" <em>(by ", esc(s.Due), ")</em>")
		}
		w.add("</li>\n")
	}
	w.add("</ol>\n")
	if len(v.Unplaced) > 0 {
		w.add(`<p style="margin:0 0 6px;"><strong>`, noDueLead, `</strong></p>
<ul style="margin:0 0 6px;padding-left:20px;">
`)
		for _, s := range v.Unplaced {
			w.add(`<li><span data-who="employee" style="white-space:pre-wrap;">`, esc(s), "</span></li>\n")
		}
		w.add("</ul>\n", `<p style="margin:0 0 12px;">`, esc(noDueAsk), "</p>\n")
	}
	w.add(`<p style="margin:0 0 12px;"><strong>Check-ins:</strong> `, planCheckInsSentence(v, esc), "</p>\n")
	if v.CanReply {
		w.add(`<p class="cc-muted" style="margin:0 0 12px;color:#5b5b55;">`, planChanges, "</p>\n")
	}
}

func checkInSubject(v *view) string { return v.Threads.Steps }

const checkInStatuses = "The statuses: done, in progress, not started, blocked, dropped. Add a note after a colon. Steps you don't mention stay as they are."

func checkInText(w *textWriter, v *view) {
	if len(v.Steps) > 0 {
		w.add("\nWhere your steps stand (", v.Summary, "):\n\n")
		for _, s := range v.Steps {
			w.add(strconv.Itoa(s.N), ". ", indent(pad, s.Text), stepDue(s), "\n", pad)
			switch {
			case s.Done:
				w.add("[done]")
			case s.Overdue:
				w.add("[OVERDUE] ", s.Status)
			default:
				w.add(s.Status)
			}
			if s.LastNote != "" {
				w.add(". Last note: ", s.LastNote)
			}
			w.add("\n")
		}
		if v.CanReply {
			w.add("\n", checkInStatuses, "\n")
		}
	} else {
		w.add("\n", v.Product, " doesn't have the steps you agreed with ", v.Manager, " yet.\n")
	}
	recordText(w, v.Journey)
}

func checkInHTML(w *htmlWriter, v *view) {
	if len(v.Steps) > 0 {
		w.add(`<p style="margin:0 0 6px;"><strong>Where your steps stand</strong> (`, esc(v.Summary), `):</p>
<ol style="margin:0 0 12px;padding-left:24px;">
`)
		for _, s := range v.Steps {
			w.add(`<li value="`, num(s.N), `" style="margin-bottom:8px;"><span data-who="employee" style="white-space:pre-wrap;">`, esc(s.Text), "</span>")
			if s.Due != "" {
				w.add(" <em>(by ", esc(s.Due), ")</em>")
			}
			w.add("<br>\n")
			switch {
			case s.Done:
				w.add(`<strong class="cc-ok" style="color:#2f6f4e;">&#10003; done</strong>`)
			case s.Overdue:
				w.add(`<strong class="cc-flag" style="color:#9a3412;">overdue</strong> <span class="cc-muted" style="color:#5b5b55;">`, esc(s.Status), "</span>")
			default:
				w.add(`<span class="cc-muted" style="color:#5b5b55;">`, esc(s.Status), "</span>")
			}
			if s.LastNote != "" {
				w.add(`<span class="cc-muted" style="color:#5b5b55;">. Last note: `, esc(s.LastNote), "</span>")
			}
			w.add("</li>\n")
		}
		w.add("</ol>\n")
		if v.CanReply {
			w.add(`<p class="cc-muted" style="margin:0 0 12px;color:#5b5b55;">`, checkInStatuses, "</p>\n")
		}
	} else {
		w.add(`<p style="margin:0 0 12px;">`, esc(v.Product), " doesn't have the steps you agreed with ", esc(v.Manager), " yet.</p>\n")
	}
	recordHTML(w, v.Journey)
}

// recordText is the employee's record of wins and setbacks in a check-in or the
// review, when it has entries.
func recordText(w *textWriter, j *journeyView) {
	if j == nil || len(j.Entries) == 0 {
		return
	}
	w.add("\n", j.RecordTitle, ":\n\n")
	entriesText(w, j.Entries)
}

func recordHTML(w *htmlWriter, j *journeyView) {
	if j == nil || len(j.Entries) == 0 {
		return
	}
	w.add(`<p style="margin:0 0 2px;"><strong>`, esc(j.RecordTitle), ":</strong></p>\n")
	entriesHTML(w, j.Entries)
}

// entriesText lists record entries: "Tue 2 Feb – win: …".
func entriesText(w *textWriter, es []entryLine) {
	for _, e := range es {
		w.add(e.Date, " – ", e.Kind, ": ", indent(pad, e.Text), "\n")
	}
}

func entriesHTML(w *htmlWriter, es []entryLine) {
	w.add(`<ul style="margin:0 0 12px;padding-left:24px;">` + "\n")
	for _, e := range es {
		w.add(`<li style="margin-bottom:6px;">`, esc(e.Date), " – <strong>", esc(e.Kind), `</strong>: <span style="white-space:pre-wrap;">`, esc(e.Text), "</span></li>\n")
	}
	w.add("</ul>\n")
}

func progressSubject(v *view) string { return "Re: " + v.Threads.Steps }

// rejectedLine says why an update was not understood.
func rejectedLine[T ~string](v *view, u update, e func(string) T) T {
	n := T(strconv.Itoa(u.N))
	switch {
	case u.Step == "":
		return "Step " + n + ": your plan has no step " + n
	case !u.Known:
		return "Step " + n + `: "` + e(u.Status) + `" is not a status ` + e(v.Product) + " knows"
	}
	return "Step " + n
}

// progressFormat is how to write an update, after the updates not understood.
func progressFormat[T ~string](v *view) T {
	return "Use a step number from 1 to " + T(strconv.Itoa(len(v.Steps))) + ` and one of: done, in progress, not started, blocked, dropped. For example "2 in progress: halfway".`
}

// What the progress receipt says of the lines that read like updates but named no step.
const noStepLead = "These lines named no step, so they changed nothing:"

func noStepAsk(v *view) string {
	return "If one is about a step, reply with its number (1 to " + strconv.Itoa(len(v.Steps)) + `) and how it stands, e.g. "2 in progress: halfway".`
}

const progressAgain = "You can reply again at any time to add or correct an update."

func stepNumber(s step) int { return s.N }

func progressText(w *textWriter, v *view) {
	if len(v.Applied) > 0 {
		w.add("\nFrom this reply:\n\n")
		for _, u := range v.Applied {
			w.add(strconv.Itoa(u.N), ". ", clipRunes(oneLine(u.Step), 120), "\n", pad, "Now ", u.Status)
			if u.Note != "" {
				w.add(": ", u.Note)
			}
			w.add("\n")
		}
	} else {
		w.add("\nNothing in your reply matched a step.\n")
	}
	if len(v.Rejected) > 0 {
		w.add("\nNot understood:\n\n")
		for _, u := range v.Rejected {
			w.add("- ", rejectedLine(v, u, plain), "\n")
		}
		w.add("\n", progressFormat[string](v), "\n")
	}
	if len(v.Unplaced) > 0 {
		w.add("\n", noStepLead, "\n\n")
		for _, l := range v.Unplaced {
			w.add("- ", indent("  ", l), "\n")
		}
		w.add("\n", noStepAsk(v), "\n")
	}
	if len(v.Unreported) > 0 {
		w.add("\nNot mentioned this time, so unchanged: ", joinNumbers(v.Unreported, stepNumber), ".\n")
	}
	if v.CanReply {
		w.add("\n", progressAgain, "\n")
	}
}

func progressHTML(w *htmlWriter, v *view) {
	if len(v.Applied) > 0 {
		w.add(`<p style="margin:0 0 6px;"><strong>From this reply:</strong></p>
<ol style="margin:0 0 12px;padding-left:24px;">
`)
		for _, u := range v.Applied {
			w.add(`<li value="`, num(u.N), `" style="margin-bottom:6px;"><span data-who="employee">`, esc(clipRunes(oneLine(u.Step), 120)),
				`</span><br><span class="cc-muted" style="color:#5b5b55;">Now <strong>`, esc(u.Status), "</strong>")
			if u.Note != "" {
				w.add(`: <span data-who="employee">`, esc(u.Note), "</span>")
			}
			w.add("</span></li>\n")
		}
		w.add("</ol>\n")
	} else {
		w.add(`<p style="margin:0 0 12px;">Nothing in your reply matched a step.</p>` + "\n")
	}
	if len(v.Rejected) > 0 {
		w.add(`<p style="margin:0 0 6px;"><strong>Not understood:</strong></p>
<ul style="margin:0 0 12px;padding-left:20px;">
`)
		for _, u := range v.Rejected {
			w.add("<li>", rejectedLine(v, u, esc), "</li>\n")
		}
		w.add("</ul>\n", `<p style="margin:0 0 12px;">`, progressFormat[markup](v), "</p>\n")
	}
	if len(v.Unplaced) > 0 {
		w.add(`<p style="margin:0 0 6px;"><strong>`, noStepLead, `</strong></p>
<ul style="margin:0 0 6px;padding-left:20px;">
`)
		for _, l := range v.Unplaced {
			w.add(`<li><span data-who="employee" style="white-space:pre-wrap;">`, esc(l), "</span></li>\n")
		}
		w.add("</ul>\n", `<p style="margin:0 0 12px;">`, esc(noStepAsk(v)), "</p>\n")
	}
	if len(v.Unreported) > 0 {
		w.add(`<p style="margin:0 0 12px;">Not mentioned this time, so unchanged: `, esc(joinNumbers(v.Unreported, stepNumber)), ".</p>\n")
	}
	if v.CanReply {
		w.add(`<p class="cc-muted" style="margin:0 0 12px;color:#5b5b55;">`, progressAgain, "</p>\n")
	}
}

func reviewSubject(v *view) string { return v.Threads.Steps }

// reviewStep is a step named in the review's summary, on one line.
func reviewStep(s step) string { return clipRunes(oneLine(s.Text), 90) }

// unblockIt asks the manager to help with the blocked steps.
func unblockIt(v *view) string {
	it := "it"
	if len(v.Blocked) > 1 {
		it = "them"
	}
	return ". " + v.Manager + ", could you help unblock " + it + "?"
}

const (
	reviewNoSteps = " never received the steps you agreed, so there is no progress to show."
	reviewLeft    = ". A good place to start next time."
)

func reviewText(w *textWriter, v *view) {
	w.add("\n")
	if v.Wants != "" {
		w.add("Three months ago ", v.Employee, ` wanted: "`, v.Wants, "\"\n")
	}
	if len(v.Done) > 0 {
		w.add("\nDone: ")
		for i, s := range v.Done {
			if i > 0 {
				w.add("; ")
			}
			w.add(reviewStep(s))
		}
		w.add(". Well done, ", v.Employee, "!\n")
	}
	if len(v.Blocked) > 0 {
		w.add("\nBlocked: ")
		for i, s := range v.Blocked {
			if i > 0 {
				w.add("; ")
			}
			w.add(reviewStep(s))
			if s.LastNote != "" {
				w.add(" (", s.LastNote, ")")
			}
		}
		w.add(unblockIt(v), "\n")
	}
	if len(v.Left) > 0 {
		w.add("\nStill going: ")
		for i, s := range v.Left {
			if i > 0 {
				w.add("; ")
			}
			w.add(reviewStep(s), " (", s.Status, ")")
		}
		w.add(reviewLeft, "\n")
	}
	if len(v.Steps) == 0 {
		w.add("\n", v.Product, reviewNoSteps, "\n")
	}
	for _, s := range v.Steps {
		w.add("\n", strconv.Itoa(s.N), ". ", indent(pad, s.Text), stepDue(s), ": ", s.Status, "\n")
		for _, n := range s.Notes {
			w.add(pad, "- ", n.Date, ": ", n.Status)
			if n.Text != "" {
				w.add(": ", n.Text)
			}
			w.add("\n")
		}
	}
	recordText(w, v.Journey)
}

func reviewHTML(w *htmlWriter, v *view) {
	if v.Wants != "" {
		w.add(`<p style="margin:0 0 2px;">Three months ago `, esc(v.Employee), " wanted:</p>\n", her(v.Wants), "\n")
	}
	if len(v.Done) > 0 {
		w.add(`<p style="margin:0 0 12px;"><strong class="cc-ok" style="color:#2f6f4e;">Done:</strong> `)
		for i, s := range v.Done {
			if i > 0 {
				w.add("; ")
			}
			w.add(`<span data-who="employee">`, esc(reviewStep(s)), "</span>")
		}
		w.add(". Well done, ", esc(v.Employee), "!</p>\n")
	}
	if len(v.Blocked) > 0 {
		w.add(`<p style="margin:0 0 12px;"><strong class="cc-flag" style="color:#9a3412;">Blocked:</strong> `)
		for i, s := range v.Blocked {
			if i > 0 {
				w.add("; ")
			}
			w.add(`<span data-who="employee">`, esc(reviewStep(s)), "</span>")
			if s.LastNote != "" {
				w.add(" (", esc(s.LastNote), ")")
			}
		}
		w.add(esc(unblockIt(v)), "</p>\n")
	}
	if len(v.Left) > 0 {
		w.add(`<p style="margin:0 0 12px;"><strong>Still going:</strong> `)
		for i, s := range v.Left {
			if i > 0 {
				w.add("; ")
			}
			w.add(`<span data-who="employee">`, esc(reviewStep(s)), "</span> (", esc(s.Status), ")")
		}
		w.add(reviewLeft, "</p>\n")
	}
	if len(v.Steps) == 0 {
		w.add(`<p style="margin:0 0 12px;">`, esc(v.Product), reviewNoSteps, "</p>\n")
	} else {
		w.add(`<ol class="cc-muted" style="margin:0 0 12px;padding-left:24px;color:#5b5b55;font-size:14px;">` + "\n")
		for _, s := range v.Steps {
			w.add(`<li value="`, num(s.N), `" style="margin-bottom:6px;"><span style="white-space:pre-wrap;">`, esc(s.Text), "</span>",
				esc(stepDue(s)), ": <strong>", esc(s.Status), "</strong>")
			for _, n := range s.Notes {
				w.add("<br>", esc(n.Date), ": ", esc(n.Status))
				if n.Text != "" {
					w.add(": ", esc(n.Text))
				}
			}
			w.add("</li>\n")
		}
		w.add("</ol>\n")
	}
	recordHTML(w, v.Journey)
}
