// Package handlib checks claims for other packages.
package handlib

import (
	"errors"
	"log"

	"github.com/golang-jwt/jwt/v5"
)

// CheckIssuer compares the issuer.
func CheckIssuer(c *jwt.RegisteredClaims, want string) error { // want CheckIssuer:"checks iss"
	if c.Issuer != want {
		return errors.New("wrong issuer")
	}
	return nil
}

// Check compares through a helper.
func Check(c *jwt.RegisteredClaims) error { // want Check:"checks aud"
	return audience(c.Audience)
}

func audience(aud jwt.ClaimStrings) error {
	for _, a := range aud {
		if a == "api" {
			return nil
		}
	}
	return errors.New("wrong audience")
}

// Log only logs.
func Log(c *jwt.RegisteredClaims) { log.Println(c.Issuer) }
