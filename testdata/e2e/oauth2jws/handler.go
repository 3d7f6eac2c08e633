// Package oauth2jws uses golang.org/x/oauth2/jws, deprecated and not
// intended for public use: its import is a jwtlib finding.
package oauth2jws

import (
	"crypto/rsa"
	"fmt"
	"net/http"
	"strings"

	"golang.org/x/oauth2/jws" // want:jwtlib
)

// Server verifies RS256 assertions.
type Server struct {
	pub *rsa.PublicKey
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// Profile trusts the claim set of an assertion it never verified.
func (s *Server) Profile(w http.ResponseWriter, r *http.Request) {
	cs, err := jws.Decode(bearer(r)) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "hello %s", userOf(cs.Sub))
}

// Account verifies the assertion before decoding its claim set.
func (s *Server) Account(w http.ResponseWriter, r *http.Request) {
	raw := bearer(r)
	if err := jws.Verify(raw, s.pub); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	cs, err := jws.Decode(raw)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "account %s", cs.Sub)
}

// userOf looks up the account a claim names: the claim decides who the
// request acts as.
func userOf(v interface{}) string { return fmt.Sprint("user:", v) }
