package echo

import "net/http"

type Context interface {
	Request() *http.Request
	QueryParam(name string) string
	SetCookie(cookie *http.Cookie)
}
