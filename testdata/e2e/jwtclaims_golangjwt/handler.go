// Package jwtclaims_golangjwt verifies tokens with golang-jwt and a remote
// JWKS through MicahParks/keyfunc: jwtclaims cases.
package jwtclaims_golangjwt

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/MicahParks/keyfunc/v3"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
)

var validMethods = jwt.WithValidMethods([]string{"RS256"})

// Server verifies tokens of an external identity provider.
type Server struct {
	jwks   keyfunc.Keyfunc
	secret []byte
}

// New fetches the identity provider's key set.
func New(url string) (*Server, error) {
	k, err := keyfunc.NewDefault([]string{url})
	if err != nil {
		return nil, err
	}
	return &Server{jwks: k}, nil // want:hardcodedsecret
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// Any accepts the provider's tokens for any audience.
func (s *Server) Any(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.jwks.Keyfunc, validMethods) // want:jwtclaims
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	fmt.Fprintf(w, "hello %s", sub)
}

// Bound checks audience and issuer.
func (s *Server) Bound(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.jwks.Keyfunc, validMethods,
		jwt.WithAudience("orders-api"), jwt.WithIssuer("https://idp.example.com/"))
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	fmt.Fprintf(w, "hello %s", sub)
}

func (s *Server) hmac(*jwt.Token) (any, error) { return s.secret, nil }

// Session verifies our own HMAC session token: not reported by default.
func (s *Server) Session(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.hmac, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	fmt.Fprintf(w, "session of %s", sub)
}

// Expired accepts expired sessions.
func (s *Server) Expired(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.hmac, jwt.WithValidMethods([]string{"HS256"}), jwt.WithoutClaimsValidation()) // want:jwtclaims
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	fmt.Fprintf(w, "session of %s", sub)
}

// LegacyClaims is a v4 claims type whose Valid forgets the embedded one.
type LegacyClaims struct {
	jwt4.RegisteredClaims
	Role string `json:"role"`
}

// Valid checks only the role.
func (c LegacyClaims) Valid() error { // want:jwtclaims
	if c.Role == "" {
		return fmt.Errorf("no role")
	}
	return nil
}

// CheckedClaims delegates to the embedded Valid.
type CheckedClaims struct {
	jwt4.RegisteredClaims
	Role string `json:"role"`
}

// Valid checks exp and nbf, then the role.
func (c CheckedClaims) Valid() error {
	if err := c.RegisteredClaims.Valid(); err != nil {
		return err
	}
	if c.Role == "" {
		return fmt.Errorf("no role")
	}
	return nil
}
