// Package hardcodedsecret_lib is a configuration package holding the
// service's signing key, and a helper returning another.
package hardcodedsecret_lib

import "os"

// JwtSigKey is the signing key, written in the source.
var JwtSigKey = []byte("cross-package-jwt-signing-key-0123")

// RefreshKey returns the key refresh tokens are signed with.
func RefreshKey() []byte {
	return []byte("cross-package-refresh-key-0123456")
}

// ConfiguredKey is read from the environment.
var ConfiguredKey = []byte(os.Getenv("JWT_SIGNING_KEY"))

// EnvKey returns the configured key.
func EnvKey() []byte { return []byte(os.Getenv("JWT_REFRESH_KEY")) }

// Getenv returns the environment variable key, or fallback when it is
// not set.
func Getenv(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

// APISecret returns the configured API signing secret, or a development
// default when none is set.
func APISecret() string {
	if s := os.Getenv("API_SECRET"); s != "" {
		return s
	}
	return "development-api-secret-0123456"
}

// SessionSecret reads the environment into a variable given a
// development default when it is unset.
func SessionSecret() string {
	s := os.Getenv("SESSION_SECRET")
	if s == "" {
		s = "development-session-secret-01234"
	}
	return s
}

// RequiredSecret reads the environment and fails when it is unset.
func RequiredSecret() string {
	s := os.Getenv("REQUIRED_SECRET")
	if s == "" {
		panic("REQUIRED_SECRET is not set")
	}
	return s
}
