// Package keylib holds keys and key helpers other packages sign with: the
// hard-coded ones get a summary (their facts below), those configured,
// assigned or empty do not.
package keylib

import (
	"errors"
	"flag"
	"os"
)

var JwtSigKey = []byte("shared-jwt-signing-key-0123456789") // want JwtSigKey:"flow\\(hard-coded\\)"

const secret = "helper-returned-secret-0123456789"

var Secret = secret // want Secret:"flow\\(hard-coded\\)"

// Rotating is hard-coded here, but keyuse assigns it.
var Rotating = "rotating-initial-key-0123456789ab" // want Rotating:"flow\\(hard-coded\\)"

// Configured is assigned from the environment at start-up.
var Configured = []byte("overwritten-by-init-0123456789ab")

func init() { Configured = []byte(os.Getenv("KEY")) }

// Flagged is filled by a flag.
var Flagged = "flag-default-signing-key-0123456"

func init() { flag.StringVar(&Flagged, "key", Flagged, "signing key") }

// Empty is no key at all: nothing to carry.
var Empty = ""

// FromEnv is configured.
var FromEnv = os.Getenv("JWT_KEY")

// unexported is hard-coded, but no other package can name it.
var unexported = []byte("unexported-hard-coded-key-0123456")

// SigningKey returns a constant key.
func SigningKey() []byte { // want SigningKey:"flow\\(result 0: hard-coded constant\\)"
	return []byte("helper-signing-key-0123456789abcd")
}

// PrivateKey returns an unexported hard-coded variable.
func PrivateKey() []byte { // want PrivateKey:"flow\\(result 0: hard-coded constant\\)"
	return unexported
}

// Lookup returns a constant key or an error.
func Lookup(kid string) (string, error) { // want Lookup:"flow\\(result 0: hard-coded constant\\)"
	if kid != "v1" {
		return "", errors.New("unknown key")
	}
	return secret, nil
}

// EnvKey returns the configured key.
func EnvKey() []byte {
	return []byte(os.Getenv("JWT_KEY"))
}

// EnvOrDefault returns the configured key or a constant: a hard-coded
// fallback where a caller signs with it.
func EnvOrDefault() string { // want EnvOrDefault:"flow\\(result 0: hard-coded fallback\\)"
	if k := os.Getenv("JWT_KEY"); k != "" {
		return k
	}
	return "fallback-signing-key-0123456789ab"
}

// Getenv returns the environment variable key, or fallback when it is
// not set: a constant fallback is a hard-coded key where a caller signs
// with it.
func Getenv(key, fallback string) string { // want Getenv:"flow\\(param 1 -> result 0; returns param 1\\)"
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

// JWTSecret returns the configured secret, or a constant when there is
// none.
func JWTSecret() (string, error) { // want JWTSecret:"flow\\(result 0: hard-coded fallback\\)"
	if s := os.Getenv("JWT_SECRET"); s != "" {
		return s, nil
	}
	return "dev-jwt-secret-0123456789abcdefg", nil
}

// MustSecret returns the configured secret, or fails: an error is no
// fallback.
func MustSecret() (string, error) {
	if s := os.Getenv("JWT_SECRET"); s != "" {
		return s, nil
	}
	return "unset-placeholder", errors.New("JWT_SECRET is not set")
}

// Salted returns its parameter only combined with a configured value: not
// a fallback.
func Salted(salt string) string {
	if v := os.Getenv("PEPPER"); v != "" {
		return salt + v
	}
	return os.Getenv("DEFAULT_PEPPER") + salt
}

// Name returns a constant, but it is a method: not summarized.
type Issuer struct{}

func (Issuer) Name() string { return "issuer-name-constant" }

// SecretOrDev reads the environment into a variable given a constant when
// it is unset: a hard-coded fallback where a caller signs with it.
func SecretOrDev() string { // want SecretOrDev:"flow\\(result 0: hard-coded fallback\\)"
	s := os.Getenv("JWT_SECRET")
	if s == "" {
		s = "dev-secret-in-a-variable-0123456"
	}
	return s
}

// EnvDefault reads the environment, or def when it is unset.
func EnvDefault(key, def string) string { // want EnvDefault:"flow\\(param 1 -> result 0; returns param 1\\)"
	v := os.Getenv(key)
	if v == "" {
		v = def
	}
	return v
}

// Required reads the environment, and fails when it is unset: no
// fallback.
func Required(key string) string {
	v := os.Getenv(key)
	if v == "" {
		panic(key + " is not set")
	}
	return v
}
