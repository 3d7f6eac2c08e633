// Package golangjwt5 holds HTTP handlers that authenticate requests with
// github.com/golang-jwt/jwt/v5 (the current major version: importing it is
// not a jwtlib finding).
package golangjwt5

import (
	"crypto/rsa"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

// Server verifies RS256 tokens with the keys it knows by key ID.
type Server struct {
	keys map[string]*rsa.PublicKey
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func (s *Server) keyFunc(t *jwt.Token) (any, error) {
	kid, _ := t.Header["kid"].(string)
	key, ok := s.keys[kid]
	if !ok {
		return nil, fmt.Errorf("unknown key %q", kid)
	}
	return key, nil
}

func (s *Server) keyFor(kid string) jwt.Keyfunc {
	return func(*jwt.Token) (any, error) {
		key, ok := s.keys[kid]
		if !ok {
			return nil, fmt.Errorf("unknown key %q", kid)
		}
		return key, nil
	}
}

var validMethods = jwt.WithValidMethods([]string{"RS256"})

// Profile trusts the claims of a token whose signature it never checked.
func (s *Server) Profile(w http.ResponseWriter, r *http.Request) {
	claims := jwt.MapClaims{}
	tok, _, err := jwt.NewParser().ParseUnverified(bearer(r), claims) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	fmt.Fprintf(w, "hello %s (%v)", sub, claims["email"])
}

// Admin does the same through a zero Parser and reads the claims variable.
func (s *Server) Admin(w http.ResponseWriter, r *http.Request) {
	var claims jwt.RegisteredClaims
	if _, _, err := new(jwt.Parser).ParseUnverified(bearer(r), &claims); err != nil { // want:jwtverify
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "admin %s", userOf(claims.Subject))
}

// Account reads only the kid header from the unverified parse, then verifies.
func (s *Server) Account(w http.ResponseWriter, r *http.Request) {
	raw := bearer(r)
	peek, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	kid, _ := peek.Header["kid"].(string)
	tok, err := jwt.Parse(raw, s.keyFor(kid), validMethods) // want:jwtclaims
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	fmt.Fprintf(w, "account %s", sub)
}

// Orders discards the error of a verifying parse.
func (s *Server) Orders(w http.ResponseWriter, r *http.Request) {
	tok, _ := jwt.Parse(bearer(r), s.keyFunc, validMethods) // want:jwtclaims want:jwtverify
	sub, _ := tok.Claims.GetSubject()
	fmt.Fprintf(w, "orders of %s", sub)
}

// Invoices checks the error before using the token.
func (s *Server) Invoices(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.keyFunc, validMethods) // want:jwtclaims
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	sub, _ := tok.Claims.GetSubject()
	fmt.Fprintf(w, "invoices of %s", sub)
}

// Settings discards token and error, then reads the claims it filled.
func (s *Server) Settings(w http.ResponseWriter, r *http.Request) {
	var claims jwt.RegisteredClaims
	_, _ = jwt.ParseWithClaims(bearer(r), &claims, s.keyFunc, validMethods) // want:jwtclaims want:jwtverify
	fmt.Fprintf(w, "settings of %s", userOf(claims.Subject))
}

// Cart uses the claims before looking at the error.
func (s *Server) Cart(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.keyFunc, validMethods) // want:jwtclaims want:jwtverify
	sub, _ := tok.Claims.GetSubject()
	log.Printf("cart request by %s", sub)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "cart of %s", sub)
}

// Wishlist logs the error but carries on.
func (s *Server) Wishlist(w http.ResponseWriter, r *http.Request) {
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(bearer(r), &claims, s.keyFunc, validMethods) // want:jwtclaims want:jwtverify
	if err != nil {
		log.Print(err)
	}
	fmt.Fprintf(w, "wishlist of %s", userOf(claims.Subject))
}

// Reviews returns on error.
func (s *Server) Reviews(w http.ResponseWriter, r *http.Request) {
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(bearer(r), &claims, s.keyFunc, validMethods) // want:jwtclaims
	if err != nil {
		log.Print(err)
		return
	}
	fmt.Fprintf(w, "reviews of %s", claims.Subject)
}

// Messages uses the token only when the error is nil and the token valid.
func (s *Server) Messages(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.keyFunc, validMethods) // want:jwtclaims
	if err == nil && tok.Valid {
		sub, _ := tok.Claims.GetSubject()
		fmt.Fprintf(w, "messages of %s", sub)
		return
	}
	http.Error(w, "bad token", http.StatusUnauthorized)
}

// SubjectWithGrace accepts expired tokens without ruling out a bad signature.
func (s *Server) SubjectWithGrace(raw string) (string, error) {
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(raw, &claims, s.keyFunc, validMethods) // want:jwtclaims want:jwtverify
	if err != nil {
		if errors.Is(err, jwt.ErrTokenExpired) {
			return claims.Subject, nil
		}
		return "", err
	}
	return claims.Subject, nil
}

// SubjectWithGraceChecked rules out signature errors before the grace period.
func (s *Server) SubjectWithGraceChecked(raw string) (string, error) {
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(raw, &claims, s.keyFunc, validMethods) // want:jwtclaims
	if err != nil {
		if errors.Is(err, jwt.ErrTokenSignatureInvalid) {
			return "", err
		}
		if errors.Is(err, jwt.ErrTokenExpired) {
			return claims.Subject, nil
		}
		return "", err
	}
	return claims.Subject, nil
}

// userOf looks up the account a claim names: the claim decides who the
// request acts as.
func userOf(v interface{}) string { return fmt.Sprint("user:", v) }
