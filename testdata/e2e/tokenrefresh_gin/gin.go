// Package tokenrefresh_gin answers refused tokens with gin.
package tokenrefresh_gin

import (
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

func keyfunc(*jwt.Token) (any, error) { return []byte("secret"), nil } // want:hardcodedsecret

// Auth aborts with 403 on a refused token.
func Auth() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		if _, err := jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"HS256"})); err != nil {
			c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": "invalid token"}) // want:tokenrefresh
			return
		}
		c.Next()
	}
}

// AuthRFC6750 aborts with 401.
func AuthRFC6750() gin.HandlerFunc {
	return func(c *gin.Context) {
		raw := strings.TrimPrefix(c.GetHeader("Authorization"), "Bearer ")
		if _, err := jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"HS256"})); err != nil {
			c.Header("WWW-Authenticate", `Bearer error="invalid_token"`)
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		c.Next()
	}
}
