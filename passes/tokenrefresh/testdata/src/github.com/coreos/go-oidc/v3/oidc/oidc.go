package oidc

import (
	"context"
	"time"
)

type IDToken struct{ Subject string }

type IDTokenVerifier struct{}

func (v *IDTokenVerifier) Verify(ctx context.Context, rawIDToken string) (*IDToken, error) {
	return nil, nil
}

type TokenExpiredError struct{ Expiry time.Time }

func (e *TokenExpiredError) Error() string { return "" }
