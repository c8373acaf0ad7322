package main

import (
	"context"
	"flag"
	"io"
	"os"
	"runtime/debug"

	"github.com/careerconv/careerconv/pkg/app"
	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/remote"
)

// importMemoryLimit is the soft memory limit of a local import (see runLocalAdmin).
const importMemoryLimit = 48 << 20

// runLocalAdmin runs an admin command (admin.go) against the local store in
// --dir, through the API handler in this process.
func runLocalAdmin(ctx context.Context, cmd string, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", defaultDir, "local data folder")
	if cmd == "import" && os.Getenv("GOMEMLIMIT") == "" {
		// An import's live heap is small (a batch's dirty pages of the store,
		// 20-30 MB for 500 rows), but the collector lets the heap grow to twice
		// the live heap before it runs: a soft limit keeps the peak near the live
		// heap, for a little more collecting. GOMEMLIMIT overrides it.
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(importMemoryLimit))
	}
	connect := func(context.Context) (*remote.Client, func(), error) {
		l, err := app.NewLocal(*dir, app.LocalOptions{Log: stderrLog(stderr)})
		if err != nil {
			return nil, nil, err
		}
		return &remote.Client{T: remote.Local(l.ServeAPI)}, func() { l.Close() }, nil
	}
	return runAdmin(ctx, cmd, fs, args, connect, remote.ImportOptions{Part: assistant.MaxImportRows, Parallel: 1}, stdin, stdout, stderr)
}
