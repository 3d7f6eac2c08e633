package sessionsafe

import (
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/oauth2"
)

var store = sessions.NewCookieStore([]byte("k"))

func init() {
	store.Options = &sessions.Options{Path: "/"} // near miss: the sessions hold no token
}

func callback(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	s, _ := store.Get(r, "auth")
	s.Values["expiry"] = tok.Expiry.Unix()
	s.Save(r, w)
}
