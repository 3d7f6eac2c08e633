// Package jwtclaims_jose validates go-jose claims: jwtclaims cases.
package jwtclaims_jose

import (
	"crypto/rsa"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
	jwt2 "gopkg.in/square/go-jose.v2/jwt" // want:jwtlib
)

var algs = []jose.SignatureAlgorithm{jose.RS256}

// Subject trusts the claims without validating them.
func Subject(raw string, pub *rsa.PublicKey) (string, error) {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return "", err
	}
	var c jwt.Claims
	if err := tok.Claims(pub, &c); err != nil { // want:jwtclaims
		return "", err
	}
	return c.Subject, nil
}

// ValidSubject validates them.
func ValidSubject(raw string, pub *rsa.PublicKey) (string, error) {
	tok, err := jwt.ParseSigned(raw, algs)
	if err != nil {
		return "", err
	}
	var c jwt.Claims
	if err := tok.Claims(pub, &c); err != nil {
		return "", err
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://idp.example.com/", AnyAudience: jwt.Audience{"orders-api"}}); err != nil {
		return "", err
	}
	return c.Subject, nil
}

// LegacySubject validates without a time: exp is skipped on go-jose.v2.
func LegacySubject(raw string, pub *rsa.PublicKey) (string, error) {
	tok, err := jwt2.ParseSigned(raw)
	if err != nil {
		return "", err
	}
	var c jwt2.Claims
	if err := tok.Claims(pub, &c); err != nil {
		return "", err
	}
	if err := c.Validate(jwt2.Expected{Issuer: "https://idp.example.com/"}); err != nil { // want:jwtclaims
		return "", err
	}
	if err := c.Validate(jwt2.Expected{Issuer: "https://idp.example.com/", Time: time.Now()}); err != nil {
		return "", err
	}
	return c.Subject, nil
}
