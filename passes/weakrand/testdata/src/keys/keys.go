// Package keys makes signing keys: from math/rand (reported: an attacker
// who predicts the key forges tokens) and from crypto/rand (not).
package keys

import (
	crand "crypto/rand"
	"math/rand"

	"github.com/golang-jwt/jwt/v5"
)

func randomKey() []byte {
	b := make([]byte, 32)
	for i := range b {
		b[i] = byte(rand.Intn(256)) // want `math/rand.Intn is predictable, yet its value becomes a key \(\(\*jwt.Token\).SignedString\)`
	}
	return b
}

func Sign(claims jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(randomKey())
}

// SignSafe: a key read from crypto/rand.
func SignSafe(claims jwt.Claims) (string, error) {
	key := make([]byte, 32)
	if _, err := crand.Read(key); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(key)
}

// Pick: math/rand choosing which configured key signs is load spreading,
// not key material.
func Pick(claims jwt.Claims, keys [][]byte) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodRS256, claims).SignedString(keys[rand.Intn(len(keys))])
}
