package helper

import (
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// A test helper outside a _test.go file: test code.
func ParseAt(t testing.TB, s string, kf jwt.Keyfunc) {
	jwt.Parse(s, kf, jwt.WithTimeFunc(func() time.Time { return time.Unix(1700000000, 0) }))
}

// Not a test helper.
func ParseAtFixed(s string, kf jwt.Keyfunc) {
	jwt.Parse(s, kf, jwt.WithTimeFunc(func() time.Time { return time.Unix(1700000000, 0) })) // want `^jwt\.WithTimeFunc replaces the validation clock with a fixed time`
}
