// Package dgrijalva uses the unmaintained github.com/dgrijalva/jwt-go: its
// import is a jwtlib finding (also in the test file).
package dgrijalva

import (
	"fmt"
	"log"
	"net/http"
	"strings"

	jwt "github.com/dgrijalva/jwt-go" // want:jwtlib
)

// Server verifies HS256 tokens with one shared secret.
type Server struct {
	secret []byte
}

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func (s *Server) keyFunc(t *jwt.Token) (interface{}, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, fmt.Errorf("unexpected alg %v", t.Header["alg"])
	}
	return s.secret, nil
}

// Profile trusts unverified claims.
func (s *Server) Profile(w http.ResponseWriter, r *http.Request) {
	tok, _, err := new(jwt.Parser).ParseUnverified(bearer(r), jwt.MapClaims{}) // want:jwtverify
	if err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "hello %v", userOf(tok.Claims.(jwt.MapClaims)["sub"]))
}

// Admin reads the claims variable of an unverified parse.
func (s *Server) Admin(w http.ResponseWriter, r *http.Request) {
	var claims jwt.StandardClaims
	p := &jwt.Parser{}
	if _, _, err := p.ParseUnverified(bearer(r), &claims); err != nil { // want:jwtverify
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
	if kid, _ := peek.Header["kid"].(string); kid != "v1" {
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
	var claims jwt.StandardClaims
	_, _ = jwt.ParseWithClaims(bearer(r), &claims, s.keyFunc) // want:jwtverify
	fmt.Fprintf(w, "settings of %s", userOf(claims.Subject))
}

// Wishlist logs the error but carries on.
func (s *Server) Wishlist(w http.ResponseWriter, r *http.Request) {
	var claims jwt.StandardClaims
	_, err := jwt.ParseWithClaims(bearer(r), &claims, s.keyFunc) // want:jwtverify
	if err != nil {
		log.Print(err)
	}
	fmt.Fprintf(w, "wishlist of %s", userOf(claims.Subject))
}

// Reviews returns on error.
func (s *Server) Reviews(w http.ResponseWriter, r *http.Request) {
	var claims jwt.StandardClaims
	if _, err := jwt.ParseWithClaims(bearer(r), &claims, s.keyFunc); err != nil {
		http.Error(w, "bad token", http.StatusUnauthorized)
		return
	}
	fmt.Fprintf(w, "reviews of %s", claims.Subject)
}

// SubjectWithGrace accepts expired tokens without ruling out a bad
// signature: in this version claims are validated before the signature, so
// the expired bit is also set on forged tokens.
func (s *Server) SubjectWithGrace(raw string) (string, error) {
	var claims jwt.StandardClaims
	_, err := jwt.ParseWithClaims(raw, &claims, s.keyFunc) // want:jwtverify
	if ve, ok := err.(*jwt.ValidationError); ok && ve.Errors&jwt.ValidationErrorExpired != 0 {
		return claims.Subject, nil
	}
	if err != nil {
		return "", err
	}
	return claims.Subject, nil
}

// SubjectWithGraceChecked accepts an expired token only when expiry is the
// sole error: a bad signature or a key lookup failure sets other bits.
func (s *Server) SubjectWithGraceChecked(raw string) (string, error) {
	var claims jwt.StandardClaims
	_, err := jwt.ParseWithClaims(raw, &claims, s.keyFunc)
	if ve, ok := err.(*jwt.ValidationError); ok && ve.Errors == jwt.ValidationErrorExpired {
		return claims.Subject, nil
	}
	if err != nil {
		return "", err
	}
	return claims.Subject, nil
}

// userOf looks up the account a claim names: the claim decides who the
// request acts as.
func userOf(v interface{}) string { return fmt.Sprint("user:", v) }
