// Package store caches a minted token in a file every user can read.
package store

import (
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// Save writes the signed token with mode 0644.
func Save(key []byte) error {
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": "svc"}).SignedString(key)
	if err != nil {
		return err
	}
	return os.WriteFile("token", []byte(s), 0o644)
}
