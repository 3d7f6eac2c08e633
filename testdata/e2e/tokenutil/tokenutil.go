// Package tokenutil holds token helpers shared by the handlers of the
// module. Its functions return results of unverified parses: jwtverify
// reports where a caller uses them, not here.
package tokenutil

import "github.com/golang-jwt/jwt/v5"

// UnverifiedClaims returns the claims of raw without checking its signature.
func UnverifiedClaims(raw string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
		return nil, err
	}
	return claims, nil
}

// Peek returns the unverified token so that a caller can read its header.
func Peek(raw string) (*jwt.Token, error) {
	tok, _, err := jwt.NewParser().ParseUnverified(raw, jwt.MapClaims{})
	return tok, err
}

// IsAccessToken tells whether raw looks like one of our access tokens (its
// issuer), read unverified: a pre-filter, its callers decide.
func IsAccessToken(raw, issuer string) (bool, error) {
	tok, _, err := jwt.NewParser().ParseUnverified(raw, &jwt.RegisteredClaims{})
	if err != nil {
		return false, err
	}
	iss, err := tok.Claims.GetIssuer()
	if err != nil {
		return false, err
	}
	return iss == issuer, nil
}
