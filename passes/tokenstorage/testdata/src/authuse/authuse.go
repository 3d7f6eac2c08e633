package authuse

import (
	"net/http"

	"authlib"
)

func handler(w http.ResponseWriter, r *http.Request) {
	if authlib.Check(r.URL.Query().Get("token")) != nil { // want `authlib.Check passes a bearer token read from the URL query to jwt.Parse`
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
	if authlib.Check(r.Header.Get("Authorization")) != nil { // near miss: the header
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}
