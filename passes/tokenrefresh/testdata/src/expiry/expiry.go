package expiry

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"golang.org/x/oauth2"
)

type tokenResponse struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	ExpiresIn    int    `json:"expires_in"`
}

var conf = &oauth2.Config{ClientID: "id"}

func fetch(resp *http.Response) (*tokenResponse, error) {
	var tr tokenResponse
	err := json.NewDecoder(resp.Body).Decode(&tr)
	return &tr, err
}

func NoExpiry(ctx context.Context, resp *http.Response) (oauth2.TokenSource, error) {
	tr, err := fetch(resp)
	if err != nil {
		return nil, err
	}
	tok := &oauth2.Token{AccessToken: tr.AccessToken, RefreshToken: tr.RefreshToken} // want `token built without its expiry \(the response's tr.ExpiresIn\) for \(\*oauth2.Config\).TokenSource, which takes it for a token that never expires and never refreshes it: set its expiry`
	return conf.TokenSource(ctx, tok), nil
}

func Reuse(tr *tokenResponse, src oauth2.TokenSource) oauth2.TokenSource {
	return oauth2.ReuseTokenSource(&oauth2.Token{AccessToken: tr.AccessToken}, src) // want `token built without its expiry \(the response's tr.ExpiresIn\) for oauth2.ReuseTokenSource`
}

// WithExpiry is the near miss: the expiry is set from expires_in.
func WithExpiry(ctx context.Context, tr *tokenResponse) oauth2.TokenSource {
	tok := &oauth2.Token{
		AccessToken:  tr.AccessToken,
		RefreshToken: tr.RefreshToken,
		Expiry:       time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second),
	}
	return conf.TokenSource(ctx, tok)
}

// SetLater is the near miss: the expiry is set after the literal.
func SetLater(ctx context.Context, tr *tokenResponse) oauth2.TokenSource {
	tok := &oauth2.Token{AccessToken: tr.AccessToken, RefreshToken: tr.RefreshToken}
	tok.Expiry = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second)
	return conf.TokenSource(ctx, tok)
}

type pat struct {
	Token string `json:"token"`
}

// NoLifetime is the near miss: the response has no expires_in.
func NoLifetime(ctx context.Context, p *pat) oauth2.TokenSource {
	return conf.TokenSource(ctx, &oauth2.Token{AccessToken: p.Token})
}

// Copied is the near miss: the access token of a token the program
// already has (its ExpiresIn is the library's), for one request.
func Copied(ctx context.Context, code string) (*http.Response, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	client := oauth2.NewClient(ctx, conf.TokenSource(ctx, &oauth2.Token{AccessToken: tok.AccessToken}))
	return client.Get("https://example.com/user")
}

// OneShot is the near miss: a client used once and dropped.
func OneShot(ctx context.Context, tr *tokenResponse) (*http.Response, error) {
	client := conf.Client(ctx, &oauth2.Token{AccessToken: tr.AccessToken})
	return client.Get("https://example.com/user")
}
