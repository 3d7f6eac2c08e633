package keys

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestSign(t *testing.T) {
	jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{}).SignedString([]byte("test-file-secret")) // near miss: a _test.go file
}

func signForTests(tok *jwt.Token) {
	tok.SignedString([]byte("test-helper-secret")) // near miss: a _test.go file
}
