package echoapp

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
)

func keyfunc(*jwt.Token) (any, error) { return []byte("k"), nil }

func Handler(c echo.Context) error {
	if _, err := jwt.Parse(c.Request().Header.Get("Authorization"), keyfunc); err != nil {
		return echo.NewHTTPError(http.StatusForbidden, "invalid token") // want `echo.NewHTTPError answers the error of jwt.Parse with 403`
	}
	return c.NoContent(http.StatusOK)
}

// Good is the near miss: 401.
func Good(c echo.Context) error {
	if _, err := jwt.Parse(c.Request().Header.Get("Authorization"), keyfunc); err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "invalid token")
	}
	return c.NoContent(http.StatusOK)
}
