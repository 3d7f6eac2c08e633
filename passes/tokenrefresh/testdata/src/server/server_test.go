package server

import (
	"net/http"
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

// Nothing is reported in tests.
func handlerInTest(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(bearer(r), keyfunc); err != nil {
		w.WriteHeader(http.StatusForbidden)
	}
}

func TestX(t *testing.T) {}
