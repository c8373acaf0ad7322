package infra_test

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// sdkService is the package path of an AWS SDK service client.
const sdkService = "github.com/aws/aws-sdk-go-v2/service/"

// TestLambdaBinariesLinkOnlyWhatTheyUse checks what each function's binary links,
// as make build builds it (linux/arm64, without RPC), for its size and cold start:
//
//   - no text/template or html/template: their execution looks methods up by
//     name through reflection, which stops the linker from removing any exported
//     method of a reachable type (5-9 MB more, and the cold start with them);
//     cmd/careerconv's demo may use them, it is not a Lambda binary;
//   - the AWS SDK clients of exactly the services its policy allows (each
//     client's init builds its schemas): the API links no SES, the feedback
//     function nothing but DynamoDB. iam:PassRole (part of CreateSchedule) and
//     sqs:SendMessage (Lambda's dead letters) need no client.
func TestLambdaBinariesLinkOnlyWhatTheyUse(t *testing.T) {
	tpl := repoTemplate(t)
	composers := 0
	for fn, dir := range functionDirs {
		cmd := exec.Command("go", "list", "-deps", "-tags", "lambda.norpc", "../functions/"+dir)
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
		var linked []string
		for _, d := range deps {
			if s, ok := strings.CutPrefix(d, sdkService); ok && !strings.Contains(s, "/") {
				linked = append(linked, s)
			}
		}
		var allowed []string
		for _, st := range tpl.Statements(fn) {
			for _, a := range st.Actions {
				svc, _, _ := strings.Cut(a, ":")
				switch svc {
				case "iam", "sqs":
					continue
				case "ses":
					svc = "sesv2"
				}
				if st.Effect == "Allow" && !slices.Contains(allowed, svc) {
					allowed = append(allowed, svc)
				}
			}
		}
		slices.Sort(linked)
		slices.Sort(allowed)
		if !slices.Equal(linked, allowed) {
			t.Errorf("%s links the SDK clients %v; its policy allows calls to %v", dir, linked, allowed)
		}
	}
	if composers == 0 {
		t.Error("no function depends on pkg/mailcompose: the dependency lists are not the ones the build uses")
	}
}
