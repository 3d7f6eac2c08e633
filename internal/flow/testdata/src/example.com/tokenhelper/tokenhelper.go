// Package tokenhelper imports a token library but mentions no token and
// uses no source: it is not followed.
package tokenhelper

import (
	"crypto/rsa"

	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

func Options() []jwt.ParserOption { return nil }

func Key() any { return pub }
