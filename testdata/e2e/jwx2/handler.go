// Package jwx2 uses github.com/lestrrat-go/jwx/v2, deprecated by its
// maintainers: every import of one of its packages is a jwtlib finding.
package jwx2

import (
	"crypto/rsa"
	"fmt"
	"io"
	"net/http"

	"github.com/lestrrat-go/jwx/v2/jwa" // want:jwtlib
	"github.com/lestrrat-go/jwx/v2/jws" // reported once per package, at the library's first import
	"github.com/lestrrat-go/jwx/v2/jwt" // reported once per package, at the library's first import
)

// Server verifies RS256 tokens.
type Server struct {
	pub  *rsa.PublicKey
	keys map[string]*rsa.PublicKey
}

// Profile parses without verifying.
func (s *Server) Profile(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	tok, err := jwt.ParseInsecure(body) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "hello %s", tok.Subject())
}

// Admin passes a key but turns verification off, which wins.
func (s *Server) Admin(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	tok, err := jwt.Parse(body, jwt.WithKey(jwa.RS256, s.pub), jwt.WithVerify(false)) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "admin %s", tok.Subject())
}

// Reports builds its options in a slice that turns verification off.
func (s *Server) Reports(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	opts := []jwt.ParseOption{
		jwt.WithKey(jwa.RS256, s.pub),
		jwt.WithVerify(false),
		jwt.WithValidate(true),
	}
	tok, err := jwt.Parse(body, opts...) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "reports of %s", tok.Subject())
}

// Exports builds its options in a slice that keeps verification on.
func (s *Server) Exports(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	opts := []jwt.ParseOption{
		jwt.WithKey(jwa.RS256, s.pub),
		jwt.WithValidate(true),
	}
	tok, err := jwt.Parse(body, opts...) // want:jwtclaims
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "exports of %s", tok.Subject())
}

// Account verifies.
func (s *Server) Account(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	tok, err := jwt.Parse(body, jwt.WithKey(jwa.RS256, s.pub)) // want:jwtclaims
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "account %s", tok.Subject())
}

// Billing verifies, saying so explicitly.
func (s *Server) Billing(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	tok, err := jwt.Parse(body, jwt.WithKey(jwa.RS256, s.pub), jwt.WithVerify(true)) // want:jwtclaims
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "billing of %s", tok.Subject())
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

// Hook reads only the key ID from the unverified message, then verifies
// with the key it names.
func (s *Server) Hook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	msg, err := jws.Parse(body)
	if err != nil || len(msg.Signatures()) == 0 {
		http.Error(w, "bad message", http.StatusBadRequest)
		return
	}
	key, ok := s.keys[msg.Signatures()[0].ProtectedHeaders().KeyID()]
	if !ok {
		http.Error(w, "unknown key", http.StatusUnauthorized)
		return
	}
	payload, err := jws.Verify(body, jws.WithKey(jwa.RS256, key))
	if err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "event %s", payload)
}

// Callback verifies the JWS in the same function before using the payload.
func (s *Server) Callback(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	msg, err := jws.Parse(body)
	if err != nil {
		http.Error(w, "bad message", http.StatusBadRequest)
		return
	}
	if _, err := jws.Verify(body, jws.WithKey(jwa.RS256, s.pub)); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "event %s", msg.Payload())
}
