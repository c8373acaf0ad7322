// Command coldstart measures a Lambda bootstrap's init the way Lambda sees it:
// from process start to the bootstrap's first poll of the Runtime API
// (GET /2018-06-01/runtime/invocation/next). It serves a fake Runtime API on
// loopback (AWS_LAMBDA_RUNTIME_API), and a fake Secrets Manager on the same
// listener (AWS_ENDPOINT_URL), so a function's init does what it does on AWS,
// including reading the reply-token keys, without leaving the machine.
//
//	coldstart [-n runs] name=path/to/bootstrap ...
//
// The first bootstrap is the reference (the hello-world function); each line
// gives the median and the fastest init over the runs, the ratio of each to the
// reference's, the CPU time the process used up to that poll (fastest run; all
// its threads, from /proc, so it varies less with the machine's load, which
// wall-clock init on a shared machine does), its page faults (fewest; they do
// not vary with the load at all, and a fault costs microseconds in a
// micro-VM, as Lambda's are), and the binary's size. Runs
// alternate between the bootstraps so load on the machine falls on all of them
// alike.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

func main() {
	n := flag.Int("n", 15, "runs per bootstrap")
	secret := flag.String("token-secret", "inbound,dispatch", "the functions that get CAREERCONV_TOKEN_SECRET, as in template.yaml")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: coldstart [-n runs] name=bootstrap ...")
		os.Exit(2)
	}
	if err := run(*n, strings.Split(*secret, ","), flag.Args(), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "coldstart:", err)
		os.Exit(1)
	}
}

type target struct {
	name, path string
	size       int64
	env        []string
	inits      []time.Duration
	cpus       []time.Duration
	faults     []int
}

func run(n int, withSecret []string, args []string, out io.Writer) error {
	var targets []*target
	for _, a := range args {
		name, path, ok := strings.Cut(a, "=")
		if !ok {
			return fmt.Errorf("%q is not name=path", a)
		}
		fi, err := os.Stat(path)
		if err != nil {
			return err
		}
		env := environment()
		if slices.Contains(withSecret, name) {
			env = append(env, "CAREERCONV_TOKEN_SECRET=tokens")
		}
		targets = append(targets, &target{name: name, path: path, size: fi.Size(), env: env})
	}
	rt := newRuntime()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: rt}
	go srv.Serve(ln)
	defer srv.Close()
	addr := ln.Addr().String()
	for i := 0; i < n; i++ {
		for _, t := range targets {
			d, cpu, faults, err := rt.measure(t.path, append(t.env, "AWS_LAMBDA_RUNTIME_API="+addr, "AWS_ENDPOINT_URL=http://"+addr))
			if err != nil {
				return fmt.Errorf("%s: %w", t.name, err)
			}
			t.inits = append(t.inits, d)
			t.cpus = append(t.cpus, cpu)
			t.faults = append(t.faults, faults)
		}
	}
	ref := targets[0]
	fmt.Fprintf(out, "%-10s %10s %7s %10s %7s %10s %7s %7s %7s %8s   (init: process start to first /next poll, %d runs)\n",
		"function", "median", "×ref", "fastest", "×ref", "cpu", "×ref", "faults", "×ref", "size", n)
	for _, t := range targets {
		m, f, c, pf := median(t.inits), slices.Min(t.inits), slices.Min(t.cpus), slices.Min(t.faults)
		fmt.Fprintf(out, "%-10s %8.2fms %6.1f× %8.2fms %6.1f× %8.2fms %6.1f× %7d %6.1f× %6.1fMB\n", t.name,
			ms(m), ratio(m, median(ref.inits)), ms(f), ratio(f, slices.Min(ref.inits)), ms(c), ratio(c, slices.Min(ref.cpus)),
			pf, float64(pf)/float64(max(1, slices.Min(ref.faults))), float64(t.size)/1e6)
	}
	return nil
}

func ratio(a, b time.Duration) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// runtime is the fake Runtime API: it notes the first /next poll of the process
// being measured and holds the poll open until the process is stopped.
type runtime struct {
	mu    sync.Mutex
	polls chan time.Time
}

func newRuntime() *runtime { return &runtime{} }

func (rt *runtime) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/2018-06-01/runtime/invocation/next":
		at := time.Now()
		rt.mu.Lock()
		ch := rt.polls
		rt.mu.Unlock()
		if ch != nil {
			select {
			case ch <- at:
			default:
			}
		}
		<-r.Context().Done()
	case strings.HasPrefix(r.Header.Get("X-Amz-Target"), "secretsmanager.GetSecretValue"):
		w.Header().Set("Content-Type", "application/x-amz-json-1.1")
		io.WriteString(w, `{"ARN":"arn:aws:secretsmanager:us-east-1:123456789012:secret:tokens","Name":"tokens","SecretString":"{\"current\":\"1\",\"1\":\"0123456789abcdef0123456789abcdef\"}","VersionId":"v1"}`)
	case strings.Contains(r.URL.Path, "/runtime/init/error"):
		body, _ := io.ReadAll(r.Body)
		fmt.Fprintf(os.Stderr, "init error: %s\n", body)
		w.WriteHeader(http.StatusAccepted)
	default:
		http.Error(w, "not served by the fake runtime: "+r.Method+" "+r.URL.Path, http.StatusNotFound)
	}
}

// measure starts one bootstrap and returns the time to its first /next poll,
// and the CPU time it used and the page faults it took until then (0 where
// /proc cannot tell).
func (rt *runtime) measure(path string, env []string) (init, cpu time.Duration, faults int, err error) {
	ch := make(chan time.Time, 1)
	rt.mu.Lock()
	rt.polls = ch
	rt.mu.Unlock()
	defer func() {
		rt.mu.Lock()
		rt.polls = nil
		rt.mu.Unlock()
	}()
	cmd := exec.Command(path)
	cmd.Env = append(os.Environ(), env...)
	var stderr strings.Builder
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, 0, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	select {
	case at := <-ch:
		// The process waits on its poll: its CPU time and faults stand still.
		cpu, faults := cpuTime(cmd.Process.Pid), pageFaults(cmd.Process.Pid)
		_ = cmd.Process.Kill()
		<-exited
		return at.Sub(start), cpu, faults, nil
	case err := <-exited:
		return 0, 0, 0, fmt.Errorf("exited before polling (%v): %s", err, stderr.String())
	case <-ctx.Done():
		_ = cmd.Process.Kill()
		<-exited
		return 0, 0, 0, fmt.Errorf("no poll within 10s: %s", stderr.String())
	}
}

// pageFaults is the page faults (minor and major) process pid took, from
// /proc/PID/stat; 0 where there is no /proc.
func pageFaults(pid int) int {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command's closing parenthesis: state, ppid, pgrp,
	// session, tty_nr, tpgid, flags, minflt, cminflt, majflt.
	i := strings.LastIndexByte(string(b), ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b)[i+1:])
	if len(f) < 10 {
		return 0
	}
	minflt, _ := strconv.Atoi(f[7])
	majflt, _ := strconv.Atoi(f[9])
	return minflt + majflt
}

// cpuTime is the CPU time all threads of process pid have run, from the first
// field of each /proc/PID/task/TID/schedstat (nanoseconds on a CPU); 0 where
// there is no /proc.
func cpuTime(pid int) time.Duration {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return 0
	}
	var sum time.Duration
	for _, t := range tasks {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/schedstat", pid, t.Name()))
		if err != nil {
			continue
		}
		var ns int64
		if _, err := fmt.Sscan(string(b), &ns); err == nil {
			sum += time.Duration(ns)
		}
	}
	return sum
}

// environment is what the SAM template and Lambda set, but for the Runtime API and
// endpoint addresses; credentials are static (Lambda passes them in the environment too).
func environment() []string {
	return []string{
		"AWS_LAMBDA_FUNCTION_NAME=coldstart", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE=256", "AWS_LAMBDA_FUNCTION_VERSION=$LATEST",
		"AWS_REGION=us-east-1", "AWS_DEFAULT_REGION=us-east-1",
		"AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY=coldstart", "AWS_SESSION_TOKEN=coldstart",
		"AWS_EC2_METADATA_DISABLED=true",
		"AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null",
		"CAREERCONV_TABLE=careerconv", "CAREERCONV_BUCKET=careerconv-raw", "CAREERCONV_RAW_PREFIX=inbound/",
		"CAREERCONV_SENDER=careerconv <careerconv@mail.example.com>", "CAREERCONV_INBOUND_DOMAIN=reply.example.com",
		"CAREERCONV_CONFIGURATION_SET=careerconv", "CAREERCONV_SCHEDULE_GROUP=careerconv",
		"CAREERCONV_DISPATCH_ARN=arn:aws:lambda:us-east-1:123456789012:function:careerconv-dispatch",
		"CAREERCONV_SCHEDULER_ROLE_ARN=arn:aws:iam::123456789012:role/careerconv-scheduler",
		"CAREERCONV_SCHEDULER_DLQ_ARN=arn:aws:sqs:us-east-1:123456789012:careerconv-dlq",
	}
}
