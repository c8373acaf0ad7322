package mailparse

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/quote"
)

// benchCorpus returns the plain-text inputs of both corpora and the raw
// talon messages.
func benchCorpus(b *testing.B) (texts []string, raws [][]byte, htmls []string) {
	b.Helper()
	for _, c := range discourseCases(b) {
		texts = append(texts, c.input)
	}
	_, cases := talonCases(b)
	for _, c := range cases {
		data, err := os.ReadFile(c.path)
		if err != nil {
			b.Fatal(err)
		}
		switch {
		case c.html:
			htmls = append(htmls, string(data))
		case filepath.Ext(c.path) == ".eml":
			raws = append(raws, data)
		}
	}
	return texts, raws, htmls
}

// benchPerMessage runs fn, which handles msgs messages of size bytes in
// all, and reports MB/s, allocs/op and the figures per message: allocs/msg
// and ns/msg.
func benchPerMessage(b *testing.B, msgs, size int, fn func()) {
	b.Helper()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpuLoop(b, size, fn)
	runtime.ReadMemStats(&after)
	n := float64(b.N) * float64(msgs)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n, "allocs/msg")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/msg")
}

// cpuLoop runs fn in b.Loop and reports, besides the wall-clock figures,
// the process CPU time per MB of the size bytes an op reads: on a machine
// shared with other work (run with -cpu 1) that is what a quiet core takes,
// where ns/op also counts the time spent waiting for one.
func cpuLoop(b *testing.B, size int, fn func()) {
	b.Helper()
	start := processCPU()
	for b.Loop() {
		fn()
	}
	if cpu := processCPU() - start; cpu > 0 && size > 0 {
		b.ReportMetric(float64(cpu)/1e6/float64(b.N)/(float64(size)/(1<<20)), "cpu-ms/MB")
	}
}

// BenchmarkTrimCorpus runs Trim on the plain-text inputs of both corpora
// (discourse/email_reply_trimmer .txt).
func BenchmarkTrimCorpus(b *testing.B) {
	texts, _, _ := benchCorpus(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	benchPerMessage(b, len(texts), n, func() {
		for _, t := range texts {
			quote.Trim(t)
		}
	})
}

// BenchmarkHTMLToTextCorpus runs HTMLToText then Trim on talon's HTML
// replies.
func BenchmarkHTMLToTextCorpus(b *testing.B) {
	_, _, htmls := benchCorpus(b)
	n := 0
	for _, h := range htmls {
		n += len(h)
	}
	benchPerMessage(b, len(htmls), n, func() {
		for _, h := range htmls {
			quote.Trim(mime.HTMLToText(h))
		}
	})
}

// BenchmarkParseCorpus measures the whole inbound path on talon's .eml
// messages: Parse then Trim.
func BenchmarkParseCorpus(b *testing.B) {
	_, raws, _ := benchCorpus(b)
	n := 0
	for _, r := range raws {
		n += len(r)
	}
	benchPerMessage(b, len(raws), n, func() {
		for _, r := range raws {
			m, err := mime.Parse(r)
			if err != nil {
				b.Fatal(err)
			}
			quote.Trim(m.Text)
		}
	})
}

// adversarialSize is the size of each hostile input.
const adversarialSize = 1 << 20

// repeatTo repeats unit up to about n bytes.
func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// adversarialTexts are hostile plain-text bodies of about 1 MB.
func adversarialTexts() map[string]string {
	n := adversarialSize
	return map[string]string{
		"deep_quote_line":   repeatTo(">", n),
		"deep_quote_lines":  repeatTo(strings.Repeat(">", 200)+" quoted text\n", n),
		"one_huge_line":     repeatTo("word ", n),
		"wrote_lines":       repeatTo("On Mon, 1 Feb 2016 at 10:00, Some One <some@one.com> wrote:\n", n),
		"wrapped_wrote":     repeatTo("On Mon, 1 Feb 2016 at 10:00, Some One\n<some@one.com>\n", n),
		"header_lines":      repeatTo("From: a@b.c\nSent: Monday\nTo: x\nSubject: y\n", n),
		"run_of_a":          repeatTo("a", n),
		"run_of_dash":       repeatTo("-", n),
		"run_of_newlines":   repeatTo("\n", n),
		"run_of_crs":        repeatTo("\r", n),
		"short_lines":       repeatTo("On 1\n", n),
		"signature_lines":   repeatTo("Sent from my iPhone\n", n),
		"fences":            repeatTo("```\n", n),
		"quote_text_mix":    repeatTo("> question\nanswer\n", n),
		"disclaimer_paras":  repeatTo("This message is confidential and privileged for the intended recipient only, really.\n\n", n),
		"unicode_colons":    repeatTo("在 2016年12月12日 写道：\n", n),
		"long_attr_no_end":  repeatTo("On "+strings.Repeat("1 ", 150)+"\n", n),
		"invalid_utf8":      repeatTo("\xff\xfe>\x80 wrote:\n", n),
		"nbsp_and_zw_chars": repeatTo("a\u00a0\u200b\u00a0b\u202f\n", n),
		// The issue-7 reader: a steps table that never ends, rows joined by
		// tabs, signature blocks, forwards of forwards, in-order answers.
		"table_rows":      "Action | Due date\n" + repeatTo("Finish the course | 31/03\n", n),
		"tab_rows":        "Action\tDue date\n" + repeatTo("Finish the course\t31/03/2027\n", n),
		"signature_block": repeatTo("Kind regards,\nJane Doe\nT: +44 20 7946 0958 | www.acme.example\n", n),
		"forward_headers": "Resending.\n\n" + repeatTo("From: Employee <employee@example.com>\nSent: Monday\nTo: x\nSubject: y\n\n", n),
		"in_order":        "My answers, in the order of the questions:\n\n" + repeatTo("An answer in a paragraph of its own.\n\n", n),
	}
}

// adversarialHTML are hostile HTML documents of about 1 MB.
func adversarialHTML() map[string]string {
	n := adversarialSize
	return map[string]string{
		"nested_div":        repeatTo("<div>", n),
		"nested_blockquote": repeatTo("<blockquote>", n),
		"nested_lists":      repeatTo("<ol><li>x", n),
		"unclosed_tags":     repeatTo("<p><b><i><span>t", n),
		"close_tags":        repeatTo("</div></blockquote></li>", n),
		"many_links":        repeatTo(`<a href="http://example.com/x">text</a> `, n),
		"huge_text":         repeatTo("word ", n),
		"huge_attr":         "<div class=\"" + repeatTo("gmail_quote ", n) + "\">x</div>",
		"br_storm":          repeatTo("<br>", n),
		"nbsp_storm":        repeatTo("&nbsp;", n),
		"pre_newlines":      "<pre>" + repeatTo("\n", n) + "</pre>",
		"table_cells":       repeatTo("<tr><td>a</td><td>b</td>", n),
		"quote_containers":  repeatTo(`<div id="divRplyFwdMsg"><blockquote type="cite">`, n),
		"comment_open":      "<!--" + repeatTo("x", n),
		"script_unclosed":   "<script>" + repeatTo("x<", n),
		"nested_tables":     repeatTo("<table><tr><td>", n),
		"table_rows":        "<table><tr><th>Action</th><th>Due date</th></tr>" + repeatTo("<tr><td><p>Finish the course</p></td><td>31/03/2027</td></tr>", n),
	}
}

// adversarialMessages are hostile raw messages of about 1 MB or more.
func adversarialMessages() map[string][]byte {
	n := adversarialSize
	hdr := "From: a@b.c\r\nTo: d@e.f\r\nSubject: s\r\n"
	var nested strings.Builder
	nested.WriteString(hdr)
	depth := 2000
	for i := range depth {
		fmt.Fprintf(&nested, "Content-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n--b%d\r\n", i, i)
	}
	nested.WriteString("Content-Type: text/plain\r\n\r\nhello\r\n")
	var many strings.Builder
	many.WriteString(hdr + "Content-Type: multipart/mixed; boundary=\"x\"\r\n\r\n")
	for many.Len() < n {
		many.WriteString("--x\r\nContent-Type: text/plain\r\n\r\npart\r\n")
	}
	many.WriteString("--x--\r\n")
	return map[string][]byte{
		"nested_multipart": []byte(nested.String()),
		"many_parts":       []byte(many.String()),
		"huge_header":      []byte("From: a@b.c\r\nSubject: " + repeatTo("x ", n) + "\r\n\r\nbody"),
		"many_headers":     []byte(hdr + repeatTo("X-A: b\r\n", n) + "\r\nbody"),
		"base64_body":      []byte(hdr + "Content-Transfer-Encoding: base64\r\n\r\n" + repeatTo("QUJD", n)),
		"qp_soft_breaks":   []byte(hdr + "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + repeatTo("=\r\n", n)),
		"flowed_body":      []byte(hdr + "Content-Type: text/plain; format=flowed; delsp=yes\r\n\r\n" + repeatTo("> > word \r\n", n)),
		"bad_boundary":     []byte(hdr + "Content-Type: multipart/alternative; boundary=\"\"\r\n\r\n" + repeatTo("--\r\n", n)),
		"html_only":        []byte(hdr + "Content-Type: text/html\r\n\r\n" + repeatTo("<div><blockquote>x", n)),
	}
}

// BenchmarkAdversarial runs each hostile shape of about 1 MB through Trim,
// HTMLToText then Trim, or Parse then Trim. The target is 25 ms per MB on a
// quiet machine (half the 50 ms budget).
func BenchmarkAdversarial(b *testing.B) {
	texts := adversarialTexts()
	for _, name := range sortedKeys(texts) {
		text := texts[name]
		b.Run("trim/"+name, func(b *testing.B) {
			benchPerMessage(b, 1, len(text), func() { quote.Trim(text) })
		})
	}
	docs := adversarialHTML()
	for _, name := range sortedKeys(docs) {
		doc := docs[name]
		b.Run("html/"+name, func(b *testing.B) {
			benchPerMessage(b, 1, len(doc), func() { quote.Trim(mime.HTMLToText(doc)) })
		})
	}
	raws := adversarialMessages()
	for _, name := range sortedKeys(raws) {
		raw := raws[name]
		b.Run("parse/"+name, func(b *testing.B) {
			benchPerMessage(b, 1, len(raw), func() {
				if m, err := mime.Parse(raw); err == nil {
					quote.Trim(m.Text)
				}
			})
		})
	}
}

// sortedKeys returns the keys of m in order, so that benchmarks run and
// print in a stable order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
