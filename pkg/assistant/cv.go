package assistant

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/lexicon"
	"github.com/careerconv/careerconv/pkg/mime"
)

// The CV. With RequestCV, the prep asks for a CV or a profile link; a PDF or
// Word file attached to a prep reply (its content sniffed, not its name
// trusted; at most MaxCVBytes) is kept through the Files port and attached to
// the manager's pre-read, a profile link is kept and shown there. Both are
// erased with the conversation. The receipt says what was kept or why not.

// MaxCVBytes bounds a CV file.
const MaxCVBytes = 5 << 20

// The media types of a CV.
const (
	TypePDF  = "application/pdf"
	TypeDOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	TypeDOC  = "application/msword"
)

// CVNote is what a prep reply did with a CV, for its receipt: Kept names the
// file or link kept; Refused names a file not kept and Why says why
// (CVTooLarge, CVNotDocument, CVNoStore).
type CVNote struct {
	Kept    string
	Link    bool
	Refused string
	Why     string
}

// Why a CV was not kept.
const (
	CVTooLarge    = "too_large"
	CVNotDocument = "not_document"
	CVNoStore     = "no_store"
)

// sniffCV returns the media type of a CV file from its content: PDF, Word
// (DOCX: a ZIP holding word/document.xml) or the older Word format (an OLE
// compound file); "" for anything else.
func sniffCV(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return TypePDF
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return TypeDOC
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return ""
		}
		for _, f := range z.File {
			if f.Name == "word/document.xml" {
				return TypeDOCX
			}
		}
	}
	return ""
}

// cvExtension is the file extension that goes with a CV's media type.
var cvExtension = map[string]string{TypePDF: ".pdf", TypeDOCX: ".docx", TypeDOC: ".doc"}

// cvFileName is a safe name for a CV: the sender's base name, with the
// extension its content calls for.
func cvFileName(name, typ string) string {
	name = path.Base(strings.ReplaceAll(strings.TrimSpace(name), `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if r < ' ' || strings.ContainsRune(`"<>|:*?/\`, r) {
			return '_'
		}
		return r
	}, name)
	ext := cvExtension[typ]
	if name == "" || name == "." || name == "/" {
		name = "CV"
	}
	name = strings.TrimSuffix(name, path.Ext(name))
	return conversation.ClipText(name, 100) + ext
}

// linkRE and profileRE compile on first use, not at Lambda start-up.
var (
	linkRE    = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`https://[^\s<>"'()\[\]]+`) })
	profileRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b` + alternation(slices.Concat(lexicon.Profile(), profileSites)) + `\b`)
	})
)

// profileHosts are the sites whose links are profiles wherever they stand;
// profileSites the names that make a link on their line a profile, as the
// lexicon's words do ("my CV: https://…").
var (
	profileHosts = []string{"linkedin.com", "xing.com", "github.com", "about.me", "gitlab.com"}
	profileSites = []string{"linkedin", "xing"}
)

// findProfileLink returns the first https link in text that is a profile: on
// a profile site, or on a line that says it is one.
func findProfileLink(text string) string {
	for _, line := range strings.Split(text, "\n") {
		for _, l := range linkRE().FindAllString(line, -1) {
			l = strings.TrimRight(l, ".,;:!?")
			u, err := url.Parse(l)
			if err != nil || u.Host == "" || len(l) > 500 {
				continue
			}
			host := strings.ToLower(u.Hostname())
			for _, h := range profileHosts {
				if host == h || strings.HasSuffix(host, "."+h) {
					return l
				}
			}
			if profileRE().MatchString(line) {
				return l
			}
		}
	}
	return ""
}

// keepCV sets what a reply sent on c: a file replaces a file, a link a link,
// and a file and a link stand together. It returns the key of a file
// replaced, to delete once the conversation no longer names it ("" for none).
func keepCV(c *conversation.Conversation, cv *conversation.CV) (replaced string) {
	if cv == nil {
		return ""
	}
	old := c.CV
	if old == nil {
		c.CV = cv
		return ""
	}
	merged := *cv
	switch {
	case cv.Key == "":
		merged.Key, merged.Name, merged.Type, merged.Size = old.Key, old.Name, old.Type, old.Size
	case cv.Link == "":
		merged.Link = old.Link
		if old.Key != cv.Key {
			replaced = old.Key
		}
	}
	c.CV = &merged
	return replaced
}

// cvKey names a CV file in the Files port.
func cvKey(id, hash string) string { return "cv/" + id + "/" + hash[:16] }

// takeCV looks at a prep reply of conversation c for a CV: the first
// attachment that is one is stored (before the conversation names it, so a
// stored conversation never names a missing file), else a profile link in
// text is taken. It returns what to keep on the conversation (nil for
// nothing) and the receipt's note.
func (a *Assistant) takeCV(ctx context.Context, c *conversation.Conversation, msg *mime.Message, text, hash string, now time.Time) (*conversation.CV, CVNote, error) {
	var note CVNote
	if !c.RequestCV {
		return nil, note, nil
	}
	for _, att := range msg.Attachments {
		if strings.HasPrefix(att.ContentType, "image/") && att.Size < 200<<10 {
			continue // a logo in a signature
		}
		typ := sniffCV(att.Data)
		switch {
		case att.Size > MaxCVBytes:
			note = CVNote{Refused: att.Filename, Why: CVTooLarge}
			continue
		case typ == "":
			note = CVNote{Refused: att.Filename, Why: CVNotDocument}
			continue
		case a.files == nil:
			return nil, CVNote{Refused: att.Filename, Why: CVNoStore}, nil
		}
		cv := &conversation.CV{Key: cvKey(c.ID, hash), Name: cvFileName(att.Filename, typ), Type: typ, Size: att.Size, At: now, Message: hash}
		if err := a.files.Put(ctx, cv.Key, att.Data, typ); err != nil {
			return nil, note, fmt.Errorf("store the CV of %s: %w", c.ID, err)
		}
		return cv, CVNote{Kept: cv.Name}, nil
	}
	if link := findProfileLink(text); link != "" {
		note.Kept, note.Link = link, true
		return &conversation.CV{Link: link, At: now, Message: hash}, note, nil
	}
	return nil, note, nil
}
