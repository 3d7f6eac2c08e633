// Package weakrand_keys signs tokens with a key made at start-up.
package weakrand_keys

import (
	"crypto/rand"

	"github.com/golang-jwt/jwt/v5"

	"example.com/e2e/weakrand_util"
)

// sessionKey is made from another package's math/rand helper: an attacker
// who predicts it forges every token.
var sessionKey = []byte(weakrand_util.RandStringRunes(32)) // want:weakrand

func Sign(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub}).SignedString(sessionKey)
}

// SignSafe signs with a key read from crypto/rand.
func SignSafe(sub string) (string, error) {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub}).SignedString(key)
}
