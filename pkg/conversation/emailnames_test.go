package conversation

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// emailNames are the names of the emails (the Email constants of send.go).
var emailNames = []string{EmailPrep, EmailNudge, EmailPreread, EmailWrapUp, EmailCheckIn, EmailReview, EmailRebook,
	EmailRescheduled, EmailCancelled, EmailReceipt, EmailPlan, EmailProgress, EmailUnreadable, EmailUpdate, EmailNoted,
	EmailCommanded, EmailStranger, EmailBooking, EmailInvite, EmailMoved, EmailFeedback, EmailAdjusted, EmailRecorded, EmailHelp}

// TestEmailNamesSpelledOnce fails when a Go file of the module spells the
// name of an email ("preread", "checkin2", "checkin%d", "moved-") in a string literal
// where an email's name is meant, instead of using its constant: the names
// are spelled once, in send.go. A literal means a name when it is compared
// with, assigned to or listed as something named email or name, or passed to
// a method of the send ledger (Sent, Claim…). Test files, and the same
// words as other enums ("cancelled" of a status), are not names.
func TestEmailNamesSpelledOnce(t *testing.T) {
	isName := regexp.MustCompile(`^(?:` + strings.Join(emailNames, "|") + `)(?:\d+|%d|-)?$`)
	fset := token.NewFileSet()
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && path != "../..") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || path == filepath.Join("..", "..", "pkg", "conversation", "send.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		for _, lit := range nameLiterals(f) {
			if s, err := strconv.Unquote(lit.Value); err == nil && isName.MatchString(s) {
				t.Errorf("%s: %q spells an email's name: use the Email constant of pkg/conversation", fset.Position(lit.Pos()), s)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// ledgerMethods take an email's name.
var ledgerMethods = map[string]bool{"Sent": true, "SendOf": true, "Claimable": true, "Claim": true, "MarkSent": true, "recordedSent": true}

// meansEmail reports an expression named like an email's name: e.Email,
// rp.email, name, jobEmails.
func meansEmail(e ast.Expr) bool {
	var id string
	switch e := e.(type) {
	case *ast.Ident:
		id = e.Name
	case *ast.SelectorExpr:
		id = e.Sel.Name
	default:
		return false
	}
	return strings.Contains(strings.ToLower(id), "email") || id == "name"
}

// nameLiterals returns the string literals of f that stand where an email's
// name is meant.
func nameLiterals(f *ast.File) []*ast.BasicLit {
	var out []*ast.BasicLit
	var add func(es ...ast.Expr)
	add = func(es ...ast.Expr) { // a literal, or one concatenated: "moved-" + hash
		for _, e := range es {
			switch e := e.(type) {
			case *ast.BasicLit:
				if e.Kind == token.STRING {
					out = append(out, e)
				}
			case *ast.BinaryExpr:
				add(e.X, e.Y)
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			if meansEmail(n.X) || meansEmail(n.Y) {
				add(n.X, n.Y)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil && meansEmail(n.Tag) {
				for _, c := range n.Body.List {
					add(c.(*ast.CaseClause).List...)
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if meansEmail(l) && i < len(n.Rhs) {
					add(n.Rhs[i])
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if meansEmail(id) && i < len(n.Values) {
					add(n.Values[i])
					if cl, ok := n.Values[i].(*ast.CompositeLit); ok {
						add(cl.Elts...)
					}
				}
			}
		case *ast.KeyValueExpr:
			if meansEmail(n.Key) {
				add(n.Value)
			}
		case *ast.CallExpr:
			fn := ""
			switch f := n.Fun.(type) {
			case *ast.Ident:
				fn = f.Name
			case *ast.SelectorExpr:
				fn = f.Sel.Name
			}
			if ledgerMethods[fn] || slices.ContainsFunc(n.Args, meansEmail) {
				add(n.Args...)
			}
		}
		return true
	})
	return out
}
