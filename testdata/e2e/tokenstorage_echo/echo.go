// Package tokenstorage_echo reads tokens with echo.
package tokenstorage_echo

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

var key = []byte("secret") // want:hardcodedsecret

func keyFunc(*jwt.Token) (any, error) { return key, nil }

func verify(raw string) error {
	_, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
	return err
}

// QueryAuth accepts the token from the query string.
func QueryAuth(c echo.Context) error {
	if err := verify(c.QueryParam("token")); err != nil { // want:tokenstorage
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	return nil
}

// HeaderAuth accepts it from the Authorization header.
func HeaderAuth(c echo.Context) error {
	raw := strings.TrimPrefix(c.Request().Header.Get("Authorization"), "Bearer ")
	if err := verify(raw); err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	return nil
}
