package gojose4

import (
	"log"
	"net/http"
	"time"

	"github.com/go-jose/go-jose/v4/jwt"
)

// KeyTrial tries each configured key; the claims are used only when one
// of them verified the token.
func (s *Server) KeyTrial(w http.ResponseWriter, r *http.Request, keys []interface{}) {
	tok, err := jwt.ParseSigned(bearer(r), algs)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	var c jwt.Claims
	found := false
	for _, k := range keys {
		if err := tok.Claims(k, &c); err == nil {
			found = true
			break
		}
	}
	if !found {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://issuer.example", AnyAudience: jwt.Audience{"api"}, Time: time.Now()}); err != nil {
		http.Error(w, "bad claims", http.StatusUnauthorized)
		return
	}
	w.Header().Set("X-User", userOf(c.Subject))
}

// KeyTrialIgnored tries the keys but uses the claims whatever the outcome.
func (s *Server) KeyTrialIgnored(w http.ResponseWriter, r *http.Request, keys []interface{}) {
	tok, err := jwt.ParseSigned(bearer(r), algs)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	var c jwt.Claims
	for _, k := range keys {
		if err := tok.Claims(k, &c); err != nil { // want:jwtverify
			log.Print(err)
		}
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://issuer.example", AnyAudience: jwt.Audience{"api"}, Time: time.Now()}); err != nil {
		http.Error(w, "bad claims", http.StatusUnauthorized)
		return
	}
	w.Header().Set("X-User", userOf(c.Subject))
}
