package mailcompose

import "strings"

// The answers to commands by reply (Commanded) and to an unknown address
// (Stranger): a summary, then one line per command or instruction.

// commandedHow closes a command receipt.
const commandedHow = `Reply "help" for everything you can reply.`

func commandedText(w *textWriter, v *view) {
	if j := v.Journey; j != nil {
		w.add("\n")
		for _, l := range j.Lines {
			w.add("- ", l, "\n")
		}
	}
	if len(v.CheckIns) > 0 {
		w.add("\nCheck-ins: ", strings.Join(v.CheckIns, ", "), ". The attached calendar files are updated.\n")
	}
	if v.CanReply {
		w.add("\n", commandedHow, "\n")
	}
}

func commandedHTML(w *htmlWriter, v *view) {
	linesHTML(w, v)
	if len(v.CheckIns) > 0 {
		w.add(`<p style="margin:0 0 12px;"><strong>Check-ins:</strong> `, esc(strings.Join(v.CheckIns, ", ")), ". The attached calendar files are updated.</p>\n")
	}
	if v.CanReply {
		w.add(`<p class="cc-muted" style="margin:0 0 12px;color:#5b5b55;">`, esc(commandedHow), "</p>\n")
	}
}

func strangerText(w *textWriter, v *view) {
	if j := v.Journey; j != nil {
		w.add("\n")
		for _, l := range j.Lines {
			w.add(l, "\n\n")
		}
	}
}

func strangerHTML(w *htmlWriter, v *view) {
	if j := v.Journey; j != nil {
		for _, l := range j.Lines {
			w.add(`<p style="margin:0 0 12px;">`, esc(l), "</p>\n")
		}
	}
}

// linesHTML writes the journey's lines as a list.
func linesHTML(w *htmlWriter, v *view) {
	if j := v.Journey; j != nil && len(j.Lines) > 0 {
		w.add(`<ul style="margin:0 0 12px;padding-left:24px;">` + "\n")
		for _, l := range j.Lines {
			w.add(`<li style="margin-bottom:6px;">`, esc(l), "</li>\n")
		}
		w.add("</ul>\n")
	}
}
