package remote

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
)

// Signed is the Transport to a deployed stack: HTTPS to the API's Function URL
// (AWS_IAM auth), each request signed with SigV4 for service "lambda" by the
// SDK's signer.
type Signed struct {
	// URL is the Function URL, such as https://abc.lambda-url.eu-west-1.on.aws/.
	URL string
	// Config gives the credentials (the standard chain: environment, profile,
	// SSO, instance role) and the region to sign for.
	Config aws.Config
	// HTTP sends the requests; nil means a client with a 60 s timeout.
	HTTP *http.Client
	// Now is the signing time; nil means time.Now.
	Now func() time.Time
}

// Do signs and sends one request.
func (s *Signed) Do(ctx context.Context, r Request) (Response, error) {
	if s.Config.Region == "" {
		return Response{}, errors.New("no AWS region: set AWS_REGION (or AWS_DEFAULT_REGION) or --region")
	}
	u := (&urlBuilder{path: r.Path, query: r.Query}).url(s.URL)
	req, err := http.NewRequestWithContext(ctx, r.Method, u, bytes.NewReader(r.Body))
	if err != nil {
		return Response{}, err
	}
	if r.ContentType != "" {
		req.Header.Set("Content-Type", r.ContentType)
	}
	creds, err := s.Config.Credentials.Retrieve(ctx)
	if err != nil {
		return Response{}, fmt.Errorf("AWS credentials: %w", err)
	}
	sum := sha256.Sum256(r.Body)
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	if err := v4.NewSigner().SignHTTP(ctx, creds, req, hex.EncodeToString(sum[:]), "lambda", s.Config.Region, now()); err != nil {
		return Response{}, fmt.Errorf("sign request: %w", err)
	}
	hc := s.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 60 * time.Second}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return Response{}, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return Response{}, fmt.Errorf("read the API's answer: %w", err)
	}
	return Response{Status: resp.StatusCode, Body: body}, nil
}

type urlBuilder struct {
	path  string
	query url.Values
}

// url joins base (a Function URL) and the request's path and query; each
// path segment is escaped.
func (b *urlBuilder) url(base string) string {
	segs := strings.Split(strings.TrimPrefix(b.path, "/"), "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	u := strings.TrimSuffix(base, "/") + "/" + strings.Join(segs, "/")
	if len(b.query) > 0 {
		u += "?" + b.query.Encode()
	}
	return u
}

// URLEnv is the environment variable that names the Function URL.
const URLEnv = "CAREERCONV_URL"

// StackOutputs is what ResolveURL needs of CloudFormation; *cloudformation.Client
// implements it.
type StackOutputs interface {
	DescribeStacks(ctx context.Context, in *cloudformation.DescribeStacksInput, optFns ...func(*cloudformation.Options)) (*cloudformation.DescribeStacksOutput, error)
}

// ResolveURL finds the Function URL: flag if set, else $CAREERCONV_URL, else
// the ApiUrl output of stack.
func ResolveURL(ctx context.Context, flag, stack string, cfn StackOutputs) (string, error) {
	u := flag
	if u == "" {
		u = os.Getenv(URLEnv)
	}
	if u == "" {
		if stack == "" {
			return "", fmt.Errorf("no API URL: give --url, set %s or name the stack (--stack)", URLEnv)
		}
		out, err := cfn.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: aws.String(stack)})
		if err != nil {
			return "", fmt.Errorf("read the outputs of stack %s: %w", stack, err)
		}
		for _, st := range out.Stacks {
			for _, o := range st.Outputs {
				if aws.ToString(o.OutputKey) == "ApiUrl" {
					u = aws.ToString(o.OutputValue)
				}
			}
		}
		if u == "" {
			return "", fmt.Errorf("stack %s has no ApiUrl output (is it deployed, and in this region?)", stack)
		}
	}
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || (p.Scheme != "https" && p.Scheme != "http") {
		return "", fmt.Errorf("%q is not an API URL such as https://abc.lambda-url.eu-west-1.on.aws/", u)
	}
	return u, nil
}
