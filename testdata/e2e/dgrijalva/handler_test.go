package dgrijalva

import (
	"testing"

	jwt "github.com/dgrijalva/jwt-go" // reported once per package, at the library's first import
)

func TestKeyFuncRejectsRSA(t *testing.T) {
	s := &Server{secret: []byte("test-secret")}
	if _, err := s.keyFunc(jwt.New(jwt.SigningMethodRS256)); err == nil {
		t.Fatal("want an error for RS256")
	}
}
