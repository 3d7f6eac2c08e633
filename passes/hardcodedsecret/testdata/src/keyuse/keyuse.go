// Package keyuse signs with the keys of package keylib: the hard-coded
// ones are reported at their use here, the configured ones are not.
package keyuse

import (
	"github.com/golang-jwt/jwt/v5"

	"keylib"
)

func SignVar(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(keylib.JwtSigKey) // want `hard-coded key keylib.JwtSigKey reaches \(\*jwt.Token\).SignedString`
}

func SignConstVar(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.Secret)) // want `hard-coded key keylib.Secret reaches`
}

func SignHelper(c jwt.Claims) (string, error) {
	key := keylib.SigningKey() // want `hard-coded key keylib.SigningKey\(\) reaches \(\*jwt.Token\).SignedString`
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(key)
}

func SignPrivate(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(keylib.PrivateKey()) // want `hard-coded key keylib.PrivateKey\(\) reaches`
}

func SignLookup(c jwt.Claims, kid string) (string, error) {
	k, err := keylib.Lookup(kid) // want `hard-coded key keylib.Lookup\(\) reaches`
	if err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(k))
}

func SignFallback(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.Getenv("JWT_SECRET", "fallback-signing-secret"))) // want `hard-coded fallback key reaches \(\*jwt.Token\).SignedString when the configured value is missing`
}

// The near misses: configured, assigned, filled by a flag, empty, or a
// helper that returns the configured value when there is one.

func SignConfigured(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(keylib.Configured)
}

func SignFlagged(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.Flagged))
}

func SignFromEnv(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.FromEnv))
}

func SignEnvHelper(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(keylib.EnvKey())
}

func SignEnvOrDefault(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.EnvOrDefault()))
}

func SignMethod(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.Issuer{}.Name()))
}

// SignNoFallback: an empty fallback is no key (the signing fails or the
// empty key is checked), and the constant the helper only combines with a
// configured value is no fallback.
func SignNoFallback(c jwt.Claims) (string, error) {
	if _, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.Salted("static-salt-value"))); err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.Getenv("JWT_SECRET", "")))
}

// Port: a constant fallback that is no key.
func Port() string { return keylib.Getenv("PORT", "8080") }

// Rotated: this package assigns the variable before it signs with it.
func Rotated(c jwt.Claims, fresh []byte) (string, error) {
	keylib.Rotating = string(fresh)
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.Rotating))
}
