// Package nofix imports "time" under another name: the diagnostic comes
// without a suggested fix.
package nofix

import (
	"crypto/rsa"
	stdtime "time"

	"github.com/golang-jwt/jwt/v5"
)

var pub *rsa.PublicKey

var _ = stdtime.Second

func rsaKey(*jwt.Token) (interface{}, error) { return pub, nil }

func parse(s string) {
	jwt.Parse(s, rsaKey, jwt.WithLeeway(0)) // want `^jwt\.WithLeeway sets zero clock-skew leeway`
}
