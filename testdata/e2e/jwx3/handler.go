// Package jwx3 uses github.com/lestrrat-go/jwx/v3 (not a jwtlib finding).
package jwx3

import (
	"crypto/rsa"
	"fmt"
	"io"
	"net/http"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jws"
	"github.com/lestrrat-go/jwx/v3/jwt"
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
	fmt.Fprintf(w, "hello %s", sub(tok))
}

// Admin passes a key but turns verification off, which wins.
func (s *Server) Admin(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	tok, err := jwt.Parse(body, jwt.WithKey(jwa.RS256(), s.pub), jwt.WithVerify(false)) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "admin %s", sub(tok))
}

// Reports builds its options in a slice that turns verification off.
func (s *Server) Reports(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	opts := []jwt.ParseOption{
		jwt.WithKey(jwa.RS256(), s.pub),
		jwt.WithVerify(false),
		jwt.WithValidate(true),
	}
	tok, err := jwt.Parse(body, opts...) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "reports of %s", sub(tok))
}

// Exports builds its options in a slice that keeps verification on.
func (s *Server) Exports(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	opts := []jwt.ParseOption{
		jwt.WithKey(jwa.RS256(), s.pub),
		jwt.WithValidate(true),
	}
	tok, err := jwt.Parse(body, opts...) // want:jwtclaims
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "exports of %s", sub(tok))
}

// Account verifies.
func (s *Server) Account(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	tok, err := jwt.Parse(body, jwt.WithKey(jwa.RS256(), s.pub)) // want:jwtclaims
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "account %s", sub(tok))
}

// Billing verifies, saying so explicitly.
func (s *Server) Billing(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	tok, err := jwt.Parse(body, jwt.WithKey(jwa.RS256(), s.pub), jwt.WithVerify(true)) // want:jwtclaims
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "billing of %s", sub(tok))
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
	key, ok := s.keys[kidOf(msg)]
	if !ok {
		http.Error(w, "unknown key", http.StatusUnauthorized)
		return
	}
	payload, err := jws.Verify(body, jws.WithKey(jwa.RS256(), key))
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
	if _, err := jws.Verify(body, jws.WithKey(jwa.RS256(), s.pub)); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "event %s", msg.Payload())
}

func sub(tok jwt.Token) string {
	s, _ := tok.Subject()
	return s
}

func kidOf(msg *jws.Message) string {
	kid, _ := msg.Signatures()[0].ProtectedHeaders().KeyID()
	return kid
}
