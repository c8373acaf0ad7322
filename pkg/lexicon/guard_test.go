package lexicon

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// readerRoot is the package of the reply reader the others are found from.
const readerRoot = "pkg/mailparse"

// readerDirs returns the directories of the reply reader's packages, from
// the module's root: readerRoot and every package of the module it imports,
// directly or not, but pkg/lexicon and the packages pkg/lexicon imports
// (those cannot take words from it). Every word the reader matches against a
// reply must come from the lexicon, so that adding a language is one file
// here; a package the reader comes to import is guarded without a list to
// update.
func readerDirs(t *testing.T) []string {
	t.Helper()
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	module := modfileModule(string(mod))
	deps := func(root string) map[string]bool {
		seen := map[string]bool{}
		var walk func(dir string)
		walk = func(dir string) {
			if seen[dir] {
				return
			}
			seen[dir] = true
			files, _ := filepath.Glob(filepath.Join("../..", dir, "*.go"))
			for _, name := range files {
				if strings.HasSuffix(name, "_test.go") {
					continue
				}
				f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
				if err != nil {
					t.Fatal(err)
				}
				for _, imp := range f.Imports {
					path, _ := strconv.Unquote(imp.Path.Value)
					if rel, ok := strings.CutPrefix(path, module+"/"); ok {
						walk(rel)
					}
				}
			}
		}
		walk(root)
		return seen
	}
	below := deps("pkg/lexicon")
	var dirs []string
	for dir := range deps(readerRoot) {
		if !below[dir] {
			dirs = append(dirs, dir)
		}
	}
	sort.Strings(dirs)
	t.Logf("reader packages: %v", dirs)
	if len(dirs) < 3 {
		t.Fatalf("reader packages %v: want %s and the packages it imports", dirs, readerRoot)
	}
	return dirs
}

// modfileModule returns the module path of a go.mod file.
func modfileModule(mod string) string {
	for _, line := range strings.Split(mod, "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}

// readerFiles parses the non-test Go files of the reader's packages.
func readerFiles(t *testing.T, fset *token.FileSet) map[string][]*ast.File {
	t.Helper()
	out := map[string][]*ast.File{}
	for _, dir := range readerDirs(t) {
		files, err := filepath.Glob(filepath.Join("../..", dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			out[dir] = append(out[dir], f)
		}
	}
	return out
}

// technicalTokens are the strings of the reader that are no language: whole
// tokens (letters, digits, '-', '_', '/'), lower-case. Keep it short: a word
// of a language goes into a language file instead.
var technicalTokens = map[string]bool{
	// Header fields and their values (RFC 5322, 2045, 3834, 3676); the
	// capitalised names only, as header fields are spelled.
	"From": true, "To": true, "Cc": true, "Subject": true, "Date": true, "yes": true, "no": true,
	"message-id": true, "in-reply-to": true, "references": true, "delivered-to": true, "x-original-to": true,
	"content-type": true, "content-disposition": true, "auto-submitted": true, "x-autoreply": true, "x-autorespond": true, "precedence": true,
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
	for _, files := range readerFiles(t, fset) {
		for _, f := range files {
			for _, lit := range readLiterals(f) {
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				if strings.Contains(s, "Jan 2006") {
					continue // a layout of package time: Go's reference date, not English
				}
				for _, w := range foreignWords(s) {
					t.Errorf("%s: %q in %q: a word spelled in the reader; take it from a list of pkg/lexicon", fset.Position(lit.Pos()), w, s)
				}
			}
		}
	}
}

// maxFuncLines bounds a function of the reader, from "func" to its closing
// brace: a longer one is split into steps with names.
const maxFuncLines = 80

// TestReaderFunctionLength fails on a function of the reader's packages
// longer than maxFuncLines.
func TestReaderFunctionLength(t *testing.T) {
	fset := token.NewFileSet()
	pkgs := readerFiles(t, fset)
	own, err := parser.ParseDir(fset, ".", nil, 0) // the lexicon's language files are the reader's too
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range own {
		var files []*ast.File
		for name, f := range p.Files {
			if !strings.HasSuffix(name, "_test.go") {
				files = append(files, f)
			}
		}
		pkgs["pkg/lexicon"] = files
	}
	for _, files := range pkgs {
		for _, f := range files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					if n := fset.Position(fd.End()).Line - fset.Position(fd.Pos()).Line + 1; n > maxFuncLines {
						t.Errorf("%s: %s is %d lines long, more than %d", fset.Position(fd.Pos()), fd.Name.Name, n, maxFuncLines)
					}
				}
			}
		}
	}
}

// TestReaderRegexpsDocumented fails on a regular expression of the reader
// that the "Regular expressions" section of its packages' documentation
// (doc.go) does not name: a declaration that compiles one (regexp.Compile,
// regexp.MustCompile), or calls a function of its package that does
// (newLiteralRE).
func TestReaderRegexpsDocumented(t *testing.T) {
	fset := token.NewFileSet()
	var doc strings.Builder // the sections of every reader package
	type decl struct {
		name string
		node ast.Node
	}
	var regexps []decl
	for _, files := range readerFiles(t, fset) {
		var decls []decl
		compilers := map[string]bool{} // the functions that compile a regexp
		for _, f := range files {
			if filepath.Base(fset.Position(f.Pos()).Filename) == "doc.go" && f.Doc != nil {
				if _, sec, ok := strings.Cut(f.Doc.Text(), "Regular expressions"); ok {
					doc.WriteString(sec)
				}
			}
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					decls = append(decls, decl{d.Name.Name, d})
					if calls(d, func(pkg, name string) bool { return pkg == "regexp" && strings.HasSuffix(name, "Compile") }) {
						compilers[d.Name.Name] = true
					}
				case *ast.GenDecl:
					for _, sp := range d.Specs {
						if v, ok := sp.(*ast.ValueSpec); ok {
							decls = append(decls, decl{v.Names[0].Name, v})
						}
					}
				}
			}
		}
		for _, d := range decls {
			if compilers[d.name] {
				continue // the wrapper itself: its callers are named
			}
			if calls(d.node, func(pkg, name string) bool {
				return pkg == "regexp" && strings.HasSuffix(name, "Compile") || pkg == "" && compilers[name]
			}) {
				regexps = append(regexps, d)
			}
		}
	}
	if doc.Len() == 0 {
		t.Error("no reader package documents its regular expressions")
	}
	for _, d := range regexps {
		if !regexp.MustCompile(`\b` + d.name + `\b`).MatchString(doc.String()) {
			t.Errorf("%s: the regexp %s is not named in the \"Regular expressions\" section of a reader package's doc.go", fset.Position(d.node.Pos()), d.name)
		}
	}
}

// calls reports whether n calls a function fn accepts: pkg is the package
// selector ("regexp") or "" for a function of the same package.
func calls(n ast.Node, fn func(pkg, name string) bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			switch f := c.Fun.(type) {
			case *ast.Ident:
				found = found || fn("", f.Name)
			case *ast.SelectorExpr:
				if x, ok := f.X.(*ast.Ident); ok {
					found = found || fn(x.Name, f.Sel.Name)
				}
			}
		}
		return !found
	})
	return found
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
