// Package cristalhq authenticates requests with github.com/cristalhq/jwt/v4.
package cristalhq

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/cristalhq/jwt/v4"
)

// Server verifies HS256 tokens.
type Server struct {
	verifier jwt.Verifier
}

func bearer(r *http.Request) []byte {
	return []byte(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
}

// Profile reads the claims of a token it never verified.
func (s *Server) Profile(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.ParseNoVerify(bearer(r)) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	var c jwt.RegisteredClaims
	if err := tok.DecodeClaims(&c); err != nil {
		http.Error(w, "bad claims", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "hello %s", c.Subject)
}

// Account verifies the signature, then checks the time claims.
func (s *Server) Account(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.verifier)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	var c jwt.RegisteredClaims
	if err := tok.DecodeClaims(&c); err != nil || !c.IsValidAt(time.Now()) {
		http.Error(w, "bad claims", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "account %s", c.Subject)
}
