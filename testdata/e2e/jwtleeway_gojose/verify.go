// Package jwtleeway_gojose validates go-jose v4 claims with a leeway.
package jwtleeway_gojose

import (
	"crypto/ecdsa"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

func claims(raw string, key any) (jwt.Claims, error) {
	var c jwt.Claims
	tok, err := jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.ES256, jose.HS256})
	if err != nil {
		return c, err
	}
	err = tok.Claims(key, &c)
	return c, err
}

var expected = jwt.Expected{Issuer: "https://idp.example.com", AnyAudience: jwt.Audience{"api"}}

// Exact verifies a provider's token with no skew at all.
func Exact(raw string, key *ecdsa.PublicKey) (string, error) {
	var c jwt.Claims
	tok, err := jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.ES256})
	if err != nil {
		return "", err
	}
	if err := tok.Claims(key, &c); err != nil {
		return "", err
	}
	if err := c.ValidateWithLeeway(expected, 0); err != nil { // want:jwtleeway
		return "", err
	}
	return c.Subject, nil
}

// Week tolerates a week of skew.
func Week(raw string, key *ecdsa.PublicKey) (string, error) {
	c, err := claims(raw, key)
	if err != nil {
		return "", err
	}
	if err := c.ValidateWithLeeway(expected, 7*24*time.Hour); err != nil { // want:jwtleeway
		return "", err
	}
	return c.Subject, nil
}

// Default uses go-jose's default leeway of one minute: fine.
func Default(raw string, key *ecdsa.PublicKey) (string, error) {
	c, err := claims(raw, key)
	if err != nil {
		return "", err
	}
	if err := c.Validate(expected); err != nil {
		return "", err
	}
	return c.Subject, nil
}

// Tomorrow validates as if it were tomorrow.
func Tomorrow(raw string, key *ecdsa.PublicKey) (string, error) {
	c, err := claims(raw, key)
	if err != nil {
		return "", err
	}
	if err := c.Validate(expected.WithTime(time.Now().AddDate(0, 0, 1))); err != nil { // want:jwtleeway
		return "", err
	}
	return c.Subject, nil
}

// Verifier keeps the provider's key set, set by its constructor.
type Verifier struct{ keys *jose.JSONWebKeySet }

// NewVerifier returns a Verifier for the provider's keys.
func NewVerifier(keys *jose.JSONWebKeySet) *Verifier { return &Verifier{keys: keys} }

func (v *Verifier) parse(raw string) (*jwt.Claims, error) {
	tok, err := jwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.ES256})
	if err != nil {
		return nil, err
	}
	c := &jwt.Claims{}
	if err := tok.Claims(v.keys, c); err != nil {
		return nil, err
	}
	return c, nil
}

// Check validates the claims its helper verified, with no skew.
func (v *Verifier) Check(raw string) error {
	c, err := v.parse(raw)
	if err != nil {
		return err
	}
	return c.ValidateWithLeeway(expected, 0) // want:jwtleeway
}
