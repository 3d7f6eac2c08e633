// Package golangjwt4 authenticates requests with github.com/golang-jwt/jwt/v4.
// The module pins v4.5.2, which has both fixes (CVE-2024-51744,
// CVE-2025-30204), so the import is not a jwtlib finding.
package golangjwt4

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"strings"

	jwt "github.com/golang-jwt/jwt/v4"
)

// Server verifies HS256 tokens with one shared secret.
type Server struct {
	secrets map[string][]byte
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func (s *Server) keyFunc(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("unexpected alg %v", t.Header["alg"])
	}
	kid, _ := t.Header["kid"].(string)
	return s.secrets[kid], nil
}

// Profile trusts unverified claims.
func (s *Server) Profile(w http.ResponseWriter, r *http.Request) {
	tok, _, err := jwt.NewParser().ParseUnverified(bearer(r), jwt.MapClaims{}) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	claims := tok.Claims.(jwt.MapClaims)
	fmt.Fprintf(w, "hello %v", userOf(claims["sub"]))
}

// Admin reads the claims variable of an unverified parse.
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
	peek, _, err := new(jwt.Parser).ParseUnverified(raw, jwt.MapClaims{})
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	kid, _ := peek.Header["kid"].(string)
	if _, ok := s.secrets[kid]; !ok {
		http.Error(w, "unknown key", http.StatusUnauthorized)
		return
	}
	tok, err := jwt.Parse(raw, s.keyFunc)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "account %v", tok.Claims.(jwt.MapClaims)["sub"])
}

// Orders discards the error of a verifying parse.
func (s *Server) Orders(w http.ResponseWriter, r *http.Request) {
	tok, _ := jwt.Parse(bearer(r), s.keyFunc) // want:jwtverify
	fmt.Fprintf(w, "orders of %v", userOf(tok.Claims.(jwt.MapClaims)["sub"]))
}

// Invoices checks the error first.
func (s *Server) Invoices(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.keyFunc)
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "invoices of %v", tok.Claims.(jwt.MapClaims)["sub"])
}

// Settings discards token and error, then reads the claims.
func (s *Server) Settings(w http.ResponseWriter, r *http.Request) {
	var claims jwt.RegisteredClaims
	_, _ = jwt.ParseWithClaims(bearer(r), &claims, s.keyFunc) // want:jwtverify
	fmt.Fprintf(w, "settings of %s", userOf(claims.Subject))
}

// Wishlist logs the error but carries on.
func (s *Server) Wishlist(w http.ResponseWriter, r *http.Request) {
	var claims jwt.RegisteredClaims
	_, err := jwt.ParseWithClaims(bearer(r), &claims, s.keyFunc) // want:jwtverify
	if err != nil {
		log.Print(err)
	}
	fmt.Fprintf(w, "wishlist of %s", userOf(claims.Subject))
}

// Messages uses the token only when the error is nil and the token valid.
func (s *Server) Messages(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(bearer(r), s.keyFunc)
	if err == nil && tok.Valid {
		fmt.Fprintf(w, "messages of %v", tok.Claims.(jwt.MapClaims)["sub"])
		return
	}
	http.Error(w, "bad token", http.StatusUnauthorized)
}

// SubjectWithGrace accepts expired tokens without ruling out a bad signature.
func (s *Server) SubjectWithGrace(raw string) (string, error) {
	tok, err := jwt.Parse(raw, s.keyFunc) // want:jwtverify
	if errors.Is(err, jwt.ErrTokenExpired) {
		sub, _ := tok.Claims.(jwt.MapClaims)["sub"].(string)
		return sub, nil
	}
	if err != nil {
		return "", err
	}
	sub, _ := tok.Claims.(jwt.MapClaims)["sub"].(string)
	return sub, nil
}

// SubjectWithGraceChecked rules out signature errors first.
func (s *Server) SubjectWithGraceChecked(raw string) (string, error) {
	tok, err := jwt.Parse(raw, s.keyFunc)
	if errors.Is(err, jwt.ErrTokenSignatureInvalid) {
		return "", err
	}
	if errors.Is(err, jwt.ErrTokenExpired) {
		sub, _ := tok.Claims.(jwt.MapClaims)["sub"].(string)
		return sub, nil
	}
	if err != nil {
		return "", err
	}
	sub, _ := tok.Claims.(jwt.MapClaims)["sub"].(string)
	return sub, nil
}

// userOf looks up the account a claim names: the claim decides who the
// request acts as.
func userOf(v interface{}) string { return fmt.Sprint("user:", v) }
