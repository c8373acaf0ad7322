package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/careerconv/careerconv/pkg/app"
	"github.com/careerconv/careerconv/pkg/handlers"
)

// runImport creates the conversations of a CSV (stdin) in the local store and
// prints what became of each row. It exits 1 if any row was refused.
func runImport(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", defaultDir, "local data folder")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2}
	}
	l, err := app.NewLocal(*dir, app.LocalOptions{Log: stderrLog(stderr)})
	if err != nil {
		return err
	}
	defer l.Close()
	res, err := l.Assistant.Import(ctx, io.LimitReader(stdin, handlers.MaxRequestBytes))
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(res)
	switch {
	case err != nil:
		return err
	case len(res.Errors) > 0:
		return &exitError{code: 1, msg: fmt.Sprintf("%d rows refused, %d created, %d already there", len(res.Errors), len(res.Created), len(res.Skipped))}
	}
	return nil
}
