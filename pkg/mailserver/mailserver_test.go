package mailserver_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-smtp"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/mailserver"
)

// start runs a server on a free loopback port whose Deliver records messages
// and answers with deliverErr.
func start(t *testing.T, deliverErr error) (addr string, got func() []string) {
	t.Helper()
	var mu sync.Mutex
	var msgs []string
	s := mailserver.New("reply.example.com", 1<<10, func(_ context.Context, raw []byte, rcpts []string) error {
		if len(rcpts) != 1 {
			return fmt.Errorf("recipients %v, want one", rcpts)
		}
		mu.Lock()
		defer mu.Unlock()
		msgs = append(msgs, string(raw))
		return deliverErr
	}, nil)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go s.Serve(l)
	t.Cleanup(func() { s.Close() })
	return l.Addr().String(), func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), msgs...) }
}

const msg = "From: ana@example.com\r\nTo: reply+x@reply.example.com\r\nSubject: Re\r\n\r\n1. yes\r\n"

// send is one SMTP transaction over plain TCP on loopback, as a local mail
// client would make it.
func send(t *testing.T, addr, to, body string) error {
	t.Helper()
	c, err := smtp.Dial(addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	return c.SendMail("ana@example.com", []string{to}, strings.NewReader(body))
}

func code(err error) int {
	var se *smtp.SMTPError
	if errors.As(err, &se) {
		return se.Code
	}
	return 0
}

func TestServer(t *testing.T) {
	tests := []struct {
		name       string
		deliverErr error
		to         string
		body       string
		wantCode   int
		delivered  int
	}{
		{"accepted", nil, "reply+x@reply.example.com", msg, 0, 1},
		{"recipient case folded", nil, "reply+x@REPLY.example.com", msg, 0, 1},
		{"other domain refused", nil, "someone@example.org", msg, 550, 0},
		{"refused reply", conversation.Errorf(conversation.EFORBIDDEN, "The reply address does not verify."), "reply+x@reply.example.com", msg, 550, 1},
		{"temporary failure", conversation.Unavailable(errors.New("disk"), "Store down."), "reply+x@reply.example.com", msg, 451, 1},
		{"too large", nil, "reply+x@reply.example.com", msg + strings.Repeat("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n", 60), 552, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			addr, got := start(t, tt.deliverErr)
			err := send(t, addr, tt.to, tt.body)
			if code(err) != tt.wantCode || (tt.wantCode == 0) != (err == nil) {
				t.Fatalf("SendMail = %v, want SMTP code %d", err, tt.wantCode)
			}
			if n := len(got()); n != tt.delivered {
				t.Errorf("%d messages delivered, want %d", n, tt.delivered)
			}
			if tt.delivered == 1 && tt.deliverErr == nil && !strings.Contains(got()[0], "1. yes") {
				t.Errorf("delivered %q", got()[0])
			}
		})
	}
}
