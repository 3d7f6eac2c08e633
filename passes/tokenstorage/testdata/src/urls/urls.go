package urls

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
)

func rawQuery(tok *oauth2.Token, u *url.URL) {
	q := u.Query()
	q.Set("access_token", tok.AccessToken) // want `\(url.Values\).Set puts a token \(access token\) into a URL query, where logs, history and Referer headers keep it \(RFC 6750 §2.3\); send it in the Authorization header`
	q.Set("page", "2")
	u.RawQuery = q.Encode()
}

func anyKey(tok *oauth2.Token, u *url.URL) {
	q := url.Values{}
	q.Add("t", tok.AccessToken) // want `\(url.Values\).Add puts a token \(access token\)`
	u.RawQuery = q.Encode()
}

func literal(tok *oauth2.Token) string {
	q := url.Values{"refresh_token": {tok.RefreshToken}} // want `url.Values literal puts a token \(refresh token\)`
	return "https://api.example.com/refresh?" + q.Encode()
}

// formBody sends the refresh token in a POST body: not a URL.
func formBody(tok *oauth2.Token, c *http.Client) {
	form := url.Values{}
	form.Set("grant_type", "refresh_token")
	form.Set("refresh_token", tok.RefreshToken) // near miss: a form body
	c.Post("https://idp.example.com/token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}

// authorize is an OAuth authorization redirect: client_id, state and
// redirect_uri are not tokens.
func authorize(w http.ResponseWriter, r *http.Request, state string) {
	u, _ := url.Parse("https://idp.example.com/authorize")
	q := u.Query()
	q.Set("client_id", "app")
	q.Set("state", state)
	q.Set("redirect_uri", "https://app.example.com/cb")
	u.RawQuery = q.Encode() // near miss: no token
	http.Redirect(w, r, u.String(), http.StatusFound)
}

// logout is OpenID Connect RP-initiated logout: the spec carries the ID
// token as id_token_hint.
func logout(tok *oauth2.Token, u *url.URL) {
	id, _ := tok.Extra("id_token").(string)
	q := u.Query()
	q.Set("id_token_hint", id) // near miss: the spec's channel
	u.RawQuery = q.Encode()
}

func concat(tok *oauth2.Token, base string) {
	http.Get(base + "/api?access_token=" + tok.AccessToken)                // want `a token \(access token\) is put into a URL query`
	http.Get("https://api.example.com/x?a=1&token=" + tok.AccessToken)     // want `a token \(access token\) is put into a URL query`
	http.Get(base + "/api?page=" + fmt.Sprint(len(tok.AccessToken)))       // near miss: not a token
	http.Get("https://app.example.com/cb#access_token=" + tok.AccessToken) // near miss: a fragment
	http.Get(base + "?id_token_hint=" + tok.AccessToken)                   // near miss: id_token_hint
}

func sprintf(tok *oauth2.Token, base string) string {
	a := fmt.Sprintf("%s/ws?access_token=%s", base, tok.AccessToken) // want `a token \(access token\) is put into a URL query`
	b := fmt.Sprintf("%s/ws?user=%s", base, "x")                     // near miss: no token
	c := fmt.Sprintf("Bearer %s", tok.AccessToken)                   // near miss: a header value
	return a + b + c
}

var key = []byte("k")

func keyfunc(*jwt.Token) (any, error) { return key, nil }

func acceptQuery(w http.ResponseWriter, r *http.Request) {
	raw := r.URL.Query().Get("access_token")
	jwt.Parse(raw, keyfunc) // want `jwt.Parse authenticates a bearer token read from the URL query, which ends up in logs, history and Referer; accept it only in the Authorization header`
}

func acceptForm(w http.ResponseWriter, r *http.Request) {
	jwt.Parse(r.FormValue("token"), keyfunc) // want `jwt.Parse authenticates a bearer token read from the URL query`
}

func acceptBody(w http.ResponseWriter, r *http.Request) {
	jwt.Parse(r.PostFormValue("token"), keyfunc) // near miss: the body only (RFC 6750 §2.2)
}

func acceptHeader(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	jwt.Parse(raw, keyfunc) // near miss: the header
}

func otherParam(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	jwt.Parse(code, keyfunc) // near miss: code is not a bearer token here
}

func verify(raw string) bool {
	t, err := jwt.Parse(raw, keyfunc)
	return err == nil && t.Valid
}

func acceptViaHelper(w http.ResponseWriter, r *http.Request) {
	if !verify(r.URL.Query().Get("token")) { // want `verify passes a bearer token read from the URL query to jwt.Parse`
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}

// introspect reads the token from the POST body (RFC 7662).
func introspect(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	jwt.Parse(r.PostForm.Get("token"), keyfunc) // near miss: the body
	jwt.Parse(r.Form.Get("token"), keyfunc)     // want `jwt.Parse authenticates a bearer token read from the URL query`
	q := r.URL.Query()
	jwt.Parse(q.Get("access_token"), keyfunc) // want `jwt.Parse authenticates a bearer token read from the URL query`
}

func valuesParam(v url.Values) {
	jwt.Parse(v.Get("token"), keyfunc) // near miss: values of unknown origin
}

func sentences(tok *oauth2.Token) (string, string, error) {
	a := "is this token valid? " + tok.AccessToken                        // near miss: not a URL
	b := fmt.Sprintf("valid? token=%s", tok.AccessToken)                  // near miss: not a query
	err := fmt.Errorf("refresh failed? see %s?x=1&%s", "doc", tok.Expiry) // near miss: not a token
	return a, b, err
}

func appendedQuery(tok *oauth2.Token, base string) string {
	q := url.Values{}
	q.Set("access_token", tok.AccessToken) // want `\(url.Values\).Set puts a token`
	return fmt.Sprintf("%s/x?page=1&%s", base, q.Encode())
}

// resetLink mints a single-use token for an email link: a link the
// program issues, not a credential it received.
func resetLink(u *url.URL, key []byte) string {
	s, _ := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"sub": "u"}).SignedString(key)
	q := u.Query()
	q.Set("token", s) // near miss: minted for the link
	u.RawQuery = q.Encode()
	return u.String()
}

// forward puts a received JWT into a URL.
func forward(r *http.Request, base string) {
	t, _ := jwt.Parse(r.Header.Get("X-Token"), keyfunc)
	http.Get(base + "?jwt=" + t.Raw) // want `a token \(signed JWT\) is put into a URL query`
}

func mint(key []byte) string {
	s, _ := jwt.NewWithClaims(jwt.SigningMethodRS256, jwt.MapClaims{"sub": "hook"}).SignedString(key)
	return s
}

// hookURL mints through a helper: still a link the program issues.
func hookURL(base string, key []byte) string {
	return fmt.Sprintf("%s/api/hook?access_token=%s", base, mint(key)) // near miss: minted
}

// tokenRequest puts the client secret into the query, beside the client
// id and the code, looked up in a map.
func tokenRequest(cfg *oauth2.Config, code string) {
	params := map[string]string{"app_id": cfg.ClientID, "app_secret": cfg.ClientSecret, "code": code}
	http.Get(fmt.Sprintf("https://idp.example.com/token?app_id=%s&app_secret=%s&code=%s",
		params["app_id"], params["app_secret"], params["code"])) // want `a token \(client secret\) is put into a URL query`
}

type session struct{ accessToken string }

// formResponse parses a token endpoint's form-encoded reply (GitHub's
// legacy format): the values are a response body, not a URL query, even
// when the token is kept and verified later (oauth2-proxy's providers).
func formResponse(body string, s *session) {
	values, _ := url.ParseQuery(body)
	s.accessToken = values.Get("access_token")
}

func verifySession(s *session) {
	jwt.Parse(s.accessToken, keyfunc) // near miss: from a parsed response body
}
