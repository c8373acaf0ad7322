package app

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/careerconv/careerconv/infra"
	"github.com/careerconv/careerconv/pkg/awstest"
)

// List prices in us-east-1 (USD), as published by AWS for on-demand use
// beyond the free tiers.
const (
	priceWriteUnit  = 0.625 / 1e6   // DynamoDB on-demand, a write request unit
	priceReadUnit   = 0.125 / 1e6   // DynamoDB on-demand, a read request unit
	priceEmailSent  = 0.10 / 1000   // SES, an email sent (each recipient counts)
	priceEmailIn    = 0.10 / 1000   // SES, an email received
	priceInChunk    = 0.09 / 1000   // SES, each started 256 KB of an email received
	priceLambdaCall = 0.20 / 1e6    // Lambda, a request
	priceLambdaGBs  = 0.0000133334  // Lambda on arm64, a GB-second
	priceInvocation = 1.00 / 1e6    // EventBridge Scheduler, an invocation
	priceS3Put      = 0.005 / 1000  // S3 Standard, a PUT, COPY, POST or LIST
	priceS3Get      = 0.0004 / 1000 // S3 Standard, a GET
	// notEmailBudget bounds what 1,000 lifecycles cost besides email: the
	// target was $0.10 (issue 12's $2.10 with its $2.00 of email). Keys-only
	// indexes, deflated documents, message links of one write each and the
	// answers to a reply claimed in the write that stores it bring it to
	// $0.0910, the same on every run (no write sits within a few bytes of a KB).
	// The line is held just above, so one more write of the conversation fails
	// the test. What remains is listed by the test's log (table writes by
	// operation and item).
	notEmailBudget = 0.092
	inboundChunk   = 256 << 10 // SES's incoming mail chunk
)

// Lambda's billed duration is modelled, not measured: neither the emulator's
// times nor this machine's (shared, or under the race detector) are AWS's. An
// invocation is billed ownWork plus callLatency for each call it makes, typical
// figures for calls from Lambda in the same region.
const ownWork = 20 * time.Millisecond

var callLatency = map[string]time.Duration{
	"DynamoDB": 8 * time.Millisecond, "SESv2": 60 * time.Millisecond, "S3": 25 * time.Millisecond,
	"Scheduler": 40 * time.Millisecond, "Secrets Manager": 30 * time.Millisecond,
}

// invocation is what one invoke of a function used.
type invocation struct {
	function string
	usage    awstest.Usage
}

// bill adds up what lifecycles cost at list prices.
type bill struct {
	usage       awstest.Usage
	invocations int
	gbSeconds   float64
	received    int // emails SES received
	chunks      int // their 256 KB chunks
	fired       int // schedules that invoked dispatch
	s3Puts      int // puts not made by the functions (SES's receipt rule)
}

// invoked adds one function invocation, at memoryMB.
func (b *bill) invoked(inv invocation, memoryMB int) {
	b.usage.Add(inv.usage)
	b.invocations++
	own := ownWork
	for op, n := range inv.usage.Calls {
		svc, _, _ := strings.Cut(op, ".")
		own += time.Duration(n) * callLatency[svc]
	}
	b.gbSeconds += own.Seconds() * float64(memoryMB) / 1024
}

// receivedMail adds one email SES received and stored in S3.
func (b *bill) receivedMail(size int) {
	b.received++
	b.chunks += (size + inboundChunk - 1) / inboundChunk
	b.s3Puts++
}

// billLine is one line of a bill: a quantity at a unit price.
type billLine struct {
	what     string
	quantity float64
	price    float64
	email    bool // an SES charge
}

func (b *bill) lines() []billLine {
	u := b.usage
	ls := []billLine{
		{what: "SES emails sent (recipients)", quantity: float64(u.Recipients), price: priceEmailSent, email: true},
		{what: "SES emails received", quantity: float64(b.received), price: priceEmailIn, email: true},
		{what: "SES incoming 256 KB chunks", quantity: float64(b.chunks), price: priceInChunk, email: true},
	}
	for _, where := range slices.Sorted(maps.Keys(u.WriteUnits)) {
		ls = append(ls, billLine{what: "DynamoDB write units, " + where, quantity: u.WriteUnits[where], price: priceWriteUnit})
	}
	for _, where := range slices.Sorted(maps.Keys(u.ReadUnits)) {
		ls = append(ls, billLine{what: "DynamoDB read units, " + where, quantity: u.ReadUnits[where], price: priceReadUnit})
	}
	return append(ls,
		billLine{what: "Lambda requests", quantity: float64(b.invocations), price: priceLambdaCall},
		billLine{what: "Lambda GB-seconds", quantity: b.gbSeconds, price: priceLambdaGBs},
		billLine{what: "Scheduler invocations", quantity: float64(b.fired), price: priceInvocation},
		billLine{what: "S3 PUT requests", quantity: float64(u.S3Puts + b.s3Puts), price: priceS3Put},
		billLine{what: "S3 GET requests", quantity: float64(u.S3Gets), price: priceS3Get},
	)
}

// per1k returns the cost of 1,000 such lifecycles: all of it and all but email.
func (b *bill) per1k() (total, notEmail float64) {
	for _, l := range b.lines() {
		c := 1000 * l.quantity * l.price
		total += c
		if !l.email {
			notEmail += c
		}
	}
	return total, notEmail
}

// String is the bill of 1,000 lifecycles, a line a charge.
func (b *bill) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "  %-36s %10s %12s\n", "per lifecycle", "quantity", "$ per 1,000")
	for _, l := range b.lines() {
		fmt.Fprintf(&s, "  %-36s %10s %12.4f\n", l.what, strconv.FormatFloat(l.quantity, 'g', 4, 64), 1000*l.quantity*l.price)
	}
	total, notEmail := b.per1k()
	fmt.Fprintf(&s, "  %-36s %10s %12.4f\n  %-36s %10s %12.4f\n", "all but email", "", notEmail, "total", "", total)
	fmt.Fprintf(&s, "  (%d DynamoDB item writes, %.0f write units; %d emails to %d recipients)\n",
		b.usage.Writes, awstest.Total(b.usage.WriteUnits), b.usage.Messages, b.usage.Recipients)
	fmt.Fprintf(&s, "  table writes by operation and item:\n%s", byItem(b.usage.Items))
	return s.String()
}

// writeList is item writes in short: operation, item and size billed, each.
func writeList(ws []awstest.ItemWrite) string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		f := ""
		if w.Failed {
			f = " failed"
		}
		out = append(out, fmt.Sprintf("%s %s %dB=%gWCU%s", strings.TrimSuffix(w.Op, "Item"), w.Kind, w.Bytes, w.Units, f))
	}
	return strings.Join(out, ", ")
}

// byItem sums item writes by operation and item: how many, their units and
// the largest size billed.
func byItem(ws []awstest.ItemWrite) string {
	type sum struct {
		n       int
		units   float64
		largest int
	}
	sums := map[string]*sum{}
	for _, w := range ws {
		k := w.Op + " " + w.Kind
		if w.Failed {
			k += " (failed)"
		}
		if sums[k] == nil {
			sums[k] = &sum{}
		}
		s := sums[k]
		s.n++
		s.units += w.Units
		s.largest = max(s.largest, w.Bytes)
	}
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(sums)) {
		s := sums[k]
		fmt.Fprintf(&b, "    %-34s %3d writes %5g units, largest %d bytes\n", k, s.n, s.units, s.largest)
	}
	return b.String()
}

// memoryMB is a function's memory size in template.yaml.
func memoryMB(tmpl *infra.Template, function string) int {
	v, _ := tmpl.FunctionProperty(function, "MemorySize")
	n, err := strconv.Atoi(v)
	if err != nil {
		return 128 // Lambda's default
	}
	return n
}
