// Package statusconst is the near miss of statusonly: it writes constant
// statuses, and its helper is not exported: it is not followed.
package statusconst

import "net/http"

func fail(w http.ResponseWriter, code int) {
	w.WriteHeader(code)
}

func Handler(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Content-Type") != "application/json" {
		fail(w, http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
