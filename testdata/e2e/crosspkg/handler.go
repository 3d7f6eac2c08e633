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
