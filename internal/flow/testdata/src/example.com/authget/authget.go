package authget // want `followed`

import (
	"log"
	"net/http"
)

func Handle(w http.ResponseWriter, r *http.Request) {
	log.Printf("content type %s", r.Header.Get("Content-Type"))
	auth := r.Header.Get("authorization")
	_ = auth
}
