// Command careerconv runs careerconv on one machine and administers it.
//
//	careerconv demo   [--dir DIR]                        one conversation's whole lifecycle on a simulated clock
//	careerconv serve  [--dir DIR] [--http ADDR] [--smtp ADDR] [--invite-domains LIST]
//	                                                       HTTP API, SMTP listener for replies and invites, scheduler loop
//	careerconv ingest [--dir DIR] < message.eml            deliver one raw email to the inbound pipeline
//	careerconv import [--dir DIR] < team.csv               create one conversation per CSV row (also create,
//	                                                       get, status, list, reschedule, cancel, erase)
//	careerconv remote <command> [--url URL|--stack NAME]   the same commands against a deployed stack, SigV4-signed;
//	                                                       remote check: the SES set-up
//	careerconv reply  --kind prep|steps|checkin [--now RFC3339] < message.eml
//	                                                       parse one reply and print JSON; stores nothing
//	careerconv redrive --queue-url URL --function NAME    deliver a dead-letter queue's events again (AWS)
//
// Everything but remote runs on the embedded stand-ins: state in DIR/careerconv.db, sent
// mail as .eml files in DIR/outbox.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

var usage = `usage: careerconv <command> [flags]

commands:
  demo    run one conversation's whole lifecycle on a simulated clock
  serve   run the local server: HTTP API, SMTP listener, scheduler loop
  ingest  deliver one raw email (stdin) to the inbound pipeline
  reply   parse one reply (stdin) and print what was understood, as JSON
  redrive deliver the events of an AWS dead-letter queue to their function again
  remote  the admin commands below against a deployed stack ('careerconv remote -h')

admin commands, on the local store (--dir DIR):
` + adminUsage() + `

Run 'careerconv <command> -h' for a command's flags.
`

// exitError carries an exit code and a one-line message.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		code := 1
		var ee *exitError
		if errors.As(err, &ee) {
			code = ee.code
		}
		if err.Error() != "" {
			fmt.Fprintln(os.Stderr, "careerconv:", err)
		}
		os.Exit(code)
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return &exitError{code: 2}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "demo":
		return runDemo(ctx, rest, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, stdout, stderr)
	case "ingest":
		return runIngest(ctx, rest, stdin, stdout, stderr)
	case "remote":
		return runRemote(ctx, rest, stdin, stdout, stderr)
	case "reply":
		return runReply(rest, stdin, stdout, stderr)
	case "redrive":
		return runRedrive(ctx, rest, stdout, stderr)
	}
	if _, ok := adminCommand(cmd); ok {
		return runLocalAdmin(ctx, cmd, rest, stdin, stdout, stderr)
	}
	switch cmd {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return &exitError{code: 2, msg: fmt.Sprintf("unknown command %q", cmd)}
}
