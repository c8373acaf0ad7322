package mime

import (
	"errors"
	"fmt"
	"math/rand/v2"
	netmail "net/mail"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/mail"
)

// crlf turns a readable LF test message into CRLF, as it travels.
func crlf(s string) []byte {
	return []byte(strings.ReplaceAll(s, "\n", "\r\n"))
}

func TestParseHeaders(t *testing.T) {
	raw := crlf(`From: =?UTF-8?Q?Ren=C3=A9e_Dupont?= <Renee.Dupont@Example.COM>
To: "Reply" <reply+tok@careerconv.example>, Manager <MGR@example.com>
Cc: mgr@example.com, hr@example.com
Delivered-To: reply+tok@careerconv.example
X-Original-To: REPLY+other@careerconv.example
Subject: =?ISO-8859-1?Q?Re:_Pr=E9paration?= of your
 career conversation
Message-ID: <abc@mail.example.com>
In-Reply-To: <prep-1@careerconv.example>
References: <root@careerconv.example> <prep-1@careerconv.example>
Date: Mon, 3 Mar 2025 09:12:00 +0100
Content-Type: text/plain; charset=utf-8

Hello
`)
	m, err := Parse(raw)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := &Message{
		From:       "renee.dupont@example.com",
		FromName:   "Renée Dupont",
		To:         []string{"reply+tok@careerconv.example", "mgr@example.com", "hr@example.com", "reply+other@careerconv.example"},
		Subject:    "Re: Préparation of your career conversation",
		MessageID:  "abc@mail.example.com",
		InReplyTo:  "prep-1@careerconv.example",
		References: []string{"root@careerconv.example", "prep-1@careerconv.example"},
		Date:       time.Date(2025, 3, 3, 8, 12, 0, 0, time.UTC),
		Text:       "Hello",
	}
	if !m.Date.Equal(want.Date) {
		t.Errorf("Date = %v, want %v", m.Date, want.Date)
	}
	m.Date = want.Date
	if m.Doc == nil || m.Doc.Text != m.Text {
		t.Errorf("Doc = %v, want the short body classified", m.Doc)
	}
	m.Doc = nil
	if !reflect.DeepEqual(m, want) {
		t.Errorf("Parse =\n%#v\nwant\n%#v", m, want)
	}
}

func TestParseBody(t *testing.T) {
	const hdr = "From: a@example.com\nTo: b@example.com\nSubject: s\nMIME-Version: 1.0\n"
	tests := []struct {
		name     string
		raw      string
		want     string
		fromHTML bool
		warning  string // a substring of some warning, when one is expected
	}{
		{"no content type", "From: a@example.com\n\nHello\nthere\n", "Hello\nthere", false, ""},
		{"lf only", hdr + "Content-Type: text/plain\n\nOne\n\nTwo\n", "One\n\nTwo", false, ""},
		{"html only", hdr + "Content-Type: text/html; charset=utf-8\n\n<p>One</p><ol><li>Two</li></ol>", "One\n\n1. Two", true, ""},
		{"quoted-printable", hdr + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nCaf=C3=A9 and a very long line that was wrapped by the encoder so=\n it continues here\n", "Café and a very long line that was wrapped by the encoder so it continues here", false, ""},
		{"base64", hdr + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\nSGVsbG8sIHfDtnJsZCE=\n", "Hello, wörld!", false, ""},
		{"iso-8859-1", hdr + "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nD=E9j=E0 vu\n", "Déjà vu", false, ""},
		{"windows-1252", hdr + "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n=93Quotes=94 =96 dash =80\n", "“Quotes” – dash €", false, ""},
		{"iso-8859-15", hdr + "Content-Type: text/plain; charset=ISO-8859-15\nContent-Transfer-Encoding: quoted-printable\n\n=A4uro\n", "€uro", false, ""},
		{"koi8-r", hdr + "Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: quoted-printable\n\n=F0=D2=C9=D7=C5=D4\n", "Привет", false, ""},
		{"shift_jis", hdr + "Content-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: base64\n\ngrGC8YLJgr+CzQ==\n", "こんにちは", false, ""},
		{"unknown charset degrades", hdr + "Content-Type: text/plain; charset=x-klingon\n\nHello\n", "Hello", false, "charset"},
		{"format flowed", hdr + "Content-Type: text/plain; format=flowed\n\nThis is one \nparagraph.\n> quoted \n> line\n-- \nsig\n", "This is one paragraph.\n> quoted line\n--\nsig", false, ""},
		{"format flowed delsp", hdr + "Content-Type: text/plain; format=flowed; delsp=yes\n\nsplit wo \nrd\n", "split word", false, ""},
		{"space stuffed", hdr + "Content-Type: text/plain; format=flowed\n\n From here\n", "From here", false, ""},
		{"alternative prefers plain", hdr + "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nPlain\n--b\nContent-Type: text/html\n\n<p>HTML</p>\n--b--\n", "Plain", false, ""},
		{"alternative empty plain", hdr + "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\n \n--b\nContent-Type: text/html\n\n<p>HTML</p>\n--b--\n", "HTML", true, ""},
		{"alternative stub plain", hdr + "Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nThis is an HTML message. Please use an HTML capable mail program.\n--b\nContent-Type: text/html\n\n<p>Real answer</p>\n--b--\n", "Real answer", true, ""},
		{"mixed with attachment", hdr + "Content-Type: multipart/mixed; boundary=m\n\n--m\nContent-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: text/plain\n\nBody\n--a\nContent-Type: text/html\n\n<p>Body</p>\n--a--\n--m\nContent-Type: text/plain; name=notes.txt\nContent-Disposition: attachment; filename=notes.txt\n\nNot the body\n--m\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n--m--\n", "Body", false, ""},
		{"mixed inline parts joined", hdr + "Content-Type: multipart/mixed; boundary=m\n\n--m\nContent-Type: text/plain\n\nBefore the image\n--m\nContent-Type: image/png\nContent-Disposition: inline\n\nxx\n--m\nContent-Type: text/plain\n\nAfter the image\n--m--\n", "Before the image\n\nAfter the image", false, ""},
		{"related", hdr + "Content-Type: multipart/related; boundary=r\n\n--r\nContent-Type: text/html\n\n<p>Hi <img src=\"cid:1\"></p>\n--r\nContent-Type: image/png\nContent-ID: <1>\n\nxx\n--r--\n", "Hi", true, ""},
		{"nested alternative in related in mixed", hdr + "Content-Type: multipart/mixed; boundary=m\n\n--m\nContent-Type: multipart/related; boundary=r\n\n--r\nContent-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: text/plain\n\nDeep\n--a--\n--r--\n--m--\n", "Deep", false, ""},
		{"bad boundary", hdr + "Content-Type: multipart/alternative; boundary=zzz\n\n--b\nContent-Type: text/plain\n\nlost\n", "", false, ""},
		{"unterminated multipart", hdr + "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nKept\n", "Kept", false, ""},
		{"normalisation", hdr + "Content-Type: text/plain; charset=utf-8\n\n\n\na\x00b\x07c  \n\u00a0d\u200be\ufeff\u202ff\t\n\n", "abc\n de f", false, ""},
		{"invalid utf-8 replaced", hdr + "Content-Type: text/plain; charset=utf-8\n\nbad \xff byte\n", "bad \uFFFD byte", false, "invalid"},
		{"bad transfer encoding", hdr + "Content-Type: text/plain\nContent-Transfer-Encoding: x-unknown\n\nHello\n", "Hello", false, "encoding"},
		{"malformed header line dropped", "From: a@example.com\nthis line is not a header\nSubject: s\n\nHello\n", "Hello", false, "malformed header"},
		{"mbox from line", "From a@example.com Mon Mar  3 09:12:00 2025\nFrom: a@example.com\n\nHello\n", "Hello", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, raw := range [][]byte{[]byte(tt.raw), crlf(tt.raw)} {
				m, err := Parse(raw)
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				if m.Text != tt.want {
					t.Errorf("Text = %q, want %q", m.Text, tt.want)
				}
				if m.FromHTML != tt.fromHTML {
					t.Errorf("FromHTML = %v, want %v", m.FromHTML, tt.fromHTML)
				}
				if tt.warning != "" && !strings.Contains(strings.Join(m.Warnings, "|"), tt.warning) {
					t.Errorf("Warnings = %q, want one about %q", m.Warnings, tt.warning)
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		want error
	}{
		{"empty", nil, ErrNotMessage},
		{"blank", []byte("\r\n\r\n"), ErrNotMessage},
		{"plain text", []byte("Hello, this is not an email.\nJust text.\n"), ErrNotMessage},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrNotMessage},
		{"no from", []byte("To: a@example.com\r\nSubject: s\r\n\r\nHello"), ErrNotMessage},
		{"from without address", []byte("From: nobody\r\n\r\nHello"), ErrNotMessage},
		{"too large", []byte("From: a@example.com\r\n\r\n" + strings.Repeat("x", MaxMessageBytes)), ErrTooLarge},
		{"too many header fields", []byte("From: a@example.com\r\n" + strings.Repeat("X-A: b\r\n", mimeMaxHeaderFields+1) + "\r\nHello"), ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse(tt.raw)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse = %v, %v; want error %v", m, err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestParseHostile(t *testing.T) {
	t.Run("header injection", func(t *testing.T) {
		raw := crlf("From: =?UTF-8?Q?Eve=0D=0ABcc:_x@evil.example?= <eve@example.com>\nSubject: =?UTF-8?Q?Hi=0D=0ABcc:_x@evil.example?=\n\nHello\n")
		m, err := Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{m.FromName, m.Subject} {
			if strings.ContainsAny(s, "\r\n") {
				t.Errorf("line break survived: %q", s)
			}
		}
	})
	t.Run("deep nesting", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("From: a@example.com\n")
		for i := range 100 {
			fmt.Fprintf(&b, "Content-Type: multipart/mixed; boundary=\"b%d\"\n\n--b%d\n", i, i)
		}
		b.WriteString("Content-Type: text/plain\n\ndeep\n")
		m, err := Parse([]byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.Join(m.Warnings, "|"), "nested") {
			t.Errorf("no warning about nesting: %q", m.Warnings)
		}
	})
	t.Run("many parts", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("From: a@example.com\nContent-Type: multipart/mixed; boundary=x\n\n")
		for range 1000 {
			b.WriteString("--x\nContent-Type: text/plain\n\npart\n")
		}
		b.WriteString("--x--\n")
		m, err := Parse([]byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(m.Text, "part"); n >= 1000 || n == 0 {
			t.Errorf("%d parts read, want a bounded number", n)
		}
	})
}

// TestMimeCleanTextFastPath checks that text mimeIsClean accepts is what the
// copying path would return, and that cleaning is idempotent (Parse does not
// clean again what HTMLToText cleaned).
func TestMimeCleanTextFastPath(t *testing.T) {
	inputs := []string{
		"", "a", "a\nb", "a \nb", "a\t\nb", "\na", " a", "a\n\nb", "a\n", "a ", "a\t", "\tx\ny", "x\r\ny", "x\ry",
		"a\x00b", "a\x7fb", "\u00a0x", "x\u200b", "x\u200b \ny", "a\u2028b", "\u200b\nx", "é\nb", "\xffx", "> \n> a",
		"line one\n\n> quoted\n>> deeper\n\n-- \nsig", "   \n   \nx", "x\n \ny",
		"Grüße, ça va — 日本語 ✅ 👍", "é \nb", "é\u2003\nb", "x\u0085y", "x\u0080y", "x\u009fy", "x\u2007y", "x\u202fy",
		"x\u2029y", "x\u00ady", "x\u200ey", "x\u2069y", "x\ufeffy", "é\xc3", "\xe2\x80", "x\u00a0", "\u00e9\n\n\u00e9",
	}
	for _, s := range inputs {
		want := mimeCleanTextCopy(s)
		if got := mimeCleanText(s); got != want {
			t.Errorf("mimeCleanText(%q) = %q, the copying path gives %q", s, got, want)
		}
		if mimeIsClean(s) && want != s {
			t.Errorf("mimeIsClean(%q) but cleaning gives %q", s, want)
		}
		if again := mimeCleanTextCopy(want); again != want {
			t.Errorf("cleaning %q twice gives %q, once %q", s, again, want)
		}
	}
}

// TestMimeDate checks the fast path of mimeDate against net/mail.ParseDate.
func TestMimeDate(t *testing.T) {
	for _, v := range []string{
		"", "Mon, 4 Mar 2024 09:00:00 +0000", "Mon, 04 Mar 2024 09:00:00 -0500", "Mon,  4 Mar 2024 09:00:00 +0000",
		" Mon, 4 Mar 2024 09:00:00 +0000", "Mon, 4 Mar 2024 09:00:00 +0000 (UTC)", "4 Mar 2024 09:00:00 +0100",
		"Mon, 4 Mar 24 09:00 GMT", "Tue, 4 Mar 2024 09:00:00 +0000", "Mon, 4 Mar 2024 09:00:00 +0000\r\n", "garbage",
		"Mon, 31 Feb 2024 09:00:00 +0000", "Mon, 4 Mar 2024 25:00:00 +0000",
	} {
		var h mail.Header
		h.Set("Date", v)
		want, err := netmail.ParseDate(v)
		if err != nil || v == "" {
			want = time.Time{}
		}
		if got := mimeDate(h); !got.Equal(want) || got.Location().String() != want.Location().String() {
			t.Errorf("mimeDate(%q) = %v, want %v", v, got, want)
		}
	}
}

// A huge HTML body is rendered from its start only: what the sender wrote is kept.
func TestParseHugeHTML(t *testing.T) {
	body := "<p>1. My answer.</p>" + strings.Repeat("<div>padding</div>", MaxHTMLBytes/16)
	raw := "From: a@example.com\r\nTo: b@example.com\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
	m, err := Parse([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(m.Text, "1. My answer.") || len(m.Text) > MaxHTMLBytes {
		t.Errorf("text starts %q and has %d bytes; want the answer first and at most %d bytes", m.Text[:20], len(m.Text), MaxHTMLBytes)
	}
}

func TestParseAutomatic(t *testing.T) {
	for hdr, want := range map[string]string{
		"":                                 "",
		"Auto-Submitted: no\r\n":           "",
		"Auto-Submitted: auto-replied\r\n": "Auto-Submitted: auto-replied",
		"X-Autoreply: yes\r\n":             "auto-responder header",
		"Precedence: bulk\r\n":             "Precedence: bulk",
	} {
		m, err := Parse([]byte("From: a@example.com\r\n" + hdr + "\r\nI am away.\r\n"))
		if err != nil || m.Automatic != want {
			t.Errorf("headers %q: Automatic = %q, %v; want %q", hdr, m.Automatic, err, want)
		}
	}
}

// TestMimeLF checks mimeLF against strings.ReplaceAll, which it replaces.
func TestMimeLF(t *testing.T) {
	for _, s := range []string{
		"", "a", "\r", "\n", "\r\n", "\r\r\n", "\r\n\r\n", "\n\r", "a\r\nb\r\nc", "a\rb\nc\r\n", "\r\n\r", "x\r\r\r\n\n\r\ny",
	} {
		want := strings.ReplaceAll(s, "\r\n", "\n")
		if got := string(mimeLF([]byte(s))); got != want {
			t.Errorf("mimeLF(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMimeOneLineFastPath checks that what mimeIsOneLine accepts is what the
// copying path would return.
func TestMimeOneLineFastPath(t *testing.T) {
	for _, s := range []string{
		"", "a", "Re: Check-in 2", " a", "a ", "a  b", "a\tb", "a\nb", "é", "a\u00a0b", "a\u200bb", "\xff", "x\x7fy", "1. Yes",
	} {
		if want := mimeOneLineCopy(s); mimeIsOneLine(s) && want != s {
			t.Errorf("mimeIsOneLine(%q) but the copying path gives %q", s, want)
		}
		if got, want := mimeOneLine(s), mimeOneLineCopy(s); got != want {
			t.Errorf("mimeOneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMimePrintable8 checks the word test against the bytes one by one: each
// byte value at each position, and words of random bytes.
func TestMimePrintable8(t *testing.T) {
	mimePrintable8 := func(s string) bool {
		var w uint64
		for i := range 8 {
			w |= uint64(s[i]) << (8 * i)
		}
		return mimePrintable8(w)
	}
	want := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < 0x20 || s[i] > 0x7e {
				return false
			}
		}
		return true
	}
	for pos := range 8 {
		for c := range 256 {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			if got := mimePrintable8(string(b)); got != want(string(b)) {
				t.Errorf("mimePrintable8(%q) = %v", b, got)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		var b [8]byte
		for i := range b {
			b[i] = byte(0x1c + rng.IntN(0x68)) // around both bounds, mostly inside
			if rng.IntN(16) == 0 {
				b[i] = byte(rng.IntN(256))
			}
		}
		if got := mimePrintable8(string(b[:])); got != want(string(b[:])) {
			t.Errorf("mimePrintable8(%q) = %v", b, got)
		}
	}
}
