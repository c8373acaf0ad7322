package mailcompose

import (
	"bytes"
	"embed"
	"fmt"
	htmltemplate "html/template"
	"strings"
	"sync"
	texttemplate "text/template"
)

//go:embed templates/*.txt templates/*.html
var templateFS embed.FS

// emails lists every email template; each has templates/<name>.txt (defining
// "subject" and "body") and templates/<name>.html (defining "content").
var emails = []string{
	EmailPrep, EmailReceipt, EmailNudge, EmailPreread, EmailWrapUp, EmailPlan,
	EmailCheckIn, EmailProgress, EmailReview, EmailUnreadable,
	EmailUpdate, EmailRescheduled, EmailCancelled, EmailNoted,
	EmailInvite,
	EmailMoved, EmailFeedback, EmailAdjusted, EmailRecorded, EmailHelp,
}

type templateSet struct {
	text map[string]*texttemplate.Template
	html map[string]*htmltemplate.Template
}

var funcs = map[string]any{
	"indent":  indent,
	"clip":    clipRunes,
	"line":    oneLine,
	"add":     func(a, b int) int { return a + b },
	"numbers": numbers,
	// A "ghost table" of 600 px that only Outlook for Windows (which ignores
	// max-width) sees; html/template drops comments written in a template.
	"msoOpen":  func() htmltemplate.HTML { return msoOpen },
	"msoClose": func() htmltemplate.HTML { return msoClose },
}

const (
	msoOpen  = `<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->`
	msoClose = `<!--[if mso]></td></tr></table><![endif]-->`
)

// loadTemplates parses the embedded templates once.
var loadTemplates = sync.OnceValues(func() (*templateSet, error) {
	ts := &templateSet{text: map[string]*texttemplate.Template{}, html: map[string]*htmltemplate.Template{}}
	for _, name := range emails {
		t, err := texttemplate.New(name).Funcs(funcs).Option("missingkey=error").
			ParseFS(templateFS, "templates/layout.txt", "templates/"+name+".txt")
		if err != nil {
			return nil, fmt.Errorf("parse text templates of %s: %w", name, err)
		}
		h, err := htmltemplate.New(name).Funcs(funcs).Option("missingkey=error").
			ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse HTML templates of %s: %w", name, err)
		}
		ts.text[name], ts.html[name] = t, h
	}
	return ts, nil
})

// execute renders the subject, plain text and HTML of email name.
func (ts *templateSet) execute(name string, v *view) (subject, text, html string, err error) {
	t, h := ts.text[name], ts.html[name]
	if t == nil || h == nil {
		return "", "", "", fmt.Errorf("no template for email %q", name)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "subject", v); err != nil {
		return "", "", "", fmt.Errorf("subject: %w", err)
	}
	subject = oneLine(buf.String())
	v.Subject = subject
	buf.Reset()
	if err := t.ExecuteTemplate(&buf, "layout", v); err != nil {
		return "", "", "", fmt.Errorf("text: %w", err)
	}
	text = tidyText(buf.String())
	buf.Reset()
	if err := h.ExecuteTemplate(&buf, "layout", v); err != nil {
		return "", "", "", fmt.Errorf("HTML: %w", err)
	}
	return subject, text, buf.String(), nil
}

// tidyText trims trailing spaces (except the "-- " signature separator) and runs of
// blank lines that template conditionals leave behind.
func tidyText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	out := make([]string, 0, len(lines))
	blank := 0
	for _, l := range lines {
		if l != "-- " {
			l = strings.TrimRight(l, " \t")
		}
		if l == "" {
			blank++
			if blank > 1 || len(out) == 0 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}
