package mailcompose

import "strconv"

// The emails before the meeting: the prep, its receipts and reminder to the
// employee; the pre-read and its late-answer update to the manager.

func prepSubject(v *view) string { return v.Threads.Prep }

func prepText(w *textWriter, v *view) {
	lastText(w, v.Last)
	w.add("\n", v.Manager, " asks:\n\n")
	for _, q := range v.Questions {
		if !q.ForMeeting {
			w.add(strconv.Itoa(q.N), ". ", q.Text, "\n")
		}
	}
	w.add("\n")
	for _, q := range v.Questions {
		if q.ForMeeting {
			w.add("Just to think about – you'll agree it together in the meeting:\n", strconv.Itoa(q.N), ". ", q.Text, "\n")
		}
	}
	if v.RequestCV {
		w.add("\nIt would also help ", v.Manager, " to see your CV or a link to your profile: attach it to your reply (PDF or Word, up to 5 MB) or paste the link.\n")
	}
	if v.CanReply {
		w.add("\nAnswer as many as you like; a line or two each is plenty. Changed your mind later? Reply again with the number and the new answer: the latest counts.\n")
	}
}

func prepHTML(w *htmlWriter, v *view) {
	lastHTML(w, v.Last)
	w.add(`<p style="margin:0 0 6px;"><strong>`, esc(v.Manager), ` asks:</strong></p>
<ol style="margin:0 0 12px;padding-left:24px;">
`)
	for _, q := range v.Questions {
		if !q.ForMeeting {
			w.add(`<li value="`, num(q.N), `" style="margin-bottom:6px;">`, esc(q.Text), "</li>\n")
		}
	}
	w.add("</ol>\n")
	for _, q := range v.Questions {
		if q.ForMeeting {
			w.add(`<p class="cc-muted" style="margin:0 0 4px;color:#5b5b55;">Just to think about – you'll agree it together in the meeting:</p>
<ol style="margin:0 0 12px;padding-left:24px;"><li value="`, num(q.N), `">`, esc(q.Text), "</li></ol>\n")
		}
	}
	if v.RequestCV {
		w.add(`<p style="margin:0 0 12px;">It would also help `, esc(v.Manager), " to see your CV or a link to your profile: attach it to your reply (PDF or Word, up to 5 MB) or paste the link.</p>\n")
	}
	if v.CanReply {
		w.add(`<p class="cc-muted" style="margin:0 0 12px;color:#5b5b55;">Answer as many as you like; a line or two each is plenty. Changed your mind later? Reply again with the number and the new answer: the latest counts.</p>` + "\n")
	}
}

func receiptSubject(v *view) string { return "Re: " + v.Threads.Prep }

func receiptText(w *textWriter, v *view) {
	if len(v.Stored) > 0 {
		w.add("\nWhat you sent:\n\n")
		for _, q := range v.Stored {
			w.add(strconv.Itoa(q.N), ". ", q.Text, "\n", pad, `"`, q.Short, "\"\n\n")
		}
	}
	if len(v.Kept) > 0 {
		w.add("Answered earlier and unchanged: ", joinNumbers(v.Kept, questionNumber), ".\n")
	}
	if v.Notes != "" {
		w.add("\nYour earlier notes for ", v.Manager, ":\n\n", pad, indent(pad, v.Notes), "\n")
	}
	if len(v.Unplaced) > 0 {
		w.add("\n", unplacedNotesLead(v), "\n\n")
		for _, p := range v.Unplaced {
			w.add(pad, indent(pad, p), "\n\n")
		}
		w.add(unplacedNotesAsk, "\n")
	}
	if len(v.Open) > 0 && v.Stand != standAfter {
		w.add("\nStill open, if you'd like to answer them:\n\n")
		for _, q := range v.Open {
			w.add(strconv.Itoa(q.N), ". ", q.Text, "\n")
		}
	}
	if v.CanReply {
		w.add("\nTo change an answer, reply again with its number and the new text, e.g. \"3. ...\": the latest counts.\n")
	}
}

func receiptHTML(w *htmlWriter, v *view) {
	if len(v.Stored) > 0 {
		w.add(`<p style="margin:0 0 6px;"><strong>What you sent:</strong></p>` + "\n")
		for _, q := range v.Stored {
			w.add(`<p style="margin:0 0 2px;">`, num(q.N), ". ", esc(q.Text), "</p>\n", her(q.Short), "\n")
		}
	}
	if len(v.Kept) > 0 {
		w.add(`<p style="margin:0 0 12px;">Answered earlier and unchanged: `, esc(joinNumbers(v.Kept, questionNumber)), ".</p>\n")
	}
	if v.Notes != "" {
		w.add(`<p style="margin:0 0 2px;"><strong>Your earlier notes for `, esc(v.Manager), ":</strong></p>\n", her(v.Notes), "\n")
	}
	if len(v.Unplaced) > 0 {
		w.add(`<p style="margin:0 0 2px;"><strong>`, esc(unplacedNotesLead(v)), "</strong></p>\n")
		for _, p := range v.Unplaced {
			w.add(her(p), "\n")
		}
		w.add(`<p style="margin:0 0 12px;">`, esc(unplacedNotesAsk), "</p>\n")
	}
	if len(v.Open) > 0 && v.Stand != standAfter {
		w.add(`<p style="margin:0 0 6px;">Still open, if you'd like to answer them:</p>
<ol style="margin:0 0 12px;padding-left:24px;">
`)
		for _, q := range v.Open {
			w.add(`<li value="`, num(q.N), `">`, esc(q.Text), "</li>\n")
		}
		w.add("</ol>\n")
	}
	if v.CanReply {
		w.add(`<p class="cc-muted" style="margin:0 0 12px;color:#5b5b55;">To change an answer, reply again with its number and the new text, e.g. "3. ...": the latest counts.</p>` + "\n")
	}
}

func questionNumber(q question) int { return q.N }

// unplacedNotesLead introduces the paragraphs of her reply tied to no question.
func unplacedNotesLead(v *view) string {
	if v.Stand == standAfter {
		return "Not tied to a question, so kept as notes with your answers:"
	}
	return "Not tied to a question, so kept as notes for " + v.Manager + ":"
}

// unplacedNotesAsk asks her to confirm or correct where the paragraphs went.
const unplacedNotesAsk = `If one of these answers a question, reply with its number and the text, e.g. "4. ...". Otherwise there's nothing to do.`

func nudgeSubject(v *view) string { return "Re: " + v.Threads.Prep }

func nudgeText(w *textWriter, v *view) {
	w.add("\n")
	for _, q := range v.Questions {
		if q.ForMeeting {
			continue
		}
		w.add(strconv.Itoa(q.N), ". ", q.Text)
		if q.Answered {
			w.add(" (answered)")
		}
		w.add("\n")
	}
}

func nudgeHTML(w *htmlWriter, v *view) {
	w.add(`<ol style="margin:0 0 12px;padding-left:24px;">` + "\n")
	for _, q := range v.Questions {
		if q.ForMeeting {
			continue
		}
		w.add(`<li value="`, num(q.N), `" style="margin-bottom:6px;">`, esc(q.Text))
		if q.Answered {
			w.add(" <em>(answered)</em>")
		}
		w.add("</li>\n")
	}
	w.add("</ol>\n")
}

func prereadSubject(v *view) string { return v.Threads.Preread }

// flagSource says where a flagged concern was written: "(answer 6)" or "(notes)".
func flagSource(f concernNote) string {
	if f.Stage != 0 {
		return " (answer " + strconv.Itoa(f.Stage) + ")"
	}
	return " (notes)"
}

// showStage reports whether the pre-read lists stage s among the answers: the
// first stage's answer is at the top, unless the full guide is shown.
func (v *view) showStage(s stage) bool {
	return v.FullGuide || !(s.N == 1 && v.Wants != "")
}

// stageTip is a stage's one-line tip with its label.
func stageTip(s stage) string {
	if s.ForMeeting {
		return "For the meeting: " + s.Tip
	}
	return "Tip: " + s.Tip
}

func prereadText(w *textWriter, v *view) {
	w.add("\n## What ", v.Employee, " wants from the meeting\n")
	if v.Wants != "" {
		w.add("\n", pad, indent(pad, v.Wants), "\n")
	} else {
		w.add("\n", v.Employee, ` didn't say. You could open with: "`, v.Opening, "\"\n")
	}
	w.add("\n## In short\n\n- Answered ", strconv.Itoa(v.Answered), " of ", strconv.Itoa(v.Answerable),
		" (", strconv.Itoa(v.StepsQuestion), " is for the meeting).\n")
	for _, h := range v.Highlights {
		w.add("- ", h.Label, `: "`, h.Quote, "\"\n")
	}
	for _, f := range v.Flags {
		w.add("- Flagged", flagSource(f), `: "`, f.Quote, "\"\n")
	}
	if len(v.Unanswered) > 0 {
		w.add("- Not answered: ", numbers(v.Unanswered), ". Worth asking in the meeting.\n")
	}
	if v.ShortNotes {
		w.add(`- Notes: "`, oneLine(v.Notes), "\"\n")
	}
	if v.CVAttached != "" {
		w.add("- ", v.Employee, "'s CV is attached (", v.CVAttached, ").\n")
	}
	if v.CVLink != "" {
		w.add("- ", v.Employee, "'s profile: ", v.CVLink, "\n")
	}
	lastText(w, v.Last)
	w.add("\n## Three questions you could ask\n\n")
	for i, s := range v.Suggestions {
		w.add(strconv.Itoa(i+1), ". ", s.Text(), "\n")
	}
	w.add("\n## ", v.Employee, "'s answers, by stage\n")
	for _, s := range v.Stages {
		if !v.showStage(s) {
			continue
		}
		w.add("\n", strconv.Itoa(s.N), ". ", s.Title, ". ", stageTip(s), "\n")
		if v.FullGuide {
			w.add(pad, s.Guidance)
			if s.Prepare != "" {
				w.add(" Prepare: ", s.Prepare)
			}
			w.add("\n")
		}
		switch {
		case s.N == 1 && v.Wants != "":
			w.add(pad, v.Employee, "'s answer is at the top.\n")
		case s.Answered:
			w.add(pad, indent(pad, s.Answer), "\n")
		case !s.ForMeeting:
			w.add(pad, "Not answered.\n")
		}
	}
	if v.Notes != "" && !v.ShortNotes {
		w.add("\n## Notes from ", v.Employee, "\n\n", pad, indent(pad, v.Notes), "\n")
	}
	if v.HasRes {
		w.add("\n## From ", v.Org.Name, "\n")
		for _, p := range v.Resources.Priorities {
			w.add("- Priority: ", p, "\n")
		}
		for _, l := range v.Resources.Learning {
			w.add("- Learning: ", l, "\n")
		}
		for _, p := range v.Resources.People {
			w.add("- Someone to talk to: ", p.Name, ", ", p.Topic)
			if p.Email != "" {
				w.add(" <", p.Email, ">")
			}
			w.add("\n")
		}
	}
}

func prereadHTML(w *htmlWriter, v *view) {
	w.add(`<h2 style="margin:0 0 4px;font-size:16px;">What `, esc(v.Employee), " wants from the meeting</h2>\n")
	if v.Wants != "" {
		w.add(her(v.Wants), "\n")
	} else {
		w.add(`<p style="margin:0 0 12px;">`, esc(v.Employee), " didn't say. You could open with: &ldquo;", esc(v.Opening), "&rdquo;</p>\n")
	}
	w.add(`<h2 style="margin:10px 0 4px;font-size:16px;">In short</h2>
<ul style="margin:0 0 12px;padding-left:20px;">
<li>Answered `, num(v.Answered), " of ", num(v.Answerable), " (", num(v.StepsQuestion), " is for the meeting).</li>\n")
	for _, h := range v.Highlights {
		w.add("<li>", esc(h.Label), `: &ldquo;<span data-who="employee">`, esc(h.Quote), "</span>&rdquo;</li>\n")
	}
	for _, f := range v.Flags {
		w.add(`<li class="cc-flag" style="color:#9a3412;"><strong>Flagged</strong>`, esc(flagSource(f)),
			`: &ldquo;<span data-who="employee">`, esc(f.Quote), "</span>&rdquo;</li>\n")
	}
	if len(v.Unanswered) > 0 {
		w.add("<li>Not answered: ", esc(numbers(v.Unanswered)), ". Worth asking in the meeting.</li>\n")
	}
	if v.ShortNotes {
		w.add(`<li>Notes: &ldquo;<span data-who="employee" style="white-space:pre-wrap;">`, esc(v.Notes), "</span>&rdquo;</li>\n")
	}
	if v.CVAttached != "" {
		w.add("<li>", esc(v.Employee), "'s CV is attached (", esc(v.CVAttached), ").</li>\n")
	}
	if v.CVLink != "" {
		w.add("<li>", esc(v.Employee), `'s profile: <a href="`, esc(v.CVLink), `">`, esc(v.CVLink), "</a></li>\n")
	}
	w.add("</ul>\n")
	lastHTML(w, v.Last)
	w.add(`<h2 style="margin:10px 0 4px;font-size:16px;">Three questions you could ask</h2>
<ol style="margin:0 0 12px;padding-left:24px;">
`)
	for _, s := range v.Suggestions {
		w.add(`<li style="margin-bottom:4px;">`, esc(s.Before))
		if s.Quote != "" {
			w.add(`&ldquo;<span data-who="employee">`, esc(s.Quote), "</span>&rdquo;")
		}
		w.add(esc(s.After), "</li>\n")
	}
	w.add("</ol>\n", `<h2 style="margin:10px 0 4px;font-size:16px;">`, esc(v.Employee), "'s answers, by stage</h2>\n")
	for _, s := range v.Stages {
		if !v.showStage(s) {
			continue
		}
		w.add(`<p style="margin:6px 0 0;"><strong>`, num(s.N), ". ", esc(s.Title), `.</strong> <span class="cc-muted" style="color:#5b5b55;">`,
			esc(stageTip(s)), "</span></p>\n")
		if v.FullGuide {
			w.add(`<p class="cc-muted" style="margin:2px 0 0;color:#5b5b55;font-size:14px;">`, esc(s.Guidance))
			if s.Prepare != "" {
				w.add(" <strong>Prepare:</strong> ", esc(s.Prepare))
			}
			w.add("</p>\n")
		}
		switch {
		case s.N == 1 && v.Wants != "":
			w.add(`<p class="cc-muted" style="margin:2px 0 0;color:#5b5b55;">`, esc(v.Employee), "'s answer is at the top.</p>\n")
		case s.Answered:
			w.add(her(s.Answer), "\n")
		case !s.ForMeeting:
			w.add(`<p class="cc-flag" style="margin:2px 0 0;color:#9a3412;">Not answered.</p>` + "\n")
		}
	}
	if v.Notes != "" && !v.ShortNotes {
		w.add(`<h2 style="margin:10px 0 4px;font-size:16px;">Notes from `, esc(v.Employee), "</h2>\n", her(v.Notes), "\n")
	}
	if v.HasRes {
		w.add(`<h2 style="margin:10px 0 4px;font-size:16px;">From `, esc(v.Org.Name), `</h2>
<ul style="margin:0 0 12px;padding-left:20px;">
`)
		for _, p := range v.Resources.Priorities {
			w.add("<li>Priority: ", esc(p), "</li>\n")
		}
		for _, l := range v.Resources.Learning {
			w.add("<li>Learning: ", esc(l), "</li>\n")
		}
		for _, p := range v.Resources.People {
			w.add("<li>Someone to talk to: ", esc(p.Name), ", ", esc(p.Topic))
			if p.Email != "" {
				w.add(` (<a href="`, href("mailto:"+p.Email), `" style="color:#1a5fb4;">`, esc(p.Email), "</a>)")
			}
			w.add("</li>\n")
		}
		w.add("</ul>\n")
	}
}

func updateSubject(v *view) string { return "Re: " + v.Threads.Preread }

func updateText(w *textWriter, v *view) {
	w.add("\n")
	for _, q := range v.Changed {
		w.add(strconv.Itoa(q.N), ". ", q.Text, "\n", pad, indent(pad, q.Answer), "\n\n")
	}
	if v.Notes != "" {
		w.add("Notes from ", v.Employee, ":\n", pad, indent(pad, v.Notes), "\n")
	}
}

func updateHTML(w *htmlWriter, v *view) {
	for _, q := range v.Changed {
		w.add(`<p style="margin:0 0 2px;">`, num(q.N), ". ", esc(q.Text), "</p>\n", her(q.Answer), "\n")
	}
	if v.Notes != "" {
		w.add(`<p style="margin:0 0 2px;"><strong>Notes from `, esc(v.Employee), ":</strong></p>\n", her(v.Notes), "\n")
	}
}
