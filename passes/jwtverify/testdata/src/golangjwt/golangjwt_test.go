package golangjwt

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// Near miss: tests inspect tokens they minted.
func TestInspect(t *testing.T) {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified("x", claims)
	if claims["sub"] != "me" {
		t.Fatal("bad sub")
	}
}
