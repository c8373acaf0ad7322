package htmltext

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Render renders HTML as faithful plain text.
//
// Block elements (p, div, headings, list items, table rows) become line
// breaks, with a blank line between paragraphs; br is a line break. Lists
// become "- item" and "1. item" lines (ordered lists keep their numbers,
// start and value attributes included). A table row becomes one line, its
// cells separated by " | " (blocks and breaks inside a cell become spaces),
// so a table of steps reads as rows. Links keep their text, followed by
// the address in parentheses when the text is not the address itself.
// Entities are decoded, white space collapses as in a browser (pre keeps
// it), and script, style, title and similar content is dropped.
//
// Quoted history comes out as plain-text quoting: blockquote content is
// prefixed with "> " per level, and everything from the start of a mail
// client's quote container that is not a blockquote (Outlook's
// divRplyFwdMsg and its From/Sent/To/Subject header block, #appendonsend,
// Yahoo's yahoo_quoted, Hotmail and Zimbra's separator rules, Outlook for
// Mac's OLK_SRC_BODY_SECTION) to the end of the document is prefixed too.
// Gmail's gmail_quote and Thunderbird's moz-cite-prefix keep their
// attribution line ("On … wrote:") unquoted before the quoted blockquote, and
// text written between blockquotes stays unquoted: those are inline answers.
//
// The tokenizer is streaming and the element stack bounded, so the time is
// linear in the input whatever its nesting.
func Render(src string) string {
	r := htmlRenderer{}
	// Room for the text of most documents, so that the output is rarely
	// copied as it grows (lists and quotes can make it longer than src).
	r.out.Grow(len(src))
	z := html.NewTokenizer(strings.NewReader(src))
	z.SetMaxBuf(0)
	var attrs htmlAttrs // the attributes of the tag being read
	var tags htmlTagCache
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return r.finish()
		case html.TextToken:
			if r.skip == 0 {
				r.text(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			t := tags.lookup(z.Raw())
			hasAttr := htmlReadAttrs(z, &attrs)
			r.start(t, &attrs, hasAttr, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			t := tags.lookup(z.Raw())
			r.end(t.a, t.name)
		}
	}
}

// htmlTagName returns the lower-cased name of the tag whose raw bytes are
// raw ("<div class=x>", "</P>"), appended to buf. It reads the name the way
// the tokenizer does, up to white space, "/" or ">", without the copy that
// Tokenizer.TagName makes of every name.
func htmlTagName(raw, buf []byte) []byte {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	for ; i < len(raw); i++ {
		c := raw[i]
		switch c {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			return buf
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// htmlTag is what the renderer knows of a tag name: the element's atom, or
// for an element without one (such as Outlook's o:p) its name, and how the
// element renders.
type htmlTag struct {
	a        atom.Atom
	name     string // for an element without an atom
	block    int    // htmlBlock, 0 without an atom
	void     bool   // htmlVoid
	skipped  bool   // htmlSkipped
	implicit bool   // a new one closes the open one (p, li, tr, td...)
}

// newHTMLTag returns the htmlTag of a lower-cased tag name.
func newHTMLTag(name []byte) htmlTag {
	a := atom.Lookup(name)
	t := htmlTag{a: a, block: htmlBlock(a), void: htmlVoid(a), skipped: htmlSkipped(a)}
	switch a {
	case 0:
		t.name = string(name)
		t.block = 0 // Outlook's <o:p> and friends are inline.
	case atom.P, atom.Li, atom.Tr, atom.Td, atom.Th, atom.Dt, atom.Dd, atom.Option:
		t.implicit = true
	}
	return t
}

// htmlTagCache remembers the tags of the names a document uses, which it
// repeats: a look-up reads the name once and compares two words.
type htmlTagCache [16]struct {
	key [2]uint64 // the name's bytes, packed
	n   int       // the name's length, 0 for an empty slot
	tag htmlTag
}

// lookup returns the tag of the tag token whose raw bytes are raw ("<div
// class=x>", "</P>"). It reads the name as htmlTagName does. The tag
// returned is the cache's: it holds until the next look-up.
func (c *htmlTagCache) lookup(raw []byte) *htmlTag {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	var lo, hi uint64 // the name's bytes, packed
	n := 0
	for ; i < len(raw) && n <= 16; i++ {
		b := raw[i]
		if b <= '>' && htmlNameEnd>>b&1 != 0 {
			break
		}
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		if n < 8 {
			lo |= uint64(b) << (8 * n)
		} else {
			hi |= uint64(b) << (8 * (n - 8))
		}
		n++
	}
	if n == 0 || n > 16 {
		return htmlLongTag(raw)
	}
	e := &c[(int(lo&0xff)+n)%len(c)]
	if e.n != n || e.key != [2]uint64{lo, hi} {
		var name [16]byte
		for j := range n {
			name[j] = byte([2]uint64{lo, hi}[j>>3] >> (8 * (j & 7)))
		}
		e.key, e.n, e.tag = [2]uint64{lo, hi}, n, newHTMLTag(name[:n])
	}
	return &e.tag
}

// htmlNameEnd has the bits of the bytes that end a tag name: white space,
// "/" and ">".
const htmlNameEnd uint64 = 1<<' ' | 1<<'\n' | 1<<'\r' | 1<<'\t' | 1<<'\f' | 1<<'/' | 1<<'>'

// htmlLongTag is htmlTagCache.lookup for a name the cache does not keep.
func htmlLongTag(raw []byte) *htmlTag {
	var buf [32]byte
	t := newHTMLTag(htmlTagName(raw, buf[:0]))
	return &t
}

// htmlAttrs are the attributes the renderer looks at, as Tokenizer.TagAttr
// returns them: copies of their own, which the renderer may change.
type htmlAttrs struct {
	id, class, style, href, start, value []byte
	read                                 bool // some of the above was set
}

// htmlReadAttrs reads the attributes of the current tag, and whether it has
// any.
func htmlReadAttrs(z *html.Tokenizer, a *htmlAttrs) bool {
	if a.read {
		*a = htmlAttrs{}
	}
	for n := 0; ; n++ {
		k, v, more := z.TagAttr()
		if k == nil && !more {
			return n > 0
		}
		switch string(k) {
		case "id":
			a.id, a.read = v, true
		case "class":
			a.class, a.read = v, true
		case "style":
			a.style, a.read = v, true
		case "href":
			a.href, a.read = v, true
		case "start":
			a.start, a.read = v, true
		case "value":
			a.value, a.read = v, true
		}
		if !more {
			return true
		}
	}
}

// htmlMaxDepth bounds the element stack: deeper elements are rendered but
// not tracked, so closing tags cost a bounded search.
const htmlMaxDepth = 256

// htmlElem is an open element on the renderer's stack.
type htmlElem struct {
	name      string // for elements without an atom
	savedCell int    // of a table: the cell depth it hides
	block     int    // 0 inline, 1 line, 2 paragraph
	a         atom.Atom
	// What closing it undoes.
	blockquote, skip, pre, list, link, attr bool
	// A table cell, or a table.
	cell, table bool
}

// htmlMaxIndent and MaxQuoteDepth cap the indentation of nested lists and the
// depth of "> " quoting (MaxQuoteDepth: at most this many ">" open a line),
// so that output stays proportional to input.
const (
	htmlMaxIndent = 4
	MaxQuoteDepth = 16
)

// htmlIndent is the indentation of the deepest list items: two spaces per
// level, htmlMaxIndent levels.
const htmlIndent = "        "

// htmlNumber parses a list number attribute (start, value).
func htmlNumber(b []byte) (int, bool) {
	if len(b) == 0 {
		return 0, false
	}
	s := strings.TrimSpace(string(b))
	if s == "" || len(s) > 7 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// htmlMarker is the marker of a list item, written with its first content.
type htmlMarker struct {
	pending bool
	indent  int  // nesting level
	ordered bool // "1. " rather than "- "
	number  int
}

// htmlList is an open list.
type htmlList struct {
	ordered bool
	next    int
}

// htmlRenderer accumulates the text.
type htmlRenderer struct {
	out   strings.Builder
	stack []htmlElem
	// overflow counts open elements beyond htmlMaxDepth.
	overflow int

	skip    int  // inside script, style, title...: drop text
	pre     int  // inside pre: keep white space
	bq      int  // blockquote depth
	region  bool // inside a to-the-end quote container
	attr    int  // inside a Gmail attribution (never quoted)
	lists   []htmlList
	hasText bool       // anything written yet
	space   bool       // white space pending before the next word
	nl      int        // newlines pending before the next content
	lastDep int        // quote depth of the current line
	marker  htmlMarker // list item marker waiting for the item's content
	cell    int        // open cells of the innermost table: blocks inside one do not break its row
	rowText bool       // the current table row has content: the next cell is written after " | "

	// The link being rendered.
	linkHref  string
	linkStart int
	inLink    bool
}

// quoteDepth is the "> " depth of content written now.
func (r *htmlRenderer) quoteDepth() int {
	d := r.bq
	if r.region && r.attr == 0 {
		d++
	}
	return min(d, MaxQuoteDepth)
}

// brk asks for n newlines (1: new line, 2: blank line) before the next
// content.
func (r *htmlRenderer) brk(n int) {
	if !r.hasText || r.marker.pending {
		return
	}
	if r.cell > 0 {
		r.space = true // a table row stays one line
		return
	}
	if r.nl < n {
		r.nl = n
	}
}

// lineBreak is a br: one more newline, even on an empty line.
func (r *htmlRenderer) lineBreak() {
	if r.cell > 0 {
		r.space = r.hasText
		return
	}
	if r.hasText && r.nl < htmlMaxNewlines {
		r.nl++
	}
}

// htmlMaxNewlines caps the blank lines between two pieces of content at two.
const htmlMaxNewlines = 3

func (r *htmlRenderer) writePrefix(d int) {
	for i := 0; i < d; i++ {
		if i == d-1 {
			r.out.WriteString("> ")
		} else {
			r.out.WriteByte('>')
		}
	}
}

// startContent writes what must precede content: the pending newlines (blank
// lines quoted at the lesser depth of their neighbours), the quote prefix of
// a new line, the pending space and the pending list marker.
func (r *htmlRenderer) startContent() {
	r.reserve(htmlMaxLead)
	d := r.quoteDepth()
	if !r.hasText || r.nl > 0 {
		if r.hasText {
			r.out.WriteByte('\n')
			// Blank lines are quoted at the lesser depth of their
			// neighbours, without the space after the marks (which
			// cleaning would trim anyway).
			blank := min(d, r.lastDep)
			for i := 1; i < r.nl; i++ {
				for range blank {
					r.out.WriteByte('>')
				}
				r.out.WriteByte('\n')
			}
		}
		r.nl = 0
		r.writePrefix(d)
		r.lastDep = d
		r.space = false
		r.hasText = true
	} else if r.space {
		r.out.WriteByte(' ')
	}
	r.space = false
	if r.cell > 0 {
		r.rowText = true
	}
	if r.marker.pending {
		// Indentation, number and separator written at once.
		var buf [2*htmlMaxIndent + 24]byte
		m := append(buf[:0], htmlIndent[:2*r.marker.indent]...)
		if r.marker.ordered {
			m = append(htmlAppendInt(m, r.marker.number), ". "...)
		} else {
			m = append(m, "- "...)
		}
		r.out.Write(m)
		r.marker = htmlMarker{}
	}
	if r.inLink && r.linkStart < 0 {
		r.linkStart = r.out.Len()
	}
}

// htmlMaxLead bounds what startContent writes before content: pending
// newlines and blank lines quoted at most MaxQuoteDepth deep, a line's quote
// prefix and a list marker.
const htmlMaxLead = 128

// reserve makes room for n more bytes of output. The output doubles when it
// must grow (appending would grow it by a quarter, copying it more often):
// lists and quotes can make it longer than the input it was sized for.
func (r *htmlRenderer) reserve(n int) {
	if r.out.Cap()-r.out.Len() < n {
		r.out.Grow(n) // to twice the capacity, and n
	}
}

// htmlAppendInt appends the decimal digits of n to m.
func htmlAppendInt(m []byte, n int) []byte {
	if n >= 0 && n < 10 {
		return append(m, byte('0'+n))
	}
	if n < 0 || n >= 1e9 {
		return strconv.AppendInt(m, int64(n), 10)
	}
	var d [9]byte
	i := len(d)
	for n > 0 {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
	}
	return append(m, d[i:]...)
}

// write writes content (no newlines) at the current position.
func (r *htmlRenderer) write(s string) {
	if s == "" {
		return
	}
	r.startContent()
	r.reserve(len(s))
	r.out.WriteString(s)
}

// writeBytes is write for a text node's bytes.
func (r *htmlRenderer) writeBytes(s []byte) {
	if len(s) == 0 {
		return
	}
	r.startContent()
	r.reserve(len(s))
	r.out.Write(s)
}

// text renders a text node.
func (r *htmlRenderer) text(s []byte) {
	if r.pre > 0 {
		for first := true; ; first = false {
			line, rest, more := bytes.Cut(s, []byte("\n"))
			if !first {
				if !r.hasText {
					r.startContent()
				}
				r.lineBreak()
			}
			if line = bytes.TrimRight(line, "\r"); len(line) > 0 {
				r.writeBytes(line)
			}
			if !more {
				return
			}
			if r.hasText && r.nl >= htmlMaxNewlines {
				// Further empty lines change nothing: skip the run.
				rest = bytes.TrimLeft(rest, "\n")
			}
			s = rest
		}
	}
	start := -1
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRune(s[i:])
		}
		if htmlIsSpace(c) || c == '\u00a0' {
			if start >= 0 {
				r.writeBytes(s[start:i])
				start = -1
			}
			if c == '\u00a0' && (r.nl > 0 || !r.hasText) {
				// A non-breaking space is content: it keeps an
				// otherwise empty paragraph ("<p>&nbsp;</p>") as a
				// blank line. Runs of them collapse like spaces
				// (Outlook pads list numbers with them).
				r.startContent()
			}
			r.space = true
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		r.writeBytes(s[start:])
	}
}

func htmlIsSpace(c rune) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '\f':
		return true
	}
	return false
}

// htmlBlock tells whether an element breaks lines: 0 inline, 1 line,
// 2 paragraph.
func htmlBlock(a atom.Atom) int {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
		atom.Pre, atom.Table, atom.Dl, atom.Figure, atom.Address, atom.Fieldset:
		return 2
	case atom.Div, atom.Li, atom.Tr, atom.Dt, atom.Dd, atom.Center, atom.Section, atom.Article,
		atom.Header, atom.Footer, atom.Nav, atom.Aside, atom.Main, atom.Form, atom.Caption,
		atom.Figcaption, atom.Legend, atom.Details, atom.Summary, atom.Tbody, atom.Thead,
		atom.Tfoot, atom.Ul, atom.Ol, atom.Hr, atom.Html, atom.Body:
		return 1
	}
	return 0
}

// htmlSkipped are elements whose content is not text.
func htmlSkipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Title, atom.Template, atom.Noscript,
		atom.Svg, atom.Math, atom.Object, atom.Iframe, atom.Select, atom.Textarea, atom.Audio, atom.Video:
		return true
	}
	return false
}

func htmlVoid(a atom.Atom) bool {
	switch a {
	case atom.Br, atom.Hr, atom.Img, atom.Meta, atom.Link, atom.Input, atom.Wbr, atom.Area,
		atom.Base, atom.Col, atom.Embed, atom.Param, atom.Source, atom.Track, atom.Keygen:
		return true
	}
	return false
}

// htmlQuoteRegion reports whether an element starts a mail client's quote
// container whose content, to the end of the document, is quoted history.
// It lower-cases at.id and at.style in place.
func htmlQuoteRegion(a atom.Atom, at *htmlAttrs) bool {
	if len(at.id) > 0 {
		id := htmlLower(at.id)
		if bytes.Contains(id, []byte("divrplyfwdmsg")) || bytes.Contains(id, []byte("appendonsend")) ||
			string(id) == "olk_src_body_section" || bytes.Contains(id, []byte("mail-editor-reference-message-container")) ||
			(a == atom.Hr && (string(id) == "stopspelling" || string(id) == "zwchr")) {
			return true
		}
	}
	if len(at.class) > 0 && htmlHasClass(at.class, htmlRegionClasses, false) {
		return true
	}
	if a == atom.Div && len(at.style) > 0 {
		// Outlook desktop's header block:
		// <div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
		st := htmlLower(htmlDropSpaces(at.style))
		if bytes.Contains(st, []byte("border-top:solid")) && bytes.Contains(st, []byte("border:none")) {
			return true
		}
	}
	return false
}

// htmlRegionClasses are the classes of mail clients' quote containers.
var htmlRegionClasses = []string{"yahoo_quoted", "outlookmessageheader", "moz-forward-container", "zmail_extra",
	"ms-outlook-mobile-reference-message", "protonmail_quote"}

// htmlAttrClasses are the classes of Gmail's and Thunderbird's attribution
// lines.
var htmlAttrClasses = []string{"gmail_attr", "moz-cite-prefix"}

// htmlHasClass reports whether a class attribute names one of classes
// (lower-case), case ignored: beyond ASCII, compared with strings.EqualFold
// when fold is set, else lower-cased with strings.ToLower.
func htmlHasClass(class []byte, classes []string, fold bool) bool {
	if !htmlIsASCIIBytes(class) {
		// strings.Fields, EqualFold and ToLower know Unicode spaces and
		// cases.
		for _, c := range strings.Fields(string(class)) {
			for _, want := range classes {
				if fold && strings.EqualFold(c, want) || !fold && strings.ToLower(c) == want {
					return true
				}
			}
		}
		return false
	}
	for len(class) > 0 {
		i := 0
		for i < len(class) && !htmlASCIISpace(class[i]) {
			i++
		}
		if i > 0 {
			for _, want := range classes {
				if htmlEqualFoldASCII(string(class[:i]), want) {
					return true
				}
			}
		}
		if i < len(class) {
			i++
		}
		class = class[i:]
	}
	return false
}

// htmlASCIISpace reports the ASCII white space strings.Fields splits on.
func htmlASCIISpace(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// htmlLower is strings.ToLower for an attribute value, in place when it is
// ASCII.
func htmlLower(b []byte) []byte {
	if !htmlIsASCIIBytes(b) {
		return []byte(strings.ToLower(string(b)))
	}
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// htmlDropSpaces removes the spaces of b, in place.
func htmlDropSpaces(b []byte) []byte {
	out := b[:0]
	for _, c := range b {
		if c != ' ' {
			out = append(out, c)
		}
	}
	return out
}

// htmlIsASCIIBytes reports whether b is ASCII only.
func htmlIsASCIIBytes(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// start handles a start tag.
func (r *htmlRenderer) start(t *htmlTag, at *htmlAttrs, hasAttr, selfClosing bool) {
	a := t.a
	if r.skip > 0 && !t.skipped {
		// Only nesting of skipped elements matters inside them.
		return
	}
	switch a {
	case atom.Br:
		r.lineBreak()
		return
	case atom.Hr:
		if htmlQuoteRegion(a, at) {
			r.region = true
			r.brk(1)
			return
		}
		r.brk(1)
		r.write("---")
		r.brk(1)
		return
	case atom.Img, atom.Wbr:
		return
	}
	// Implicitly closed elements: a new p, li, tr, td closes the open one.
	if t.implicit {
		if n := len(r.stack); n > 0 && r.stack[n-1].a == a {
			r.pop()
		}
	}
	if t.void {
		return
	}
	e := htmlElem{a: a, name: t.name, block: t.block}
	if a == atom.P && bytes.HasPrefix(at.class, []byte("Mso")) {
		// Outlook writes every line as <p class=MsoNormal> with no margin.
		e.block = 1
	}
	if hasAttr {
		if !r.region && htmlQuoteRegion(a, at) {
			r.brk(1)
			r.region = true
		}
		if len(at.class) > 0 && htmlHasClass(at.class, htmlAttrClasses, true) {
			e.attr = true
			r.attr++
		}
	}
	if e.block > 0 {
		r.brk(e.block)
	}
	r.enter(&e, a, at)
	if t.skipped {
		e.skip = true
		r.skip++
	}
	if selfClosing {
		r.stack = append(r.stack, e)
		r.pop()
		return
	}
	if len(r.stack) >= htmlMaxDepth {
		r.overflow++
		r.undo(&e)
		return
	}
	r.stack = append(r.stack, e)
}

// enter does what opening element a (being pushed as e) starts: a quote
// level, a pre, a list or list item, a table cell, a link.
func (r *htmlRenderer) enter(e *htmlElem, a atom.Atom, at *htmlAttrs) {
	switch a {
	case atom.Blockquote:
		e.blockquote = true
		r.bq++
	case atom.Pre:
		e.pre = true
		r.pre++
	case atom.Ul, atom.Ol:
		e.list = true
		l := htmlList{ordered: a == atom.Ol, next: 1}
		if n, ok := htmlNumber(at.start); ok {
			l.next = n
		}
		if len(r.lists) > 0 {
			e.block = 1
		}
		r.lists = append(r.lists, l)
	case atom.Li:
		m := htmlMarker{pending: true}
		if n := len(r.lists); n > 0 {
			l := &r.lists[n-1]
			if v, ok := htmlNumber(at.value); ok {
				l.next = v
			}
			if l.ordered {
				m.ordered, m.number = true, l.next
				l.next++
			}
			m.indent = min(n-1, htmlMaxIndent)
		}
		r.marker = m
	case atom.Td, atom.Th:
		r.space = true
		if r.cell == 0 && r.rowText {
			r.write("|") // a table renders as rows: "Action | Due date"
			r.space = true
		}
		e.cell = true
		r.cell++
	case atom.Tr:
		r.rowText = false
	case atom.Table:
		e.table, e.savedCell = true, r.cell
		r.cell, r.rowText = 0, false
	case atom.A:
		if !r.inLink {
			e.link = true
			r.inLink = true
			r.linkHref = string(at.href)
			r.linkStart = -1
		}
	}
}

// end handles an end tag: it closes the innermost open element of that name
// (and those opened inside it), searching a bounded stack.
func (r *htmlRenderer) end(a atom.Atom, name string) {
	switch a {
	case atom.Br:
		// </br> is a br in browsers.
		r.lineBreak()
		return
	case atom.P:
		if r.skip == 0 && !r.inStack(a, name) {
			// </p> without <p> is an empty paragraph.
			r.brk(2)
			return
		}
	}
	if r.overflow > 0 {
		r.overflow--
		return
	}
	if !r.inStack(a, name) {
		return
	}
	for len(r.stack) > 0 {
		top := r.stack[len(r.stack)-1]
		r.pop()
		if top.a == a && (a != 0 || top.name == name) {
			return
		}
	}
}

func (r *htmlRenderer) inStack(a atom.Atom, name string) bool {
	for i := len(r.stack) - 1; i >= 0; i-- {
		if r.stack[i].a == a && (a != 0 || r.stack[i].name == name) {
			return true
		}
	}
	return false
}

// pop closes the top element.
func (r *htmlRenderer) pop() {
	n := len(r.stack) - 1
	e := &r.stack[n] // undo pushes nothing: the element stays as it is
	r.stack = r.stack[:n]
	r.undo(e)
}

// undo reverts what opening e did.
func (r *htmlRenderer) undo(e *htmlElem) {
	if e.link {
		r.closeLink()
	}
	if e.a == atom.Li {
		r.marker = htmlMarker{}
	}
	if e.block > 0 {
		r.brk(e.block)
	}
	if e.blockquote {
		r.bq--
	}
	if e.skip {
		r.skip--
	}
	if e.pre {
		r.pre--
	}
	if e.attr {
		r.attr--
	}
	if e.cell && r.cell > 0 {
		r.cell--
	}
	if e.table {
		r.cell = e.savedCell
	}
	if e.list && len(r.lists) > 0 {
		r.lists = r.lists[:len(r.lists)-1]
	}
}

// closeLink appends the address of the link just rendered when its text
// does not already say it.
func (r *htmlRenderer) closeLink() {
	r.inLink = false
	href := strings.TrimSpace(r.linkHref)
	if href == "" || strings.HasPrefix(href, "#") || htmlHasPrefixFold(href, "javascript:") {
		return
	}
	if r.linkStart < 0 || r.linkStart > r.out.Len() {
		return
	}
	text := strings.TrimSpace(r.out.String()[r.linkStart:])
	if text == "" || strings.ContainsAny(text, "\n") {
		return
	}
	if htmlSameLink(text, href) {
		return
	}
	if addr, ok := strings.CutPrefix(href, "mailto:"); ok {
		if i := strings.IndexByte(addr, '?'); i >= 0 {
			addr = addr[:i]
		}
		if addr == "" || strings.Contains(text, "@") {
			return
		}
		r.space = true
		r.write("<")
		r.reserve(len(addr) + 1)
		r.out.WriteString(addr)
		r.out.WriteByte('>')
		return
	}
	r.space = true
	r.write("(")
	r.reserve(len(href) + 1)
	r.out.WriteString(href)
	r.out.WriteByte(')')
}

// htmlHasPrefixFold reports whether s starts with prefix (lower-case ASCII),
// ASCII case ignored.
func htmlHasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// htmlSameLink reports whether the visible text of a link is its address.
func htmlSameLink(text, href string) bool {
	if !htmlIsASCII(text) || !htmlIsASCII(href) {
		return htmlSameLinkUnicode(text, href)
	}
	// ASCII: compared without lower-case copies.
	norm := func(s string) string {
		s = strings.TrimSpace(s)
		for _, p := range htmlLinkPrefixes {
			if htmlHasPrefixFold(s, p) {
				s = s[len(p):]
			}
		}
		return strings.TrimRight(s, "/")
	}
	t, h := norm(text), norm(href)
	if htmlEqualFoldASCII(t, h) {
		return true
	}
	// The text is an address itself (even a shortened one): keep it alone.
	return htmlHasPrefixFold(text, "http://") || htmlHasPrefixFold(text, "https://") || htmlHasPrefixFold(text, "www.")
}

// htmlSameLinkUnicode is htmlSameLink for text beyond ASCII, where
// lower-casing may change lengths.
func htmlSameLinkUnicode(text, href string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		for _, p := range htmlLinkPrefixes {
			s = strings.TrimPrefix(s, p)
		}
		return strings.TrimRight(s, "/")
	}
	if norm(text) == norm(href) {
		return true
	}
	lt := strings.ToLower(text)
	return strings.HasPrefix(lt, "http://") || strings.HasPrefix(lt, "https://") || strings.HasPrefix(lt, "www.")
}

// htmlEqualFoldASCII reports whether a and b are equal, ASCII case ignored.
func htmlEqualFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x >= 'A' && x <= 'Z' {
			x += 'a' - 'A'
		}
		if y >= 'A' && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// htmlIsASCII reports whether s is ASCII only.
func htmlIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// htmlLinkPrefixes are dropped, in this order, before a link's text and
// address are compared.
var htmlLinkPrefixes = []string{"mailto:", "tel:", "https://", "http://", "www."}

// finish returns the rendered text with trailing white space trimmed on
// every line.
func (r *htmlRenderer) finish() string {
	for len(r.stack) > 0 {
		r.pop()
	}
	return r.out.String()
}
