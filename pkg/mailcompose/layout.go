package mailcompose

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Every email is written by plain Go functions, one per kind and part (the
// email_*.go files): its subject, its plain-text body and its HTML body. The
// layout below wraps each body with what all emails share: the greeting, the
// action or summary first, the reply example, the introduction and the footer.
// Nothing here uses reflection, so the linker keeps removing the code a Lambda
// function does not call.

// kind is one email kind: its subject and the two bodies the layout wraps.
type kind struct {
	subject func(v *view) string
	text    func(w *textWriter, v *view)
	html    func(w *htmlWriter, v *view)
}

// kinds are the email kinds by email name.
var kinds = map[string]kind{
	conversation.EmailPrep:        {prepSubject, prepText, prepHTML},
	conversation.EmailReceipt:     {receiptSubject, receiptText, receiptHTML},
	conversation.EmailNudge:       {nudgeSubject, nudgeText, nudgeHTML},
	conversation.EmailPreread:     {prereadSubject, prereadText, prereadHTML},
	conversation.EmailUpdate:      {updateSubject, updateText, updateHTML},
	conversation.EmailWrapUp:      {wrapUpSubject, wrapUpText, wrapUpHTML},
	conversation.EmailPlan:        {planSubject, planText, planHTML},
	conversation.EmailCheckIn:     {checkInSubject, checkInText, checkInHTML},
	conversation.EmailProgress:    {progressSubject, progressText, progressHTML},
	conversation.EmailReview:      {reviewSubject, reviewText, reviewHTML},
	conversation.EmailUnreadable:  {answerSubject, unreadableText, unreadableHTML},
	conversation.EmailRescheduled: {answerSubject, rescheduledText, rescheduledHTML},
	conversation.EmailCancelled:   {answerSubject, cancelledText, cancelledHTML},
	conversation.EmailNoted:       {answerSubject, notedText, notedHTML},
	conversation.EmailInvite:      {inviteSubject, inviteText, inviteHTML},
	conversation.EmailMoved:       {answerSubject, movedText, movedHTML},
	conversation.EmailFeedback:    {answerSubject, feedbackText, feedbackHTML},
	conversation.EmailAdjusted:    {adjustedSubject, adjustedText, adjustedHTML},
	conversation.EmailRecorded:    {answerSubject, recordedText, recordedHTML},
	conversation.EmailHelp:        {answerSubject, helpText, helpHTML},
	conversation.EmailCommanded:   {answerSubject, commandedText, commandedHTML},
	conversation.EmailStranger:    {answerSubject, strangerText, strangerHTML},
}

// write renders the subject, plain text and HTML of email name from v.
func write(name string, v *view) (subject, text, html string, err error) {
	k, ok := kinds[name]
	if !ok {
		return "", "", "", fmt.Errorf("no email kind %q", name)
	}
	subject = oneLine(k.subject(v))
	v.Subject = subject
	var t textWriter
	layoutText(&t, v, k.text)
	var h htmlWriter
	layoutHTML(&h, v, k.html)
	return subject, tidyText(t.b.String()), h.b.String(), nil
}

// answerSubject is the subject of an email that joins the thread it answers.
func answerSubject(v *view) string { return "Re: " + v.ThreadSubject }

// textWriter builds a plain-text part.
type textWriter struct{ b strings.Builder }

// add writes parts in order.
func (w *textWriter) add(parts ...string) {
	for _, p := range parts {
		w.b.WriteString(p)
	}
}

// pad indents the continuation lines of multi-line text in plain-text parts.
const pad = "   "

// markup is HTML written by this package. String constants convert to it; a
// value a person typed (a name, an answer, a note, a step) only through esc,
// num or href, so it cannot reach the HTML unescaped.
type markup string

// htmlWriter builds an HTML part from markup.
type htmlWriter struct{ b strings.Builder }

// add writes parts in order.
func (w *htmlWriter) add(parts ...markup) {
	for _, p := range parts {
		w.b.WriteString(string(p))
	}
}

// htmlEscaper escapes text for HTML elements and quoted attributes with the
// entities html/template uses ("+" too, and NUL becomes U+FFFD).
var htmlEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "+", "&#43;", "\x00", "\uFFFD",
)

// esc is text as HTML: every character with a meaning in HTML is escaped.
func esc(s string) markup { return markup(htmlEscaper.Replace(s)) }

// num is a number as HTML.
func num(n int) markup { return markup(strconv.Itoa(n)) }

// href is url as the value of a quoted href attribute. Only http, https and
// mailto links are kept (anything else, such as javascript:, becomes
// "#ZgotmplZ", as with html/template); characters outside RFC 3986 are
// percent-encoded and the result escaped for the attribute.
func href(url string) markup {
	if scheme, _, ok := strings.Cut(url, ":"); ok && !strings.Contains(scheme, "/") {
		switch strings.ToLower(scheme) {
		case "http", "https", "mailto":
		default:
			return "#ZgotmplZ"
		}
	}
	return esc(normalizeURL(url))
}

// normalizeURL percent-encodes the bytes of s that may not appear in a URL,
// keeping reserved and unreserved characters and valid escapes.
func normalizeURL(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			b.WriteByte(c)
		case strings.IndexByte("-._~!#$&*+,/:;=?@[]", c) >= 0:
			b.WriteByte(c)
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02x", c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// layoutText writes the plain-text email around body.
func layoutText(w *textWriter, v *view, body func(*textWriter, *view)) {
	w.add("Hi ", v.Name, ",\n\n")
	if first := firstOf(v.Action, v.Summary); first != "" {
		w.add(first, "\n")
	}
	if v.ExampleLead != "" {
		w.add("\n", v.ExampleLead, "\n")
	}
	if len(v.Example) > 0 {
		w.add("\n")
		for _, l := range v.Example {
			w.add(pad, l, "\n")
		}
	}
	if v.Intro {
		w.add("\nWhy you're getting this: ", v.Org.Name, " uses ", v.Product, " to prepare and follow up career conversations. ",
			v.Org.Privacy, " Questions about it: ", v.Org.HR, ".\n")
	}
	body(w, v)
	w.add("\n\n-- \n", v.Product, " for ", v.Org.Name, ". ", v.Org.Privacy, " Questions: ", v.Org.HR, ".\n")
}

// firstOf is the first of a and b that is not empty.
func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// layoutHTML writes the HTML email around body: a 600 px table (a ghost table
// for Outlook for Windows, which ignores max-width), light and dark colours, the
// first sentence as the preview text.
func layoutHTML(w *htmlWriter, v *view, body func(*htmlWriter, *view)) {
	w.add(`<!DOCTYPE html>
<html lang="`, esc(v.Org.Lang), `">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>`, esc(v.Subject), `</title>
<style>
:root { color-scheme: light dark; supported-color-schemes: light dark; }
body { margin: 0; padding: 0; }
@media (prefers-color-scheme: dark) {
  .cc-page { background: #121212 !important; }
  .cc-card { background: #202124 !important; color: #e8eaed !important; }
  .cc-muted { color: #bdc1c6 !important; }
  .cc-box { background: #303134 !important; color: #e8eaed !important; }
  .cc-action { background: #1d3a2a !important; color: #e8eaed !important; border-color: #6fcf97 !important; }
  .cc-her { border-color: #6fcf97 !important; }
  .cc-ok { color: #6fcf97 !important; }
  .cc-flag { color: #fdba74 !important; border-color: #fdba74 !important; }
  .cc-rule { border-color: #3c4043 !important; }
  a { color: #8ab4f8 !important; }
}
@media (max-width: 480px) {
  .cc-card { padding: 14px 14px !important; font-size: 14px !important; }
  .cc-outer { padding: 0 !important; }
}
</style>
</head>
<body class="cc-page" style="margin:0;padding:0;background:#f4f4f2;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">`, esc(firstOf(v.Action, v.Summary)), `</div>
<table role="presentation" class="cc-page" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f2;">
<tr><td class="cc-outer" align="center" style="padding:16px 8px;">
<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]--><table role="presentation" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;">
<tr><td class="cc-card" style="padding:24px 28px;background:#ffffff;color:#1f2328;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;text-align:left;overflow-wrap:anywhere;word-break:break-word;">
<p style="margin:0 0 12px;">Hi `, esc(v.Name), `,</p>
`)
	if first := firstOf(v.Action, v.Summary); first != "" {
		w.add(`<p id="action" class="cc-action" style="margin:0 0 14px;padding:8px 12px;background:#eaf4ee;border-left:4px solid #2f6f4e;font-weight:600;">`, esc(first), "</p>\n")
	}
	if v.ExampleLead != "" {
		w.add(`<p style="margin:0 0 6px;">`, esc(v.ExampleLead), "</p>\n")
	}
	if len(v.Example) > 0 {
		w.add(`<div class="cc-box" style="margin:0 0 16px;padding:8px 12px;background:#f4f4f2;border-radius:4px;font-family:Menlo,Consolas,monospace;font-size:14px;white-space:pre-wrap;overflow-wrap:anywhere;">`)
		for i, l := range v.Example {
			if i > 0 {
				w.add("<br>")
			}
			w.add(esc(l))
		}
		w.add("</div>\n")
	}
	if v.Intro {
		w.add(`<p class="cc-box" style="margin:0 0 14px;padding:8px 12px;background:#f4f4f2;font-size:14px;"><strong>Why you're getting this:</strong> `,
			esc(v.Org.Name), " uses ", esc(v.Product), " to prepare and follow up career conversations. ", esc(v.Org.Privacy),
			" Questions about it: ", hrContact(v.Org), ".</p>\n")
	}
	body(w, v)
	w.add("\n", `<p class="cc-muted cc-rule" style="margin:28px 0 0;padding-top:12px;border-top:1px solid #e4e4e0;font-size:12px;color:#5b5b55;">`,
		esc(v.Product), " for ", esc(v.Org.Name), ". ", esc(v.Org.Privacy), " Questions: ", hrContact(v.Org), `.</p>
</td></tr>
</table><!--[if mso]></td></tr></table><![endif]-->
</td></tr>
</table>
</body>
</html>
`)
}

// hrContact is the HR contact, a mailto link when it has an address.
func hrContact(o org) markup {
	if o.HRMail == "" {
		return esc(o.HR)
	}
	return `<a href="` + href("mailto:"+o.HRMail) + `" style="color:#1a5fb4;">` + esc(o.HR) + "</a>"
}

// her is the employee's own words, set apart as hers.
func her(s string) markup {
	return `<blockquote class="cc-her" data-who="employee" style="margin:2px 0 6px;padding:2px 12px;border-left:3px solid #2f6f4e;white-space:pre-wrap;">` + esc(s) + "</blockquote>"
}

// joinNumbers joins numbers with ", ": "1, 3, 4".
func joinNumbers[T any](items []T, n func(T) int) string {
	s := make([]string, len(items))
	for i, it := range items {
		s[i] = strconv.Itoa(n(it))
	}
	return strings.Join(s, ", ")
}

// plain is text as plain text: as it is.
func plain(s string) string { return s }

// tidyText trims trailing spaces (except the "-- " signature separator) and runs of
// blank lines that optional sections leave behind.
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
