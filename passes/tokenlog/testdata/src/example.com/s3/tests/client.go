// Package tests is test support (pocketbase's stub S3 client): not
// reported.
package tests

import (
	"fmt"
	"net/http"
)

// Client answers requests with stubs.
type Client struct{}

// Do fails for a request without a stub.
func (c *Client) Do(req *http.Request) (*http.Response, error) {
	return nil, fmt.Errorf("no stub for %s %s\nHeaders: %v", req.Method, req.URL, req.Header)
}
