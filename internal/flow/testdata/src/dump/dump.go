// Package dump spells no credential key: it is followed because it ranges
// over a request's whole header set.
package dump

import (
	"log"
	"net/http"
)

type debugTransport struct{ next http.RoundTripper }

func (t debugTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	for name, values := range r.Header {
		log.Println(name)   // near miss: header names
		log.Println(values) // want `flow: request headers -> log.Println`
	}
	log.Println(r.Header.Get("X-Request-Id")) // near miss
	return t.next.RoundTrip(r)
}
