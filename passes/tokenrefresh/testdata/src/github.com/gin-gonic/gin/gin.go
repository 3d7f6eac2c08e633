package gin

import "net/http"

type H map[string]any

type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

func (c *Context) GetHeader(key string) string               { return "" }
func (c *Context) AbortWithStatus(code int)                  {}
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}
func (c *Context) JSON(code int, obj any)                    {}
func (c *Context) Next()                                     {}

type HandlerFunc func(*Context)

func (c *Context) Header(key, value string) {}
