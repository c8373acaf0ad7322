package htmltext

import "testing"

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
