package mailparse

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/htmltext"
	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/quote"
)

func TestHTMLToText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<p>One</p><p>Two</p>", "One\n\nTwo"},
		{"divs and br", "<div>One</div><div><br></div><div>Two<br>Three</div>", "One\n\nTwo\nThree"},
		{"br before block end", "<div>One<br></div><div>Two</div>", "One\nTwo"},
		{"headings", "<h1>Title</h1>Text", "Title\n\nText"},
		{"whitespace collapses", "<p>  a \n\t b   c </p>", "a b c"},
		{"inline elements", "<p>a <b>bold</b> and <i>it</i>alic</p>", "a bold and italic"},
		{"entities", "<p>Caf&eacute; &amp; &lt;tea&gt; &#8212; &quot;x&quot;</p>", "Café & <tea> — \"x\""},
		{"nbsp", "<p>a&nbsp;&nbsp;b</p>", "a b"},
		{"empty nbsp paragraph is a blank line", `<p class=MsoNormal>One</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>Two</p>`, "One\n\nTwo"},
		{"outlook lines", `<p class=MsoNormal>One<o:p></o:p></p><p class=MsoNormal>Two<o:p></o:p></p>`, "One\nTwo"},
		{"unordered list", "<ul><li>a</li><li>b</li></ul>", "- a\n- b"},
		{"ordered list", "<p>Answers:</p><ol><li>Mentoring</li><li>Lead a team</li></ol>", "Answers:\n\n1. Mentoring\n2. Lead a team"},
		{"ordered list start", `<ol start="3"><li>c</li><li>d</li></ol>`, "3. c\n4. d"},
		{"ordered list value", `<ol><li value="5">e</li><li>f</li></ol>`, "5. e\n6. f"},
		{"list item with block", "<ol><li><div>a</div></li><li><p>b</p></li></ol>", "1. a\n2. b"},
		{"nested list", "<ol><li>a<ul><li>x</li></ul></li><li>b</li></ol>", "1. a\n  - x\n2. b"},
		{"unclosed li", "<ul><li>a<li>b</ul>", "- a\n- b"},
		{"table", "<table><tr><th>Step</th><th>Due</th></tr><tr><td>Course</td><td>June</td></tr></table>", "Step | Due\nCourse | June"},
		{"link text differs", `<a href="https://example.com/plan">the plan</a>`, "the plan (https://example.com/plan)"},
		{"link text is url", `<a href="https://example.com/plan">https://example.com/plan</a>`, "https://example.com/plan"},
		{"link text is url without scheme", `<a href="https://www.example.com/">www.example.com</a>`, "www.example.com"},
		{"mailto", `<a href="mailto:ann@example.com">Ann</a>`, "Ann <ann@example.com>"},
		{"mailto same", `<a href="mailto:ann@example.com">ann@example.com</a>`, "ann@example.com"},
		{"anchor link", `<a href="#top">top</a>`, "top"},
		{"script style head title dropped", "<html><head><title>T</title><style>p{}</style></head><body><script>alert(1)</script><p>Hi</p><noscript>x</noscript></body></html>", "Hi"},
		{"head without close", "<head><title>T</title><body>Hi", "Hi"},
		{"comments and conditionals", "<!--[if mso]><p>no</p><![endif]--><p>Hi</p><![if !supportLists]>1.<![endif]>", "Hi\n\n1."},
		{"pre keeps whitespace", "<pre>a  b\n  c</pre>", "a  b\n  c"},
		{"hr", "<p>a</p><hr><p>b</p>", "a\n\n---\n\nb"},
		{"img dropped", `<p>a<img src="x.png" alt="logo">b</p>`, "ab"},
		{"zero width removed", "<p>a\u200bb</p>", "ab"},

		// Quote structure.
		{"blockquote", "<p>Reply</p><blockquote><p>Old</p><p>Older</p></blockquote>", "Reply\n\n> Old\n>\n> Older"},
		{"nested blockquote", "<p>Reply</p><blockquote>Old<blockquote>Older</blockquote></blockquote>", "Reply\n\n> Old\n>\n>> Older"},
		{"gmail quote", `<div dir="ltr">Yes</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 3 Mar 2025 at 09:12, Ann &lt;<a href="mailto:ann@example.com">ann@example.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">Question?</blockquote></div>`, "Yes\n\nOn Mon, 3 Mar 2025 at 09:12, Ann <ann@example.com> wrote:\n\n> Question?"},
		{"gmail inline answers stay unquoted", `<div class="gmail_quote"><div class="gmail_attr">On Mon, 3 Mar 2025, Ann &lt;a@b.c&gt; wrote:</div><blockquote class="gmail_quote">1. What do you enjoy?</blockquote><div>Mentoring.</div><blockquote class="gmail_quote">2. Where next?</blockquote><div>Team lead.</div></div>`, "On Mon, 3 Mar 2025, Ann <a@b.c> wrote:\n\n> 1. What do you enjoy?\n\nMentoring.\n\n> 2. Where next?\n\nTeam lead."},
		{"apple mail cite", `<div>Yes</div><div><br><blockquote type="cite"><div>On 3 Mar 2025, at 09:12, Ann wrote:</div><div>Hi</div></blockquote></div>`, "Yes\n\n> On 3 Mar 2025, at 09:12, Ann wrote:\n> Hi"},
		{"thunderbird", `Yes<br><div class="moz-cite-prefix">On 03/03/2025 09:12, Ann wrote:<br></div><blockquote type="cite">Hi</blockquote>`, "Yes\nOn 03/03/2025 09:12, Ann wrote:\n\n> Hi"},
		{"outlook web divRplyFwdMsg", `<div>Yes</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font><b>From:</b> Ann<br><b>Sent:</b> Monday<br><b>To:</b> Bob<br><b>Subject:</b> Plan</font><div>&nbsp;</div></div><div>Old text</div>`, "Yes\n---\n> From: Ann\n> Sent: Monday\n> To: Bob\n> Subject: Plan\n>\n> Old text"},
		{"outlook desktop border-top", `<p class=MsoNormal>Yes</p><div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class=MsoNormal><b>From:</b> Ann<br><b>Sent:</b> Monday</p></div></div><p class=MsoNormal>Old</p>`, "Yes\n> From: Ann\n> Sent: Monday\n> Old"},
		{"appendonsend", `<div>Yes</div><div id="appendonsend"></div><div>From: Ann</div><div>Old</div>`, "Yes\n> From: Ann\n> Old"},
		{"yahoo", `<div>Yes</div><div class="yahoo_quoted"><div>On Monday, Ann wrote:</div><div>Old</div></div>`, "Yes\n> On Monday, Ann wrote:\n> Old"},
		{"hotmail stopSpelling", `<div>Yes<hr id="stopSpelling">Date: Monday<br>From: Ann</div>`, "Yes\n> Date: Monday\n> From: Ann"},
		{"region then blockquote nests", `<div>Yes</div><div id="divRplyFwdMsg">From: Ann</div><blockquote>Older</blockquote>`, "Yes\n> From: Ann\n>\n>> Older"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mime.HTMLToText(tt.in); got != tt.want {
				t.Errorf("mime.HTMLToText(%q)\n got: %q\nwant: %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestHTMLToTextThenTrim checks the whole HTML path on client snippets: the
// reply survives and the quoted message does not.
func TestHTMLToTextThenTrim(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"gmail", `<div dir="ltr">1. Mentoring<br>2. Lead a team</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, 3 Mar 2025 at 09:12, Careerconv &lt;r@c.example&gt; wrote:<br></div><blockquote class="gmail_quote">1. What do you enjoy?</blockquote></div>`, "1. Mentoring\n2. Lead a team"},
		{"outlook web", `<div>1. Mentoring</div><div>2. Lead a team</div><hr tabindex="-1"><div id="divRplyFwdMsg"><b>From:</b> Careerconv<br><b>Sent:</b> Monday<br><b>To:</b> Ann<br><b>Subject:</b> Prep</div><div>1. What do you enjoy?</div>`, "1. Mentoring\n2. Lead a team"},
		{"thunderbird inline", `<div class="moz-cite-prefix">On 03/03/2025 09:12, Careerconv wrote:<br></div><blockquote type="cite">1. What do you enjoy?</blockquote>Mentoring.<br><blockquote type="cite">2. Where next?</blockquote>Team lead.<br>`, "> 1. What do you enjoy?\n\nMentoring.\n\n> 2. Where next?\n\nTeam lead."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quote.Trim(mime.HTMLToText(tt.in)); got != tt.want {
				t.Errorf("got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

func TestHTMLToTextHostile(t *testing.T) {
	for name, doc := range adversarialHTML() {
		t.Run(name, func(t *testing.T) {
			got := mime.HTMLToText(doc)
			if !utf8.ValidString(got) {
				t.Error("invalid UTF-8 out")
			}
			if len(got) > 3*len(doc)+64 {
				t.Errorf("output %d bytes for %d in", len(got), len(doc))
			}
		})
	}
	if got := mime.HTMLToText(strings.Repeat("<blockquote>", 100) + "x"); strings.Count(got, ">") > htmltext.MaxQuoteDepth {
		t.Errorf("quote depth not capped: %q", got)
	}
}
