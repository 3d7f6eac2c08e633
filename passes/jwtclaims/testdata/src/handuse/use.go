// Package handuse verifies with a public key of another party and has
// package handlib compare the issuer.
package handuse

import (
	"crypto/rsa"

	"github.com/golang-jwt/jwt/v5"

	"handlib"
)

type verifier struct{ pub *rsa.PublicKey }

func (v *verifier) key(*jwt.Token) (interface{}, error) { return v.pub, nil }

func (v *verifier) checked(s string) error {
	var c jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(s, &c, v.key); err != nil {
		return err
	}
	return handlib.CheckIssuer(&c, "https://idp.example.com")
}

func (v *verifier) logged(s string) error {
	var c jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(s, &c, v.key); err != nil { // want `tokens verified with a public key of another party`
		return err
	}
	handlib.Log(&c)
	return nil
}
