// Package helper declares keyfuncs and token helpers used from another
// package.
package helper

import (
	"crypto/rsa"
	"errors"

	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

// Checked checks the method.
func Checked(t *jwt.Token) (any, error) { // want Checked:"checksMethod"
	if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
		return nil, errors.New("alg")
	}
	return pub, nil
}

// Loose does not.
func Loose(t *jwt.Token) (any, error) { return pub, nil }

// Delegating returns Checked(t): it checks too.
func Delegating(t *jwt.Token) (any, error) { // want Delegating:"checksMethod"
	return Checked(t)
}

// ValidateAlg checks the alg header of the token it is given.
func ValidateAlg(t *jwt.Token) error { // want ValidateAlg:"checksMethod"
	if t.Header["alg"] != "RS256" {
		return errors.New("alg")
	}
	return nil
}

// KeyFor returns a keyfunc that checks.
func KeyFor(kid string) jwt.Keyfunc { // want KeyFor:"checksMethod"
	return func(t *jwt.Token) (any, error) {
		if err := ValidateAlg(t); err != nil {
			return nil, err
		}
		return pub, nil
	}
}

// LooseFor returns one that does not.
func LooseFor(kid string) jwt.Keyfunc {
	return Loose
}

// Wrap returns a keyfunc that hands the token to one from its caller:
// unknown, so it counts as checking.
func Wrap(kf jwt.Keyfunc) jwt.Keyfunc { // want Wrap:"checksMethod"
	return func(t *jwt.Token) (any, error) { return kf(t) }
}

// Keys is a keyfunc method.
type Keys struct{}

func (Keys) Keyfunc(t *jwt.Token) (any, error) { // want Keyfunc:"checksMethod"
	switch t.Method.Alg() {
	case "RS256":
		return pub, nil
	}
	return nil, errors.New("alg")
}

func (Keys) Loose(t *jwt.Token) (any, error) { return pub, nil }
