// Package keylib declares keyfuncs: their summaries say which keys they
// return (model.KeyLabels), for jwtalg in the packages that use them.
package keylib

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"

	"github.com/golang-jwt/jwt/v5"
)

var (
	pub    *rsa.PublicKey
	ec     *ecdsa.PublicKey
	ed     ed25519.PublicKey
	secret []byte
	pick   bool
)

// RSA returns an RSA public key.
func RSA(t *jwt.Token) (any, error) { return pub, nil } // want RSA:`flow\(result 0: keys\(rsa\)\)`

// Secret returns a []byte: no key of a known family, nothing to say.
func Secret(t *jwt.Token) (any, error) { return secret, nil }

// Mixed returns a public key or, through the same variable, a secret.
func Mixed(t *jwt.Token) (any, error) { // want Mixed:`flow\(result 0: keys\(rsa,other\)\)`
	var k any = secret
	if pick {
		k = pub
	}
	return k, nil
}

// Held returns a public key held in an interface variable.
func Held(t *jwt.Token) (any, error) { // want Held:`flow\(result 0: keys\(ecdsa\)\)`
	var k any
	if pick {
		k = ec
	} else {
		k = ec
	}
	return k, nil
}

// Unknown returns what a function value gives: its keys are unknown,
// and it counts as checking the method (the function value may).
func Unknown(t *jwt.Token) (any, error) { // want Unknown:`flow\(checks method\)`
	return lookup(t)
}

var lookup func(*jwt.Token) (any, error)

// NoneOrNil returns nil or an error besides its key: only the key counts.
func NoneOrNil(t *jwt.Token) (any, error) { // want NoneOrNil:`flow\(result 0: keys\(rsa\)\)`
	if t.Valid {
		return nil, nil
	}
	return pub, nil
}

// ECFor returns a keyfunc literal returning an ECDSA public key.
func ECFor(kid string) jwt.Keyfunc { // want ECFor:`flow\(result 0: keys\(ecdsa\)\)`
	return func(t *jwt.Token) (any, error) { return ec, nil }
}

// SecretFor returns one returning a secret: nothing to say.
func SecretFor(kid string) jwt.Keyfunc {
	return func(t *jwt.Token) (any, error) { return secret, nil }
}

// Keys has keyfunc methods.
type Keys struct{}

func (Keys) Ed(t *jwt.Token) (any, error) { return ed, nil } // want Ed:`flow\(result 0: keys\(ed25519\)\)`

func (Keys) Secret(t *jwt.Token) (any, error) { return secret, nil }

// EdFor returns a method value.
func EdFor() jwt.Keyfunc { return Keys{}.Ed } // want EdFor:`flow\(result 0: keys\(ed25519\)\)`

// RSAFor returns a function declared later in the file.
func RSAFor() jwt.Keyfunc { return later } // want RSAFor:`flow\(result 0: keys\(rsa\)\)`

func later(t *jwt.Token) (any, error) { return pub, nil } // want later:`flow\(result 0: keys\(rsa\)\)`

var keys = map[string]any{"a": pub}

// FromMap returns a key read from a map: other functions may store keys
// of any kind there.
func FromMap(t *jwt.Token) (any, error) { return keys["a"], nil } // want FromMap:`flow\(result 0: keys\(rsa,other\)\)`

func load(kid string) (any, error) { return ec, nil } // want load:`flow\(result 0: keys\(ecdsa\)\)`

// Loaded returns what a function of the package returns, through a
// variable.
func Loaded(t *jwt.Token) (any, error) { // want Loaded:`flow\(result 0: keys\(ecdsa\)\)`
	k, err := load("a")
	if err != nil {
		return nil, err
	}
	return k, nil
}
