package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/careerconv/careerconv/pkg/app"
	"github.com/careerconv/careerconv/pkg/mailcompose"
	"github.com/careerconv/careerconv/pkg/mailserver"
	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/remote"
)

const defaultDir = ".local/careerconv"

// runServe runs the local server until interrupted.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("dir", defaultDir, "local data folder")
	httpAddr := fs.String("http", "127.0.0.1:8080", "HTTP API address")
	smtpAddr := fs.String("smtp", "127.0.0.1:2525", "SMTP address for replies")
	tick := fs.Duration("tick", time.Second, "how often the scheduler loop runs due jobs")
	bank := fs.String("questions", "", "question bank file (default: the embedded bank)")
	domains := fs.String("invite-domains", "", "comma-separated domains whose managers may start a conversation by calendar invite (default: any)")
	var org mailcompose.Organisation
	fs.StringVar(&org.Name, "org", "", "the organisation's name in the emails (default \""+mailcompose.DefaultOrganisation+"\")")
	fs.StringVar(&org.HRContact, "hr-contact", "", "whom people ask about careerconv, e.g. \"People Team <people@acme.example>\"")
	fs.StringVar(&org.Privacy, "privacy", "", "one line on how answers are handled (default: the product's)")
	fs.StringVar(&org.Locale, "locale", "", "language tag of the emails: en-GB (default) or en-US dates")
	if err := fs.Parse(args); err != nil {
		return &exitError{code: 2}
	}
	log := stderrLog(stderr)
	l, err := app.NewLocal(*dir, app.LocalOptions{Log: log, BankPath: *bank, InviteDomains: splitList(*domains), Org: org})
	if err != nil {
		return err
	}
	defer l.Close()

	hl, err := net.Listen("tcp", *httpAddr)
	if err != nil {
		return err
	}
	sl, err := net.Listen("tcp", *smtpAddr)
	if err != nil {
		hl.Close()
		return err
	}
	hs := &http.Server{Handler: remote.FunctionURL(l.ServeAPI), ReadHeaderTimeout: 10 * time.Second}
	ms := mailserver.New(app.LocalInboundDomain, mime.MaxMessageBytes, func(ctx context.Context, raw []byte, rcpts []string) error {
		_, err := l.Deliver(ctx, raw, rcpts...)
		return err
	}, log)
	errc := make(chan error, 2)
	go func() { errc <- hs.Serve(hl) }()
	go func() { errc <- ms.Serve(sl) }()
	fmt.Fprintf(stdout, "careerconv serving\n  API   http://%s/conversations\n  SMTP  %s (replies to *@%s, calendar invites to %s)\n  data  %s (outbox: %s)\n",
		hl.Addr(), sl.Addr(), app.LocalInboundDomain, app.LocalInviteAddress, *dir, l.Outbox)

	t := time.NewTicker(*tick)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = hs.Shutdown(shutdown)
			_ = ms.Close()
			return nil
		case err := <-errc:
			if !errors.Is(err, http.ErrServerClosed) {
				return err
			}
		case <-t.C:
			if _, err := l.RunDue(ctx); err != nil {
				log.Error("scheduler", "err", err)
			}
		}
	}
}

func stderrLog(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelWarn}))
}

// splitList splits a comma-separated flag value, dropping empty items.
func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}
