package awstest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Region is the region every emulator client uses.
const Region = "us-east-1"

// NotFoundMessage is what a test is told when moto_server is not on PATH.
const NotFoundMessage = "moto_server not found: install moto 5 (pip install 'moto[server]>=5')"

// startTimeout bounds how long a server may take to answer its first request.
const startTimeout = 30 * time.Second

// Emulator is one running moto_server, behind a serializing proxy.
//
// moto_server handles requests on concurrent threads and its DynamoDB backend
// does not lock around a condition check and the write it guards, so two
// concurrent conditional writes can both succeed: a lost update AWS never
// allows. The proxy in front of it passes one request at a time, which makes
// every request atomic as on AWS; moto is bound by Python's global lock anyway,
// so little speed is lost.
type Emulator struct {
	endpoint string // the proxy's URL: what clients use
	backend  string // moto_server's own URL
	proxy    *http.Server
	cmd      *exec.Cmd
	exited   chan struct{} // closed when the process has exited
	log      *tailBuffer
}

var (
	mainUsed atomic.Bool
	once     sync.Once
	shared   *Emulator
	startErr error
)

var errNotFound = errors.New(NotFoundMessage)

// Main runs the tests of a package that uses Start and then stops the emulator,
// if one was started, before exiting with the tests' status. Call it from
// TestMain: func TestMain(m *testing.M) { awstest.Main(m) }.
func Main(m *testing.M) {
	mainUsed.Store(true)
	code := m.Run()
	if shared != nil {
		shared.stop()
	}
	os.Exit(code)
}

// Start returns the test binary's emulator, starting it on first use. Without
// moto_server on PATH it fails the test when the CI environment variable is
// "true" and skips it otherwise. The package must call Main from its TestMain,
// so the server never outlives the binary.
func Start(tb testing.TB) *Emulator {
	tb.Helper()
	if !mainUsed.Load() {
		tb.Fatal("awstest.Start needs awstest.Main: add func TestMain(m *testing.M) { awstest.Main(m) } to the package's tests")
	}
	once.Do(func() { shared, startErr = start() })
	switch {
	case errors.Is(startErr, errNotFound) && os.Getenv("CI") == "true":
		tb.Fatal(NotFoundMessage)
	case errors.Is(startErr, errNotFound):
		tb.Skip(NotFoundMessage)
	case startErr != nil:
		tb.Fatalf("start moto_server: %v", startErr)
	}
	return shared
}

func start() (*Emulator, error) {
	path, err := exec.LookPath("moto_server")
	if err != nil {
		return nil, errNotFound
	}
	// The free port is found by listening and closing, so another process may take
	// it before moto binds it: try a few ports.
	var errs []error
	for range 3 {
		e, err := startOn(path)
		if err == nil {
			return e, nil
		}
		errs = append(errs, err)
	}
	return nil, errors.Join(errs...)
}

func startOn(path string) (*Emulator, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	e := &Emulator{
		backend: "http://127.0.0.1:" + strconv.Itoa(port),
		exited:  make(chan struct{}),
		log:     &tailBuffer{max: 16 << 10},
	}
	e.cmd = exec.Command(path, "-H", "127.0.0.1", "-p", strconv.Itoa(port))
	e.cmd.Stdout, e.cmd.Stderr = e.log, e.log
	e.cmd.SysProcAttr = sysProcAttr()
	if err := e.cmd.Start(); err != nil {
		return nil, fmt.Errorf("run %s: %w", path, err)
	}
	go func() { _ = e.cmd.Wait(); close(e.exited) }()

	deadline := time.Now().Add(startTimeout)
	for {
		if e.ready() {
			if err := e.serve(); err != nil {
				e.stop()
				return nil, err
			}
			return e, nil
		}
		select {
		case <-e.exited:
			return nil, fmt.Errorf("moto_server on port %d exited before it was ready: %s", port, e.log.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			e.stop()
			return nil, fmt.Errorf("moto_server on port %d not ready after %v: %s", port, startTimeout, e.log.String())
		}
	}
}

func (e *Emulator) ready() bool {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, e.backend+"/moto-api/data.json", nil)
	if err != nil {
		return false
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return false
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// serve starts the proxy that passes one request at a time to moto_server.
func (e *Emulator) serve() error {
	target, err := url.Parse(e.backend)
	if err != nil {
		return fmt.Errorf("parse %s: %w", e.backend, err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listen for the emulator proxy: %w", err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	var one sync.Mutex
	e.proxy = &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			one.Lock()
			defer one.Unlock()
			proxy.ServeHTTP(w, r)
		}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	e.endpoint = "http://" + l.Addr().String()
	go func() { _ = e.proxy.Serve(l) }()
	return nil
}

// stop closes the proxy and ends the server's process group: politely, then for good.
func (e *Emulator) stop() {
	if e.proxy != nil {
		_ = e.proxy.Close()
	}
	select {
	case <-e.exited:
		return
	default:
	}
	terminate(e.cmd, false)
	select {
	case <-e.exited:
	case <-time.After(5 * time.Second):
		terminate(e.cmd, true)
		<-e.exited
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Endpoint is the base URL clients use, such as http://127.0.0.1:40123 (the
// serializing proxy in front of moto_server).
func (e *Emulator) Endpoint() string { return e.endpoint }

// Config returns an SDK configuration for the emulator: region us-east-1, static
// test credentials and BaseEndpoint set, so every client made from it talks to
// the emulator. It is built directly, not with config.LoadDefaultConfig, so no
// environment (AWS_PROFILE, AWS_CA_BUNDLE…) leaks in. S3 clients also need
// o.UsePathStyle = true.
func (e *Emulator) Config() aws.Config {
	return aws.Config{
		Region:       Region,
		Credentials:  credentials.NewStaticCredentialsProvider("AKIDTEST", "secret", ""),
		BaseEndpoint: aws.String(e.endpoint),
	}
}

// Reset clears every service's state.
func (e *Emulator) Reset(tb testing.TB) {
	tb.Helper()
	resp, err := http.Post(e.endpoint+"/moto-api/reset", "application/json", nil)
	if err != nil {
		tb.Fatalf("reset emulator: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		tb.Fatalf("reset emulator: %s: %s", resp.Status, b)
	}
}

// Data returns the emulator's stored state (moto's /moto-api/data.json): a map
// from service name to its models, e.g. data["ses"]["RawMessage"].
func (e *Emulator) Data(tb testing.TB) map[string]any {
	tb.Helper()
	resp, err := http.Get(e.endpoint + "/moto-api/data.json")
	if err != nil {
		tb.Fatalf("read emulator state: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
		tb.Fatalf("read emulator state: %s: %s", resp.Status, b)
	}
	var data map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&data); err != nil {
		tb.Fatalf("decode emulator state: %v", err)
	}
	return data
}

// tailBuffer keeps the last max bytes written to it, for error messages.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	buf bytes.Buffer
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf.Write(p)
	if over := t.buf.Len() - t.max; over > 0 {
		t.buf.Next(over)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.buf.String()
}
