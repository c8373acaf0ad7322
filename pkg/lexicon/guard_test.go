package lexicon

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// readerDirs are the packages of the reply reader: every word they match
// against a reply must come from the lexicon, so that adding a language is
// one file here.
var readerDirs = []string{"../mailparse", "../mime", "../extract", "../quote", "../htmltext"}

// technicalTokens are the strings of the reader that are no language: whole
// tokens (letters, digits, '-', '_', '/'), lower-case. Keep it short: a word
// of a language goes into a language file instead.
var technicalTokens = map[string]bool{
	// Header fields and their values (RFC 5322, 2045, 3834, 3676); the
	// capitalised names only, as header fields are spelled.
	"From": true, "To": true, "Cc": true, "Subject": true, "Date": true, "yes": true, "no": true,
	"message-id": true, "in-reply-to": true, "references": true, "delivered-to": true, "x-original-to": true,
	"content-type": true, "auto-submitted": true, "x-autoreply": true, "x-autorespond": true, "precedence": true,
	"auto_reply": true, "bulk": true, "junk": true, "list": true,
	// MIME types and parameters.
	"text/plain": true, "text/html": true, "text/enriched": true, "text/x-amp-html": true, "multipart/alternative": true,
	"multipart/related": true, "format": true, "flowed": true, "delsp": true, "filename": true, "name": true, "attachment": true,
	// URL schemes, HTML attributes and CSS.
	"mailto": true, "http": true, "https": true, "www": true, "tel": true, "javascript": true,
	"id": true, "class": true, "style": true, "href": true, "type": true, "start": true, "value": true,
	"border-top": true, "border": true, "solid": true, "none": true, "mso": true,
	// The class and id names of mail clients' quote containers.
	"divrplyfwdmsg": true, "appendonsend": true, "olk_src_body_section": true, "mail-editor-reference-message-container": true,
	"stopspelling": true, "zwchr": true, "yahoo_quoted": true, "outlookmessageheader": true, "moz-forward-container": true,
	"zmail_extra": true, "ms-outlook-mobile-reference-message": true, "protonmail_quote": true, "gmail_attr": true, "moz-cite-prefix": true,
	// The time zone of a quoted date, the letters of small roman numbers.
	"gmt": true, "ivx": true,
	// Unicode script names in regexp classes (\p{Han}).
	"han": true, "hiragana": true, "katakana": true, "hangul": true,
	// The dot some mail extensions add after a message (U+1427).
	"ᐧ": true,
}

// pending are the declarations of the reader whose words are not in the
// lexicon yet, "package/file.go:name", with what they hold. The list only
// shrinks: an entry no longer needed fails the test.
var pending = map[string]string{
	"extract/answers.go:deferralRef":    "the questions a deferral names (\"the rest\", \"questions 5-7\")",
	"extract/steps.go:clauseSep":        "the words between steps in one sentence (\"and then\")",
	"quote/quote.go:trimIsAttribution":  "the \"you \" of \"you wrote\"",
	"quote/quote.go:trimIsSignature":    "the English device lines (\"from my\", \"sent\", \"from mobile\")",
	"quote/quote.go:trimSignatureFirst": "\"from mobile\" at the end of a line",
}

// messageFuncs take messages for people (errors, warnings), not words read.
var messageFuncs = map[string]bool{"Errorf": true, "Sprintf": true, "New": true, "warn": true, "mimeWarn": true}

// TestReaderWordsInLexicon fails when a reader package holds a string
// literal with a word of a language: the reader takes its words from the
// lexicon's lists, so that they are spelled once. Messages for people
// (the arguments of messageFuncs, a literal a function returns: a warning,
// a reason) are not read against a reply and are left out, as are import
// paths and struct tags.
func TestReaderWordsInLexicon(t *testing.T) {
	fset := token.NewFileSet()
	used := map[string]bool{}
	for _, dir := range readerDirs {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range f.Decls {
				key := filepath.Base(dir) + "/" + filepath.Base(name) + ":" + declName(d)
				for _, lit := range readLiterals(d) {
					s, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					if strings.Contains(s, "Jan 2006") {
						continue // a layout of package time: Go's reference date, not English
					}
					for _, w := range foreignWords(s) {
						if _, ok := pending[key]; ok {
							used[key] = true
							continue
						}
						t.Errorf("%s: %q in %q: a word spelled in the reader; take it from a list of pkg/lexicon", fset.Position(lit.Pos()), w, s)
					}
				}
			}
		}
	}
	for key := range pending {
		if !used[key] {
			t.Errorf("pending %s: its words are all in the lexicon now; remove it from pending", key)
		}
	}
}

// declName names a top-level declaration: its function, or its first name.
func declName(d ast.Decl) string {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Name.Name
	case *ast.GenDecl:
		for _, s := range d.Specs {
			if v, ok := s.(*ast.ValueSpec); ok {
				return v.Names[0].Name
			}
		}
	}
	return ""
}

// readLiterals returns the string literals of n that may be read against
// a reply: all but import paths, struct tags and messages.
func readLiterals(n ast.Node) []*ast.BasicLit {
	skip := map[*ast.BasicLit]bool{}
	var skipExpr func(e ast.Expr)
	skipExpr = func(e ast.Expr) { // a literal, or one concatenated with +
		switch e := e.(type) {
		case *ast.BasicLit:
			skip[e] = true
		case *ast.BinaryExpr:
			skipExpr(e.X)
			skipExpr(e.Y)
		case *ast.ParenExpr:
			skipExpr(e.X)
		}
	}
	var out []*ast.BasicLit
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ImportSpec:
			return false
		case *ast.Field:
			if n.Tag != nil {
				skip[n.Tag] = true
			}
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				skipExpr(r)
			}
		case *ast.CallExpr:
			name := ""
			switch fn := n.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			}
			if messageFuncs[name] {
				for _, a := range n.Args {
					skipExpr(a)
				}
			}
		case *ast.BasicLit:
			if n.Kind == token.STRING && !skip[n] {
				out = append(out, n)
			}
		}
		return true
	})
	return out
}

// foreignWords returns the words of s that are not technical tokens. One ASCII letter is no word: it is a regexp's
// escape (\s, \p{L}) or a bullet.
func foreignWords(s string) []string {
	var out []string
	s = regexpEscape.ReplaceAllString(s, " ") // \b, \s, \p{L}
	isTok := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_/", r) }
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return !isTok(r) }) {
		if tok = strings.Trim(tok, "-_/"); technicalTokens[tok] || technicalTokens[strings.ToLower(tok)] {
			continue
		}
		for _, w := range letterRuns(tok) {
			if r, _ := utf8.DecodeRuneInString(w); len(w) == 1 && r < utf8.RuneSelf {
				continue
			}
			out = append(out, w)
		}
	}
	return out
}

// regexpEscape is a regexp's escape of a class or an assertion.
var regexpEscape = regexp.MustCompile(`\\[a-zA-Z]`)

// letterRuns splits s into lower-case runs of letters.
func letterRuns(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

// TestGuardCatches checks that the guard sees a word read in a reader's
// code, and lets messages and technical tokens pass.
func TestGuardCatches(t *testing.T) {
	src := `package p
import "strings"
type T struct{ A string ` + "`json:\"wibble\"`" + ` }
func f(s string) bool { return strings.Contains(s, "wibble") || s == "text/plain" }
func g() error { return fmt.Errorf("wibble %d", 1) }
func h() string { return "wibble" }`
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, lit := range readLiterals(f) {
		s, _ := strconv.Unquote(lit.Value)
		got = append(got, foreignWords(s)...)
	}
	if strings.Join(got, ",") != "wibble" {
		t.Errorf("foreign words %q, want only the one read by strings.Contains", got)
	}
}
