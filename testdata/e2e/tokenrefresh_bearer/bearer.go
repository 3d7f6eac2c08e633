// Package tokenrefresh_bearer calls an API with the access token a login
// kept in the user's session, setting the Authorization header by hand.
package tokenrefresh_bearer

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"

	"github.com/gorilla/sessions"
	"golang.org/x/oauth2"
)

var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))

// Profile never checks for 401: once the session's token expires, the
// user sees errors until they log in again.
func Profile(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok, ok := sess.Values["token"].(*oauth2.Token)
	if !ok {
		http.Redirect(w, r, "/login", http.StatusFound)
		return
	}
	req, _ := http.NewRequestWithContext(r.Context(), "GET", "https://api.example.com/me", nil)
	tok.SetAuthHeader(req) // want:tokenrefresh
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
}

// ProfileChecked sends the user to log in again on a 401.
func ProfileChecked(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok, ok := sess.Values["token"].(*oauth2.Token)
	if !ok {
		return
	}
	req, _ := http.NewRequestWithContext(r.Context(), "GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusUnauthorized {
		http.Redirect(w, r, "/login", http.StatusFound)
	}
}

// User is the API's profile.
type User struct {
	Name string `json:"name"`
}

// fetchUser sets the header from the token it is given: its callers
// judge where the token comes from.
func fetchUser(ctx context.Context, tok *oauth2.Token) (*User, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New("profile: " + resp.Status)
	}
	var u User
	return &u, json.NewDecoder(resp.Body).Decode(&u)
}

// Me hands the session's token to fetchUser.
func Me(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok := sess.Values["token"].(*oauth2.Token)
	u, err := fetchUser(r.Context(), tok) // want:tokenrefresh
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	json.NewEncoder(w).Encode(u)
}

// Login hands a token fresh from the token endpoint to fetchUser.
func Login(conf *oauth2.Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		u, err := fetchUser(r.Context(), tok)
		if err != nil {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		json.NewEncoder(w).Encode(u)
	}
}

// FromCookie decodes the token a login kept in a cookie and never checks
// for 401.
func FromCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_token")
	if err != nil {
		return
	}
	var tok oauth2.Token
	if err := json.Unmarshal([]byte(c.Value), &tok); err != nil {
		return
	}
	req, _ := http.NewRequestWithContext(r.Context(), "GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken) // want:tokenrefresh
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return
	}
	resp.Body.Close()
}
