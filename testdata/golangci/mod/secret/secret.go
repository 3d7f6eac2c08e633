// Package secret signs tokens with a key written into the source.
package secret

import "github.com/golang-jwt/jwt/v5"

var signingKey = []byte("golangci-fixture-signing-key-0123")

// Sign signs the subject's token with the hard-coded key.
func Sign(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub}).SignedString(signingKey)
}
