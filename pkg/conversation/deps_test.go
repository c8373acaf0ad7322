package conversation_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestAdaptersCompileOnlyTheDomain guards the layering: the domain imports
// nothing of the project, and an adapter (the stores, mailers, schedulers, raw
// mail) compiles the domain, awserr and itself only, never the reader, the
// composer or the assistant. It asks `go list` for the transitive imports.
func TestAdaptersCompileOnlyTheDomain(t *testing.T) {
	const module = "github.com/careerconv/careerconv/"
	allowed := []string{module + "pkg/conversation", module + "pkg/awserr"}
	pkgs := []string{"conversation", "embedded", "dynamo", "outbox", "ses", "eventbridge", "s3mail", "mailserver"}
	args := []string{"list", "-f", "{{.ImportPath}} {{join .Deps \" \"}}"}
	for _, p := range pkgs {
		args = append(args, module+"pkg/"+p)
	}
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(pkgs) {
		t.Fatalf("go list printed %d packages, want %d:\n%s", len(lines), len(pkgs), out)
	}
	for _, line := range lines {
		pkg, deps, _ := strings.Cut(line, " ")
		for d := range strings.FieldsSeq(deps) {
			if strings.HasPrefix(d, module) && !slices.Contains(allowed, d) {
				t.Errorf("%s compiles %s", pkg, d)
			}
		}
		if pkg == module+"pkg/conversation" && strings.Contains(deps, module) {
			t.Errorf("the domain imports the project: %s", deps)
		}
	}
}
