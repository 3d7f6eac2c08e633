package bearer

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/oauth2"
)

var store = sessions.NewCookieStore([]byte("key"))

var conf = &oauth2.Config{}

type user struct{ Name string }

// Profile sets the header from the session's token and answers any
// failure alike: once the token expires, the user sees errors until they
// log in again. A status other than 200 is no 401 check.
func Profile(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok, ok := sess.Values["token"].(*oauth2.Token)
	if !ok {
		return
	}
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken) // want `\(http.Header\).Set sets the Authorization header from a token loaded from the session, never checking for 401: use cfg.Client\(ctx, tok\), which refreshes it, or refresh the token on 401`
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		w.WriteHeader(http.StatusBadGateway)
	}
}

// Repos uses SetAuthHeader, through a variable holding the access token.
func Repos(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok := sess.Values["token"].(*oauth2.Token)
	req, _ := http.NewRequest("GET", "https://api.example.com/repos", nil)
	tok.SetAuthHeader(req) // want `\(\*oauth2.Token\).SetAuthHeader sets the Authorization header from a token loaded from the session`
	at := tok.AccessToken
	req2, _ := http.NewRequest("GET", "https://api.example.com/orgs", nil)
	req2.Header.Add("Authorization", "Bearer "+at) // want `\(http.Header\).Add sets the Authorization header from a token loaded`
	http.DefaultClient.Do(req)
	http.DefaultClient.Do(req2)
}

// ProfileChecked is the near miss of Profile: a 401 sends the user to
// log in again.
func ProfileChecked(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok, _ := sess.Values["token"].(*oauth2.Token)
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return
	}
	if resp.StatusCode == http.StatusUnauthorized {
		http.Redirect(w, r, "/login", http.StatusFound)
	}
}

// ProfileSwitch is the near miss of Profile: a switch case on 401.
func ProfileSwitch(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok, _ := sess.Values["token"].(*oauth2.Token)
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	tok.SetAuthHeader(req)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return
	}
	switch resp.StatusCode {
	case 401:
		http.Redirect(w, r, "/login", http.StatusFound)
	case http.StatusOK:
	}
}

// ProfileOtherHeader is a near miss: the token goes to another header.
func ProfileOtherHeader(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok, _ := sess.Values["token"].(*oauth2.Token)
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	req.Header.Set("X-Access-Token", tok.AccessToken)
	http.DefaultClient.Do(req)
}

// Callback is the near miss: a token from the token endpoint is fresh.
func Callback(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		return
	}
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	http.DefaultClient.Do(req)
	u, _ := fetch(r.Context(), tok)
	_ = u
}

// fetch takes the token: whether it is fresh is its callers' business.
func fetch(ctx context.Context, tok *oauth2.Token) (*user, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var u user
	return &u, json.NewDecoder(resp.Body).Decode(&u)
}

// Me hands the session's token to fetch: reported at the call.
func Me(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok := sess.Values["token"].(*oauth2.Token)
	u, err := fetch(r.Context(), tok) // want `bearer.fetch sets the Authorization header from a token loaded from the session`
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	_ = u
}

// fetchChecked answers a 401 with an error the caller knows.
func fetchChecked(ctx context.Context, tok *oauth2.Token) error {
	req, _ := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/me", nil)
	tok.SetAuthHeader(req)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	if resp.StatusCode == http.StatusUnauthorized {
		return errExpired
	}
	return nil
}

var errExpired = &json.UnsupportedValueError{}

// MeChecked is the near miss of Me: the helper checks for 401.
func MeChecked(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok := sess.Values["token"].(*oauth2.Token)
	fetchChecked(r.Context(), tok)
}

// do returns the response: its caller may check it.
func do(tok *oauth2.Token) (*http.Response, error) {
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	tok.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}

// MeResponse is the near miss of Me: it gets the response and checks it.
func MeResponse(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok := sess.Values["token"].(*oauth2.Token)
	resp, err := do(tok)
	if err == nil && resp.StatusCode == http.StatusUnauthorized {
		http.Redirect(w, r, "/login", http.StatusFound)
	}
}

// MeRefreshed is a near miss: the token is replaced before use (by a
// function it is handed to).
func MeRefreshed(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	tok := sess.Values["token"].(*oauth2.Token)
	tok = renew(tok)
	fetch(r.Context(), tok)
}

func renew(tok *oauth2.Token) *oauth2.Token { return tok }

// client keeps its token: the stored-token rule's business, not this
// rule's.
type client struct{ tok *oauth2.Token }

func (c *client) get() {
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+c.tok.AccessToken)
	http.DefaultClient.Do(req)
}

// Retry is a near miss: a 401 renews the session (by a function of the
// program) and the request is tried again with the session's new token.
func Retry(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	for i := 0; i < 2; i++ {
		tok := sess.Values["token"].(*oauth2.Token)
		req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
		req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return
		}
		if resp.StatusCode != http.StatusUnauthorized {
			return
		}
		renewSession(sess)
	}
}

func renewSession(sess *sessions.Session) {}

// RetryOther is the near miss of Retry: the loop retries on a 5xx only.
func RetryOther(w http.ResponseWriter, r *http.Request) {
	sess, _ := store.Get(r, "session")
	for i := 0; i < 2; i++ {
		tok := sess.Values["token"].(*oauth2.Token)
		req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
		req.Header.Set("Authorization", "Bearer "+tok.AccessToken) // want `\(http.Header\).Set sets the Authorization header from a token loaded from the session`
		resp, err := http.DefaultClient.Do(req)
		if err != nil || resp.StatusCode < 500 {
			return
		}
	}
}

// FromCookie decodes the token a login kept in a cookie.
func FromCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("token")
	if err != nil {
		return
	}
	var tok oauth2.Token
	if err := json.Unmarshal([]byte(c.Value), &tok); err != nil {
		return
	}
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken) // want `\(http.Header\).Set sets the Authorization header from a token loaded from stored data, never checking for 401`
	http.DefaultClient.Do(req)
}

type db interface{ Get(key string) []byte }

// FromStore decodes the token kept in a store into a new token.
func FromStore(store db, user string) {
	tok := new(oauth2.Token)
	json.Unmarshal(store.Get(user), tok)
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	tok.SetAuthHeader(req) // want `\(\*oauth2.Token\).SetAuthHeader sets the Authorization header from a token loaded from stored data`
	http.DefaultClient.Do(req)
}

// ByHand is the near miss of FromStore: the token is decoded from the
// token endpoint's answer (called by hand), fresh.
func ByHand() {
	resp, err := http.Post("https://idp.example.com/token", "application/x-www-form-urlencoded", nil)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	data := readAll(resp.Body)
	var tok oauth2.Token
	json.Unmarshal(data, &tok)
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	tok.SetAuthHeader(req)
	http.DefaultClient.Do(req)
}

// FromBody is the near miss of FromStore: the data is a response's body.
func FromBody(resp *http.Response) {
	var tok oauth2.Token
	json.Unmarshal(readAll(resp.Body), &tok)
	req, _ := http.NewRequest("GET", "https://api.example.com/me", nil)
	tok.SetAuthHeader(req)
	http.DefaultClient.Do(req)
}

func readAll(r any) []byte { return nil }
