package echo

import "net/http"

type Context interface {
	Request() *http.Request
	JSON(code int, i any) error
	NoContent(code int) error
}

type HTTPError struct{ Code int }

func (e *HTTPError) Error() string { return "" }

func NewHTTPError(code int, message ...any) *HTTPError { return &HTTPError{Code: code} }

type HandlerFunc func(c Context) error
