// Package tokenlog_helper logs tokens through a logging helper of
// another package of the module.
package tokenlog_helper

import (
	"context"

	"example.com/e2e/tokenlog_helper/logutil"
	"golang.org/x/oauth2"
)

// Login exchanges a code and logs the refresh token through the helper.
func Login(ctx context.Context, conf *oauth2.Config, code string) (*oauth2.Token, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	logutil.Debug("login", "refresh_token", tok.RefreshToken) // want:tokenlog
	return tok, nil
}

// LoginFingerprint exchanges a code and logs the token's fingerprint.
func LoginFingerprint(ctx context.Context, conf *oauth2.Config, code string) (*oauth2.Token, error) {
	tok, err := conf.Exchange(ctx, code)
	if err != nil {
		return nil, err
	}
	logutil.Debug("login", "token", logutil.Fingerprint(tok.AccessToken))
	return tok, nil
}
