// Package jwtleeway_jwx validates tokens with github.com/lestrrat-go/jwx/v3.
package jwtleeway_jwx

import (
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
	"github.com/lestrrat-go/jwx/v3/jwt"
)

// Remote verifies tokens against the provider's key set without skew.
func Remote(raw []byte, set jwk.Set) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKeySet(set),
		jwt.WithIssuer("https://idp.example.com"), jwt.WithAudience("api"),
		jwt.WithRequiredClaim("exp"),
		jwt.WithAcceptableSkew(0)) // want:jwtleeway
}

// Local verifies its own HMAC tokens without skew: fine.
func Local(raw, secret []byte) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKey(jwa.HS256(), secret),
		jwt.WithIssuer("https://idp.example.com"), jwt.WithAudience("api"),
		jwt.WithRequiredClaim("exp"),
		jwt.WithAcceptableSkew(0))
}

// Generous allows an hour of skew.
func Generous(raw []byte, set jwk.Set) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKeySet(set),
		jwt.WithIssuer("https://idp.example.com"), jwt.WithAudience("api"),
		jwt.WithRequiredClaim("exp"),
		jwt.WithAcceptableSkew(time.Hour)) // want:jwtleeway
}

// Frozen validates against a fixed instant.
func Frozen(raw []byte, set jwk.Set) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKeySet(set),
		jwt.WithIssuer("https://idp.example.com"), jwt.WithAudience("api"),
		jwt.WithRequiredClaim("exp"),
		jwt.WithClock(jwt.ClockFunc(func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }))) // want:jwtleeway
}

// Current validates against the current time: fine.
func Current(raw []byte, set jwk.Set) (jwt.Token, error) {
	return jwt.Parse(raw, jwt.WithKeySet(set),
		jwt.WithIssuer("https://idp.example.com"), jwt.WithAudience("api"),
		jwt.WithRequiredClaim("exp"),
		jwt.WithAcceptableSkew(time.Minute),
		jwt.WithClock(jwt.ClockFunc(time.Now)))
}

// Revalidate re-validates a parsed token of the provider without skew.
func Revalidate(tok jwt.Token) error {
	return jwt.Validate(tok, jwt.WithIssuer("https://idp.example.com"), jwt.WithAcceptableSkew(0)) // want:jwtleeway
}

// RevalidateAny re-validates a token of unknown origin without skew: fine.
func RevalidateAny(tok jwt.Token) error {
	return jwt.Validate(tok, jwt.WithAcceptableSkew(0))
}
