// Package auth exercises jwtverify, jwtalg and a suppression directive
// through golangci-lint.
package auth

import (
	"crypto/rsa"
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

var (
	pub    *rsa.PublicKey
	secret []byte
)

// Subject trusts the claims of an unverified parse of the request's token.
func Subject(r *http.Request) string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(r.Header.Get("Authorization"), claims)
	sub, _ := claims["sub"].(string)
	return sub
}

// Verify has no allow-list and a keyfunc that ignores t.Method, but its
// key is an RSA public key, which no HMAC algorithm accepts: no jwtalg
// finding.
func Verify(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { return pub, nil })
}

// Pinned is the near miss.
func Pinned(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { return pub, nil }, jwt.WithValidMethods([]string{"RS256"}))
}

// VerifySecret has no allow-list and a keyfunc that ignores t.Method and
// returns a []byte secret: jwtalg.
func VerifySecret(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (any, error) { return secret, nil })
}

// Suppressed carries a reasoned directive, which silences the finding of
// an unverified parse of the request's token (a directive silencing nothing
// would be reported).
func Suppressed(r *http.Request) string {
	claims := jwt.MapClaims{}
	//tokenvet:ignore jwtverify -- the gateway verified this token
	jwt.NewParser().ParseUnverified(r.Header.Get("Authorization"), claims)
	sub, _ := claims["sub"].(string)
	return sub
}
