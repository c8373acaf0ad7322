package mime

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/careerconv/careerconv/pkg/htmltext"
	"github.com/careerconv/careerconv/pkg/lexicon"
	"github.com/careerconv/careerconv/pkg/quote"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // every charset the x/text encodings know
	"github.com/emersion/go-message/mail"
)

// MaxMessageBytes is the largest raw message Parse accepts.
const MaxMessageBytes = 10 << 20

// Errors returned (wrapped) by Parse.
var (
	// ErrNotMessage means the input is not an email: no header block or no From.
	ErrNotMessage = errors.New("mime: not an email message")
	// ErrTooLarge means the input is larger than MaxMessageBytes.
	ErrTooLarge = errors.New("mime: message too large")
)

// Message is an inbound email decoded to what careerconv needs.
type Message struct {
	From       string    // bare address, lower-cased
	FromName   string    // display name of the sender, decoded
	To         []string  // bare lower-cased addresses from To, Cc and Delivered-To/X-Original-To (dedup, order kept)
	Subject    string    // decoded subject
	MessageID  string    // without angle brackets
	InReplyTo  string    // without angle brackets
	References []string  // message IDs without angle brackets, oldest first
	Date       time.Time // zero if missing or unparseable
	Text       string    // the body as normalised plain text
	FromHTML   bool      // Text was converted from an HTML part
	Warnings   []string  // degraded but usable: unknown charset, undecodable part...
	// Automatic says why the message is an automatic one (an out-of-office or
	// other auto-responder, bulk mail), or is empty for a message a person sent.
	Automatic string
	// Attachments are the files attached, in order (at most MaxAttachments).
	Attachments []Attachment
	// Doc is Text classified line by line (pkg/quote) when Parse classified
	// it to look for an out-of-office notice (a short body), else nil. A
	// reader reuses it while Doc.Text == Text, so a body is classified once.
	Doc *quote.Doc `json:"-"`
}

// Attachment is one file attached to a message, decoded. Its name and type
// are what the sender declared: check the content before trusting either.
type Attachment struct {
	Filename    string // decoded, "" if none was given
	ContentType string // as declared, lower-cased
	// Data is the decoded content, at most MaxAttachmentBytes; Size counts
	// the decoded bytes read, so Size > MaxAttachmentBytes means Data was cut.
	Data []byte
	Size int
}

// Bounds on the attachments kept.
const (
	MaxAttachments     = 10
	MaxAttachmentBytes = 8 << 20
)

// Limits on the MIME walk.
const (
	mimeMaxDepth        = 16             // nested multiparts followed
	mimeMaxParts        = 256            // parts looked at in all
	mimeMaxHeaderBytes  = 1 << 20        // header block of the message and of each part
	mimeMaxHeaderFields = 5000           // fields in the message header
	mimeMaxTextBytes    = 4 * (10 << 20) // decoded text kept from one part
	mimeMaxWarnings     = 20
)

// Parse decodes a raw RFC 5322 message.
//
// It prefers a text/plain body and falls back to HTML converted with
// HTMLToText when the plain text is missing, empty or a stub ("This is an
// HTML message"). multipart/alternative, mixed (nested), related,
// quoted-printable, base64, any charset known to golang.org/x/text and
// format=flowed are handled; attachments are ignored.
//
// Text has LF line endings, no control characters other than newline and
// tab, no trailing spaces, NBSP turned into spaces and zero-width characters
// removed. Header fields are decoded (RFC 2047) and stripped of line breaks.
// Problems that leave the message usable (an unknown charset, a broken part)
// are recorded in Warnings, not returned; the HTML alternative of a usable
// plain text part is not decoded, so its problems are not among them.
//
// Errors: ErrNotMessage (wrapped, with a reason) when the input is not an
// email (no header block, no From), ErrTooLarge when it exceeds
// MaxMessageBytes.
func Parse(raw []byte) (*Message, error) {
	if len(raw) > MaxMessageBytes {
		return nil, fmt.Errorf("parse message of %d bytes (limit %d): %w", len(raw), MaxMessageBytes, ErrTooLarge)
	}
	var warnings []string
	raw, reason, err := mimeCheckHeader(raw, &warnings)
	if err != nil {
		return nil, err
	}
	if reason != "" {
		return nil, fmt.Errorf("parse message: %s: %w", reason, ErrNotMessage)
	}
	e, err := message.ReadWithOptions(bytes.NewReader(raw), &message.ReadOptions{MaxHeaderBytes: mimeMaxHeaderBytes})
	if e == nil {
		return nil, fmt.Errorf("parse message: header: %v: %w", err, ErrNotMessage)
	}
	if err != nil {
		warnings = append(warnings, mimeWarning(err))
	}
	h := mail.Header{Header: e.Header}
	m := &Message{}

	if err := mimeAddresses(h, m); err != nil {
		return nil, err
	}
	m.Subject = mimeHeaderText(h, "Subject")
	m.MessageID = mimeMsgID(h, "Message-Id")
	m.InReplyTo = mimeMsgID(h, "In-Reply-To")
	if refs, err := h.MsgIDList("References"); err == nil {
		m.References = refs
	} else {
		m.References = mimeLooseMsgIDs(h.Get("References"))
	}
	m.Date = mimeDate(h)
	m.Automatic = mimeAutomatic(h)

	w := mimeWalker{warnings: warnings, rawLen: len(raw), buf: mimeBuffers.Get().(*bytes.Buffer)}
	defer mimeBuffers.Put(w.buf)
	body := w.entity(e, 0)
	body.render()
	m.Text = body.text
	if !body.clean {
		m.Text = mimeCleanText(body.text)
	}
	m.FromHTML = body.html
	m.Warnings = w.warnings
	m.Attachments = w.attachments
	if m.Automatic == "" {
		if len(m.Text) <= autoReplyMaxBody { // only a short body is read for a notice
			m.Doc = quote.NewDoc(m.Text)
		}
		m.Automatic = autoReplyWording(m.Subject, m.Doc)
	}
	return m, nil
}

// mimeDate reads the Date header as mail.Header.Date does (zero when it
// cannot). The layout nearly every client writes is tried first: it is the
// 25th that net/mail.ParseDate tries, after 24 that each build an error.
// Where it parses the value, ParseDate gets the same time from it.
func mimeDate(h mail.Header) time.Time {
	if t, err := time.Parse("Mon, 2 Jan 2006 15:04:05 -0700", h.Get("Date")); err == nil {
		return t
	}
	if t, err := h.Date(); err == nil {
		return t
	}
	return time.Time{}
}

// mimeCheckHeader makes sure raw starts with a header block (an mbox "From "
// line is dropped) and removes malformed lines inside it, which would
// otherwise stop the header parser. It returns a reason when raw is not an
// email, and an error wrapping ErrTooLarge when the header has too many
// fields.
func mimeCheckHeader(raw []byte, warnings *[]string) ([]byte, string, error) {
	if len(bytes.TrimSpace(raw)) == 0 {
		return raw, "empty input", nil
	}
	if bytes.HasPrefix(raw, []byte("From ")) {
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			raw = raw[i+1:]
		}
	}
	// Scan the header block: field lines, continuation lines, up to the
	// first blank line.
	var clean []byte // nil until a malformed line is found
	pos, fields := 0, 0
	for pos < len(raw) {
		end := bytes.IndexByte(raw[pos:], '\n')
		next := len(raw)
		if end >= 0 {
			next = pos + end + 1
			end = pos + end
		} else {
			end = len(raw)
		}
		line := bytes.TrimRight(raw[pos:end], "\r")
		if len(line) == 0 {
			break
		}
		ok := true
		switch {
		case line[0] == ' ' || line[0] == '\t':
			ok = fields > 0
		default:
			i := bytes.IndexByte(line, ':')
			ok = i > 0 && mimeValidKey(line[:i])
		}
		if fields > mimeMaxHeaderFields {
			return raw, "", fmt.Errorf("parse message: more than %d header fields: %w", mimeMaxHeaderFields, ErrTooLarge)
		}
		if !ok {
			if fields == 0 {
				return raw, "no header block", nil
			}
			if clean == nil {
				clean = append(make([]byte, 0, len(raw)), raw[:pos]...)
				mimeWarn(warnings, "malformed header line dropped")
			}
		} else {
			if line[0] != ' ' && line[0] != '\t' {
				fields++
			}
			if clean != nil {
				clean = append(clean, raw[pos:next]...)
			}
		}
		pos = next
	}
	if fields == 0 {
		return raw, "no header block", nil
	}
	if clean != nil {
		raw = append(clean, raw[pos:]...)
	}
	return raw, "", nil
}

func mimeValidKey(k []byte) bool {
	k = bytes.TrimRight(k, " \t")
	if len(k) == 0 || len(k) > 76 {
		return false
	}
	for _, c := range k {
		if c < 33 || c > 126 || c == ':' {
			return false
		}
	}
	return true
}

func mimeWarn(warnings *[]string, w string) {
	if len(*warnings) < mimeMaxWarnings {
		*warnings = append(*warnings, w)
	}
}

// mimeWarning turns a degraded-read error into a one-line warning.
func mimeWarning(err error) string {
	switch {
	case message.IsUnknownCharset(err):
		return "unknown charset, text kept undecoded: " + mimeOneLine(err.Error())
	case message.IsUnknownEncoding(err):
		return "unknown transfer encoding, text kept as is: " + mimeOneLine(err.Error())
	}
	return mimeOneLine(err.Error())
}

// mimeAddresses fills the sender and the recipients. A message without a
// usable From is not an email.
func mimeAddresses(h mail.Header, m *Message) error {
	rawFrom := h.Get("From")
	if strings.TrimSpace(rawFrom) == "" {
		return fmt.Errorf("parse message: no From header: %w", ErrNotMessage)
	}
	if list, err := h.AddressList("From"); err == nil && len(list) > 0 {
		m.From = strings.ToLower(list[0].Address)
		m.FromName = mimeOneLine(list[0].Name)
	} else {
		addrs := mimeLooseAddresses(rawFrom)
		if len(addrs) == 0 {
			return fmt.Errorf("parse message: no address in From: %w", ErrNotMessage)
		}
		m.From = addrs[0]
		if i := strings.IndexByte(rawFrom, '<'); i > 0 {
			m.FromName = mimeOneLine(strings.Trim(mimeDecodeWords(rawFrom[:i]), "\" \t"))
		}
	}
	seen := map[string]bool{}
	add := func(a string) {
		a = strings.ToLower(strings.TrimSpace(a))
		if a != "" && !seen[a] {
			seen[a] = true
			m.To = append(m.To, a)
		}
	}
	for _, key := range []string{"To", "Cc", "Delivered-To", "X-Original-To"} {
		for _, v := range h.Values(key) {
			if list, err := mail.ParseAddressList(v); err == nil {
				for _, a := range list {
					add(a.Address)
				}
				continue
			}
			for _, a := range mimeLooseAddresses(v) {
				add(a)
			}
		}
	}
	return nil
}

// mimeLooseAddresses finds addresses in a header value that does not parse:
// the words containing "@", without brackets, quotes or punctuation.
func mimeLooseAddresses(v string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(v, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;<>\"'()[]", r)
	}) {
		f = strings.Trim(f, ".:")
		if at := strings.IndexByte(f, '@'); at > 0 && at < len(f)-1 {
			out = append(out, strings.ToLower(strings.TrimPrefix(f, "mailto:")))
		}
	}
	return out
}

var mimeWordDecoder = mime.WordDecoder{CharsetReader: message.CharsetReader}

// mimeDecodeWords decodes RFC 2047 encoded words, leaving the text as it is
// when they do not decode.
func mimeDecodeWords(s string) string {
	if d, err := mimeWordDecoder.DecodeHeader(s); err == nil {
		return d
	}
	return s
}

// mimeHeaderText returns a decoded header on one line.
func mimeHeaderText(h mail.Header, key string) string {
	v, err := h.Text(key)
	if err != nil {
		v = mimeDecodeWords(h.Get(key))
	}
	return mimeOneLine(v)
}

// mimeOneLine makes a header value safe to reuse: valid UTF-8, no control
// characters or line breaks (header injection), white space collapsed.
func mimeOneLine(s string) string {
	if mimeIsOneLine(s) {
		return s
	}
	return mimeOneLineCopy(s)
}

// mimeOneLineCopy is mimeOneLine without the fast path.
func mimeOneLineCopy(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		if mimeZeroWidth(r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// mimeIsOneLine reports a value mimeOneLine returns as it is: printable
// ASCII words separated by single spaces.
func mimeIsOneLine(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !mimePrintable(c) && (c != ' ' || i == 0 || i == len(s)-1 || s[i-1] == ' ') {
			return false
		}
	}
	return true
}

// mimeMsgID returns the first message ID of a header, without brackets.
func mimeMsgID(h mail.Header, key string) string {
	if ids, err := h.MsgIDList(key); err == nil && len(ids) > 0 {
		return ids[0]
	}
	if ids := mimeLooseMsgIDs(h.Get(key)); len(ids) > 0 {
		return ids[0]
	}
	return ""
}

// mimeLooseMsgIDs extracts message IDs from a malformed header: the
// bracketed parts, or else the words.
func mimeLooseMsgIDs(v string) []string {
	v = mimeOneLine(v)
	var out []string
	for {
		i := strings.IndexByte(v, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(v[i:], '>')
		if j < 0 {
			break
		}
		if id := strings.TrimSpace(v[i+1 : i+j]); id != "" {
			out = append(out, id)
		}
		v = v[i+j+1:]
	}
	if len(out) == 0 {
		for _, f := range strings.Fields(v) {
			if strings.Contains(f, "@") {
				out = append(out, strings.Trim(f, "<>"))
			}
		}
	}
	return out
}

// mimeBody is the text found in an entity. An HTML part is converted only
// once chosen: most alternatives end up using their plain text.
type mimeBody struct {
	text    string
	htmlSrc string // HTML not yet converted
	html    bool   // from HTML
	ok      bool   // some text part was found
	clean   bool   // text is already as mimeCleanText leaves it
}

// render converts the HTML of b, if any, to text.
func (b *mimeBody) render() {
	if b.htmlSrc != "" {
		src := b.htmlSrc
		if len(src) > MaxHTMLBytes {
			// What a person wrote comes first; past this is quoted history,
			// markup and hostile padding.
			src = src[:MaxHTMLBytes]
		}
		b.text = HTMLToText(src) // cleaned by HTMLToText
		b.htmlSrc = ""
		b.clean = true
	}
}

// HTMLToText renders HTML as plain text (htmltext.Render) and cleans it as
// the text of a message: no control or zero-width characters, NBSP as a
// space, no trailing spaces.
func HTMLToText(src string) string { return mimeCleanText(htmltext.Render(src)) }

// MaxHTMLBytes is how much of an HTML body Parse renders to text.
const MaxHTMLBytes = 512 << 10

// mimeBuffers keeps the buffers parts are decoded into from one message to
// the next: each part's text is copied out of it.
var mimeBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// mimeWalker walks the MIME tree within bounds.
type mimeWalker struct {
	parts       int
	attachments []Attachment
	warnings    []string
	rawLen      int // size of the raw message
	// skipHTML is set while the walker reads the parts of an alternative
	// that come after a usable plain text part: their HTML is never used,
	// so it is not decoded (nor are its decoding problems reported).
	skipHTML bool
	buf      *bytes.Buffer // the decoded part being read (from mimeBuffers)
}

func (w *mimeWalker) warn(format string, args ...any) {
	mimeWarn(&w.warnings, fmt.Sprintf(format, args...))
}

// entity returns the body text of e.
func (w *mimeWalker) entity(e *message.Entity, depth int) mimeBody {
	w.parts++
	mediaType, params, err := e.Header.ContentType()
	ctParams := params // as declared, for mimeIsAttachment
	if err != nil || mediaType == "" {
		// RFC 2045: the default is text/plain; a broken Content-Type
		// header is treated the same way.
		if err != nil && e.Header.Get("Content-Type") != "" {
			w.warn("malformed Content-Type %q, read as text/plain", mimeOneLine(e.Header.Get("Content-Type")))
		}
		mediaType, params = "text/plain", map[string]string{}
	}
	if mr := e.MultipartReader(); mr != nil {
		if depth >= mimeMaxDepth {
			w.warn("multipart nested deeper than %d levels ignored", mimeMaxDepth)
			return mimeBody{}
		}
		return w.multipart(mediaType, mr, depth)
	}
	if mimeIsAttachment(e, ctParams) {
		w.attach(e, mediaType)
		return mimeBody{}
	}
	switch mediaType {
	case "text/plain", "text/html", "text/enriched", "text/x-amp-html":
	default:
		return mimeBody{}
	}
	if mediaType == "text/x-amp-html" || mediaType == "text/enriched" || mediaType == "text/html" && w.skipHTML {
		return mimeBody{}
	}
	// One buffer for every part, sized from the size of the whole message
	// (io.ReadAll would grow it step by step); a buffer a previous message
	// left large enough is used as it is.
	w.buf.Reset()
	w.buf.Grow(min(w.rawLen, 1<<20) + bytes.MinRead)
	_, err = w.buf.ReadFrom(io.LimitReader(e.Body, mimeMaxTextBytes+1))
	data := w.buf.Bytes()
	if err != nil {
		w.warn("%s part partly undecodable: %s", mediaType, mimeOneLine(err.Error()))
	}
	if len(data) > mimeMaxTextBytes {
		data = data[:mimeMaxTextBytes]
		w.warn("%s part truncated to %d bytes", mediaType, mimeMaxTextBytes)
	}
	if !utf8.Valid(data) {
		w.warn("%s part is not valid in its charset, invalid bytes replaced", mediaType)
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	if mediaType == "text/html" {
		return mimeBody{htmlSrc: string(data), html: true, ok: true}
	}
	text := string(mimeLF(data))
	if strings.EqualFold(params["format"], "flowed") {
		text = mimeUnflow(text, strings.EqualFold(params["delsp"], "yes"))
	}
	return mimeBody{text: text, ok: true}
}

// mimeLF turns the CRLF line endings of data into LF, in place, as
// strings.ReplaceAll(data, "\r\n", "\n") would: each CR right before an LF
// goes.
func mimeLF(data []byte) []byte {
	i := bytes.Index(data, []byte("\r\n"))
	if i < 0 {
		return data
	}
	w := i
	for r := i + 1; ; { // data[r] is the LF of a CRLF
		j := bytes.Index(data[r+1:], []byte("\r\n"))
		if j < 0 {
			w += copy(data[w:], data[r:])
			return data[:w]
		}
		w += copy(data[w:], data[r:r+1+j])
		r += j + 2
	}
}

// multipart picks the body of a multipart entity: the preferred alternative,
// the root of a related group, or the text parts of a mixed one joined.
func (w *mimeWalker) multipart(mediaType string, mr message.MultipartReader, depth int) mimeBody {
	var parts []mimeBody
	plainSeen := false // a plain part of an alternative was read
	for {
		if w.parts >= mimeMaxParts {
			w.warn("more than %d MIME parts, the rest ignored", mimeMaxParts)
			break
		}
		p, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if p == nil {
			w.warn("malformed multipart body: %s", mimeOneLine(err.Error()))
			break
		}
		if err != nil {
			w.warn("%s", mimeWarning(err))
		}
		b := w.entity(p, depth+1)
		parts = append(parts, b)
		if mediaType == "multipart/alternative" && b.ok && !b.html && !plainSeen {
			plainSeen = true
			if !w.skipHTML && !mimeIsStub(b.text) {
				// The first plain part is usable: it is what this
				// alternative gives (see below), whatever follows.
				w.skipHTML = true
				defer func() { w.skipHTML = false }()
			}
		}
	}
	switch mediaType {
	case "multipart/alternative":
		var plain, html mimeBody
		for _, b := range parts {
			switch {
			case !b.ok:
			case b.html && !html.ok:
				html = b
			case !b.html && !plain.ok:
				plain = b
			}
		}
		if plain.ok && !mimeIsStub(plain.text) {
			return plain
		}
		if html.ok {
			return html
		}
		return plain
	case "multipart/related":
		for _, b := range parts {
			if b.ok {
				return b
			}
		}
		return mimeBody{}
	}
	// multipart/mixed and anything else: the inline text parts in order
	// (Apple Mail splits a body around inline images).
	var out mimeBody
	for _, b := range parts {
		b.render()
		if !b.ok || strings.TrimSpace(b.text) == "" {
			continue
		}
		if out.ok {
			out.text += "\n\n" + b.text
		} else {
			out = b
			continue
		}
		out.html = out.html || b.html
		out.clean = out.clean && b.clean
	}
	return out
}

// attach keeps an attachment's decoded content, within the bounds.
func (w *mimeWalker) attach(e *message.Entity, mediaType string) {
	if len(w.attachments) >= MaxAttachments {
		return
	}
	a := Attachment{ContentType: strings.ToLower(mediaType)}
	if _, params, err := e.Header.ContentDisposition(); err == nil {
		a.Filename = params["filename"]
	}
	if a.Filename == "" {
		_, params, _ := e.Header.ContentType()
		a.Filename = params["name"]
	}
	a.Filename = mimeOneLine(a.Filename)
	data, err := io.ReadAll(io.LimitReader(e.Body, MaxAttachmentBytes+1))
	if err != nil {
		w.warn("attachment %q partly undecodable: %s", a.Filename, mimeOneLine(err.Error()))
	}
	a.Size = len(data)
	if a.Size > MaxAttachmentBytes {
		data = data[:MaxAttachmentBytes]
	}
	a.Data = data
	w.attachments = append(w.attachments, a)
}

// mimeIsAttachment reports parts that are files rather than the body;
// ctParams are the parameters of the part's Content-Type.
func mimeIsAttachment(e *message.Entity, ctParams map[string]string) bool {
	if e.Header.Get("Content-Disposition") == "" {
		return ctParams["name"] != "" // nothing to parse, as parsing "" finds
	}
	disp, params, err := e.Header.ContentDisposition()
	if err == nil && disp == "attachment" {
		return true
	}
	if params["filename"] != "" {
		return true
	}
	return ctParams["name"] != ""
}

// mimeIsStub reports a plain text part that is empty or a placeholder.
func mimeIsStub(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" {
		return true
	}
	if len(t) > 300 {
		return false
	}
	lower := strings.ToLower(t)
	return lexicon.ContainsAny(lower, lexicon.HTMLStubs()) // "this is an html message"
}

// mimeUnflow decodes format=flowed text (RFC 3676): a line ending in a space
// continues on the next line of the same quote depth; space-stuffing is
// removed; with delsp the trailing space itself goes.
func mimeUnflow(text string, delsp bool) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	b.Grow(len(text))
	prevDepth := -1
	joining := false
	for _, line := range lines {
		depth := 0
		for depth < len(line) && line[depth] == '>' {
			depth++
		}
		content := line[depth:]
		if strings.HasPrefix(content, " ") {
			content = content[1:] // space-stuffing
		}
		if joining && depth != prevDepth {
			b.WriteByte('\n')
			joining = false
		}
		if !joining {
			if depth > 0 {
				b.WriteString(strings.Repeat(">", depth))
				b.WriteByte(' ')
			}
		}
		flowed := strings.HasSuffix(content, " ") && content != "-- "
		if flowed && delsp {
			content = content[:len(content)-1]
		}
		b.WriteString(content)
		if flowed {
			joining = true
		} else {
			b.WriteByte('\n')
			joining = false
		}
		prevDepth = depth
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// mimeZeroWidth reports invisible characters removed from text: zero-width
// spaces and joiners, the byte order mark, soft hyphens and direction marks.
func mimeZeroWidth(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f',
		'\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069':
		return true
	}
	return false
}

// mimeCleanText normalises body text: valid UTF-8, LF line endings, no
// control characters but newline and tab, non-breaking and other fixed-width
// spaces as plain spaces, no zero-width characters, no trailing white space on
// any line, no leading blank lines and no trailing white space at all.
func mimeCleanText(s string) string {
	if mimeIsClean(s) {
		return s
	}
	return mimeCleanTextCopy(s)
}

// mimeCleanTextCopy is mimeCleanText without the fast path.
//
// White space and newlines are held back until content follows, so that
// what is written is never taken back: trailing white space, and leading
// and trailing blank lines, are simply never written, and the builder's
// string is not copied again.
func mimeCleanTextCopy(s string) string {
	var c mimeCleaner
	c.b.Grow(len(s))
	c.ws = c.wsBuf[:0]
	for i := 0; i < len(s); {
		switch ch := s[i]; {
		case mimePrintable(ch):
			// A run of printable ASCII and single spaces or tabs between
			// words, the common case, written at once.
			j := i + 1
			for j < len(s) {
				if ch := s[j]; mimePrintable(ch) {
					j++
				} else if (ch == ' ' || ch == '\t') && j+1 < len(s) && mimePrintable(s[j+1]) {
					j += 2
				} else {
					break
				}
			}
			c.flush()
			c.b.WriteString(s[i:j])
			i = j
		case ch == ' ', ch == '\t':
			c.ws = append(c.ws, ch)
			i++
		case ch == '\n':
			c.ws = c.ws[:0]
			c.nl++
			i++
		default:
			i = c.other(s, i)
		}
	}
	return c.b.String()
}

// mimeCleaner is the state of mimeCleanTextCopy.
type mimeCleaner struct {
	b     strings.Builder
	wsBuf [64]byte
	ws    []byte // spaces and tabs waiting for content
	nl    int    // newlines waiting for content
}

// flush writes the white space waiting for the content that follows.
func (c *mimeCleaner) flush() {
	if c.nl > 0 {
		if c.b.Len() > 0 { // no leading blank lines
			for range c.nl {
				c.b.WriteByte('\n')
			}
		}
		c.nl = 0
	}
	if len(c.ws) > 0 {
		c.b.Write(c.ws)
		c.ws = c.ws[:0]
	}
}

// other reads the character at s[i], which is neither printable ASCII nor
// a space, tab or newline, and returns where the next one starts.
func (c *mimeCleaner) other(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		r = '\uFFFD'
	}
	i += size
	switch {
	case r == '\r':
		if i < len(s) && s[i] == '\n' {
			i++
		}
		c.ws = c.ws[:0]
		c.nl++
		return i
	case r == '\u2028', r == '\u2029', r == '\u0085':
		c.ws = c.ws[:0]
		c.nl++
		return i
	case r == '\u00a0', r == '\u2007', r == '\u202f':
		c.ws = append(c.ws, ' ')
		return i
	case mimeZeroWidth(r), r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return i
	}
	c.flush()
	var enc [utf8.UTFMax]byte
	c.b.Write(utf8.AppendRune(enc[:0], r))
	return i
}

// mimePrintable reports printable ASCII other than the space.
func mimePrintable(c byte) bool { return c > 0x20 && c < 0x7f }

// mimeIsClean reports text that mimeCleanText would return unchanged, which
// it then need not copy: valid UTF-8 of printable characters (none that it
// drops or turns into a space or a newline), tabs and newlines, no leading
// blank line and no white space at the end of a line or of the text.
func mimeIsClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == '\n' {
		return false
	}
	switch s[len(s)-1] {
	case ' ', '\t', '\n':
		return false
	}
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			b := s[i : i+8] // of known length: one load, no bounds checks
			if mimePrintable8(uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
				uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56) {
				i += 8
				continue
			}
		}
		// The next eight bytes one by one.
		for end := min(i+8, len(s)); i < end; {
			switch c := s[i]; {
			case c >= 0x20 && c < 0x7f, c == '\t':
				i++
				continue
			case c == '\n':
				if p := s[i-1]; p == ' ' || p == '\t' {
					return false
				}
				i++
				continue
			case c < utf8.RuneSelf:
				return false
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1, r < 0xa0, r == '\u00a0', r == '\u2007', r == '\u202f',
				r == '\u2028', r == '\u2029', mimeZeroWidth(r):
				return false // invalid, a C1 control or U+0085, a space or a break to rewrite, dropped
			}
			i += size
		}
	}
	return true
}

// mimePrintable8 reports whether the eight bytes of w are all printable
// ASCII or spaces (0x20 to 0x7e): none is under 0x20 (exact when none is)
// and none is 0x7f or more.
func mimePrintable8(w uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return ((w-0x20*ones)&^w|(w+ones)|w)&highs == 0
}

// mimeAutomatic returns why the headers mark a message as automatic, or "".
// Answering such mail would start a loop of emails with a robot.
func mimeAutomatic(h mail.Header) string {
	if v := strings.ToLower(strings.TrimSpace(h.Get("Auto-Submitted"))); v != "" && v != "no" {
		return "Auto-Submitted: " + v
	}
	if h.Get("X-Autoreply") != "" || h.Get("X-Autorespond") != "" {
		return "auto-responder header"
	}
	switch p := strings.ToLower(strings.TrimSpace(h.Get("Precedence"))); p {
	case "auto_reply", "bulk", "junk", "list":
		return "Precedence: " + p
	}
	return ""
}
