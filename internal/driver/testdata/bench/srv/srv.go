// Package srv is a small HTTP server: a few local packages on top of a
// large part of the standard library (net/http, crypto/tls, encoding/json).
package srv

import (
	"crypto/tls"
	"net/http"

	"example.com/bench/util"
)

func Handler(w http.ResponseWriter, r *http.Request) {
	util.WriteJSON(w, map[string]string{"path": r.URL.Path})
}

func Serve(addr string) error {
	s := &http.Server{Addr: addr, Handler: http.HandlerFunc(Handler), TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12}}
	return s.ListenAndServe()
}
