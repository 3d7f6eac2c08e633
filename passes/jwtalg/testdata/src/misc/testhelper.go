package misc

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// UnsignedToken is a test helper outside a _test.go file: not reported.
func UnsignedToken(t testing.TB, c jwt.MapClaims) string {
	s, err := jwt.NewWithClaims(jwt.SigningMethodNone, c).SignedString(jwt.UnsafeAllowNoneSignatureType)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
