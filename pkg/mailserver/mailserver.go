// Package mailserver is the local stand-in for SES receiving: an SMTP listener
// (github.com/emersion/go-smtp) that accepts mail for the reply domain and hands
// each raw message to a Deliver function, the same inbound pipeline SES feeds.
package mailserver

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"strings"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Deliver takes one raw message and its envelope recipients. An EINVALID or EFORBIDDEN error refuses it for
// good (SMTP 550); any other error is temporary (451) so the sender retries.
type Deliver func(ctx context.Context, raw []byte, recipients []string) error

// Server accepts mail for Domain on a listener.
type Server struct {
	srv *smtp.Server
}

// New returns a server for recipients @domain, accepting messages up to maxBytes.
func New(domain string, maxBytes int64, deliver Deliver, log *slog.Logger) *Server {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	be := smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &session{domain: strings.ToLower(domain), deliver: deliver, log: log}, nil
	})
	s := smtp.NewServer(be)
	s.Domain = "localhost"
	s.MaxMessageBytes = maxBytes
	s.MaxRecipients = 10
	s.ReadTimeout = time.Minute
	s.WriteTimeout = time.Minute
	return &Server{srv: s}
}

// Serve accepts connections on l until Close.
func (s *Server) Serve(l net.Listener) error {
	err := s.srv.Serve(l)
	if errors.Is(err, smtp.ErrServerClosed) {
		return nil
	}
	return err
}

// Close stops the server.
func (s *Server) Close() error { return s.srv.Close() }

type session struct {
	domain  string
	deliver Deliver
	log     *slog.Logger
	rcpts   []string
}

func (s *session) Reset()        { s.rcpts = nil }
func (s *session) Logout() error { return nil }

func (s *session) Mail(string, *smtp.MailOptions) error { return nil }

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	_, dom, _ := strings.Cut(strings.ToLower(to), "@")
	if dom != s.domain {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "No such recipient here"}
	}
	s.rcpts = append(s.rcpts, strings.ToLower(to))
	return nil
}

func (s *session) Data(r io.Reader) error {
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, r); err != nil {
		return err // the server answers a too-large message itself
	}
	err := s.deliver(context.Background(), buf.Bytes(), s.rcpts)
	switch {
	case err == nil:
		return nil
	case conversation.Retryable(err):
		s.log.Error("smtp delivery failed", "err", err)
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "Temporary failure, try again later"}
	default:
		s.log.Warn("smtp message refused", "reason", conversation.ErrorMessage(err))
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: conversation.ErrorMessage(err)}
	}
}
