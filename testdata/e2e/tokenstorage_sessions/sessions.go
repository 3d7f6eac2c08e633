// Package tokenstorage_sessions keeps the access token in a gorilla
// session whose cookie is not Secure.
package tokenstorage_sessions

import (
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/oauth2"
)

var store = sessions.NewCookieStore([]byte("0123456789abcdef0123456789abcdef")) // want:hardcodedsecret

// Configure sets the store's cookie options without Secure.
func Configure() {
	store.Options = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true} // want:tokenstorage
}

// ConfigureSecure sets Secure from the configuration.
func ConfigureSecure(secure bool) {
	store.Options = &sessions.Options{Path: "/", MaxAge: 3600, HttpOnly: true, Secure: secure}
}

// Callback stores the access token in the session.
func Callback(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) error {
	s, err := store.Get(r, "auth")
	if err != nil {
		return err
	}
	s.Values["access_token"] = tok.AccessToken
	return s.Save(r, w)
}
