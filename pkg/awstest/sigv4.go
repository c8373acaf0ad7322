package awstest

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// SigV4Verifier checks each request's AWS Signature Version 4 the way AWS does
// for a Lambda Function URL with AWS_IAM auth, written from the specification
// (not with the SDK's signer, which signs what it verifies), and answers 403
// {"Message": …} as AWS does when it fails; a verified request goes on to Next.
type SigV4Verifier struct {
	Next            http.Handler
	Region, Service string
	// Secrets holds the secret key of each access key ID; Sessions, the session
	// token a temporary access key must present.
	Secrets  map[string]string
	Sessions map[string]string
	// Now is the verifier's clock (a signature more than 5 minutes off is
	// refused); nil means time.Now.
	Now func() time.Time

	mu               sync.Mutex
	verified, denied int
}

// Counts returns how many requests were verified and how many denied.
func (v *SigV4Verifier) Counts() (verified, denied int) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.verified, v.denied
}

// ServeHTTP verifies the request and passes it on, or answers 403.
func (v *SigV4Verifier) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	err := v.verify(r, body)
	v.mu.Lock()
	if err != nil {
		v.denied++
	} else {
		v.verified++
	}
	v.mu.Unlock()
	if err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusForbidden)
		fmt.Fprintf(w, `{"Message":%q}`, err.Error())
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	v.Next.ServeHTTP(w, r)
}

func (v *SigV4Verifier) verify(r *http.Request, body []byte) error {
	auth := r.Header.Get("Authorization")
	rest, ok := strings.CutPrefix(auth, "AWS4-HMAC-SHA256 ")
	if !ok {
		return fmt.Errorf("missing or unsupported Authorization")
	}
	fields := map[string]string{}
	for _, part := range strings.Split(rest, ",") {
		k, val, _ := strings.Cut(strings.TrimSpace(part), "=")
		fields[k] = val
	}
	scope := strings.Split(fields["Credential"], "/")
	if len(scope) != 5 || scope[4] != "aws4_request" {
		return fmt.Errorf("malformed credential scope %q", fields["Credential"])
	}
	akid, date, region, service := scope[0], scope[1], scope[2], scope[3]
	if region != v.Region || service != v.Service {
		return fmt.Errorf("credential should be scoped to %s/%s, not %s/%s", v.Region, v.Service, region, service)
	}
	secret, ok := v.Secrets[akid]
	if !ok {
		return fmt.Errorf("the security token included in the request is invalid")
	}
	if want := v.Sessions[akid]; want != "" && r.Header.Get("X-Amz-Security-Token") != want {
		return fmt.Errorf("the security token included in the request is invalid")
	}
	amzDate := r.Header.Get("X-Amz-Date")
	at, err := time.Parse("20060102T150405Z", amzDate)
	if err != nil || at.Format("20060102") != date {
		return fmt.Errorf("bad X-Amz-Date %q", amzDate)
	}
	now := time.Now
	if v.Now != nil {
		now = v.Now
	}
	if d := now().Sub(at); d > 5*time.Minute || d < -5*time.Minute {
		return fmt.Errorf("signature expired: %s is more than 5 minutes from now", amzDate)
	}
	signed := strings.Split(fields["SignedHeaders"], ";")
	if !sort.StringsAreSorted(signed) {
		return fmt.Errorf("signed headers are not sorted")
	}
	has := func(h string) bool {
		return sort.SearchStrings(signed, h) < len(signed) && signed[sort.SearchStrings(signed, h)] == h
	}
	if !has("host") || !has("x-amz-date") || (r.Header.Get("X-Amz-Security-Token") != "" && !has("x-amz-security-token")) {
		return fmt.Errorf("host, x-amz-date and any security token must be signed")
	}
	sum := sha256.Sum256(body)
	payload := hex.EncodeToString(sum[:])
	if h := r.Header.Get("X-Amz-Content-Sha256"); h != "" && h != payload {
		return fmt.Errorf("the body does not match X-Amz-Content-Sha256")
	}
	var canon strings.Builder
	canon.WriteString(r.Method + "\n")
	// Every service but S3 encodes the (already encoded) path once more.
	segs := strings.Split(r.URL.EscapedPath(), "/")
	for i, s := range segs {
		segs[i] = uriEncode(s)
	}
	canon.WriteString(strings.Join(segs, "/") + "\n")
	var qs []string
	for k, vals := range r.URL.Query() {
		for _, val := range vals {
			qs = append(qs, uriEncode(k)+"="+uriEncode(val))
		}
	}
	sort.Strings(qs)
	canon.WriteString(strings.Join(qs, "&") + "\n")
	for _, h := range signed {
		var val string
		switch h {
		case "host":
			val = r.Host
		case "content-length":
			val = strconv.FormatInt(r.ContentLength, 10)
		default:
			vals := r.Header.Values(h)
			for i := range vals {
				vals[i] = strings.Join(strings.Fields(vals[i]), " ")
			}
			val = strings.Join(vals, ",")
		}
		canon.WriteString(h + ":" + val + "\n")
	}
	canon.WriteString("\n" + fields["SignedHeaders"] + "\n" + payload)
	creq := sha256.Sum256([]byte(canon.String()))
	scopeStr := strings.Join(scope[1:], "/")
	toSign := "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scopeStr + "\n" + hex.EncodeToString(creq[:])
	key := mac([]byte("AWS4"+secret), date)
	key = mac(key, region)
	key = mac(key, service)
	key = mac(key, "aws4_request")
	want := hex.EncodeToString(mac(key, toSign))
	if !hmac.Equal([]byte(want), []byte(fields["Signature"])) {
		return fmt.Errorf("the request signature we calculated does not match the signature you provided")
	}
	return nil
}

func mac(key []byte, s string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(s))
	return m.Sum(nil)
}

// uriEncode is SigV4's URI encoding: every byte but the unreserved ones as %XX.
func uriEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
