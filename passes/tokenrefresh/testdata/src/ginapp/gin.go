package ginapp

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func Auth() gin.HandlerFunc {
	return func(c *gin.Context) {
		if _, err := jwt.Parse(c.GetHeader("Authorization"), keyfunc); err != nil {
			c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": err.Error()}) // want `\(\*gin.Context\).AbortWithStatusJSON answers the error of jwt.Parse with 403`
			return
		}
		c.Next()
	}
}

func OK(c *gin.Context) {
	if _, err := jwt.Parse(c.GetHeader("Authorization"), keyfunc); err != nil {
		c.JSON(http.StatusOK, gin.H{"error": "invalid token"}) // want `\(\*gin.Context\).JSON answers the error of jwt.Parse with 200`
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}

// Good is the near miss: 401.
func Good(c *gin.Context) {
	if _, err := jwt.Parse(c.GetHeader("Authorization"), keyfunc); err != nil {
		c.AbortWithStatus(http.StatusUnauthorized)
		return
	}
	c.JSON(http.StatusOK, gin.H{"ok": true})
}
