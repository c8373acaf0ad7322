package outbox

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

func email(id string) conversation.Email {
	return conversation.Email{
		From:      "careerconv@mail.example.com",
		To:        []string{"alice@example.com"},
		MessageID: id,
		Raw:       []byte("Message-ID: <" + id + ">\r\nSubject: " + id + "\r\n\r\nbody\r\n"),
	}
}

func readAll(tb testing.TB, paths []string) []string {
	tb.Helper()
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func TestSendAndList(t *testing.T) {
	frozen := time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		now  func() time.Time
	}{
		{"real clock", nil},
		{"frozen clock", func() time.Time { return frozen }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "new", "outbox") // created by Send
			m := &Mailer{Dir: dir, Now: tt.now}
			var want []string
			for i := range 12 {
				e := email(fmt.Sprintf("cc.x.%02d@mail.example.com", 11-i)) // IDs sort opposite to sending order
				if _, err := m.Send(context.Background(), e); err != nil {
					t.Fatalf("Send: %v", err)
				}
				want = append(want, string(e.Raw))
			}
			paths, err := List(dir)
			if err != nil {
				t.Fatal(err)
			}
			got := readAll(t, paths)
			if len(got) != len(want) {
				t.Fatalf("List = %d files, want %d", len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("file %d = %q, want %q", i, got[i], want[i])
				}
				if !strings.HasSuffix(paths[i], Ext) {
					t.Errorf("file %s lacks %s", paths[i], Ext)
				}
			}
		})
	}
}

func TestClockGoesBack(t *testing.T) {
	times := []time.Time{
		time.Date(2027, 1, 5, 9, 0, 1, 0, time.UTC),
		time.Date(2027, 1, 5, 9, 0, 0, 0, time.UTC), // earlier than the first
	}
	i := 0
	m := &Mailer{Dir: t.TempDir(), Now: func() time.Time { t := times[i]; i++; return t }}
	for _, id := range []string{"first@x", "second@x"} {
		if _, err := m.Send(context.Background(), email(id)); err != nil {
			t.Fatal(err)
		}
	}
	paths, err := List(m.Dir)
	if err != nil {
		t.Fatal(err)
	}
	got := readAll(t, paths)
	if len(got) != 2 || !strings.Contains(got[0], "first@x") || !strings.Contains(got[1], "second@x") {
		t.Errorf("order = %q, want first then second", got)
	}
}

func TestFileNames(t *testing.T) {
	tests := []struct {
		name, id, want string
	}{
		{"plain", "cc.ab3dc7ef2ghijk4l.prep@mail.example.com", "cc.ab3dc7ef2ghijk4l.prep@mail.example.com"},
		{"path traversal", "../../etc/passwd", "_.._etc_passwd"},
		{"slashes and brackets", "<a/b\\c>", "_a_b_c_"},
		{"newline", "a\r\nb", "a__b"},
		{"empty", "", "message"},
		{"hidden", "...x", "x"},
		{"long", strings.Repeat("a", 300), strings.Repeat("a", maxIDLen)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			m := &Mailer{Dir: dir}
			if _, err := m.Send(context.Background(), email(tt.id)); err != nil {
				t.Fatal(err)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != 1 {
				t.Fatalf("dir has %d entries, want 1 (no temp files left)", len(entries))
			}
			name := entries[0].Name()
			if !strings.HasSuffix(name, "-"+tt.want+Ext) {
				t.Errorf("file name %q, want it to end in %q", name, "-"+tt.want+Ext)
			}
			if info, err := entries[0].Info(); err != nil || info.Mode().Perm() != 0o600 {
				t.Errorf("mode = %v, %v; want 0600 (mail is confidential)", info.Mode().Perm(), err)
			}
		})
	}
}

func TestSendErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		m    *Mailer
		ctx  context.Context
		e    conversation.Email
		code string
	}{
		{"no raw", &Mailer{Dir: t.TempDir()}, context.Background(), conversation.Email{MessageID: "x@y"}, conversation.EINVALID},
		{"no dir", &Mailer{}, context.Background(), email("x@y"), conversation.EINVALID},
		{"dir is a file", &Mailer{Dir: filepath.Join(file, "sub")}, context.Background(), email("x@y"), conversation.EUNAVAILABLE},
		{"cancelled", &Mailer{Dir: t.TempDir()}, cancelled, email("x@y"), conversation.EUNAVAILABLE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.m.Send(tt.ctx, tt.e)
			if got := conversation.ErrorCode(err); got != tt.code {
				t.Errorf("Send error = %v (code %q), want code %q", err, got, tt.code)
			}
		})
	}
}

func TestConcurrentSends(t *testing.T) {
	m := &Mailer{Dir: t.TempDir()}
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := m.Send(context.Background(), email(fmt.Sprintf("m%d@x", i))); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	paths, err := List(m.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 40 {
		t.Fatalf("List = %d files, want 40", len(paths))
	}
	for _, b := range readAll(t, paths) {
		if !bytes.HasSuffix([]byte(b), []byte("body\r\n")) {
			t.Errorf("truncated file %q", b)
		}
	}
}

func TestListIgnoresOthers(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{".tmp-123", "notes.txt", ".hidden.eml"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.eml"), 0o700); err != nil {
		t.Fatal(err)
	}
	m := &Mailer{Dir: dir}
	if _, err := m.Send(context.Background(), email("only@x")); err != nil {
		t.Fatal(err)
	}
	paths, err := List(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 1 || !strings.Contains(paths[0], "only@x") {
		t.Errorf("List = %v, want only the sent email", paths)
	}
	if paths, err := List(filepath.Join(dir, "missing")); err != nil || len(paths) != 0 {
		t.Errorf("List(missing) = %v, %v; want nothing, no error", paths, err)
	}
}

func ExampleMailer() {
	dir, _ := os.MkdirTemp("", "outbox")
	defer os.RemoveAll(dir)
	m := &Mailer{Dir: dir}
	_, _ = m.Send(context.Background(), email("cc.ab3dc7ef2ghijk4l.prep@mail.example.com"))
	paths, _ := List(dir)
	fmt.Println(len(paths), strings.HasSuffix(paths[0], "-cc.ab3dc7ef2ghijk4l.prep@mail.example.com.eml"))
	// Output: 1 true
}
