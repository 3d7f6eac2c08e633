// Package ctype reads only headers that are not credentials: it is not
// followed.
package ctype

import (
	"log"
	"net/http"
)

func Handle(w http.ResponseWriter, r *http.Request) {
	log.Printf("content type %s", r.Header.Get("Content-Type"))
	r.Header.Set("X-Seen", "1")
	name := r.Header.Get("X-Header-Name")
	log.Print(r.Header.Get(name))
}
