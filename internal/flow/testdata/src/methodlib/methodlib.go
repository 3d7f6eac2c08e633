// Package methodlib declares keyfuncs and token helpers: their summaries
// say which check the token's signing method (Summary.ChecksMethod), for
// jwtalg in the packages that use them.
package methodlib

import (
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

var secret []byte

// Checked type-asserts the method.
func Checked(t *jwt.Token) (any, error) { // want Checked:`flow\(checks method\)`
	if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
		return nil, errors.New("alg")
	}
	return secret, nil
}

// Loose does not.
func Loose(t *jwt.Token) (any, error) { return secret, nil }

// Delegating returns Checked(t): it checks too.
func Delegating(t *jwt.Token) (any, error) { // want Delegating:`flow\(checks method\)`
	return Checked(t)
}

// LooseDelegating returns Loose(t): it does not.
func LooseDelegating(t *jwt.Token) (any, error) { return Loose(t) }

// ValidateAlg compares the alg header.
func ValidateAlg(t *jwt.Token) error { // want ValidateAlg:`flow\(checks method\)`
	if t.Header["alg"] != "HS256" {
		return errors.New("alg")
	}
	return nil
}

// Kid compares another header: no check.
func Kid(t *jwt.Token) error {
	if t.Header["kid"] != "a" {
		return errors.New("kid")
	}
	return nil
}

// NotNone compares the alg with none only: no check.
func NotNone(t *jwt.Token) error {
	if t.Method.Alg() == "none" {
		return errors.New("none")
	}
	return nil
}

// Logged only logs the alg: no check.
func Logged(t *jwt.Token) error {
	fmt.Println(t.Method.Alg())
	return nil
}

// AlgOf returns the alg for its caller to check.
func AlgOf(t *jwt.Token) string { // want AlgOf:`flow\(checks method\)`
	alg := t.Method.Alg()
	return alg
}

// KeyFor returns a keyfunc literal that checks.
func KeyFor(kid string) jwt.Keyfunc { // want KeyFor:`flow\(checks method\)`
	return func(t *jwt.Token) (any, error) {
		if err := ValidateAlg(t); err != nil {
			return nil, err
		}
		return secret, nil
	}
}

// LooseFor returns one that does not.
func LooseFor(kid string) jwt.Keyfunc { return Loose }

// Wrap returns a keyfunc handing the token to one from its caller:
// unknown, so it counts as checking.
func Wrap(kf jwt.Keyfunc) jwt.Keyfunc { // want Wrap:`flow\(checks method\)`
	return func(t *jwt.Token) (any, error) { return kf(t) }
}

// Keys has keyfunc methods.
type Keys struct{}

func (Keys) Keyfunc(t *jwt.Token) (any, error) { // want Keyfunc:`flow\(checks method\)`
	switch t.Method.Alg() {
	case "HS256":
		return secret, nil
	}
	return nil, errors.New("alg")
}

func (Keys) Loose(t *jwt.Token) (any, error) { return secret, nil }

// MethodFor returns a checking method value.
func MethodFor() jwt.Keyfunc { return Keys{}.Keyfunc } // want MethodFor:`flow\(checks method\)`

// Compared compares the method's alg (golangjwt's checkedKeyFunc).
func (Keys) Compared(t *jwt.Token) (any, error) { // want Compared:`flow\(checks method\)`
	if t.Method.Alg() != "HS256" {
		return nil, errors.New("alg")
	}
	return secret, nil
}
