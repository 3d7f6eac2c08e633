// Package kataras authenticates requests with github.com/kataras/jwt.
package kataras

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/kataras/jwt"
)

// Server verifies HS256 tokens with keys chosen by kid.
type Server struct {
	secrets map[string][]byte
}

type userClaims struct {
	Username string `json:"username"`
}

func bearer(r *http.Request) []byte {
	return []byte(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
}

// Profile decodes the payload of a token it never verified.
func (s *Server) Profile(w http.ResponseWriter, r *http.Request) {
	u, err := jwt.Decode(bearer(r)) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	var c userClaims
	if err := json.Unmarshal(u.Payload, &c); err != nil {
		http.Error(w, "bad claims", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "hello %s", c.Username)
}

// Account reads only the header of the unverified token, then verifies.
func (s *Server) Account(w http.ResponseWriter, r *http.Request) {
	raw := bearer(r)
	u, err := jwt.Decode(raw)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	var hdr struct {
		Kid string `json:"kid"`
	}
	if err := json.Unmarshal(u.Header, &hdr); err != nil {
		http.Error(w, "bad header", http.StatusUnauthorized)
		return
	}
	vt, err := jwt.Verify(jwt.HS256, s.secrets[hdr.Kid], raw)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	var c userClaims
	if err := vt.Claims(&c); err != nil {
		http.Error(w, "bad claims", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "account %s", c.Username)
}
