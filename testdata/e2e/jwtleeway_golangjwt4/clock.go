// Package jwtleeway_golangjwt4 shifts github.com/golang-jwt/jwt/v4's global
// clock to fake a leeway.
package jwtleeway_golangjwt4

import (
	"time"

	"github.com/golang-jwt/jwt/v4"
)

func init() {
	jwt.TimeFunc = func() time.Time { return time.Now().Add(-5 * time.Minute) } // want:jwtleeway
}

// Now reads the library's clock: fine.
func Now() time.Time { return jwt.TimeFunc() }
