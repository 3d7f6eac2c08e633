// Package idtoken authenticates Google-signed ID tokens with
// google.golang.org/api/idtoken.
package idtoken

import (
	"fmt"
	"net/http"
	"strings"

	"google.golang.org/api/idtoken"
)

// Audience is the expected aud claim.
const Audience = "https://service.example.com"

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

// Push trusts the payload of a token it never validated.
func Push(w http.ResponseWriter, r *http.Request) {
	p, err := idtoken.ParsePayload(bearer(r)) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "push from %s", userOf(p.Claims["email"]))
}

// Task validates the token.
func Task(w http.ResponseWriter, r *http.Request) {
	p, err := idtoken.Validate(r.Context(), bearer(r), Audience)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "task from %s", p.Subject)
}

// userOf looks up the account a claim names: the claim decides who the
// request acts as.
func userOf(v interface{}) string { return fmt.Sprint("user:", v) }
