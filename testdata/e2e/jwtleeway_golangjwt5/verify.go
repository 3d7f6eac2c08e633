// Package jwtleeway_golangjwt5 verifies tokens of an external issuer with
// github.com/golang-jwt/jwt/v5 and chooses their leeway.
package jwtleeway_golangjwt5

import (
	"crypto/rsa"
	"errors"
	"time"

	"github.com/golang-jwt/jwt/v5"

	config "example.com/e2e/jwtleeway_config"
)

// Verifier checks RS256 tokens minted by the identity provider.
type Verifier struct {
	Key    *rsa.PublicKey
	Secret []byte
}

func (v *Verifier) publicKey(*jwt.Token) (any, error) { return v.Key, nil }

func (v *Verifier) secret(*jwt.Token) (any, error) { return v.Secret, nil }

func (v *Verifier) options(leeway time.Duration) []jwt.ParserOption {
	return []jwt.ParserOption{
		jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer("https://idp.example.com"),
		jwt.WithAudience("api"),
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(leeway),
	}
}

func subject(tok *jwt.Token, err error) (string, error) {
	if err != nil {
		return "", err
	}
	if !tok.Valid {
		return "", errors.New("invalid token")
	}
	return tok.Claims.GetSubject()
}

// Strict allows no clock skew for tokens minted by another machine.
func (v *Verifier) Strict(raw string) (string, error) {
	p := jwt.NewParser(
		jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer("https://idp.example.com"),
		jwt.WithAudience("api"),
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(config.ClockSkew), // want:jwtleeway
	)
	return subject(p.Parse(raw, v.publicKey))
}

// Session verifies its own HMAC session tokens: zero leeway is fine there.
func (v *Verifier) Session(raw string) (string, error) {
	return subject(jwt.Parse(raw, v.secret,
		jwt.WithValidMethods([]string{"HS256"}),
		jwt.WithIssuer("https://idp.example.com"),
		jwt.WithAudience("api"),
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(0)))
}

// Lenient keeps expired tokens alive for a day.
func (v *Verifier) Lenient(raw string) (string, error) {
	return subject(jwt.Parse(raw, v.publicKey,
		jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer("https://idp.example.com"),
		jwt.WithAudience("api"),
		jwt.WithExpirationRequired(),
		jwt.WithLeeway(config.GracePeriod))) // want:jwtleeway
}

// Tolerant allows half a minute of skew.
func (v *Verifier) Tolerant(raw string) (string, error) {
	return subject(jwt.Parse(raw, v.publicKey, v.options(30*time.Second)...))
}

// Shifted checks tokens against a clock an hour ahead.
func (v *Verifier) Shifted(raw string) (string, error) {
	return subject(jwt.Parse(raw, v.publicKey,
		jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer("https://idp.example.com"),
		jwt.WithAudience("api"),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(func() time.Time { return time.Now().Add(time.Hour) }))) // want:jwtleeway
}

// UTC uses the current time.
func (v *Verifier) UTC(raw string) (string, error) {
	return subject(jwt.Parse(raw, v.publicKey,
		jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithIssuer("https://idp.example.com"),
		jwt.WithAudience("api"),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(func() time.Time { return time.Now().UTC() })))
}
