// Package hardcodedsecret_use signs tokens with the keys of
// hardcodedsecret_lib.
package hardcodedsecret_use

import (
	"github.com/golang-jwt/jwt/v5"

	keys "example.com/e2e/hardcodedsecret_lib"
)

// Sign signs with the hard-coded key of another package.
func Sign(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub}).SignedString(keys.JwtSigKey) // want:hardcodedsecret
}

// SignRefresh signs with the constant a helper of another package returns.
func SignRefresh(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub}).SignedString(keys.RefreshKey()) // want:hardcodedsecret
}

// SignFallback signs with a configured key, or a constant when it is not
// set.
func SignFallback(sub string) (string, error) {
	key := keys.Getenv("JWT_FALLBACK_KEY", "cross-package-fallback-key") // want:hardcodedsecret
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub}).SignedString([]byte(key))
}

// SignAPI signs with a helper's configured secret or its development
// default.
func SignAPI(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub}).SignedString([]byte(keys.APISecret())) // want:hardcodedsecret
}

// SignConfigured signs with configured keys.
func SignConfigured(sub string) (string, error) {
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub})
	if sub == "refresh" {
		return t.SignedString(keys.EnvKey())
	}
	if sub == "env" {
		return t.SignedString([]byte(keys.Getenv("JWT_ENV_KEY", "")))
	}
	return t.SignedString(keys.ConfiguredKey)
}

// SignSession signs with a helper's configured secret, whose variable gets
// a development default when it is unset.
func SignSession(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub}).SignedString([]byte(keys.SessionSecret())) // want:hardcodedsecret
}

// SignRequired signs with a secret that must be configured.
func SignRequired(sub string) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.RegisteredClaims{Subject: sub}).SignedString([]byte(keys.RequiredSecret()))
}
