package mailparse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/quote"
)

// fuzzSeedFiles returns corpus files matching the patterns under
// shared/corpus, when it is there (fuzz seeds are a bonus, not a
// requirement), and the package's own testdata.
func fuzzSeedFiles(patterns ...string) [][]byte {
	var out [][]byte
	dir, _ := os.Getwd()
	for d := dir; ; {
		c := filepath.Join(d, "shared", "corpus")
		if st, err := os.Stat(c); err == nil && st.IsDir() {
			for _, p := range patterns {
				paths, _ := filepath.Glob(filepath.Join(c, p))
				for _, path := range paths {
					if b, err := os.ReadFile(path); err == nil {
						out = append(out, b)
					}
				}
			}
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	return out
}

// checkText fails when s is not valid UTF-8 or carries a carriage return.
func checkText(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s: invalid UTF-8: %q", what, s)
	}
	if strings.ContainsRune(s, '\r') {
		t.Errorf("%s: carriage return in output: %q", what, s)
	}
}

func FuzzTrim(f *testing.F) {
	for _, b := range fuzzSeedFiles("email_reply_trimmer/test/emails/*.txt") {
		f.Add(string(b))
	}
	f.Add("Yes\n\nOn Mon, 3 Mar 2025 at 09:12, Ann <\nann@example.com> wrote:\n> Hi\n")
	f.Add("> q\nanswer\n> q2\n\n-- \nsig")
	f.Add("```\n--\n```\nFrom: a\nSent: b\nTo: c\n")
	f.Fuzz(func(t *testing.T, in string) {
		out := quote.Trim(in)
		checkText(t, "Trim", out)
		// Invalid bytes become U+FFFD (three bytes); nothing else grows.
		if len(out) > 3*len(in) {
			t.Errorf("Trim output %d bytes for %d in", len(out), len(in))
		}
		if in2 := strings.ToValidUTF8(in, "\uFFFD"); in2 == in && len(out) > len(in) {
			t.Errorf("Trim grew valid input: %d > %d", len(out), len(in))
		}
	})
}

func FuzzHTMLToText(f *testing.F) {
	for _, b := range fuzzSeedFiles("talon/tests/fixtures/html_replies/*.html", "talon/tests/fixtures/*.html") {
		f.Add(string(b))
	}
	f.Add(`<ol start="3"><li><p>a</p><li value="9">b</ol><blockquote type="cite">q<br><br>x</blockquote>`)
	f.Add(`<div class="gmail_quote"><div class="gmail_attr">On x wrote:</div><blockquote>q</blockquote></div><div id="divRplyFwdMsg">From: a</div>`)
	f.Add(`<pre>a\n\n b</pre><a href="mailto:x@y">z</a><a href="http://q">http://q</a>&nbsp;&#0;&#x10FFFF;`)
	f.Fuzz(func(t *testing.T, in string) {
		out := mime.HTMLToText(in)
		checkText(t, "HTMLToText", out)
		// List markers and quote prefixes can outgrow their tags, by a
		// bounded factor.
		if len(out) > 8*len(in)+64 {
			t.Errorf("HTMLToText output %d bytes for %d in", len(out), len(in))
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.TrimRight(line, " \t") != line {
				t.Errorf("trailing white space: %q", line)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, b := range fuzzSeedFiles("talon/tests/fixtures/standard_replies/*.eml", "talon/tests/fixtures/*.eml") {
		f.Add(b)
	}
	if paths, err := filepath.Glob(filepath.Join("testdata", "trim", "*.eml")); err == nil {
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("From: a@b.c\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; format=flowed; delsp=yes\r\n\r\nx \r\ny\r\n--b\r\nContent-Type: text/html; charset=koi8-r\r\nContent-Transfer-Encoding: base64\r\n\r\nPHA+\r\n--b--\r\n"))
	f.Add([]byte("From: =?utf-8?q?a=0D=0Ab?= <a@b.c>\nSubject: =?x-unknown?q?z?=\nIn-Reply-To: junk\nReferences: <a> b <c\n\nbody"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		m, err := mime.Parse(raw)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("multi-line error: %q", err)
			}
			return
		}
		checkText(t, "Text", m.Text)
		if len(m.Text) > 8*len(raw)+64 {
			t.Errorf("Text %d bytes for %d raw", len(m.Text), len(raw))
		}
		if m.From == "" || m.From != strings.ToLower(m.From) {
			t.Errorf("From = %q, want a lower-case address", m.From)
		}
		for _, s := range append([]string{m.FromName, m.Subject, m.MessageID, m.InReplyTo}, m.Warnings...) {
			checkText(t, "header", s)
			if strings.ContainsAny(s, "\n") {
				t.Errorf("line break in header value %q", s)
			}
		}
		for _, r := range m.Text {
			if r < 0x20 && r != '\n' && r != '\t' {
				t.Errorf("control character %U in Text", r)
				break
			}
		}
		checkText(t, "Trim", quote.Trim(m.Text))
	})
}
