// Package refresh answers a refused token with 403 (tokenrefresh).
package refresh

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

func keyfunc(*jwt.Token) (interface{}, error) { return []byte("secret"), nil }

// Handler answers a token golang-jwt refused with 403: clients do not
// refresh on it.
func Handler(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if _, err := jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"HS256"})); err != nil {
		w.WriteHeader(http.StatusForbidden)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
