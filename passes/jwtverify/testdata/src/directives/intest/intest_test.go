package intest

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestParse(t *testing.T) {
	claims := jwt.MapClaims{}
	//tokenvet:ignore jwtverify -- never reported: test code is not analyzed
	jwt.NewParser().ParseUnverified("x", claims)
	_ = claims["sub"]
}
