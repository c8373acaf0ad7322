package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/awstest"
)

func TestMain(m *testing.M) { awstest.Main(m) }

// TestRemoteCheckReadsTheNamedStack: `remote check --stack NAME` (as make deploy
// runs it with STACK_NAME) reads that stack's domains, not the default one's.
func TestRemoteCheckReadsTheNamedStack(t *testing.T) {
	emu := awstest.Start(t)
	dir := t.TempDir()
	for k, v := range map[string]string{
		"AWS_ENDPOINT_URL": emu.Endpoint(), "AWS_ACCESS_KEY_ID": "AKIDTEST", "AWS_SECRET_ACCESS_KEY": "secret",
		"AWS_SESSION_TOKEN": "", "AWS_PROFILE": "", "AWS_REGION": "", "AWS_DEFAULT_REGION": "",
		"AWS_CONFIG_FILE": filepath.Join(dir, "config"), "AWS_SHARED_CREDENTIALS_FILE": filepath.Join(dir, "credentials"),
	} {
		t.Setenv(k, v)
	}
	stack := "careerconv-elsewhere-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	var stdout, stderr bytes.Buffer
	err := runRemote(context.Background(), []string{"check", "--stack", stack, "--region", awstest.Region}, strings.NewReader(""), &stdout, &stderr)
	// The emulator has no such stack: the error names the one asked for.
	if err == nil || !strings.Contains(err.Error(), "read stack "+stack+" ") {
		t.Fatalf("remote check --stack %s: %v (stderr %q); want it to read stack %s", stack, err, stderr.String(), stack)
	}
}
