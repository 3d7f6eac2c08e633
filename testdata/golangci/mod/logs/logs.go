// Package logs logs a request's credentials (a tokenlog finding).
package logs

import (
	"log"
	"net/http"
)

// Handler logs the Authorization header, then the user agent.
func Handler(w http.ResponseWriter, r *http.Request) {
	log.Printf("auth: %s", r.Header.Get("Authorization"))
	log.Printf("agent: %s", r.Header.Get("User-Agent"))
}
