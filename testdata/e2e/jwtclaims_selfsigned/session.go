// Package jwtclaims_selfsigned mints RSA-signed session tokens and verifies
// them with its own public key: the tokens are self-issued, and jwtclaims
// reports nothing by default.
package jwtclaims_selfsigned

import (
	"crypto/rsa"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Sessions signs and verifies session tokens.
type Sessions struct {
	priv *rsa.PrivateKey
}

// Mint signs a session token for sub.
func (s *Sessions) Mint(sub string) (string, error) {
	c := jwt.RegisteredClaims{Subject: sub, ExpiresAt: jwt.NewNumericDate(time.Now().Add(time.Hour))}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(s.priv)
}

// Subject verifies a session token minted by Mint.
func (s *Sessions) Subject(raw string) (string, error) {
	tok, err := jwt.Parse(raw, func(*jwt.Token) (any, error) { return &s.priv.PublicKey, nil },
		jwt.WithValidMethods([]string{"RS256"}))
	if err != nil {
		return "", err
	}
	return tok.Claims.GetSubject()
}
