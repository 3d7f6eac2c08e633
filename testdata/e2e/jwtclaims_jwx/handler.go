// Package jwtclaims_jwx verifies tokens with jwx: jwtclaims cases.
package jwtclaims_jwx

import (
	"context"
	"crypto/rsa"

	jwtv1 "github.com/lestrrat-go/jwx/jwt" // want:jwtlib
	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jwt"

	jwav1 "github.com/lestrrat-go/jwx/jwa" // reported once per package, at the library's first import
)

// Verifier verifies tokens.
type Verifier struct {
	pub *rsa.PublicKey
}

// NoValidation turns validation off.
func (v *Verifier) NoValidation(b []byte) (jwt.Token, error) {
	return jwt.Parse(b, jwt.WithKey(jwa.RS256(), v.pub), jwt.WithValidate(false)) // want:jwtclaims
}

// Validated keeps the default validation, but binds tokens of another
// party's RSA key to no audience or issuer.
func (v *Verifier) Validated(b []byte) (jwt.Token, error) {
	return jwt.Parse(b, jwt.WithKey(jwa.RS256(), v.pub), jwt.WithValidate(true)) // want:jwtclaims
}

// Remote verifies with a fetched key set, for any audience.
func Remote(ctx context.Context, b []byte) (jwt.Token, error) {
	set, err := jwk.Fetch(ctx, "https://idp.example.com/.well-known/jwks.json")
	if err != nil {
		return nil, err
	}
	return jwt.Parse(b, jwt.WithKeySet(set)) // want:jwtclaims
}

// RemoteBound checks the audience.
func RemoteBound(ctx context.Context, b []byte) (jwt.Token, error) {
	set, err := jwk.Fetch(ctx, "https://idp.example.com/.well-known/jwks.json")
	if err != nil {
		return nil, err
	}
	return jwt.Parse(b, jwt.WithKeySet(set), jwt.WithAudience("orders-api"))
}

// V1 verifies but never validates: v1 validation is off by default.
func (v *Verifier) V1(b []byte) (jwtv1.Token, error) {
	return jwtv1.Parse(b, jwtv1.WithVerify(jwav1.RS256, v.pub), jwtv1.WithAudience("orders-api")) // want:jwtclaims
}

// V1Validated asks for validation.
func (v *Verifier) V1Validated(b []byte) (jwtv1.Token, error) {
	return jwtv1.Parse(b, jwtv1.WithVerify(jwav1.RS256, v.pub), jwtv1.WithValidate(true), jwtv1.WithAudience("orders-api"))
}

// IsJWT only checks that b is shaped like a JWT: neither the signature nor
// the claims are checked, and the claims are not used.
func IsJWT(b []byte) bool {
	_, err := jwt.Parse(b, jwt.WithVerify(false), jwt.WithValidate(false))
	return err == nil
}
