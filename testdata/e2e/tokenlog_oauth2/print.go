// Package tokenlog_oauth2 prints the tokens golang.org/x/oauth2 returns.
package tokenlog_oauth2

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

// Exchange trades a code for a token and logs the whole token.
func Exchange(ctx context.Context, conf *oauth2.Config, code string) (*oauth2.Token, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	log.Printf("got token: %+v", tok) // want:tokenlog
	return tok, nil
}

// ExchangeQuietly trades a code for a token and logs when it expires.
func ExchangeQuietly(ctx context.Context, conf *oauth2.Config, code string) (*oauth2.Token, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	log.Printf("got a %s token, expires %v", tok.Type(), tok.Expiry)
	return tok, nil
}

// Refresh refreshes a token and puts it into its error.
func Refresh(ctx context.Context, conf *oauth2.Config, old *oauth2.Token) (*oauth2.Token, error) {
	tok, err := conf.TokenSource(ctx, old).Token()
	if err != nil {
		return nil, err
	}
	if !tok.Valid() {
		return nil, fmt.Errorf("refreshed token %s is not valid", tok.AccessToken) // want:tokenlog
	}
	if tok.RefreshToken == "" {
		return nil, errors.New("no refresh token")
	}
	return tok, nil
}

// Save writes the token to a file and sends it in an Authorization
// header: neither is logging.
func Save(tok *oauth2.Token, c *http.Client) error {
	if err := os.WriteFile("token.txt", []byte(tok.AccessToken), 0o600); err != nil {
		return err
	}
	req, err := http.NewRequest(http.MethodGet, "https://api.example.com/me", nil)
	if err != nil {
		return err
	}
	tok.SetAuthHeader(req)
	req.Header.Set("X-Trace", "1")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
