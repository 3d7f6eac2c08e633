// Package methoduse checks through methodlib's summaries.
package methoduse

import (
	"github.com/golang-jwt/jwt/v5"

	"methodlib"
)

var secret []byte

// Checked hands the token to methodlib's check.
func Checked(t *jwt.Token) (any, error) { // want Checked:`flow\(checks method\)`
	if err := methodlib.ValidateAlg(t); err != nil {
		return nil, err
	}
	return secret, nil
}

// Loose hands it to methodlib's helper that does not check.
func Loose(t *jwt.Token) (any, error) {
	if err := methodlib.Kid(t); err != nil {
		return nil, err
	}
	return secret, nil
}

// For returns methodlib's checking keyfuncs.
func For() jwt.Keyfunc { return methodlib.Wrap(methodlib.KeyFor("a")) } // want For:`flow\(checks method\)`

// LooseFor returns methodlib's loose one.
func LooseFor() jwt.Keyfunc { return methodlib.LooseFor("a") }
