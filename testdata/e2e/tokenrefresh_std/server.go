// Package tokenrefresh_std answers refused tokens with net/http.
package tokenrefresh_std

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/golang-jwt/jwt/v5"
)

// Server verifies ID tokens with go-oidc and API tokens with golang-jwt.
type Server struct {
	Verifier *oidc.IDTokenVerifier
	Key      []byte
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// Profile answers a token go-oidc refused (expired, among others) with 403.
func (s *Server) Profile(w http.ResponseWriter, r *http.Request) {
	idt, err := s.Verifier.Verify(r.Context(), bearer(r))
	if err != nil {
		http.Error(w, "forbidden", http.StatusForbidden) // want:tokenrefresh
		return
	}
	fmt.Fprintln(w, idt.Subject)
}

// ProfileRFC6750 answers it with 401 and WWW-Authenticate, on which the
// client refreshes its token; 403 is for a valid token lacking a scope.
func (s *Server) ProfileRFC6750(w http.ResponseWriter, r *http.Request) {
	idt, err := s.Verifier.Verify(r.Context(), bearer(r))
	if err != nil {
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
		http.Error(w, "invalid token", http.StatusUnauthorized)
		return
	}
	var claims struct {
		Groups []string `json:"groups"`
	}
	if err := idt.Claims(&claims); err != nil || len(claims.Groups) == 0 {
		w.Header().Set("WWW-Authenticate", `Bearer error="insufficient_scope"`)
		http.Error(w, "insufficient scope", http.StatusForbidden)
		return
	}
	fmt.Fprintln(w, idt.Subject)
}

func (s *Server) keyfunc(*jwt.Token) (any, error) { return s.Key, nil }

// authenticate verifies the API token; its error wraps golang-jwt's.
func (s *Server) authenticate(r *http.Request) (*jwt.RegisteredClaims, error) {
	var claims jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(bearer(r), &claims, s.keyfunc, jwt.WithValidMethods([]string{"HS256"})); err != nil {
		return nil, fmt.Errorf("authenticate: %w", err)
	}
	return &claims, nil
}

// Middleware answers a refused API token with 500.
func (s *Server) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := s.authenticate(r); err != nil {
			w.WriteHeader(http.StatusInternalServerError) // want:tokenrefresh
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Expired answers an expired token with 400.
func (s *Server) Expired(w http.ResponseWriter, r *http.Request) {
	_, err := s.authenticate(r)
	switch {
	case errors.Is(err, jwt.ErrTokenExpired):
		http.Error(w, "token expired", http.StatusBadRequest) // want:tokenrefresh
	case err != nil:
		http.Error(w, "invalid token", http.StatusUnauthorized)
	}
}

// Mint answers a signing failure with 500: not a token error.
func (s *Server) Mint(w http.ResponseWriter, r *http.Request) {
	if _, err := s.authenticate(r); err != nil {
		http.Error(w, "invalid token", http.StatusUnauthorized)
		return
	}
	signed, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: "svc"}).SignedString(s.Key)
	if err != nil {
		http.Error(w, "cannot sign", http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, signed)
}
