// Package crosspkg calls the helpers of package tokenutil, which wrap
// ParseUnverified in another package of the module.
package crosspkg

import (
	"crypto/ed25519"
	"fmt"
	"net/http"

	"github.com/golang-jwt/jwt/v5"

	"example.com/e2e/tokenutil"
)

// Server verifies EdDSA tokens.
type Server struct {
	keys map[string]ed25519.PublicKey
}

// Tenant trusts the claims the helper returns unverified.
func (s *Server) Tenant(w http.ResponseWriter, r *http.Request) {
	claims, err := tokenutil.UnverifiedClaims(r.Header.Get("X-Token")) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "tenant %v", userOf(claims["tenant"]))
}

// Team reads only the kid header of the helper's token, then verifies.
func (s *Server) Team(w http.ResponseWriter, r *http.Request) {
	raw := r.Header.Get("X-Token")
	peek, err := tokenutil.Peek(raw)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	kid, _ := peek.Header["kid"].(string)
	key, ok := s.keys[kid]
	if !ok {
		http.Error(w, "unknown key", http.StatusUnauthorized)
		return
	}
	tok, err := jwt.Parse(raw, func(*jwt.Token) (any, error) { return key, nil }, jwt.WithValidMethods([]string{"EdDSA"}))
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	fmt.Fprintf(w, "team of %s", sub)
}

// userOf looks up the account a claim names: the claim decides who the
// request acts as.
func userOf(v interface{}) string { return fmt.Sprint("user:", v) }

// Introspector asks the authorization server whether a token is active.
type Introspector interface {
	Introspect(raw string) (subject string, err error)
}

// Bearer only pre-filters the token with the unverified IsAccessToken, and
// authenticates it by introspection: a near miss.
func (s *Server) Bearer(w http.ResponseWriter, r *http.Request, in Introspector) {
	raw := r.Header.Get("Authorization")
	if ok, err := tokenutil.IsAccessToken(raw, "https://auth.example.com"); !ok {
		http.Error(w, fmt.Sprint("not an access token: ", err), http.StatusUnauthorized)
		return
	}
	sub, err := in.Introspect(raw)
	if err != nil {
		http.Error(w, "inactive token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "hello %s", sub)
}

// BearerTrusted lets the unverified answer decide.
func (s *Server) BearerTrusted(w http.ResponseWriter, r *http.Request) {
	raw := r.Header.Get("Authorization")
	if ok, _ := tokenutil.IsAccessToken(raw, "https://auth.example.com"); !ok { // want:jwtverify
		http.Error(w, "not an access token", http.StatusUnauthorized)
		return
	}
	fmt.Fprint(w, "welcome")
}
