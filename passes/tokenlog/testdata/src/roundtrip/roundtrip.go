package roundtrip

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"net/http/httputil"
	"strings"
)

type debugTransport struct{ next http.RoundTripper }

func (t *debugTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	for name, values := range req.Header {
		log.Printf("> %s: %s", name, strings.Join(values, ", ")) // want `request headers \(Authorization included\) reach log.Printf`
	}
	for name := range req.Header {
		log.Printf("> header %s", name) // near miss: the names only
	}
	return t.next.RoundTrip(req)
}

type redactingTransport struct{ next http.RoundTripper }

// sensitive are the headers redactingTransport masks.
var sensitive = map[string]bool{"Authorization": true, "Cookie": true}

func (t *redactingTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	for name, values := range req.Header {
		if sensitive[http.CanonicalHeaderKey(name)] {
			log.Printf("> %s: [redacted]", name)
			continue
		}
		log.Printf("> %s: %s", name, strings.Join(values, ", ")) // near miss: the credential headers are masked
	}
	for name, values := range req.Header {
		switch strings.ToLower(name) {
		case "authorization", "proxy-authorization":
			continue
		}
		log.Printf("> %s: %s", name, strings.Join(values, ", ")) // near miss: the credential headers are skipped
	}
	return t.next.RoundTrip(req)
}

type curlTransport struct{ next http.RoundTripper }

func (t *curlTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	var b strings.Builder
	fmt.Fprintf(&b, "curl -X %s", req.Method)
	for name, values := range req.Header {
		for _, v := range values {
			fmt.Fprintf(&b, " -H '%s: %s'", name, v)
		}
	}
	fmt.Fprintf(&b, " '%s'", req.URL)
	log.Println(b.String()) // want `request headers \(Authorization included\) reach log.Println`

	var short strings.Builder
	fmt.Fprintf(&short, "curl -X %s '%s'", req.Method, req.URL)
	log.Println(short.String()) // near miss: no header
	return t.next.RoundTrip(req)
}

type dumpTransport struct{ next http.RoundTripper }

func (t *dumpTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	dump, _ := httputil.DumpRequestOut(req, true)
	log.Printf("%s", dump)            // want `request headers \(Authorization included\) reach log.Printf`
	log.Printf("%d bytes", len(dump)) // near miss
	return t.next.RoundTrip(req)
}

type signedTransport struct {
	next   http.RoundTripper
	header string
}

// The signature header has a configured name (oauth2-proxy's hmacauth):
// not a credential header the model knows.
func (t *signedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	sig := req.Header.Get(t.header)
	parts := strings.Split(sig, " ")
	if len(parts) != 2 {
		return nil, errors.New("bad signature algorithm: " + parts[0]) // near miss
	}
	log.Printf("signature %v", req.Header[t.header]) // near miss
	return t.next.RoundTrip(req)
}

type traceTransport struct{ next http.RoundTripper }

func (t *traceTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	log.Printf("> %s %s (%s)", req.Method, req.URL, req.Header.Get("Content-Type")) // near miss
	log.Printf("> auth %s", req.Header.Get("authorization"))                        // want `the Authorization header reaches log.Printf`
	return t.next.RoundTrip(req)
}
