// Package circlib peeks at tokens for other packages.
package circlib

import "github.com/golang-jwt/jwt/v5"

// Audience returns the first audience the token names, unverified.
func Audience(raw string) string { // want Audience:"returns unverified claims of parameter 0"
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &c); err != nil || len(c.Audience) == 0 {
		return ""
	}
	return c.Audience[0]
}

// Configured returns a configured audience.
func Configured(name string) string { return "api-" + name }
