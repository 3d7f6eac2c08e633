package ginapp

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
)

func login(c *gin.Context, tok *oauth2.Token) {
	c.SetCookie("at", tok.AccessToken, 3600, "/", "", false, true)  // want `\(\*gin.Context\).SetCookie sends a cookie holding a token \(access token\) with secure false; pass true`
	c.SetCookie("rt", tok.RefreshToken, 3600, "/", "", true, false) // want `with httpOnly false`
	c.SetCookie("at", tok.AccessToken, 3600, "/", "", true, true)   // near miss
	c.SetCookie("lang", "en", 3600, "/", "", false, false)          // near miss: no token
}

func loginTLS(c *gin.Context, tok *oauth2.Token) {
	c.SetCookie("at", tok.AccessToken, 3600, "/", "", c.Request.TLS != nil, true) // near miss: non-literal flag
}

func data(c *gin.Context, tok *oauth2.Token) {
	c.SetCookieData(&http.Cookie{Name: "at", Value: tok.AccessToken, HttpOnly: true}) // want `\(\*gin.Context\).SetCookieData sends a cookie holding a token \(access token\) without Secure`
}

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func auth(c *gin.Context) {
	jwt.Parse(c.Query("token"), keyfunc)                   // want `jwt.Parse authenticates a bearer token read from the URL query`
	jwt.Parse(c.Query("id"), keyfunc)                      // near miss: not a token key
	jwt.Parse(c.DefaultQuery("access_token", ""), keyfunc) // want `jwt.Parse authenticates a bearer token read from the URL query`
}

func authGetQuery(c *gin.Context) {
	if raw, ok := c.GetQuery("access_token"); ok {
		jwt.Parse(raw, keyfunc) // want `jwt.Parse authenticates a bearer token read from the URL query`
	}
}
