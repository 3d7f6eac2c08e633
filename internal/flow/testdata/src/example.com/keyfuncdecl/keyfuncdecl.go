// Package keyfuncdecl declares a keyfunc and uses no other source: it is
// followed (a token's Raw is a source, so a package naming the token type
// is), and its keyfunc gets a summary of the keys it returns.
package keyfuncdecl // want "followed"

import (
	"crypto/rsa"

	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func Keyfunc(t *jwt.Token) (any, error) { return pub, nil }
