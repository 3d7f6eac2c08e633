// Package moot switches claims validation off where it does not matter:
// on parsers only used for unverified parses, and on parses whose claims
// are validated separately.
package moot

import (
	"errors"
	"log"
	"time"

	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
	jwxv1 "github.com/lestrrat-go/jwx/jwt"
	jwa2 "github.com/lestrrat-go/jwx/v2/jwa"
	jwx2 "github.com/lestrrat-go/jwx/v2/jwt"
	jwx3 "github.com/lestrrat-go/jwx/v3/jwt"
)

var secret = []byte("0123456789abcdef0123456789abcdef")

func key(*jwt.Token) (interface{}, error) { return secret, nil }

// The option does nothing for ParseUnverified: not reported.
func peek(s string) string { // want peek:"returns unverified claims of parameter 0"
	p := jwt.NewParser(jwt.WithoutClaimsValidation())
	var c jwt.RegisteredClaims
	p.ParseUnverified(s, &c)
	return c.Subject
}

// The same parser also verifies: reported.
func peekAndVerify(s string) {
	p := jwt.NewParser(jwt.WithoutClaimsValidation()) // want `jwt.WithoutClaimsValidation\(\) switches off the exp and nbf checks`
	p.ParseUnverified(s, &jwt.RegisteredClaims{})
	p.Parse(s, key)
}

var unverifiedParser = &jwt4.Parser{SkipClaimsValidation: true}

func peekV4(s string) {
	unverifiedParser.ParseUnverified(s, &jwt4.RegisteredClaims{})
}

var verifyingParser = &jwt4.Parser{SkipClaimsValidation: true} // want `the parser.s SkipClaimsValidation: true switches off`

func verifyV4(s string) {
	verifyingParser.Parse(s, func(*jwt4.Token) (interface{}, error) { return secret, nil })
}

// jwx: an unverified parse (jwtverify's business) with validation off.
func jwxUnverified(s string) {
	jwx3.ParseString(s, jwx3.WithVerify(false), jwx3.WithValidate(false))
	jwx3.ParseString(s, jwx3.WithKey(nil, secret), jwx3.WithValidate(false)) // want `jwt.WithValidate\(false\) switches off claims validation`
}

// jwx v2: validation off at parse, jwt.Validate on its token afterwards.
func jwxValidatedLater(b []byte) error {
	tok, err := jwx2.Parse(b, jwx2.WithKey(jwa2.RS256, secret), jwx2.WithValidate(false))
	if err != nil {
		return err
	}
	return jwx2.Validate(tok, jwx2.WithIssuer("https://idp.example.com"))
}

func jwxNotValidated(b []byte) error {
	tok, err := jwx2.Parse(b, jwx2.WithKey(jwa2.RS256, secret), jwx2.WithValidate(false)) // want `jwt.WithValidate\(false\) switches off claims validation`
	if err != nil {
		return err
	}
	_ = tok
	return nil
}

// jwx v1: a signature check whose token is discarded, the claims validated
// with jwt.Validate.
func jwxV1SignatureCheck(b []byte, pub interface{}, tok jwxv1.Token) error {
	if _, err := jwxv1.Parse(b, jwxv1.WithVerify("RS256", pub)); err != nil {
		return err
	}
	return jwxv1.Validate(tok, jwxv1.WithIssuer("https://idp.example.com"))
}

func jwxV1NoValidate(b []byte, pub interface{}) error {
	_, err := jwxv1.Parse(b, jwxv1.WithVerify("RS256", pub)) // want `jwx v1 jwt.Parse does not validate claims unless given jwt.WithValidate\(true\)`
	return err
}

func jwxV1Validated(b []byte, pub interface{}) error {
	tok, err := jwxv1.Parse(b, jwxv1.WithVerify("RS256", pub))
	if err != nil {
		return err
	}
	return jwxv1.Validate(tok, jwxv1.WithIssuer("https://idp.example.com"))
}

type proofClaims struct {
	Htm string `json:"htm"`
	jwt.RegisteredClaims
}

// A DPoP proof (casdoor's shape): the library's exp and nbf checks are
// off, and the function checks the proof's age from iat itself.
func dpopProof(s, method string, jwk interface{}) error {
	t, err := jwt.ParseWithClaims(s, &proofClaims{}, func(*jwt.Token) (interface{}, error) { return jwk, nil }, jwt.WithoutClaimsValidation())
	if err != nil || !t.Valid {
		return err
	}
	c, ok := t.Claims.(*proofClaims)
	if !ok || c.Htm != method || c.IssuedAt == nil {
		return errors.New("bad proof")
	}
	if time.Since(c.IssuedAt.Time).Abs() > 5*time.Minute {
		return errors.New("stale proof")
	}
	return nil
}

// The same with the age in a variable (casdoor's own lines).
func dpopProofAge(s, method string, jwk interface{}) error {
	t, err := jwt.ParseWithClaims(s, &proofClaims{}, func(*jwt.Token) (interface{}, error) { return jwk, nil }, jwt.WithoutClaimsValidation())
	if err != nil || !t.Valid {
		return err
	}
	c, ok := t.Claims.(*proofClaims)
	if !ok || c.Htm != method || c.IssuedAt == nil {
		return errors.New("bad proof")
	}
	age := time.Since(c.IssuedAt.Time).Abs()
	if age > 5*time.Minute {
		return errors.New("stale proof")
	}
	return nil
}

// The same proof whose iat is only tested for presence: reported.
func dpopProofNoAge(s, method string, jwk interface{}) error {
	t, err := jwt.ParseWithClaims(s, &proofClaims{}, func(*jwt.Token) (interface{}, error) { return jwk, nil }, jwt.WithoutClaimsValidation()) // want `jwt.WithoutClaimsValidation\(\) switches off the exp and nbf checks`
	if err != nil || !t.Valid {
		return err
	}
	c, ok := t.Claims.(*proofClaims)
	if !ok || c.Htm != method || c.IssuedAt == nil {
		return errors.New("bad proof")
	}
	return nil
}

// The proof's age is computed but only logged: reported.
func dpopProofAgeLogged(s string, jwk interface{}) error {
	t, err := jwt.ParseWithClaims(s, &proofClaims{}, func(*jwt.Token) (interface{}, error) { return jwk, nil }, jwt.WithoutClaimsValidation()) // want `jwt.WithoutClaimsValidation\(\) switches off the exp and nbf checks`
	if err != nil || !t.Valid {
		return err
	}
	if c, ok := t.Claims.(*proofClaims); ok && c.IssuedAt != nil {
		log.Printf("proof age %v", time.Since(c.IssuedAt.Time))
	}
	return nil
}
