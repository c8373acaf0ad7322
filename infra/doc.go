// Package infra holds what deployment needs besides the code: sample Lambda
// events (an SES receipt, a scheduler job, Function URL requests) for tests and
// the local runner, and a reader for template.yaml that tests use to check the
// template against the code: every function has a build target, and each
// function's IAM policy allows the calls it makes and no more.
//
// The files beside it: activate-rule-set.sh activates the SES receipt rule set
// after a deploy, and DNS.md lists the DNS records SES needs.
package infra
