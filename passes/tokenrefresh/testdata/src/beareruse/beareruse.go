package beareruse

import (
	"bearerlib"
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/oauth2"
)

var store = sessions.NewCookieStore([]byte("key"))

var conf = &oauth2.Config{}

// Me hands the session's token to another package's helper that sets
// the header and never checks for 401 (its summary).
func Me(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok := sess.Values["token"].(*oauth2.Token)
	u, err := bearerlib.GetUser(r.Context(), tok) // want `bearerlib.GetUser sets the Authorization header from a token loaded from the session, never checking for 401`
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	_ = u
}

// MeChecked is the near miss: the helper checks for 401.
func MeChecked(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok := sess.Values["token"].(*oauth2.Token)
	bearerlib.GetUserChecked(r.Context(), tok)
}

// Callback is the near miss: a token from the token endpoint is fresh.
func Callback(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		return
	}
	bearerlib.GetUser(r.Context(), tok)
}
