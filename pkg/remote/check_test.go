package remote_test

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"

	"github.com/careerconv/careerconv/pkg/awstest"
	"github.com/careerconv/careerconv/pkg/remote"
)

func TestMain(m *testing.M) { awstest.Main(m) }

// TestCheckOnEmulator walks the SES set-up on the emulator from nothing to the
// stack's rule set active, and checks what Check says at each gate. The
// emulator has no sesv2 GetAccount, so the account gates are reported as
// unreadable there (on AWS they read the sandbox and sending status), and an
// identity stays unverified (its DKIM NOT_STARTED): the verified side of those
// gates is checked against the documented shapes only.
func TestCheckOnEmulator(t *testing.T) {
	emu := awstest.Start(t)
	ctx := context.Background()
	v2, v1 := sesv2.NewFromConfig(emu.Config()), ses.NewFromConfig(emu.Config())
	// The emulator outlives one run (go test -count=N): name this run's
	// identities and rule sets afresh and start with no active rule set.
	run := strconv.FormatInt(time.Now().UnixNano(), 36)
	if _, err := v1.SetActiveReceiptRuleSet(ctx, &ses.SetActiveReceiptRuleSetInput{}); err != nil {
		t.Fatal(err)
	}
	mx := map[string][]*net.MX{}
	other := "someone-else-" + run
	in := remote.CheckInput{Region: "us-east-1", SendingDomain: "check-" + run + ".example.com", InboundDomain: "reply.check-" + run + ".example.com", RuleSet: "careerconv-inbound-" + run,
		LookupMX: func(_ context.Context, name string) ([]*net.MX, error) {
			if r, ok := mx[name]; ok {
				return r, nil
			}
			return nil, errors.New("no such host")
		}}
	findings := func() map[string]remote.Finding {
		out := map[string]remote.Finding{}
		for _, f := range remote.Check(ctx, v2, v1, in) {
			out[f.Check] = f
		}
		return out
	}
	expect := func(stage string, got map[string]remote.Finding, check string, ok bool, says string) {
		t.Helper()
		f, found := got[check]
		if !found || f.OK != ok || !strings.Contains(f.Detail, says) {
			t.Errorf("%s: %s = %+v; want ok=%v saying %q", stage, check, f, ok, says)
		}
	}

	got := findings()
	expect("nothing", got, "account", false, "GetAccount")
	expect("nothing", got, "sending domain", false, "is not an SES identity")
	expect("nothing", got, "inbound domain", false, "is not an SES identity")
	expect("nothing", got, "inbound MX", false, "MX 10 inbound-smtp.us-east-1.amazonaws.com")
	expect("nothing", got, "receipt rule set", false, "No receipt rule set is active")

	for _, d := range []string{in.SendingDomain, in.InboundDomain} {
		if _, err := v2.CreateEmailIdentity(ctx, &sesv2.CreateEmailIdentityInput{EmailIdentity: aws.String(d)}); err != nil {
			t.Fatal(err)
		}
	}
	got = findings()
	expect("identities", got, "sending domain", false, "is not verified yet")
	expect("identities", got, "sending DKIM", false, "NOT_STARTED")

	mx[in.InboundDomain] = []*net.MX{{Host: "mx.other.example.", Pref: 10}}
	expect("wrong MX", findings(), "inbound MX", false, "not inbound-smtp.us-east-1.amazonaws.com")
	mx[in.InboundDomain] = []*net.MX{{Host: "inbound-smtp.us-east-1.amazonaws.com.", Pref: 10}}
	expect("MX", findings(), "inbound MX", true, "")

	for _, name := range []string{other, in.RuleSet} {
		if _, err := v1.CreateReceiptRuleSet(ctx, &ses.CreateReceiptRuleSetInput{RuleSetName: aws.String(name)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := v1.SetActiveReceiptRuleSet(ctx, &ses.SetActiveReceiptRuleSetInput{RuleSetName: aws.String(other)}); err != nil {
		t.Fatal(err)
	}
	expect("other rule set", findings(), "receipt rule set", false, other+", not the stack's "+in.RuleSet)
	if _, err := v1.SetActiveReceiptRuleSet(ctx, &ses.SetActiveReceiptRuleSetInput{RuleSetName: aws.String(in.RuleSet)}); err != nil {
		t.Fatal(err)
	}
	expect("rule set", findings(), "receipt rule set", true, "is active")
}
