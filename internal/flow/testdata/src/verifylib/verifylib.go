package verifylib // want package:`hasSummaries`

// verifylib uses no source, but verifies tokens: it is followed
// (model.FollowsSink), so that its callers know which parameter is
// verified.

import "github.com/golang-jwt/jwt/v5"

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func Check(raw string) error { // want Check:`flow\(result 0: token verification error; param 0 -> authentication jwt.Parse\)`
	_, err := jwt.Parse(raw, keyfunc)
	return err
}
