# careerconv. `make run` walks a demo conversation locally; `make test` is what CI runs.
# SAM builds the functions with `make build-<LogicalId>` (BuildMethod: makefile),
# setting ARTIFACTS_DIR; run by hand, they build into bin/<function>/bootstrap.

SHELL        := bash
.SHELLFLAGS  := -eu -o pipefail -c
GO           ?= go
DEMO_DIR     ?= .local/demo
TEST_TIMEOUT ?= 15m
FUZZTIME     ?= 10s
# Minimising each new input for the default 60 s stalls runs seeded with whole messages.
FUZZMIN      ?= 10x
STACK_NAME   ?= careerconv
# The packages whose tests run against the AWS emulator (moto_server); AWS_RUN narrows them with -run.
AWS_PKGS     ?= ./pkg/dynamo/... ./pkg/ses/... ./pkg/eventbridge/... ./pkg/s3mail/... ./pkg/awstest/... ./pkg/app/... ./pkg/remote/...
AWS_RUN      ?=
BENCH_PKGS   ?= ./pkg/mailparse/... ./pkg/extract/... ./pkg/mime/...
EMAILS_DIR   ?= .local/emails

# Lambda build: one static linux/arm64 binary named bootstrap per function.
LAMBDA_ENV   := GOOS=linux GOARCH=arm64 CGO_ENABLED=0
LAMBDA_FLAGS := -tags lambda.norpc -trimpath -ldflags='-s -w'

.PHONY: run test test-aws bench fuzz lint emails build coldstart deploy clean chaos \
	build-ApiFunction build-InboundFunction build-DispatchFunction build-FeedbackFunction

## run: a local demo conversation from creation to review, written under DEMO_DIR
run:
	$(GO) run ./cmd/careerconv demo --dir $(DEMO_DIR)

## test: vet and race-test everything (the AWS adapter tests start moto_server themselves)
test:
	$(GO) vet ./...
	$(GO) test -race -timeout $(TEST_TIMEOUT) ./...

## test-aws: only the tests against the AWS emulator
test-aws:
	$(GO) test -race -timeout $(TEST_TIMEOUT) $(if $(AWS_RUN),-run '$(AWS_RUN)') \
		$(foreach p,$(AWS_PKGS),$(if $(wildcard $(patsubst ./%/...,%,$(p))),$(p)))

## chaos: 1,000 whole lifecycles under injected faults (10% before + 10% after every port call),
## doubled and concurrent deliveries, Lambda's retries and dead-letter redrives; fails on any loss
CHAOS_N      ?= 1000
chaos:
	$(GO) run ./cmd/chaos -n $(CHAOS_N) -before 0.1 -after 0.1

## emails: every email kind rendered in headless Chromium (390 and 1024 px, light and
## dark), checked, and written as PNG and HTML under EMAILS_DIR for a person to look at
emails:
	rm -rf $(EMAILS_DIR)
	mkdir -p $(EMAILS_DIR)
	EMAILS_DIR="$(abspath $(EMAILS_DIR))" $(GO) test -count=1 -timeout 30m -run '^TestRenderInChromium$$' -v ./pkg/mailcompose/ | grep -v '^=== RUN'
	@echo "emails: $$(ls $(EMAILS_DIR)/*.png | wc -l) screenshots in $(EMAILS_DIR)"

## bench: the reply-extraction benchmarks
bench:
	$(GO) test -run '^$$' -bench . -benchmem $(BENCH_PKGS)

## fuzz: each Fuzz target for FUZZTIME (go test fuzzes one target per run)
fuzz:
	@grep -rl --include='*_test.go' '^func Fuzz' . | xargs -r -n1 dirname | sort -u | while read -r dir; do \
		for fn in $$(grep -h -o '^func Fuzz[A-Za-z0-9_]*' "$$dir"/*_test.go | cut -d' ' -f2); do \
			echo "fuzz $$dir $$fn"; \
			$(GO) test -run '^$$' -fuzz "^$$fn\$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN) "$$dir"; \
		done; \
	done

## lint: gofmt, go vet, go mod tidy (checked, not applied) and cfn-lint
lint:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@$(GO) mod tidy -diff || { echo "go.mod/go.sum are not tidy: run go mod tidy"; exit 1; }
	cfn-lint template.yaml

## build: the four Lambda bootstraps under bin/
build: build-ApiFunction build-InboundFunction build-DispatchFunction build-FeedbackFunction

build-ApiFunction:      LAMBDA = api
build-InboundFunction:  LAMBDA = inbound
build-DispatchFunction: LAMBDA = dispatch
build-FeedbackFunction: LAMBDA = feedback
ARTIFACTS_DIR ?= bin/$(LAMBDA)
build-ApiFunction build-InboundFunction build-DispatchFunction build-FeedbackFunction:
	mkdir -p $(ARTIFACTS_DIR)
	$(LAMBDA_ENV) $(GO) build $(LAMBDA_FLAGS) -o $(ARTIFACTS_DIR)/bootstrap ./functions/$(LAMBDA)

## coldstart: each function's init (process start to first Runtime API poll) against a
## hello-world aws-lambda-go function, all built like the Lambda bootstraps for this
## machine's architecture, then the linux/arm64 bootstrap sizes
COLDSTART_RUNS ?= 15
COLDSTART_DIR  := bin/coldstart
coldstart: build
	mkdir -p $(COLDSTART_DIR)
	for f in api inbound dispatch feedback; do \
		CGO_ENABLED=0 GOOS=linux $(GO) build $(LAMBDA_FLAGS) -o $(COLDSTART_DIR)/$$f ./functions/$$f; \
	done
	CGO_ENABLED=0 GOOS=linux $(GO) build $(LAMBDA_FLAGS) -o $(COLDSTART_DIR)/hello ./infra/coldstart/hello
	$(GO) run ./infra/coldstart -n $(COLDSTART_RUNS) hello=$(COLDSTART_DIR)/hello \
		api=$(COLDSTART_DIR)/api inbound=$(COLDSTART_DIR)/inbound dispatch=$(COLDSTART_DIR)/dispatch \
		feedback=$(COLDSTART_DIR)/feedback
	@echo "linux/arm64 bootstraps (make build):"
	@ls -l bin/api/bootstrap bin/inbound/bootstrap bin/dispatch/bootstrap bin/feedback/bootstrap | awk '{printf "  %-24s %6.1f MB\n", $$9, $$5/1e6}'

## deploy: sam build and deploy (guided the first time), then activate the receipt rule set.
## The region is passed explicitly (AWS_REGION, else AWS_DEFAULT_REGION, else REGION=…):
## the AWS CLI v1 and SAM's botocore ignore AWS_REGION.
REGION ?= $(or $(AWS_REGION),$(AWS_DEFAULT_REGION))
deploy:
	@if [ -z "$(REGION)" ]; then echo "set AWS_REGION (or REGION=…) to a region where SES receives mail"; exit 1; fi
	sam build
	if [ -f samconfig.toml ]; then \
		sam deploy --region $(REGION) --stack-name $(STACK_NAME) --capabilities CAPABILITY_IAM; \
	else \
		sam deploy --guided --region $(REGION) --stack-name $(STACK_NAME) --capabilities CAPABILITY_IAM; \
	fi
	AWS_REGION=$(REGION) AWS_DEFAULT_REGION=$(REGION) infra/activate-rule-set.sh $(STACK_NAME)
	AWS_REGION=$(REGION) AWS_DEFAULT_REGION=$(REGION) $(GO) run ./cmd/careerconv remote check --stack $(STACK_NAME) || \
		echo "deployed; mail will not flow until the checks above pass (README: Deploying to AWS)"

## clean: remove build output
clean:
	rm -rf bin .aws-sam
