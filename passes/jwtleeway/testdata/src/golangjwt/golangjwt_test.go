package golangjwt

import (
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Tests may fix the clock.
func TestFixedClock(t *testing.T) {
	jwt.Parse("", rsaKey, jwt.WithTimeFunc(func() time.Time { return fixed }))
}
