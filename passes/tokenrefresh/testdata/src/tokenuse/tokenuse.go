package tokenuse

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"

	"tokenlib"
)

func Client(ctx context.Context, cfg *oauth2.Config, code string) *http.Client {
	tok, _ := tokenlib.Login(ctx, cfg, code)
	return oauth2.NewClient(ctx, oauth2.StaticTokenSource(tok)) // want `oauth2.StaticTokenSource never refreshes the token of tokenlib.Login, which expires`
}

// RobotClient is the near miss.
func RobotClient(ctx context.Context) *http.Client {
	return oauth2.NewClient(ctx, oauth2.StaticTokenSource(tokenlib.Robot()))
}
