package authuse

import (
	"net/http"

	"authlib"
)

var auth *authlib.Authenticator

func Handler(w http.ResponseWriter, r *http.Request) {
	t, err := auth.Authenticate(r.Context(), r.Header.Get("Authorization"))
	if err != nil {
		http.Error(w, "forbidden", http.StatusForbidden) // want `http.Error answers the error of \(\*authlib.Authenticator\).Authenticate with 403`
		return
	}
	if _, err := authlib.Lookup(r.Context(), t.Subject); err != nil {
		http.Error(w, "no such user", http.StatusInternalServerError)
	}
}

func HelperHandler(w http.ResponseWriter, r *http.Request) {
	if _, err := auth.Authenticate(r.Context(), r.Header.Get("Authorization")); err != nil {
		authlib.Fail(w, http.StatusInternalServerError, "cannot authenticate") // want `authlib.Fail answers the error of \(\*authlib.Authenticator\).Authenticate with 500`
		return
	}
	authlib.Fail(w, http.StatusForbidden, "no access")
}
