package echoapp

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	"golang.org/x/oauth2"
)

func login(c echo.Context, tok *oauth2.Token) error {
	c.SetCookie(&http.Cookie{Name: "at", Value: tok.AccessToken})                               // want `\(echo.Context\).SetCookie sends a cookie holding a token \(access token\) without Secure and HttpOnly`
	c.SetCookie(&http.Cookie{Name: "at", Value: tok.AccessToken, Secure: true, HttpOnly: true}) // near miss
	return nil
}

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func auth(c echo.Context) error {
	_, err := jwt.Parse(c.QueryParam("jwt"), keyfunc) // want `jwt.Parse authenticates a bearer token read from the URL query`
	return err
}

func authHeader(c echo.Context) error {
	_, err := jwt.Parse(c.Request().Header.Get("Authorization"), keyfunc) // near miss
	return err
}

func authParams(c echo.Context) error {
	_, err := jwt.Parse(c.QueryParams().Get("token"), keyfunc) // want `jwt.Parse authenticates a bearer token read from the URL query`
	form, _ := c.FormParams()
	jwt.Parse(form.Get("token"), keyfunc)   // want `jwt.Parse authenticates a bearer token read from the URL query`
	jwt.Parse(c.FormValue("jwt"), keyfunc)  // want `jwt.Parse authenticates a bearer token read from the URL query`
	jwt.Parse(c.FormValue("name"), keyfunc) // near miss: not a token key
	return err
}
