// Package tokenrefresh_oauth2 builds OAuth2 clients with x/oauth2.
package tokenrefresh_oauth2

import (
	"context"
	"net/http"
	"os"
	"time"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Login exchanges the code and wraps the token in a static source: once
// the access token expires, every request fails.
func Login(ctx context.Context, conf *oauth2.Config, code string) (*http.Client, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	return oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok)), nil // want:tokenrefresh
}

// LoginRefreshing uses the configuration's source, which refreshes the
// token with its refresh token before it expires.
func LoginRefreshing(ctx context.Context, conf *oauth2.Config, code string) (*http.Client, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	return oauth2.NewClient(ctx, conf.TokenSource(ctx, tok)), nil
}

// Service fetches a client credentials token once.
func Service(ctx context.Context, cc *clientcredentials.Config) (*http.Client, error) {
	tok, err := cc.Token(ctx)
	if err != nil {
		return nil, err
	}
	return &http.Client{Transport: &oauth2.Transport{Source: oauth2.StaticTokenSource(tok)}}, nil // want:tokenrefresh
}

// GitHub uses a personal access token, which does not expire: a static
// source is right for it.
func GitHub(ctx context.Context) *http.Client {
	return oauth2.NewClient(ctx, oauth2.StaticTokenSource(&oauth2.Token{AccessToken: os.Getenv("GITHUB_TOKEN")}))
}

type tokenResponse struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	ExpiresIn    int    `json:"expires_in"`
}

// Resume rebuilds a token from a stored response without its expiry: the
// configuration's source takes it for a token that never expires.
func Resume(ctx context.Context, conf *oauth2.Config, tr *tokenResponse) *http.Client {
	tok := &oauth2.Token{AccessToken: tr.AccessToken, RefreshToken: tr.RefreshToken} // want:tokenrefresh
	return conf.Client(ctx, tok)
}

// ResumeWithExpiry sets the expiry from expires_in.
func ResumeWithExpiry(ctx context.Context, conf *oauth2.Config, tr *tokenResponse) *http.Client {
	tok := &oauth2.Token{AccessToken: tr.AccessToken, RefreshToken: tr.RefreshToken}
	tok.Expiry = time.Now().Add(time.Duration(tr.ExpiresIn) * time.Second)
	return conf.Client(ctx, tok)
}

// API calls a service with a client credentials token fetched once.
type API struct {
	Credentials *clientcredentials.Config
	token       *oauth2.Token
}

// Login fetches the token.
func (a *API) Login(ctx context.Context) (err error) {
	a.token, err = a.Credentials.Token(ctx) // want:tokenrefresh
	return err
}

// Get uses it until the program restarts, long after it expired.
func (a *API) Get(url string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	a.token.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}

// CheckedAPI fetches a new token when the one it keeps expired.
type CheckedAPI struct {
	Credentials *clientcredentials.Config
	token       *oauth2.Token
}

// Get checks the token's expiry before each request.
func (a *CheckedAPI) Get(ctx context.Context, url string) (*http.Response, error) {
	if !a.token.Valid() {
		tok, err := a.Credentials.Token(ctx)
		if err != nil {
			return nil, err
		}
		a.token = tok
	}
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	a.token.SetAuthHeader(req)
	return http.DefaultClient.Do(req)
}
