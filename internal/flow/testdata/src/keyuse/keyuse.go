// Package keyuse uses the keyfuncs of keylib: their key labels come
// through keylib's summaries.
package keyuse

import (
	"github.com/golang-jwt/jwt/v5"

	"keylib"
)

var pick bool

// Wrapped returns the key of keylib.RSA.
func Wrapped(t *jwt.Token) (any, error) { return keylib.RSA(t) } // want Wrapped:`flow\(result 0: keys\(rsa\)\)`

// Factory returns keylib's keyfuncs as values.
func Factory() jwt.Keyfunc { // want Factory:`flow\(result 0: keys\(rsa,ecdsa\)\)`
	if pick {
		return keylib.RSA
	}
	return keylib.ECFor("a")
}

// FactoryMixed may return keylib.Secret, whose keys are unknown.
func FactoryMixed() jwt.Keyfunc { // want FactoryMixed:`flow\(result 0: keys\(rsa,other\)\)`
	if pick {
		return keylib.RSA
	}
	return keylib.Secret
}

// Method returns a method value of keylib.
func Method() jwt.Keyfunc { return keylib.Keys{}.Ed } // want Method:`flow\(result 0: keys\(ed25519\)\)`

// SecretMethod returns one whose keys are unknown: nothing known but
// that.
func SecretMethod() jwt.Keyfunc { return keylib.Keys{}.Secret }
