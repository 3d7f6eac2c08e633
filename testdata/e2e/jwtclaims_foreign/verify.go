// Package jwtclaims_foreign verifies tokens of a partner with the partner's
// RSA public key, and signs nothing itself: jwtclaims cases for keys of
// another party.
package jwtclaims_foreign

import (
	"crypto/rsa"
	"errors"

	"github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	"github.com/golang-jwt/jwt/v5"
)

// Partner holds the partner's public key.
type Partner struct {
	pub *rsa.PublicKey
}

// NewPartner parses the partner's PEM public key.
func NewPartner(pem []byte) (*Partner, error) {
	pub, err := jwt.ParseRSAPublicKeyFromPEM(pem)
	if err != nil {
		return nil, err
	}
	return &Partner{pub: pub}, nil
}

func (p *Partner) key(*jwt.Token) (any, error) { return p.pub, nil }

// Subject accepts the partner's tokens for any audience and issuer.
func (p *Partner) Subject(raw string) (string, error) {
	tok, err := jwt.Parse(raw, p.key, jwt.WithValidMethods([]string{"RS256"})) // want:jwtclaims
	if err != nil {
		return "", err
	}
	return tok.Claims.GetSubject()
}

// BoundSubject accepts only tokens the partner issued to us.
func (p *Partner) BoundSubject(raw string) (string, error) {
	tok, err := jwt.Parse(raw, p.key, jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithAudience("orders-api"), jwt.WithIssuer("https://partner.example.com/"))
	if err != nil {
		return "", err
	}
	return tok.Claims.GetSubject()
}

// JoseSubject validates the time claims only.
func (p *Partner) JoseSubject(raw string) (string, error) {
	tok, err := josejwt.ParseSigned(raw, []jose.SignatureAlgorithm{jose.RS256})
	if err != nil {
		return "", err
	}
	var c josejwt.Claims
	if err := tok.Claims(p.pub, &c); err != nil {
		return "", err
	}
	if err := c.Validate(josejwt.Expected{}); err != nil { // want:jwtclaims
		return "", err
	}
	if c.Subject == "" {
		return "", errors.New("no subject")
	}
	return c.Subject, nil
}
