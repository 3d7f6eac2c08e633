package clocks

import (
	"testing"
	"time"

	jwt4 "github.com/golang-jwt/jwt/v4"
)

func TestMain(m *testing.M) {
	jwt4.TimeFunc = func() time.Time { return time.Unix(0, 0) }
	m.Run()
}
