package jwtleeway_golangjwt5

import (
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Tests pin the clock: not reported.
func TestFixedClock(t *testing.T) {
	v := &Verifier{}
	_, _ = subject(jwt.Parse("x", v.publicKey,
		jwt.WithValidMethods([]string{"RS256"}),
		jwt.WithTimeFunc(func() time.Time { return time.Unix(1700000000, 0) })))
}
