package eventbridge

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/scheduler"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// TestThrottledCreateIsRetried: a CreateSchedule the service throttles (an
// import faster than the account's CreateSchedule rate) is retried by the
// client the functions build (the SDK's standard retryer: three attempts),
// and once the retries are spent the error is transient (EUNAVAILABLE), so the
// import's part is sent again rather than given up. The server answers as
// EventBridge Scheduler does when throttling (429, ThrottlingException).
func TestThrottledCreateIsRetried(t *testing.T) {
	var mu sync.Mutex
	var times []time.Time
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		mu.Lock()
		times = append(times, time.Now())
		mu.Unlock()
		w.Header().Set("x-amzn-ErrorType", "ThrottlingException")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusTooManyRequests)
		_, _ = io.WriteString(w, `{"message":"Rate exceeded"}`)
	}))
	defer srv.Close()
	// As awsenv.EnvAWSConfig builds it in the functions: no Retryer set.
	cfg := aws.Config{Region: "us-east-1", BaseEndpoint: aws.String(srv.URL),
		Credentials: credentials.NewStaticCredentialsProvider("AKID", "secret", "")}
	s, err := New(scheduler.NewFromConfig(cfg), Config{Group: "g", TargetARN: "t", RoleARN: "r"})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Schedule(context.Background(), []conversation.Job{job})
	mu.Lock()
	defer mu.Unlock()
	if conversation.ErrorCode(err) != conversation.EUNAVAILABLE || len(times) != 3 {
		t.Fatalf("throttled: %v (code %q) after %d calls; want EUNAVAILABLE after 3", err, conversation.ErrorCode(err), len(times))
	}
	// The waits between attempts are the SDK's backoff with full jitter (up to
	// 1 s and 2 s for a throttle), so their length is not asserted, only logged.
	t.Logf("attempts at +%v and +%v", times[1].Sub(times[0]).Round(time.Millisecond), times[2].Sub(times[0]).Round(time.Millisecond))
}
