package ses_test

import (
	"bytes"
	"context"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/emersion/go-message/mail"

	"github.com/careerconv/careerconv/pkg/awstest"
	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/ses"
)

func TestMain(m *testing.M) { awstest.Main(m) }

// client returns an SES v2 client on the emulator whose calls are counted, with
// domain verified for sending.
func client(tb testing.TB, domain string) (*sesv2.Client, *awstest.Counter, *awstest.Emulator) {
	tb.Helper()
	emu := awstest.Start(tb)
	cfg := emu.Config()
	calls := emu.Counter()
	cfg.APIOptions = append(cfg.APIOptions, calls.Register)
	c := sesv2.NewFromConfig(cfg)
	if domain != "" {
		if _, err := c.CreateEmailIdentity(context.Background(), &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String(domain)}); err != nil {
			tb.Fatalf("verify %s: %v", domain, err)
		}
	}
	calls.Reset()
	return c, calls, emu
}

// message builds a multipart/alternative reply the way the composer does.
func message(tb testing.TB, from, to, cc, messageID string) []byte {
	tb.Helper()
	var h mail.Header
	h.SetDate(time.Date(2027, 1, 8, 9, 0, 0, 0, time.UTC))
	h.SetAddressList("From", []*mail.Address{{Name: "Career conversations", Address: from}})
	h.SetAddressList("To", []*mail.Address{{Name: "Zoë Employee", Address: to}})
	h.SetAddressList("Cc", []*mail.Address{{Name: "Mo Manager", Address: cc}})
	h.SetAddressList("Reply-To", []*mail.Address{{Address: "reply+v1.abc.prep.sig@in.careerconv.test"}})
	h.SetSubject("Préparation: your career conversation on 15 January")
	h.SetMessageID(messageID)
	h.SetMsgIDList("In-Reply-To", []string{"original.1@mail.example.com"})
	h.SetMsgIDList("References", []string{"first.0@mail.example.com", "original.1@mail.example.com"})
	var buf bytes.Buffer
	w, err := mail.CreateWriter(&buf, h)
	if err != nil {
		tb.Fatal(err)
	}
	alt, err := w.CreateInline()
	if err != nil {
		tb.Fatal(err)
	}
	for _, part := range []struct{ typ, body string }{
		{"text/plain", "1. What do you enjoy most? — reply below ✓\r\n"},
		{"text/html", "<p>1. What do you enjoy most? — reply below ✓</p>\r\n"},
	} {
		var ph mail.InlineHeader
		ph.SetContentType(part.typ, map[string]string{"charset": "utf-8"})
		pw, err := alt.CreatePart(ph)
		if err != nil {
			tb.Fatal(err)
		}
		io.WriteString(pw, part.body)
		pw.Close()
	}
	alt.Close()
	w.Close()
	return buf.Bytes()
}

// sent returns the raw messages the emulator holds, keyed by their raw text.
type sentMessage struct {
	Raw          string
	Source       string
	Destinations []string
}

func sentMessages(tb testing.TB, emu *awstest.Emulator) []sentMessage {
	tb.Helper()
	sesData, _ := emu.Data(tb)["ses"].(map[string]any)
	raws, _ := sesData["RawMessage"].([]any)
	var out []sentMessage
	for _, r := range raws {
		m, _ := r.(map[string]any)
		s := sentMessage{}
		s.Raw, _ = m["raw_data"].(string)
		s.Source, _ = m["source"].(string)
		dests, _ := m["destinations"].([]any)
		for _, d := range dests {
			if d, ok := d.(string); ok {
				s.Destinations = append(s.Destinations, d)
			}
		}
		out = append(out, s)
	}
	return out
}

func TestSendKeepsTheMessageAsBuilt(t *testing.T) {
	domain := conversation.NewID() + ".careerconv.test"
	c, calls, emu := client(t, domain)
	from := "assistant@" + domain
	messageID := conversation.NewID() + "@" + domain
	raw := message(t, from, "zoe@example.com", "mo@example.org", messageID)
	m := ses.New(c, "")
	_, err := m.Send(context.Background(), conversation.Email{
		From: from, To: []string{"zoe@example.com", "mo@example.org"}, MessageID: messageID, Raw: raw,
	})
	if err != nil {
		t.Fatalf("Send: %v", err)
	}
	if got := calls.String(); got != "SESv2.SendEmail=1" {
		t.Errorf("calls = %q, want one SendEmail", got)
	}
	i := slices.IndexFunc(sentMessages(t, emu), func(s sentMessage) bool { return strings.Contains(s.Raw, messageID) })
	if i < 0 {
		t.Fatalf("no sent message holds Message-ID %s", messageID)
	}
	got := sentMessages(t, emu)[i]
	if got.Raw != string(raw) {
		t.Errorf("the message sent differs from the one built:\n got %q\nwant %q", got.Raw, raw)
	}
	if got.Source != from {
		t.Errorf("source = %q, want %q", got.Source, from)
	}
	for _, to := range []string{"zoe@example.com", "mo@example.org"} {
		if !slices.Contains(got.Destinations, to) {
			t.Errorf("destinations %v lack %s", got.Destinations, to)
		}
	}
	r, err := mail.CreateReader(strings.NewReader(got.Raw))
	if err != nil {
		t.Fatalf("read the sent message: %v", err)
	}
	tests := []struct {
		header string
		get    func() (string, error)
		want   string
	}{
		{"Message-ID", r.Header.MessageID, messageID},
		{"In-Reply-To", func() (string, error) { l, err := r.Header.MsgIDList("In-Reply-To"); return strings.Join(l, " "), err }, "original.1@mail.example.com"},
		{"References", func() (string, error) { l, err := r.Header.MsgIDList("References"); return strings.Join(l, " "), err }, "first.0@mail.example.com original.1@mail.example.com"},
		{"Reply-To", func() (string, error) {
			l, err := r.Header.AddressList("Reply-To")
			if err != nil || len(l) != 1 {
				return "", err
			}
			return l[0].Address, nil
		}, "reply+v1.abc.prep.sig@in.careerconv.test"},
		{"Subject", r.Header.Subject, "Préparation: your career conversation on 15 January"},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			got, err := tt.get()
			if err != nil || got != tt.want {
				t.Errorf("%s = %q (err %v), want %q", tt.header, got, err, tt.want)
			}
		})
	}
}

func TestUnverifiedSenderIsInvalid(t *testing.T) {
	c, calls, _ := client(t, "")
	from := "assistant@" + conversation.NewID() + ".unverified.test"
	_, err := ses.New(c, "").Send(context.Background(), conversation.Email{
		From: from, To: []string{"zoe@example.com"}, MessageID: "x@y", Raw: message(t, from, "zoe@example.com", "mo@example.org", "x@y"),
	})
	if code := conversation.ErrorCode(err); code != conversation.EINVALID {
		t.Errorf("Send from an unverified identity: %v (code %q), want %q", err, code, conversation.EINVALID)
	}
	if calls.Count("SESv2", "SendEmail") != 1 {
		t.Errorf("calls = %s, want one SendEmail", calls)
	}
}

// TestPace: a paced Mailer sends at most its rate of recipients a second (each
// send waits for the turn the earlier recipients left it), and a send whose
// context ends while it waits is EUNAVAILABLE and never reaches SES.
func TestPace(t *testing.T) {
	domain := conversation.NewID() + ".careerconv.test"
	c, calls, _ := client(t, domain)
	from := "assistant@" + domain
	m := ses.New(c, "").Pace(20) // 50 ms a recipient
	send := func(ctx context.Context, to ...string) error {
		id := conversation.NewID() + "@" + domain
		_, err := m.Send(ctx, conversation.Email{From: from, To: to, MessageID: id, Raw: message(t, from, to[0], "mo@example.org", id)})
		return err
	}
	start := time.Now()
	for _, to := range [][]string{{"a@example.com"}, {"b@example.com", "c@example.com"}, {"d@example.com"}} {
		if err := send(context.Background(), to...); err != nil {
			t.Fatal(err)
		}
	}
	// The third send starts after the first's one recipient and the second's two.
	if took := time.Since(start); took < 150*time.Millisecond {
		t.Errorf("3 sends to 4 recipients at 20 a second took %v, want at least 150ms", took)
	}
	if n := calls.Count("SESv2", "SendEmail"); n != 3 {
		t.Errorf("%d SendEmail calls, want 3", n)
	}

	m.Pace(1) // the next turn is a second after the last send
	if err := send(context.Background(), "e@example.com"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err := send(ctx, "f@example.com")
	if code := conversation.ErrorCode(err); code != conversation.EUNAVAILABLE {
		t.Errorf("a send whose context ends while it waits: %v (code %q), want %s", err, code, conversation.EUNAVAILABLE)
	}
	if n := calls.Count("SESv2", "SendEmail"); n != 4 {
		t.Errorf("%d SendEmail calls, want 4: the send that gave up must not reach SES", n)
	}
}
