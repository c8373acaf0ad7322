package remote

import (
	"bytes"
	"context"
	"encoding/base64"
	"io"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/aws/aws-lambda-go/events"

	"github.com/careerconv/careerconv/pkg/handlers"
)

// Handler answers a Function URL event: handlers.API.Handle, or a Lambda
// invocation of it.
type Handler func(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error)

// FunctionURL serves h over HTTP as a Lambda Function URL does: each request
// becomes a Function URL event (payload version 2.0), a body that is not UTF-8
// base64-encoded.
func FunctionURL(h Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, handlers.MaxRequestBytes+1))
		if err != nil {
			http.Error(w, `{"error":"could not read the request body"}`, http.StatusBadRequest)
			return
		}
		ev := events.LambdaFunctionURLRequest{
			Version:        "2.0",
			RawPath:        r.URL.EscapedPath(),
			RawQueryString: r.URL.RawQuery,
			Headers:        map[string]string{},
			RequestContext: events.LambdaFunctionURLRequestContext{
				HTTP: events.LambdaFunctionURLRequestContextHTTPDescription{Method: r.Method, Path: r.URL.Path, SourceIP: r.RemoteAddr, UserAgent: r.UserAgent()},
			},
		}
		if q := r.URL.Query(); len(q) > 0 {
			ev.QueryStringParameters = map[string]string{}
			for k, v := range q {
				ev.QueryStringParameters[k] = strings.Join(v, ",")
			}
		}
		for k, v := range r.Header {
			ev.Headers[strings.ToLower(k)] = strings.Join(v, ",")
		}
		if utf8.Valid(body) {
			ev.Body = string(body)
		} else {
			ev.Body, ev.IsBase64Encoded = base64.StdEncoding.EncodeToString(body), true
		}
		resp, err := h(r.Context(), ev)
		if err != nil {
			http.Error(w, `{"error":"Internal error."}`, http.StatusInternalServerError)
			return
		}
		for k, v := range resp.Headers {
			w.Header().Set(k, v)
		}
		w.WriteHeader(resp.StatusCode)
		out := []byte(resp.Body)
		if resp.IsBase64Encoded {
			out, _ = base64.StdEncoding.DecodeString(resp.Body)
		}
		_, _ = w.Write(out)
	})
}

// Local is the Transport of the local commands: every call goes through h in
// this process, as FunctionURL serves it.
func Local(h Handler) Transport { return local{FunctionURL(h)} }

type local struct{ h http.Handler }

func (l local) Do(ctx context.Context, r Request) (Response, error) {
	u := (&urlBuilder{path: r.Path, query: r.Query}).url("http://localhost")
	req, err := http.NewRequestWithContext(ctx, r.Method, u, bytes.NewReader(r.Body))
	if err != nil {
		return Response{}, err
	}
	if r.ContentType != "" {
		req.Header.Set("Content-Type", r.ContentType)
	}
	w := &recorder{header: http.Header{}, status: http.StatusOK}
	l.h.ServeHTTP(w, req)
	return Response{Status: w.status, Body: w.body.Bytes()}, nil
}

type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (w *recorder) Header() http.Header         { return w.header }
func (w *recorder) WriteHeader(status int)      { w.status = status }
func (w *recorder) Write(p []byte) (int, error) { return w.body.Write(p) }
