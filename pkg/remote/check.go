package remote

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ses"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	sesv2types "github.com/aws/aws-sdk-go-v2/service/sesv2/types"
)

// SESAccount is what Check reads of SES v2; *sesv2.Client implements it.
type SESAccount interface {
	GetAccount(ctx context.Context, in *sesv2.GetAccountInput, optFns ...func(*sesv2.Options)) (*sesv2.GetAccountOutput, error)
	GetEmailIdentity(ctx context.Context, in *sesv2.GetEmailIdentityInput, optFns ...func(*sesv2.Options)) (*sesv2.GetEmailIdentityOutput, error)
}

// SESReceipt is what Check reads of SES (v1, which alone has receipt rules);
// *ses.Client implements it.
type SESReceipt interface {
	DescribeActiveReceiptRuleSet(ctx context.Context, in *ses.DescribeActiveReceiptRuleSetInput, optFns ...func(*ses.Options)) (*ses.DescribeActiveReceiptRuleSetOutput, error)
}

// CheckInput names what a deployment needs of SES.
type CheckInput struct {
	Region        string
	SendingDomain string
	InboundDomain string
	// RuleSet is the receipt rule set the stack made (output ReceiptRuleSetName).
	RuleSet string
	// LookupMX resolves MX records; nil means net.DefaultResolver.
	LookupMX func(ctx context.Context, name string) ([]*net.MX, error)
}

// Finding is one gate of the SES set-up: met, or what to do.
type Finding struct {
	Check string `json:"check"`
	OK    bool   `json:"ok"`
	// Detail says what was found and, when not OK, what to do.
	Detail string `json:"detail"`
}

// Check reads SES's account and identity status and the active receipt rule
// set, and says for each gate before mail can flow whether it is met: sending
// enabled and production access (out of the sandbox), the sending domain
// verified with DKIM, the inbound domain verified with its MX on SES, and the
// stack's rule set active. A status it cannot read is a finding that is not OK,
// with the error.
func Check(ctx context.Context, v2 SESAccount, v1 SESReceipt, in CheckInput) []Finding {
	var out []Finding
	add := func(check string, ok bool, format string, args ...any) {
		out = append(out, Finding{Check: check, OK: ok, Detail: fmt.Sprintf(format, args...)})
	}
	acct, err := v2.GetAccount(ctx, &sesv2.GetAccountInput{})
	switch {
	case err != nil:
		add("account", false, "could not read the SES account (sesv2:GetAccount): %v", err)
	default:
		add("sending enabled", acct.SendingEnabled, "%s", map[bool]string{
			true:  "SES may send from this account in " + in.Region + ".",
			false: "Sending is paused for this account in " + in.Region + " (enforcement status " + aws.ToString(acct.EnforcementStatus) + "): see the SES console's reputation page.",
		}[acct.SendingEnabled])
		if acct.ProductionAccessEnabled {
			add("production access", true, "Out of the SES sandbox.")
		} else {
			add("production access", false, "The account is in the SES sandbox: mail goes only to verified addresses, and a send to anyone else fails until production access is granted "+
				"(aws sesv2 put-account-details --production-access-enabled --mail-type TRANSACTIONAL --website-url … --use-case-description … --region %s).", in.Region)
		}
	}
	identity := func(domain, role string) {
		if domain == "" {
			add(role+" domain", false, "No %s domain given (--%s-domain or the stack's parameter).", role, role)
			return
		}
		id, err := v2.GetEmailIdentity(ctx, &sesv2.GetEmailIdentityInput{EmailIdentity: aws.String(domain)})
		var missing *sesv2types.NotFoundException
		switch {
		case errors.As(err, &missing):
			add(role+" domain", false, "%s is not an SES identity in %s: deploy with CreateEmailIdentities=true, or create it (aws sesv2 create-email-identity --email-identity %s).", domain, in.Region, domain)
			return
		case err != nil:
			add(role+" domain", false, "could not read the identity %s (sesv2:GetEmailIdentity): %v", domain, err)
			return
		}
		if id.VerifiedForSendingStatus {
			add(role+" domain", true, "%s is verified.", domain)
		} else {
			add(role+" domain", false, "%s is not verified yet (status %s): publish its DKIM CNAME records (the stack's %sDKIM output); verification follows within 72 hours.",
				domain, id.VerificationStatus, map[string]string{"sending": "Sending", "inbound": "Inbound"}[role])
		}
		if id.DkimAttributes != nil {
			st := id.DkimAttributes.Status
			add(role+" DKIM", st == sesv2types.DkimStatusSuccess, "DKIM of %s: %s%s", domain, st,
				map[bool]string{true: ".", false: ": publish the three CNAME records of the stack's DKIM output and wait for SES to see them."}[st == sesv2types.DkimStatusSuccess])
		}
	}
	identity(in.SendingDomain, "sending")
	if in.InboundDomain != "" && in.InboundDomain != in.SendingDomain {
		identity(in.InboundDomain, "inbound")
	}
	if in.InboundDomain != "" {
		lookup := in.LookupMX
		if lookup == nil {
			lookup = net.DefaultResolver.LookupMX
		}
		want := "inbound-smtp." + in.Region + ".amazonaws.com"
		mxs, err := lookup(ctx, in.InboundDomain)
		var hosts []string
		for _, mx := range mxs {
			hosts = append(hosts, strings.TrimSuffix(strings.ToLower(mx.Host), "."))
		}
		switch {
		case err != nil:
			add("inbound MX", false, "no MX record for %s (%v): add %s. MX 10 %s.", in.InboundDomain, err, in.InboundDomain, want)
		case slices.Contains(hosts, want):
			add("inbound MX", true, "%s MX %s.", in.InboundDomain, want)
		default:
			add("inbound MX", false, "%s has MX %s, not %s: replies would not reach SES.", in.InboundDomain, strings.Join(hosts, ", "), want)
		}
	}
	active, err := v1.DescribeActiveReceiptRuleSet(ctx, &ses.DescribeActiveReceiptRuleSetInput{})
	switch {
	case err != nil:
		add("receipt rule set", false, "could not read the active receipt rule set (ses:DescribeActiveReceiptRuleSet): %v", err)
	case active.Metadata == nil:
		add("receipt rule set", false, "No receipt rule set is active in %s: run infra/activate-rule-set.sh (make deploy does) so SES stores and hands on replies.", in.Region)
	case aws.ToString(active.Metadata.Name) != in.RuleSet:
		add("receipt rule set", false, "The active receipt rule set is %s, not the stack's %s: only one is active per account and region (infra/activate-rule-set.sh with FORCE=1 replaces it).", aws.ToString(active.Metadata.Name), in.RuleSet)
	default:
		add("receipt rule set", true, "%s is active.", in.RuleSet)
	}
	return out
}
