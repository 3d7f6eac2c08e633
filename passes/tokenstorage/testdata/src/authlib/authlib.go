package authlib // want package:`hasSummaries`

// authlib verifies tokens for its callers.

import "github.com/golang-jwt/jwt/v5"

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

// Check verifies raw.
func Check(raw string) error { // want Check:`flow\(result 0: token verification error; param 0 -> authentication jwt.Parse\)`
	_, err := jwt.Parse(raw, keyfunc)
	return err
}
