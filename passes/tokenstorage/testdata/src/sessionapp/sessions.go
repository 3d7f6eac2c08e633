package sessionapp

import (
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/oauth2"
)

var store = sessions.NewCookieStore([]byte("k"))

func init() {
	store.Options = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true} // want `sessions.Options leaves Secure unset for sessions holding a token \(access token\); set Secure: true`
}

func configure(secure bool) *sessions.Options {
	return &sessions.Options{Path: "/", Secure: secure, HttpOnly: true} // near miss: non-literal
}

func callback(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	s, _ := store.Get(r, "auth")
	s.Values["access_token"] = tok.AccessToken
	s.Options = &sessions.Options{Secure: true, HttpOnly: false} // want `leaves HttpOnly unset`
	s.Save(r, w)
}

func sessionID(w http.ResponseWriter, r *http.Request) {
	s, _ := store.Get(r, "auth")
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: s.ID, HttpOnly: true}) // want `http.SetCookie sends a cookie holding a token \(session ID\) without Secure`
}
