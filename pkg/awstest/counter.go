package awstest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/smithy-go/middleware"
)

// Counter counts SDK operations by service and operation, e.g. "DynamoDB.PutItem".
// It counts each operation once however often the SDK retries it. Add it to a
// client's configuration:
//
//	cfg := emu.Config()
//	calls := emu.Counter()
//	cfg.APIOptions = append(cfg.APIOptions, calls.Register)
//
// The zero value is ready to use; it is safe for concurrent use.
type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

// Counter returns a new, empty Counter.
func (e *Emulator) Counter() *Counter { return &Counter{} }

// Register adds the counting middleware to an operation's stack: pass it in
// aws.Config.APIOptions or a client's Options.APIOptions.
func (c *Counter) Register(stack *middleware.Stack) error {
	return stack.Initialize.Add(middleware.InitializeMiddlewareFunc(
		fmt.Sprintf("awstest.Counter.%p", c),
		func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
			c.add(awsmiddleware.GetServiceID(ctx) + "." + awsmiddleware.GetOperationName(ctx))
			return next.HandleInitialize(ctx, in)
		}), middleware.After)
}

func (c *Counter) add(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = make(map[string]int)
	}
	c.n[key]++
}

// Count returns how many operations op of service (the SDK's service ID, such as
// "DynamoDB", "SESv2", "Scheduler", "S3") were made.
func (c *Counter) Count(service, op string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[service+"."+op]
}

// Total returns the number of operations made, of every kind.
func (c *Counter) Total() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := 0
	for _, n := range c.n {
		t += n
	}
	return t
}

// Counts returns a copy of the counts, keyed "Service.Operation".
func (c *Counter) Counts() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.n)
}

// Reset forgets every count.
func (c *Counter) Reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.n)
}

// String lists the counts in name order: "DynamoDB.GetItem=1 DynamoDB.PutItem=2".
func (c *Counter) String() string {
	counts := c.Counts()
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s=%d", k, counts[k])
	}
	return b.String()
}
