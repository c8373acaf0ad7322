package infra_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestLambdaBinariesWithoutTemplates: no Lambda function depends on text/template
// or html/template. Their execution looks methods up by name through reflection,
// which stops the linker from removing any exported method of a reachable type:
// the binaries grew by 5–9 MB and their cold start with them. The demo in
// cmd/careerconv may use them; it is not a Lambda binary.
func TestLambdaBinariesWithoutTemplates(t *testing.T) {
	fns, err := filepath.Glob(filepath.Join("..", "functions", "*", "main.go"))
	if err != nil || len(fns) == 0 {
		t.Fatalf("no functions found (%v)", err)
	}
	composers := 0
	for _, main := range fns {
		dir := filepath.ToSlash(filepath.Dir(main))
		// Listed as make build builds them: for Lambda's linux/arm64, without RPC.
		cmd := exec.Command("go", "list", "-deps", "-tags", "lambda.norpc", dir)
		cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list %s: %v", dir, err)
		}
		deps := strings.Fields(string(out))
		if slices.Contains(deps, "github.com/careerconv/careerconv/pkg/mailcompose") {
			composers++
		}
		for _, banned := range []string{"text/template", "html/template"} {
			if slices.Contains(deps, banned) {
				t.Errorf("%s depends on %s: its reflective method calls keep every exported method in the binary", dir, banned)
			}
		}
	}
	if composers == 0 {
		t.Error("no function depends on pkg/mailcompose: the dependency lists are not the ones the build uses")
	}
}
