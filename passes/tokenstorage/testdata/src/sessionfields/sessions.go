package sessionfields

import (
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/oauth2"
)

var store = sessions.NewCookieStore([]byte("k"))

func init() {
	store.Options = &sessions.Options{Path: "/", Secure: true} // near miss: HttpOnly set below
	store.Options.HttpOnly = true
}

func callback(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	s, _ := store.Get(r, "auth")
	s.Values["refresh_token"] = tok.RefreshToken
	s.Save(r, w)
}
