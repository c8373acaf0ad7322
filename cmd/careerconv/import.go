package main

import (
	"context"
	"flag"
	"io"

	"github.com/careerconv/careerconv/pkg/app"
	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/remote"
)

// runLocalAdmin runs an admin command (admin.go) against the local store in
// --dir, through the API handler in this process.
func runLocalAdmin(ctx context.Context, cmd string, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", defaultDir, "local data folder")
	connect := func(context.Context) (*remote.Client, func(), error) {
		l, err := app.NewLocal(*dir, app.LocalOptions{Log: stderrLog(stderr)})
		if err != nil {
			return nil, nil, err
		}
		return &remote.Client{T: remote.Local(l.ServeAPI)}, func() { l.Close() }, nil
	}
	return runAdmin(ctx, cmd, fs, args, connect, assistant.MaxImportRows, stdin, stdout, stderr)
}
