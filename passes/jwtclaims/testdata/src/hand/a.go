// Package hand verifies tokens with a public key of another party and
// compares the audience or issuer by hand.
package hand

import (
	"crypto/rsa"
	"errors"
	"log"
	"slices"
	"strings"

	josejwt "github.com/go-jose/go-jose/v4/jwt"
	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwa"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

type config struct {
	Issuer   string
	Audience string
	Allowed  map[string]bool
}

type verifier struct {
	pub *rsa.PublicKey
	cfg config
}

func (v *verifier) key(*jwt.Token) (interface{}, error) { return v.pub, nil }

// The issuer compared after the parse binds the token.
func (v *verifier) issuerCompared(s string) error {
	var c jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(s, &c, v.key); err != nil {
		return err
	}
	if c.Issuer != v.cfg.Issuer {
		return errors.New("wrong issuer")
	}
	return nil
}

// Compared only with "": not a binding.
func (v *verifier) issuerPresent(s string) error {
	var c jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(s, &c, v.key); err != nil { // want `tokens verified with a public key of another party`
		return err
	}
	if c.Issuer == "" {
		return errors.New("no issuer")
	}
	return nil
}

// A helper of the package that compares the audience.
func (v *verifier) helper(s string) error {
	var c jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(s, &c, v.key); err != nil {
		return err
	}
	return v.checkAudience(&c)
}

func (v *verifier) checkAudience(c *jwt.RegisteredClaims) error { // want checkAudience:"checks aud"
	for _, aud := range c.Audience {
		if aud == v.cfg.Audience {
			return nil
		}
	}
	return errors.New("wrong audience")
}

// A helper that only logs the claims: not a binding.
func (v *verifier) logger(s string) error {
	var c jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(s, &c, v.key); err != nil { // want `tokens verified with a public key of another party`
		return err
	}
	logClaims(&c)
	return nil
}

func logClaims(c *jwt.RegisteredClaims) { log.Printf("token of %s for %v", c.Issuer, c.Audience) }

// A MapClaims read compared to the configuration.
func (v *verifier) mapClaims(s string) error {
	tok, err := jwt.Parse(s, v.key)
	if err != nil {
		return err
	}
	claims := tok.Claims.(jwt.MapClaims)
	if iss, _ := claims["iss"].(string); iss != v.cfg.Issuer {
		return errors.New("wrong issuer")
	}
	return nil
}

// An allow-list lookup of the issuer.
func (v *verifier) allowList(s string) error {
	var c jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(s, &c, v.key); err != nil {
		return err
	}
	if !v.cfg.Allowed[c.Issuer] {
		return errors.New("issuer not allowed")
	}
	return nil
}

// jwx: the token's audience getter compared.
func (v *verifier) jwx(b []byte) error {
	tok, err := jwxjwt.Parse(b, jwxjwt.WithKey(jwa.RS256, v.pub))
	if err != nil {
		return err
	}
	if !slices.Contains(tok.Audience(), v.cfg.Audience) {
		return errors.New("wrong audience")
	}
	return nil
}

func (v *verifier) jwxUnbound(b []byte) (string, error) {
	tok, err := jwxjwt.Parse(b, jwxjwt.WithKey(jwa.RS256, v.pub)) // want `tokens verified with a public key of another party`
	if err != nil {
		return "", err
	}
	return tok.Subject(), nil
}

// go-jose: an empty Expected, the issuer compared afterwards.
func (v *verifier) jose(tok *josejwt.JSONWebToken) error { // want jose:"checks iss"
	var c josejwt.Claims
	if err := tok.Claims(v.pub, &c); err != nil {
		return err
	}
	if err := c.Validate(josejwt.Expected{}); err != nil {
		return err
	}
	switch c.Issuer {
	case v.cfg.Issuer:
		return nil
	}
	return errors.New("wrong issuer")
}

func (v *verifier) joseUnbound(tok *josejwt.JSONWebToken) (string, error) {
	var c josejwt.Claims
	if err := tok.Claims(v.pub, &c); err != nil {
		return "", err
	}
	if err := c.Validate(josejwt.Expected{}); err != nil { // want `tokens verified with a public key of another party`
		return "", err
	}
	log.Println("issuer", c.Issuer)
	return c.Subject, nil
}

// The issuer normalized before the comparison.
func (v *verifier) normalized(s string) error {
	var c jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(s, &c, v.key); err != nil {
		return err
	}
	if strings.TrimSuffix(c.Issuer, "/") != v.cfg.Issuer {
		return errors.New("wrong issuer")
	}
	return nil
}

// The issuer normalized and only logged.
func (v *verifier) normalizedLogged(s string) error {
	var c jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(s, &c, v.key); err != nil { // want `tokens verified with a public key of another party`
		return err
	}
	log.Println(strings.ToLower(c.Issuer))
	return nil
}
