package challenge

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func NoChallenge(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(r.Header.Get("Authorization"), keyfunc); err != nil {
		http.Error(w, "invalid token", http.StatusUnauthorized) // want `http.Error answers the error of jwt.Parse with 401 but no WWW-Authenticate header: set WWW-Authenticate: Bearer error="invalid_token"`
	}
}

// Challenge is the near miss: the header is set.
func Challenge(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(r.Header.Get("Authorization"), keyfunc); err != nil {
		w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
		http.Error(w, "invalid token", http.StatusUnauthorized)
	}
}

// MapSet is the near miss: the header set through the map.
func MapSet(w http.ResponseWriter, r *http.Request) {
	if _, err := jwt.Parse(r.Header.Get("Authorization"), keyfunc); err != nil {
		w.Header()["Www-Authenticate"] = []string{"Bearer"}
		w.WriteHeader(http.StatusUnauthorized)
	}
}

func GinNoChallenge(c *gin.Context) {
	if _, err := jwt.Parse(c.GetHeader("Authorization"), keyfunc); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized) // want `\(\*gin.Context\).AbortWithStatus answers the error of jwt.Parse with 401 but no WWW-Authenticate header`
	}
}

// GinChallenge is the near miss.
func GinChallenge(c *gin.Context) {
	if _, err := jwt.Parse(c.GetHeader("Authorization"), keyfunc); err != nil {
		c.Header("WWW-Authenticate", "Bearer")
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

// NotToken is the near miss: a 401 for a missing header is no answer to a
// refused token.
func NotToken(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.WriteHeader(http.StatusUnauthorized)
	}
}
