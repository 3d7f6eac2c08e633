// Package foreign verifies tokens with public keys of another party: it
// signs nothing itself.
package foreign

import (
	"crypto/ecdsa"
	"crypto/rsa"
	"crypto/x509"

	jose3 "github.com/go-jose/go-jose/v3/jwt"
	jose "github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
	"github.com/lestrrat-go/jwx/v2/jwa"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

type verifier struct {
	pub  *rsa.PublicKey
	cert *x509.Certificate
	keys map[string]*ecdsa.PublicKey
	pem  []byte
}

func (v *verifier) rsaKey(*jwt.Token) (interface{}, error) { return v.pub, nil }

func (v *verifier) v5(s string) {
	jwt.Parse(s, v.rsaKey) // want `^tokens verified with a public key of another party are accepted for any audience and issuer; add jwt.WithAudience\(...\) and jwt.WithIssuer\(...\)$`
	jwt.Parse(s, v.rsaKey, jwt.WithAudience("api"))
	jwt.Parse(s, v.rsaKey, jwt.WithIssuer("https://idp.example.com"))
}

// A certificate's key, a key chosen by kid, and a key parsed from PEM in
// the keyfunc (k, err := f()).
func (v *verifier) shapes(s string) {
	jwt.Parse(s, func(*jwt.Token) (interface{}, error) { return v.cert.PublicKey, nil }) // want `public key of another party`
	jwt.Parse(s, func(t *jwt.Token) (interface{}, error) {                               // want `public key of another party`
		kid, _ := t.Header["kid"].(string)
		return v.keys[kid], nil
	})
	jwt.Parse(s, func(*jwt.Token) (interface{}, error) { // want `public key of another party`
		var key interface{}
		k, err := jwt.ParseRSAPublicKeyFromPEM(v.pem)
		key = k
		return key, err
	})
	jwt.Parse(s, v.load, jwt.WithAudience("api"))
}

func (v *verifier) load(*jwt.Token) (interface{}, error) { return jwt.ParseRSAPublicKeyFromPEM(v.pem) }

// An HMAC secret is ours: not reported.
func (v *verifier) hmac(s string) {
	jwt.Parse(s, func(*jwt.Token) (interface{}, error) { return v.pem, nil })
}

func (v *verifier) v4(s string) {
	var c jwt4.RegisteredClaims
	jwt4.ParseWithClaims(s, &c, func(*jwt4.Token) (interface{}, error) { return v.pub, nil }) // want `public key of another party .* check claims.VerifyAudience\(aud, true\)`
}

func (v *verifier) v4Checked(s string) bool {
	var c jwt4.RegisteredClaims
	if _, err := jwt4.ParseWithClaims(s, &c, func(*jwt4.Token) (interface{}, error) { return v.pub, nil }); err != nil {
		return false
	}
	return c.VerifyIssuer("https://idp.example.com", true)
}

func (v *verifier) jwx(b []byte) {
	jwxjwt.Parse(b, jwxjwt.WithKey(jwa.RS256, v.pub)) // want `public key of another party`
	jwxjwt.Parse(b, jwxjwt.WithKey(jwa.RS256, v.pub), jwxjwt.WithAudience("api"))
	jwxjwt.Parse(b, jwxjwt.WithKey(jwa.RS256, v.pem)) // an HMAC secret
}

func (v *verifier) jose4(tok *josejwt.JSONWebToken) string {
	var c josejwt.Claims
	if err := tok.Claims(v.pub, &c); err != nil {
		return ""
	}
	if err := c.Validate(josejwt.Expected{}); err != nil { // want `public key of another party .* set Expected.Issuer and the audience field`
		return ""
	}
	if err := c.Validate(josejwt.Expected{AnyAudience: []string{}}); err != nil { // want `public key of another party`
		return ""
	}
	e := josejwt.Expected{Issuer: ""}
	if err := c.ValidateWithLeeway(e, 0); err != nil { // want `public key of another party`
		return ""
	}
	return c.Subject
}

func (v *verifier) jose4Bound(tok *josejwt.JSONWebToken, iss string) string {
	var c josejwt.Claims
	if err := tok.Claims(v.pub, &c); err != nil {
		return ""
	}
	if err := c.Validate(josejwt.Expected{Issuer: iss}); err != nil {
		return ""
	}
	e := josejwt.Expected{}
	e.AnyAudience = []string{"api"}
	if err := c.Validate(e); err != nil {
		return ""
	}
	return c.Subject
}

// The key of the claims is a parameter of unknown type: not reported.
func jose4Unknown(tok *josejwt.JSONWebToken, key interface{}) string {
	var c josejwt.Claims
	if err := tok.Claims(key, &c); err != nil {
		return ""
	}
	if err := c.Validate(josejwt.Expected{}); err != nil {
		return ""
	}
	return c.Subject
}

func jose3Validate(tok *jose3.JSONWebToken, pub *ecdsa.PublicKey) string {
	var c jose3.Claims
	if err := tok.Claims(pub, &c); err != nil {
		return ""
	}
	if err := c.Validate(jose3.Expected{Audience: []string{""}}); err != nil { // want `public key of another party`
		return ""
	}
	if err := c.Validate(jose3.Expected{Audience: []string{"api"}}); err != nil {
		return ""
	}
	return c.Subject
}

var _ = jose.RS256

// signatureOnly checks only the signature: the claims are bound by the
// caller. Not reported.
func (v *verifier) signatureOnly(s string) error {
	tok, err := jwt.Parse(s, v.rsaKey)
	if err != nil {
		return err
	}
	if !tok.Valid {
		return nil
	}
	_, err = jwt.ParseWithClaims(s, jwt.MapClaims{}, v.rsaKey)
	return err
}

// readsClaims reads the claims of the token it verified (the flow
// engine's uses of the token: more than its Valid field): reported.
func (v *verifier) readsClaims(s string) any {
	tok, err := jwt.Parse(s, v.rsaKey) // want `public key of another party`
	if err != nil || !tok.Valid {
		return nil
	}
	c := tok.Claims
	return c
}

// VerifyAudience(x, false) is reported on its own; the parse is not
// reported again for an unbound issuer.
func (v *verifier) v4Weak(s string) bool {
	var c jwt4.RegisteredClaims
	if _, err := jwt4.ParseWithClaims(s, &c, func(*jwt4.Token) (interface{}, error) { return v.pub, nil }); err != nil {
		return false
	}
	return c.VerifyAudience("api", false) // want `claims.VerifyAudience\(..., false\) accepts a token without the aud claim`
}
