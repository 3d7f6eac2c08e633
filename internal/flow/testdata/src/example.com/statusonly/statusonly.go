// Package statusonly writes statuses and verifies no token: it is not
// followed (a status is no source), though its helper writes the status
// it is given.
package statusonly

import "net/http"

func Fail(w http.ResponseWriter, code int) {
	w.WriteHeader(code)
}

func Handler(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Content-Type") != "application/json" {
		Fail(w, http.StatusBadRequest)
	}
}
