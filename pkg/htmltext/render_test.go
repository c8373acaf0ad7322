package htmltext

import (
	"strings"
	"testing"
)

func TestRenderTables(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"rows", "<table><tr><th>Action</th><th>Due date</th></tr><tr><td>Course</td><td>31/03</td></tr></table>",
			"Action | Due date\nCourse | 31/03"},
		{"blocks in a cell stay on the row", `<table><tr><td><p class="MsoNormal">Finish</p><p>the course</p></td><td>June<br>2027</td></tr></table>`,
			"Finish the course | June 2027"},
		{"an empty cell keeps its column", "<table><tr><td>a</td><td></td><td>c</td></tr></table>", "a | | c"},
		{"a table inside a cell has rows of its own", "<table><tr><td>x<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table></td></tr></table>",
			"x\n1 | 2\n3"},
		{"text after a table", "<table><tr><td>a</td><td>b</td></tr></table><p>Thanks</p>", "a | b\n\nThanks"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Render(tt.in); got != tt.want {
				t.Errorf("Render(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestIndent checks htmlIndent against the deepest indentation it serves.
func TestIndent(t *testing.T) {
	if len(htmlIndent) != 2*htmlMaxIndent || strings.Trim(htmlIndent, " ") != "" {
		t.Errorf("htmlIndent is %q, want %d spaces", htmlIndent, 2*htmlMaxIndent)
	}
}

// TestTagCache checks the cache's look-ups against newHTMLTag of the name
// htmlTagName reads, for names that share slots, exceed the cache's 16
// bytes, have no atom or are written in capitals, asked for twice.
func TestTagCache(t *testing.T) {
	raws := []string{"<p>", "<P class=x>", "</li>", "<o:p>", "</O:P>", "<blockquote type=cite>", "<figcaption>",
		"<abcdefghijklmnop>", "<abcdefghijklmnopq>", "<x-very-long-custom-element-name>", "<br/>", "<div\tid=a>",
		"<td>", "<dt>", "<h1>", "<a href=x>", "<>", "</>", "<b\nclass=y>", "<ol>", "<ul>", "<span>"}
	var c htmlTagCache
	for range 2 {
		for _, raw := range raws {
			var buf [64]byte
			want := newHTMLTag(htmlTagName([]byte(raw), buf[:0]))
			if got := *c.lookup([]byte(raw)); got != want {
				t.Errorf("lookup(%q) = %+v, want %+v", raw, got, want)
			}
		}
	}
}
