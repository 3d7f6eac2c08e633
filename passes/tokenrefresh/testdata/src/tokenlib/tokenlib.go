package tokenlib // want package:`hasSummaries`

import (
	"context"
	"os"

	"golang.org/x/oauth2"
)

// Login returns a token from the token endpoint.
func Login(ctx context.Context, cfg *oauth2.Config, code string) (*oauth2.Token, error) { // want Login:`flow\(result 0: \*oauth2.Token\+refreshable token\)`
	return cfg.Exchange(ctx, code)
}

// Robot is the near miss: a token with no refresh token and no expiry.
func Robot() *oauth2.Token { // want Robot:`flow\(result 0: \*oauth2.Token\)`
	return &oauth2.Token{AccessToken: os.Getenv("ROBOT_TOKEN")}
}
