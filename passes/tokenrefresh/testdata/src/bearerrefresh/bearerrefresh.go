// Package bearerrefresh refreshes the session's token in a middleware:
// its handlers' hand-set headers are the near miss of bearer.Profile.
package bearerrefresh

import (
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/oauth2"
)

var store = sessions.NewCookieStore([]byte("key"))

var conf = &oauth2.Config{}

// Refresh replaces the session's token with a refreshed one before the
// handlers run.
func Refresh(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sess, _ := store.Get(r, "session")
		if tok, ok := sess.Values["token"].(*oauth2.Token); ok && !tok.Valid() {
			fresh, err := conf.TokenSource(r.Context(), tok).Token()
			if err == nil {
				sess.Values["token"] = fresh
				sess.Save(r, w)
			}
		}
		next.ServeHTTP(w, r)
	})
}

// Profile runs behind Refresh.
func Profile(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok, ok := sess.Values["token"].(*oauth2.Token)
	if !ok {
		return
	}
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	http.DefaultClient.Do(req)
}
