// Package squarejose uses the unmaintained gopkg.in/square/go-jose.v2: each
// import of its packages is a jwtlib finding.
package squarejose

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	jose "gopkg.in/square/go-jose.v2" // want:jwtlib
	"gopkg.in/square/go-jose.v2/jwt"  // reported once per package, at the library's first import
)

// Server verifies ES256 tokens.
type Server struct {
	pub *ecdsa.PublicKey
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// Profile reads claims it never verified.
func (s *Server) Profile(w http.ResponseWriter, r *http.Request) {
	raw := bearer(r)
	tok, err := jwt.ParseSigned(raw)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	var c jwt.Claims
	if err := tok.UnsafeClaimsWithoutVerification(&c); err != nil { // want:jwtverify
		http.Error(w, "bad claims", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "hello %s", userOf(c.Subject))
}

// Account verifies the claims with the key and validates them.
func (s *Server) Account(w http.ResponseWriter, r *http.Request) {
	raw := bearer(r)
	tok, err := jwt.ParseSigned(raw)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	var c jwt.Claims
	if err := tok.Claims(s.pub, &c); err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://issuer.example.com", Time: time.Now()}); err != nil {
		http.Error(w, "bad claims", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "account %s", c.Subject)
}

type event struct {
	Type string `json:"type"`
}

// Webhook decodes the payload of a JWS it never verified.
func (s *Server) Webhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	sig, err := jose.ParseSigned(string(body))
	if err != nil {
		http.Error(w, "bad message", http.StatusBadRequest)
		return
	}
	var ev event
	if err := json.Unmarshal(sig.UnsafePayloadWithoutVerification(), &ev); err != nil { // want:jwtverify
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "event %s", ev.Type)
}

// Callback decodes the verified payload.
func (s *Server) Callback(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	sig, err := jose.ParseSigned(string(body))
	if err != nil {
		http.Error(w, "bad message", http.StatusBadRequest)
		return
	}
	payload, err := sig.Verify(s.pub)
	if err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	var ev event
	if err := json.Unmarshal(payload, &ev); err != nil {
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "event %s", ev.Type)
}

// userOf looks up the account a claim names: the claim decides who the
// request acts as.
func userOf(v interface{}) string { return fmt.Sprint("user:", v) }
