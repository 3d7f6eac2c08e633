// Package helper declares keyfuncs and token helpers used from another
// package.
package helper

import (
	"crypto/rsa"
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

var (
	pub    *rsa.PublicKey
	secret []byte
)

// Checked checks the method.
func Checked(t *jwt.Token) (any, error) {
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("alg")
	}
	return secret, nil
}

// Loose does not.
func Loose(t *jwt.Token) (any, error) { return secret, nil }

// LoosePublic does not either, but returns an RSA public key: its fact
// says so.
func LoosePublic(t *jwt.Token) (any, error) { return pub, nil }

// Delegating returns Checked(t): it checks too.
func Delegating(t *jwt.Token) (any, error) {
	return Checked(t)
}

// ValidateAlg checks the alg header of the token it is given.
func ValidateAlg(t *jwt.Token) error {
	if t.Header["alg"] != "HS256" {
		return errors.New("alg")
	}
	return nil
}

// KeyFor returns a keyfunc that checks.
func KeyFor(kid string) jwt.Keyfunc {
	return func(t *jwt.Token) (any, error) {
		if err := ValidateAlg(t); err != nil {
			return nil, err
		}
		return secret, nil
	}
}

// LooseFor returns one that does not.
func LooseFor(kid string) jwt.Keyfunc {
	return Loose
}

// LooseForPublic returns one that does not, returning a public key.
func LooseForPublic(kid string) jwt.Keyfunc {
	return LoosePublic
}

// Wrap returns a keyfunc that hands the token to one from its caller:
// unknown, so it counts as checking.
func Wrap(kf jwt.Keyfunc) jwt.Keyfunc {
	return func(t *jwt.Token) (any, error) { return kf(t) }
}

// Keys is a keyfunc method.
type Keys struct{}

func (Keys) Keyfunc(t *jwt.Token) (any, error) {
	switch t.Method.Alg() {
	case "HS256":
		return secret, nil
	}
	return nil, errors.New("alg")
}

func (Keys) Loose(t *jwt.Token) (any, error) { return secret, nil }

func (Keys) LoosePublic(t *jwt.Token) (any, error) { return pub, nil }
