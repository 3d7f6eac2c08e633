package cookies

import (
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

func literal(w http.ResponseWriter, tok *oauth2.Token) {
	http.SetCookie(w, &http.Cookie{Name: "at", Value: tok.AccessToken, HttpOnly: true})               // want `http.SetCookie sends a cookie holding a token \(access token\) without Secure; set Secure: true`
	http.SetCookie(w, &http.Cookie{Name: "at", Value: tok.AccessToken, HttpOnly: true, Secure: true}) // near miss: both set
}

func noFlags(w http.ResponseWriter, tok *oauth2.Token) {
	http.SetCookie(w, &http.Cookie{Name: "rt", Value: tok.RefreshToken, Secure: false}) // want `without Secure and HttpOnly; set Secure: true \(never sent over plain HTTP\) and HttpOnly: true`
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark"})                       // near miss: no token
}

func nonLiteralFlags(w http.ResponseWriter, r *http.Request, tok *oauth2.Token, secure bool) {
	http.SetCookie(w, &http.Cookie{Name: "at", Value: tok.AccessToken, Secure: r.TLS != nil, HttpOnly: secure}) // near miss: non-literal flags count as set
}

func fields(w http.ResponseWriter, r *http.Request) {
	c := &http.Cookie{Name: "auth", Expires: time.Now().Add(time.Hour)}
	c.Value = r.Header.Get("Authorization")
	c.Secure = true
	http.SetCookie(w, c) // want `http.SetCookie sends a cookie holding a token \(Authorization header\) without HttpOnly`

	d := &http.Cookie{Name: "auth"}
	d.Value = r.Header.Get("Authorization")
	d.Secure = true
	d.HttpOnly = true
	http.SetCookie(w, d) // near miss: set field by field
}

func byValue(w http.ResponseWriter, tok *oauth2.Token) {
	var c http.Cookie
	c.Name = "at"
	c.Value = tok.AccessToken
	http.SetCookie(w, &c) // want `without Secure and HttpOnly`
}

func header(w http.ResponseWriter, tok *oauth2.Token) {
	c := http.Cookie{Name: "at", Value: tok.AccessToken, Secure: true}
	w.Header().Add("Set-Cookie", c.String()) // want `\(http.Header\).Add \(Set-Cookie\) sends a cookie holding a token \(access token\) without HttpOnly`
	w.Header().Add("X-Debug", c.String())    // near miss: not Set-Cookie
}

// client cookies: the server ignores their attributes.
func client(req *http.Request, tok *oauth2.Token) {
	req.AddCookie(&http.Cookie{Name: "at", Value: tok.AccessToken}) // near miss: a request's cookie
}

func fromHelper(w http.ResponseWriter, tok *oauth2.Token) {
	c := makeCookie(tok.AccessToken)
	http.SetCookie(w, c) // near miss: built elsewhere, attributes unknown
}

func makeCookie(v string) *http.Cookie { return &http.Cookie{Name: "x", Value: v} }
