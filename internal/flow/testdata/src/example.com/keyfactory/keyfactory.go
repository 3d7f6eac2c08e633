// Package keyfactory only returns another package's keyfunc by name: it
// names no token, but is followed for the keys of the keyfunc it returns.
package keyfactory // want "followed"

import (
	"github.com/golang-jwt/jwt/v5"

	"keylib"
)

func For(kid string) jwt.Keyfunc { return keylib.RSA }
