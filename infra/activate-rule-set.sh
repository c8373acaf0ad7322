#!/usr/bin/env bash
# Activates the stack's SES receipt rule set, so mail to the inbound domain is
# stored in S3 and handed to the inbound function.
#
#   infra/activate-rule-set.sh [stack-name]        (default: careerconv)
#
# An account has one active receipt rule set per region. If another one is
# active, this refuses to replace it unless FORCE=1: copy its rules into ours
# first, or mail they handle stops being received. Uses the aws CLI with the
# usual credentials. The region is passed to every call explicitly: AWS_REGION,
# else AWS_DEFAULT_REGION, else the profile's (the AWS CLI v1 and botocore read
# only AWS_DEFAULT_REGION, and fail with "You must specify a region").
set -euo pipefail

stack="${1:-careerconv}"
region="${AWS_REGION:-${AWS_DEFAULT_REGION:-$(aws configure get region 2>/dev/null || true)}}"
if [[ -z "$region" ]]; then
	echo "error: no AWS region: set AWS_REGION (or AWS_DEFAULT_REGION)" >&2
	exit 1
fi
aws() { command aws --region "$region" "$@"; }

rule_set="$(aws cloudformation describe-stacks --stack-name "$stack" \
	--query "Stacks[0].Outputs[?OutputKey=='ReceiptRuleSetName'].OutputValue" --output text)"
if [[ -z "$rule_set" || "$rule_set" == "None" ]]; then
	echo "error: stack $stack has no ReceiptRuleSetName output; deploy it first (make deploy)" >&2
	exit 1
fi

active="$(aws ses describe-active-receipt-rule-set --query 'Metadata.Name' --output text 2>/dev/null || true)"
if [[ "$active" == "$rule_set" ]]; then
	echo "receipt rule set $rule_set is already active in $region"
	exit 0
fi
if [[ -n "$active" && "$active" != "None" && "${FORCE:-0}" != "1" ]]; then
	echo "error: receipt rule set $active is active in this region; activating $rule_set would replace it." >&2
	echo "Move its rules into $rule_set, then run again with FORCE=1." >&2
	exit 1
fi

aws ses set-active-receipt-rule-set --rule-set-name "$rule_set"
echo "activated receipt rule set $rule_set in $region"
