// Package keyfield keeps the key set of another party in a struct field
// set by a constructor.
package keyfield

import (
	"errors"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
)

type V struct {
	keys *jose.JSONWebKeySet
	key  interface{}
}

func NewVerifier(keys *jose.JSONWebKeySet) *V { return &V{keys: keys, key: keys} }

func (v *V) Validate(raw string) (*jwt.Claims, error) {
	tok, err := jwt.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	var c jwt.Claims
	if err := tok.Claims(v.key, &c); err != nil {
		return nil, err
	}
	if err := c.Validate(jwt.Expected{}); err != nil { // want `tokens verified with a public key of another party .* set Expected.Issuer and the audience field`
		return nil, err
	}
	return &c, nil
}

func (v *V) ValidateBound(raw string) (*jwt.Claims, error) {
	tok, err := jwt.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	var c jwt.Claims
	if err := tok.Claims(v.key, &c); err != nil {
		return nil, err
	}
	if err := c.Validate(jwt.Expected{Issuer: "https://idp.example.com"}); err != nil {
		return nil, err
	}
	return &c, nil
}

// parse is a helper method that verifies the signature; its callers
// validate the claims.
func (v *V) parse(raw string) (*jwt.Claims, error) {
	tok, err := jwt.ParseSigned(raw)
	if err != nil {
		return nil, err
	}
	c := &jwt.Claims{}
	if err := tok.Claims(v.keys, c); err != nil {
		return nil, err
	}
	return c, nil
}

func (v *V) Check(raw string) error {
	c, err := v.parse(raw)
	if err != nil {
		return err
	}
	return c.Validate(jwt.Expected{}) // want `tokens verified with a public key of another party`
}

func (v *V) CheckBound(raw string) error {
	c, err := v.parse(raw)
	if err != nil {
		return err
	}
	if c.Issuer != "https://idp.example.com" {
		return errors.New("wrong issuer")
	}
	return c.Validate(jwt.Expected{})
}
