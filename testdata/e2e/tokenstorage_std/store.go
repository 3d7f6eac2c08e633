// Package tokenstorage_std stores tokens with the standard library: a
// CLI's token cache, a login handler's cookies and an API client.
package tokenstorage_std

import (
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path/filepath"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/oauth2"
)

// SaveToken caches the token for the next run with os.Create's 0666.
func SaveToken(dir string, tok *oauth2.Token) error {
	f, err := os.Create(filepath.Join(dir, "token.json"))
	if err != nil {
		return err
	}
	defer f.Close()
	return json.NewEncoder(f).Encode(tok) // want:tokenstorage
}

// SaveTokenPrivate caches the token readable by its owner only.
func SaveTokenPrivate(dir string, tok *oauth2.Token) error {
	f, err := os.OpenFile(filepath.Join(dir, "token.json"), os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	return json.NewEncoder(f).Encode(tok)
}

// SaveRefresh writes the refresh token with a world-readable mode.
func SaveRefresh(path string, tok *oauth2.Token) error {
	return os.WriteFile(path, []byte(tok.RefreshToken), 0o644) // want:tokenstorage
}

// SaveExpiry writes no token.
func SaveExpiry(path string, tok *oauth2.Token) error {
	return os.WriteFile(path, []byte(tok.Expiry.String()), 0o644)
}

// LoginCookie sets the access token in a cookie scripts can read.
func LoginCookie(w http.ResponseWriter, tok *oauth2.Token) {
	http.SetCookie(w, &http.Cookie{Name: "access_token", Value: tok.AccessToken, Path: "/"}) // want:tokenstorage
}

// LoginCookieSecure sets it Secure and HttpOnly, Secure from the request.
func LoginCookieSecure(w http.ResponseWriter, r *http.Request, tok *oauth2.Token) {
	http.SetCookie(w, &http.Cookie{Name: "access_token", Value: tok.AccessToken, Path: "/", Secure: r.TLS != nil, HttpOnly: true})
}

// CallAPI puts the access token in the URL.
func CallAPI(c *http.Client, tok *oauth2.Token) (*http.Response, error) {
	u, _ := url.Parse("https://api.example.com/v1/me")
	q := u.Query()
	q.Set("access_token", tok.AccessToken) // want:tokenstorage
	u.RawQuery = q.Encode()
	return c.Get(u.String())
}

// CallAPIHeader sends it in the Authorization header.
func CallAPIHeader(c *http.Client, tok *oauth2.Token) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, "https://api.example.com/v1/me?fields=name", nil)
	tok.SetAuthHeader(req)
	return c.Do(req)
}

var key = []byte("secret") // want:hardcodedsecret

func keyFunc(*jwt.Token) (any, error) { return key, nil }

// QueryAuth accepts the bearer token from the query string.
func QueryAuth(w http.ResponseWriter, r *http.Request) {
	tok, err := jwt.Parse(r.URL.Query().Get("access_token"), keyFunc, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired()) // want:tokenstorage
	if err != nil || !tok.Valid {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}

// HeaderAuth accepts it from the Authorization header only.
func HeaderAuth(w http.ResponseWriter, r *http.Request) {
	raw := r.Header.Get("Authorization")
	if len(raw) > 7 {
		raw = raw[7:]
	}
	tok, err := jwt.Parse(raw, keyFunc, jwt.WithValidMethods([]string{"HS256"}), jwt.WithExpirationRequired())
	if err != nil || !tok.Valid {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	}
}
