// Package circuse verifies against an audience another package peeked at.
package circuse

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"

	"circlib"
)

func verify(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	return p.Verifier(&oidc.Config{ClientID: circlib.Audience(raw)}).Verify(ctx, raw) // want `the audience this Verify expects is read from the unverified claims`
}

func verifyConfigured(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	return p.Verifier(&oidc.Config{ClientID: circlib.Configured("web")}).Verify(ctx, raw)
}
