package htmltext

import (
	"strings"
	"testing"
)

// benchDocs are documents of about 1 MB that stress the renderer's own work
// (the tokenizer aside): deep lists whose markers carry numbers and
// indentation, and unclosed inline tags past the bounded element stack.
func benchDocs() map[string]string {
	const n = 1 << 20
	repeat := func(unit string) string { return strings.Repeat(unit, n/len(unit)+1)[:n] }
	return map[string]string{
		"nested_lists":  repeat("<ol><li>x"),
		"unclosed_tags": repeat("<p><b><i><span>t"),
		"table_rows":    "<table>" + repeat("<tr><td><p>Finish the course</p></td><td>31/03/2027</td></tr>"),
		"paragraphs":    repeat(`<p class="MsoNormal">Some words of a reply, <a href="https://example.com/x">a link</a>.</p>`),
	}
}

// BenchmarkRender renders each document of benchDocs; compare it with the
// Adversarial/html benchmarks of pkg/mailparse, which add cleaning and Trim.
func BenchmarkRender(b *testing.B) {
	docs := benchDocs()
	for _, name := range []string{"nested_lists", "unclosed_tags", "table_rows", "paragraphs"} {
		doc := docs[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			for b.Loop() {
				Render(doc)
			}
		})
	}
}
