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

func SignEnvOrDefault(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.EnvOrDefault())) // want `hard-coded fallback key of keylib.EnvOrDefault\(\) reaches`
}

func SignDevFallback(c jwt.Claims) (string, error) {
	s, err := keylib.JWTSecret() // want `hard-coded fallback key of keylib.JWTSecret\(\) reaches \(\*jwt.Token\).SignedString when the configured value is missing`
	if err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(s))
}

// The near misses: configured, assigned, filled by a flag, empty, or a
// helper that fails when nothing is configured.

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

// SignMust: the helper fails instead of falling back.
func SignMust(c jwt.Claims) (string, error) {
	s, err := keylib.MustSecret()
	if err != nil {
		return "", err
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(s))
}

// Port: a constant fallback that is no key.
func Port() string { return keylib.Getenv("PORT", "8080") }

// Rotated: this package assigns the variable before it signs with it.
func Rotated(c jwt.Claims, fresh []byte) (string, error) {
	keylib.Rotating = string(fresh)
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.Rotating))
}

func SignSecretOrDev(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.SecretOrDev())) // want `hard-coded fallback key of keylib.SecretOrDev\(\) reaches \(\*jwt.Token\).SignedString`
}

func SignEnvDefault(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.EnvDefault("JWT_SECRET", "env-default-fallback-secret"))) // want `hard-coded fallback key reaches \(\*jwt.Token\).SignedString when the configured value is missing`
}

func SignRequired(c jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString([]byte(keylib.Required("JWT_SECRET"))) // near miss: no fallback
}
