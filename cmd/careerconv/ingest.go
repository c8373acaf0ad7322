package main

import (
	"context"
	"encoding/json"
	"flag"
	"io"

	"github.com/careerconv/careerconv/pkg/app"
	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mime"
)

// runIngest delivers one raw message from stdin to the local inbound pipeline and
// prints the outcome. A refused message exits 1 with its reason.
func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", defaultDir, "local data folder")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2}
	}
	raw, err := io.ReadAll(io.LimitReader(stdin, mime.MaxMessageBytes+1))
	if err != nil {
		return err
	}
	l, err := app.NewLocal(*dir, app.LocalOptions{Log: stderrLog(stderr)})
	if err != nil {
		return err
	}
	defer l.Close()
	out, err := l.Deliver(ctx, raw)
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if out.Result != "" {
		_ = enc.Encode(out)
	}
	if assistant.IsDropped(err) {
		return &exitError{code: 1, msg: conversation.ErrorMessage(err)}
	}
	return err
}
