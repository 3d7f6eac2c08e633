package golangjwt

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// Tests mint unsigned tokens and parse loosely on purpose: not reported.
func TestNone(t *testing.T) {
	tok := jwt.New(jwt.SigningMethodNone)
	s, _ := tok.SignedString(jwt.UnsafeAllowNoneSignatureType)
	if _, err := jwt.Parse(s, func(*jwt.Token) (any, error) { return pub, nil }); err == nil {
		t.Fatal("accepted")
	}
}
