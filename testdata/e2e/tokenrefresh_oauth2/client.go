// Package tokenrefresh_oauth2 builds OAuth2 clients with x/oauth2.
package tokenrefresh_oauth2

import (
	"context"
	"net/http"
	"os"

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
