// Package jwtleeway_oidc configures a go-oidc verifier's clock.
package jwtleeway_oidc

import (
	"context"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
)

// Lagging verifies ID tokens against a clock ten minutes behind.
func Lagging(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	v := p.Verifier(&oidc.Config{
		ClientID: "api",
		Now:      func() time.Time { return time.Now().Add(-10 * time.Minute) }, // want:jwtleeway
	})
	return v.Verify(ctx, raw)
}

// Current uses the current time: fine.
func Current(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	v := p.Verifier(&oidc.Config{ClientID: "api", Now: time.Now})
	return v.Verify(ctx, raw)
}
