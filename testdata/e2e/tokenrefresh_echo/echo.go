// Package tokenrefresh_echo answers refused tokens with echo.
package tokenrefresh_echo

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

func keyfunc(*jwt.Token) (any, error) { return []byte("secret"), nil } // want:hardcodedsecret

// Me answers a refused token with 400.
func Me(c echo.Context) error {
	raw := strings.TrimPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
	tok, err := jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "bad token") // want:tokenrefresh
	}
	sub, _ := tok.Claims.GetSubject()
	return c.String(http.StatusOK, sub)
}

// MeRFC6750 answers it with 401.
func MeRFC6750(c echo.Context) error {
	raw := strings.TrimPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
	tok, err := jwt.Parse(raw, keyfunc, jwt.WithValidMethods([]string{"HS256"}))
	if err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "invalid token")
	}
	sub, _ := tok.Claims.GetSubject()
	return c.String(http.StatusOK, sub)
}
