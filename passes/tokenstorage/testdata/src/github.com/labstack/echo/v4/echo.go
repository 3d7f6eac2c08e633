package echo

import (
	"net/http"
	"net/url"
)

type Context interface {
	Request() *http.Request
	QueryParam(name string) string
	QueryParams() url.Values
	FormParams() (url.Values, error)
	FormValue(name string) string
	SetCookie(cookie *http.Cookie)
}
