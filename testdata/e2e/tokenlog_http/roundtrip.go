// Package tokenlog_http has debugging HTTP transports that log the
// requests they send.
package tokenlog_http

import (
	"fmt"
	"log"
	"net/http"
	"net/http/httputil"
	"strings"
)

// DebugTransport logs every request header, Authorization included.
type DebugTransport struct{ Next http.RoundTripper }

// RoundTrip logs the request's headers and sends it.
func (t *DebugTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	for name, values := range req.Header {
		log.Printf("> %s: %s", name, strings.Join(values, ", ")) // want:tokenlog
	}
	return t.Next.RoundTrip(req)
}

// CurlTransport logs each request as the curl command that repeats it.
type CurlTransport struct{ Next http.RoundTripper }

// RoundTrip logs a curl line and sends the request.
func (t *CurlTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "curl -X %s", req.Method)
	for name, values := range req.Header {
		for _, v := range values {
			fmt.Fprintf(&b, " -H '%s: %s'", name, v)
		}
	}
	fmt.Fprintf(&b, " '%s'", req.URL)
	log.Println(b.String()) // want:tokenlog
	return t.Next.RoundTrip(req)
}

// DumpTransport logs the whole request as it goes out.
type DumpTransport struct{ Next http.RoundTripper }

// RoundTrip dumps and sends the request.
func (t *DumpTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if dump, err := httputil.DumpRequestOut(req, false); err == nil {
		log.Printf("%s", dump) // want:tokenlog
	}
	return t.Next.RoundTrip(req)
}

// TraceTransport logs the method, URL and content type of each request:
// no credentials.
type TraceTransport struct{ Next http.RoundTripper }

// RoundTrip logs and sends the request.
func (t *TraceTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	log.Printf("> %s %s (%s)", req.Method, req.URL, req.Header.Get("Content-Type"))
	return t.Next.RoundTrip(req)
}

// RedactingTransport logs every request header but the credentials.
type RedactingTransport struct{ Next http.RoundTripper }

// RoundTrip logs the request's headers, masking the credentials, and
// sends it.
func (t *RedactingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	for name, values := range req.Header {
		switch http.CanonicalHeaderKey(name) {
		case "Authorization", "Proxy-Authorization", "Cookie":
			log.Printf("> %s: [redacted]", name)
		default:
			log.Printf("> %s: %s", name, strings.Join(values, ", "))
		}
	}
	return t.Next.RoundTrip(req)
}
