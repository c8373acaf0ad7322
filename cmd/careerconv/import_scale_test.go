package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/assistant"
)

// TestLocalImportAtScale imports CAREERCONV_IMPORT_ROWS rows (opt-in: skipped
// without it) with `careerconv import` on a fresh local store, then again (every
// row already there), and logs the time and the process's peak memory. The
// figures of the binary itself come from
//
//	/usr/bin/time -v careerconv import --dir DIR < team.csv
//
// with a file made by teamFile; this test checks the outcome at that size.
func TestLocalImportAtScale(t *testing.T) {
	rows, _ := strconv.Atoi(os.Getenv("CAREERCONV_IMPORT_ROWS"))
	if rows <= 0 {
		t.Skip("set CAREERCONV_IMPORT_ROWS (such as 10000) to import that many rows")
	}
	file, dir := teamFile(rows), t.TempDir()
	for _, want := range []struct{ created, skipped int }{{rows, 0}, {0, rows}} {
		var out, errOut bytes.Buffer
		t0 := time.Now()
		err := run(context.Background(), []string{"import", "--dir", dir}, strings.NewReader(file), &out, &errOut)
		took := time.Since(t0)
		var res assistant.ImportResult
		if err != nil || json.Unmarshal(out.Bytes(), &res) != nil || len(res.Created) != want.created || len(res.Skipped) != want.skipped {
			t.Fatalf("import: %v, %d created, %d already there; want %d and %d\n%.500s", err, len(res.Created), len(res.Skipped), want.created, want.skipped, errOut.String())
		}
		t.Logf("%d rows, %d created: %v, peak RSS of the test process %s", rows, want.created, took.Round(time.Millisecond), peakRSS())
	}
}

// peakRSS is the process's peak resident set size (Linux), or "unknown".
func peakRSS() string {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(status), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
