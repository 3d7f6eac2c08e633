// Package keyfield keeps keys of another party in struct fields set by
// constructors.
package keyfield

import (
	"crypto/ecdsa"
	"time"

	jose "github.com/go-jose/go-jose/v4"
	josejwt "github.com/go-jose/go-jose/v4/jwt"
	"github.com/golang-jwt/jwt/v5"
	jwx "github.com/lestrrat-go/jwx/v2/jwt"

	"settings"
)

type V struct{ keys *jose.JSONWebKeySet }

func NewVerifier(keys *jose.JSONWebKeySet) *V { return &V{keys: keys} }

func (v *V) Validate(tok *josejwt.JSONWebToken) error {
	var c josejwt.Claims
	if err := tok.Claims(v.keys, &c); err != nil {
		return err
	}
	return c.ValidateWithLeeway(josejwt.Expected{Issuer: "https://idp.example.com"}, 0) // want `\(jwt.Claims\).ValidateWithLeeway sets zero clock-skew leeway for a token minted by another machine`
}

func (v *V) ValidateLeeway(tok *josejwt.JSONWebToken) error {
	var c josejwt.Claims
	if err := tok.Claims(v.keys, &c); err != nil {
		return err
	}
	return c.ValidateWithLeeway(josejwt.Expected{Issuer: "https://idp.example.com"}, time.Minute)
}

// A helper method verifies the signature; its caller validates.
func (v *V) claims(tok *josejwt.JSONWebToken) (*josejwt.Claims, error) {
	c := &josejwt.Claims{}
	if err := tok.Claims(v.keys, c); err != nil {
		return nil, err
	}
	return c, nil
}

func (v *V) Check(tok *josejwt.JSONWebToken) error {
	c, err := v.claims(tok)
	if err != nil {
		return err
	}
	return c.ValidateWithLeeway(josejwt.Expected{}, 0) // want `\(jwt.Claims\).ValidateWithLeeway sets zero clock-skew leeway`
}

// A parser built in a constructor taking a public key.
type X struct {
	p   *jwt.Parser
	key *ecdsa.PublicKey
}

func NewX(key *ecdsa.PublicKey) *X {
	return &X{p: jwt.NewParser(jwt.WithLeeway(settings.NoLeeway)), key: key} // want `jwt.WithLeeway sets zero clock-skew leeway`
}

func (x *X) Parse(s string) (*jwt.Token, error) {
	return x.p.Parse(s, x.keyfunc)
}

func (x *X) keyfunc(*jwt.Token) (interface{}, error) { return x.key, nil }

type Y struct {
	p   *jwt.Parser
	key *ecdsa.PublicKey
}

func NewY(key *ecdsa.PublicKey) *Y {
	return &Y{p: jwt.NewParser(jwt.WithLeeway(settings.Leeway)), key: key}
}

func (y *Y) Parse(s string) (*jwt.Token, error) {
	return y.p.Parse(s, func(*jwt.Token) (interface{}, error) { return y.key, nil })
}

// jwx: re-validating a token for an external issuer with zero skew.
func Revalidate(tok jwx.Token) error {
	return jwx.Validate(tok, jwx.WithIssuer("https://accounts.example.com"), jwx.WithAcceptableSkew(0)) // want `jwt.WithAcceptableSkew sets zero clock-skew leeway`
}

func RevalidateNoIssuer(tok jwx.Token) error {
	return jwx.Validate(tok, jwx.WithAcceptableSkew(0))
}
