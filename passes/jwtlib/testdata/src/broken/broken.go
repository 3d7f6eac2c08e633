// Package broken does not type-check: its imports are reported anyway.
package broken

import (
	"github.com/golang-jwt/jwt"           // want `^github\.com/golang-jwt/jwt is deprecated`
	_ "gopkg.in/square/go-jose.v2/cipher" // want `^gopkg\.in/square/go-jose\.v2/cipher is deprecated`
)

var _ int = jwt.X + "not an int"
