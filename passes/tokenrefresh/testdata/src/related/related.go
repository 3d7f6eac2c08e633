package related

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
)

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func Handler(w http.ResponseWriter, r *http.Request) {
	raw := r.Header.Get("Authorization")
	_, err := jwt.Parse(raw, keyfunc)
	if err != nil {
		w.WriteHeader(http.StatusForbidden) // want `answers the error of jwt.Parse with 403`
	}
}
