package main

import (
	"context"
	"encoding/base64"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aws/aws-lambda-go/events"

	"github.com/careerconv/careerconv/pkg/app"
	"github.com/careerconv/careerconv/pkg/handlers"
	"github.com/careerconv/careerconv/pkg/mailcompose"
	"github.com/careerconv/careerconv/pkg/mailparse"
	"github.com/careerconv/careerconv/pkg/mailserver"
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
	hs := &http.Server{Handler: apiHTTP(l), ReadHeaderTimeout: 10 * time.Second}
	ms := mailserver.New(app.LocalInboundDomain, mailparse.MaxMessageBytes, func(ctx context.Context, raw []byte, rcpts []string) error {
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

// apiHTTP turns HTTP requests into Function URL events for the API handler, as
// the Lambda Function URL does in AWS.
func apiHTTP(l *app.Local) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, handlers.MaxRequestBytes+1))
		if err != nil {
			http.Error(w, `{"error":"could not read the request body"}`, http.StatusBadRequest)
			return
		}
		ev := events.LambdaFunctionURLRequest{
			Version:        "2.0",
			RawPath:        r.URL.Path,
			RawQueryString: r.URL.RawQuery,
			Headers:        map[string]string{},
			RequestContext: events.LambdaFunctionURLRequestContext{
				HTTP: events.LambdaFunctionURLRequestContextHTTPDescription{Method: r.Method, Path: r.URL.Path, SourceIP: r.RemoteAddr, UserAgent: r.UserAgent()},
			},
		}
		if q := r.URL.Query(); len(q) > 0 {
			ev.QueryStringParameters = map[string]string{}
			for k, v := range q {
				ev.QueryStringParameters[k] = strings.Join(v, ",")
			}
		}
		for k, v := range r.Header {
			ev.Headers[strings.ToLower(k)] = strings.Join(v, ",")
		}
		if utf8.Valid(body) {
			ev.Body = string(body)
		} else {
			ev.Body, ev.IsBase64Encoded = base64.StdEncoding.EncodeToString(body), true
		}
		resp, err := l.ServeAPI(r.Context(), ev)
		if err != nil {
			http.Error(w, `{"error":"Internal error."}`, http.StatusInternalServerError)
			return
		}
		for k, v := range resp.Headers {
			w.Header().Set(k, v)
		}
		w.WriteHeader(resp.StatusCode)
		_, _ = io.WriteString(w, resp.Body)
	})
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
