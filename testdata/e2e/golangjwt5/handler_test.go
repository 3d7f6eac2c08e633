package golangjwt5

import (
	"testing"

	jwt5 "github.com/golang-jwt/jwt/v5"
)

func TestKeyFuncUnknownKID(t *testing.T) {
	s := &Server{}
	tok := jwt5.New(jwt5.SigningMethodRS256)
	tok.Header["kid"] = "nope"
	if _, err := s.keyFunc(tok); err == nil {
		t.Fatal("want an error for an unknown kid")
	}
}
