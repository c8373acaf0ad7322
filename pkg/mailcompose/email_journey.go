package mailcompose

import (
	"strconv"
	"strings"
)

// The emails of the journey after the plan: the note to the manager when steps
// moved, his feedback passed on, the adjusted plan, the receipt for a win or
// setback, and what can be replied.

func movedText(w *textWriter, v *view) {
	if j := v.Journey; j != nil {
		if len(j.Done) > 0 {
			w.add("\nDone:\n\n")
			for _, s := range j.Done {
				w.add(strconv.Itoa(s.N), ". ", indent(pad, s.Text), "\n")
			}
			w.add("\nReply with a word for ", v.Employee, " – ", v.Product, " passes it on.\n")
		}
		if len(j.Blocked) > 0 {
			w.add("\nBlocked:\n\n")
			for _, s := range j.Blocked {
				w.add(strconv.Itoa(s.N), ". ", indent(pad, s.Text), "\n")
				if s.LastNote != "" {
					w.add(pad, v.Employee, `: "`, indent(pad, s.LastNote), "\"\n")
				}
			}
			w.add("\nHow could you help? Reply with an offer, a name or a next step – ", v.Product, " passes it on to ", v.Employee, ".\n")
		}
	}
	w.add("\n")
}

func movedHTML(w *htmlWriter, v *view) {
	j := v.Journey
	if j == nil {
		return
	}
	if len(j.Done) > 0 {
		w.add(`<p style="margin:0 0 2px;"><strong>Done:</strong></p>
<ol style="margin:0 0 12px;padding-left:24px;">
`)
		for _, s := range j.Done {
			w.add(`<li value="`, num(s.N), `" style="margin-bottom:6px;"><span data-who="employee" style="white-space:pre-wrap;">`, esc(s.Text), "</span></li>\n")
		}
		w.add("</ol>\n", `<p style="margin:0 0 12px;">Reply with a word for `, esc(v.Employee), " – ", esc(v.Product), " passes it on.</p>\n")
	}
	if len(j.Blocked) > 0 {
		w.add(`<p style="margin:0 0 2px;"><strong>Blocked:</strong></p>
<ol style="margin:0 0 12px;padding-left:24px;">
`)
		for _, s := range j.Blocked {
			w.add(`<li value="`, num(s.N), `" style="margin-bottom:6px;"><span data-who="employee" style="white-space:pre-wrap;">`, esc(s.Text), "</span>")
			if s.LastNote != "" {
				w.add("<br>", esc(v.Employee), `: <q class="cc-her" style="white-space:pre-wrap;">`, esc(s.LastNote), "</q>")
			}
			w.add("</li>\n")
		}
		w.add("</ol>\n", `<p style="margin:0 0 12px;"><strong>How could you help?</strong> Reply with an offer, a name or a next step – `,
			esc(v.Product), " passes it on to ", esc(v.Employee), ".</p>\n")
	}
}

const feedbackReplyAgain = " Reply to give an update on your steps."

func feedbackText(w *textWriter, v *view) {
	if j := v.Journey; j != nil {
		w.add("\n", pad, indent(pad, j.Feedback), "\n")
		if len(j.About) > 0 {
			w.add("\nAbout:\n")
			for _, s := range j.About {
				w.add(strconv.Itoa(s.N), ". ", indent(pad, s.Text), " (", s.Status, ")\n")
			}
		}
	}
	w.add("\nIt is kept with your steps; only you and ", v.Manager, " see it.")
	if v.CanReply {
		w.add(feedbackReplyAgain)
	}
	w.add("\n")
}

func feedbackHTML(w *htmlWriter, v *view) {
	if j := v.Journey; j != nil {
		w.add(`<blockquote class="cc-his" style="margin:4px 0 12px;padding:2px 12px;border-left:3px solid #2f6f4e;white-space:pre-wrap;">`, esc(j.Feedback), "</blockquote>\n")
		if len(j.About) > 0 {
			w.add(`<p style="margin:0 0 2px;"><strong>About:</strong></p>
<ol style="margin:0 0 12px;padding-left:24px;">
`)
			for _, s := range j.About {
				w.add(`<li value="`, num(s.N), `" style="margin-bottom:6px;"><span style="white-space:pre-wrap;">`, esc(s.Text), "</span> <em>(", esc(s.Status), ")</em></li>\n")
			}
			w.add("</ol>\n")
		}
	}
	w.add(`<p class="cc-muted" style="margin:0 0 12px;color:#5b5b55;">It is kept with your steps; only you and `, esc(v.Manager), " see it.")
	if v.CanReply {
		w.add(feedbackReplyAgain)
	}
	w.add("</p>\n")
}

func adjustedSubject(v *view) string { return "Re: " + v.Threads.Steps }

const adjustedHow = `Either of you can reply to adjust it: "add: … by 30 April", "change 2: … by …", "drop 3", "restore 3", "2 done".`

func adjustedText(w *textWriter, v *view) {
	if j := v.Journey; j != nil {
		w.add("\nWhat changed:\n\n")
		for _, c := range j.Changes {
			w.add("- ", c.Text, "\n")
		}
		if len(j.Dropped) > 0 {
			w.add("\nA dropped step is kept: reply \"restore ", strconv.Itoa(j.Dropped[0]), "\" to bring it back.\n")
		}
	}
	w.add("\nYour plan now:\n\n")
	for _, s := range v.Steps {
		w.add(strconv.Itoa(s.N), ". ", indent(pad, s.Text), stepDue(s), " – ", s.Status, "\n")
	}
	if len(v.CheckIns) > 0 {
		w.add("\nCheck-ins: ", strings.Join(v.CheckIns, ", "), ". The attached calendar files are updated.\n")
	}
	if v.CanReply {
		w.add("\n", adjustedHow, "\n")
	}
}

func adjustedHTML(w *htmlWriter, v *view) {
	if j := v.Journey; j != nil {
		w.add(`<p style="margin:0 0 2px;"><strong>What changed:</strong></p>
<ul style="margin:0 0 12px;padding-left:24px;">
`)
		for _, c := range j.Changes {
			w.add(`<li style="margin-bottom:6px;white-space:pre-wrap;">`, esc(c.Text), "</li>\n")
		}
		w.add("</ul>\n")
		if len(j.Dropped) > 0 {
			w.add(`<p style="margin:0 0 12px;">A dropped step is kept: reply "restore `, num(j.Dropped[0]), `" to bring it back.</p>`+"\n")
		}
	}
	w.add(`<p style="margin:0 0 2px;"><strong>Your plan now:</strong></p>
<ol style="margin:0 0 12px;padding-left:24px;">
`)
	for _, s := range v.Steps {
		w.add(`<li value="`, num(s.N), `" style="margin-bottom:6px;"><span style="white-space:pre-wrap;">`, esc(s.Text), "</span>")
		if s.Due != "" {
			w.add(" <em>(by ", esc(s.Due), ")</em>")
		}
		w.add(" – ", esc(s.Status), "</li>\n")
	}
	w.add("</ol>\n")
	if len(v.CheckIns) > 0 {
		w.add(`<p style="margin:0 0 12px;"><strong>Check-ins:</strong> `, esc(strings.Join(v.CheckIns, ", ")), ". The attached calendar files are updated.</p>\n")
	}
	if v.CanReply {
		w.add(`<p class="cc-muted" style="margin:0 0 12px;color:#5b5b55;">`, adjustedHow, "</p>\n")
	}
}

const recordedWho = ` see your record; HR does not. Reply any time starting with "win:" or "setback:" to add to it.`

func recordedText(w *textWriter, v *view) {
	if j := v.Journey; j != nil {
		w.add("\n")
		entriesText(w, j.Entries)
	}
	w.add("\nOnly you and ", v.Manager, recordedWho, "\n")
}

func recordedHTML(w *htmlWriter, v *view) {
	if j := v.Journey; j != nil {
		entriesHTML(w, j.Entries)
	}
	w.add(`<p class="cc-muted" style="margin:0 0 12px;color:#5b5b55;">Only you and `, esc(v.Manager), recordedWho, "</p>\n")
}

func helpText(w *textWriter, v *view) {
	if j := v.Journey; j != nil {
		w.add("\n")
		for _, h := range j.Help {
			w.add("- ", h, "\n")
		}
	}
	w.add("\nQuestions about anything else: ", v.Org.HR, ".\n")
}

func helpHTML(w *htmlWriter, v *view) {
	if j := v.Journey; j != nil {
		w.add(`<ul style="margin:0 0 12px;padding-left:24px;">` + "\n")
		for _, h := range j.Help {
			w.add(`<li style="margin-bottom:6px;">`, esc(h), "</li>\n")
		}
		w.add("</ul>\n")
	}
	w.add(`<p class="cc-muted" style="margin:0 0 12px;color:#5b5b55;">Questions about anything else: `, esc(v.Org.HR), ".</p>\n")
}
