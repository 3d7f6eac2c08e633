package gin

import "net/http"

type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

func (c *Context) Query(key string) (value string)              { return "" }
func (c *Context) DefaultQuery(key, defaultValue string) string { return "" }
func (c *Context) GetHeader(key string) string                  { return "" }
func (c *Context) SetCookie(name, value string, maxAge int, path, domain string, secure, httpOnly bool) {
}
func (c *Context) SetCookieData(cookie *http.Cookie) {}

func (c *Context) GetQuery(key string) (string, bool) { return "", false }
