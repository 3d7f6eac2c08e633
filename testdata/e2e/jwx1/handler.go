// Package jwx1 uses github.com/lestrrat-go/jwx (v1), deprecated by its
// maintainers: every import of one of its packages is a jwtlib finding.
// jwx v1's jwt.Parse verifies nothing unless given a key option.
package jwx1

import (
	"crypto/rsa"
	"fmt"
	"io"
	"net/http"

	"github.com/lestrrat-go/jwx/jwa" // want:jwtlib
	"github.com/lestrrat-go/jwx/jws" // reported once per package, at the library's first import
	"github.com/lestrrat-go/jwx/jwt" // reported once per package, at the library's first import
)

// Server verifies RS256 tokens.
type Server struct {
	pub *rsa.PublicKey
}

// Profile parses the body without a key: jwx v1 then skips verification.
func (s *Server) Profile(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	tok, err := jwt.Parse(body) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "hello %s", tok.Subject())
}

// Account gives the key.
func (s *Server) Account(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	tok, err := jwt.Parse(body, jwt.WithVerify(jwa.RS256, s.pub), jwt.WithValidate(true)) // want:jwtclaims
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "account %s", tok.Subject())
}

// Webhook reads the payload of a JWS it never verified.
func (s *Server) Webhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	msg, err := jws.Parse(body) // want:jwtverify
	if err != nil {
		http.Error(w, "bad message", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "event %s", msg.Payload())
}

// Callback verifies the JWS in the same function before using the payload.
func (s *Server) Callback(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	msg, err := jws.Parse(body)
	if err != nil {
		http.Error(w, "bad message", http.StatusBadRequest)
		return
	}
	if _, err := jws.Verify(body, jwa.RS256, s.pub); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "event %s", msg.Payload())
}
