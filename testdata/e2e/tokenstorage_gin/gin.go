// Package tokenstorage_gin sets token cookies with gin.
package tokenstorage_gin

import (
	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

// Login sets the access token cookie without Secure.
func Login(c *gin.Context, tok *oauth2.Token) {
	c.SetCookie("access_token", tok.AccessToken, 3600, "/", "", false, true) // want:tokenstorage
}

// LoginTLS sets it Secure when the request came over TLS.
func LoginTLS(c *gin.Context, tok *oauth2.Token) {
	c.SetCookie("access_token", tok.AccessToken, 3600, "/", "", c.Request.TLS != nil, true)
}

// Theme sets a cookie holding no token.
func Theme(c *gin.Context) {
	c.SetCookie("theme", c.Query("theme"), 3600, "/", "", false, false)
}
