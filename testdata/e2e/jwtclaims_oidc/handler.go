// Package jwtclaims_oidc configures go-oidc and idtoken: jwtclaims cases.
package jwtclaims_oidc

import (
	"context"

	"github.com/coreos/go-oidc/v3/oidc"
	"google.golang.org/api/idtoken"
)

// Verifiers builds ID token verifiers.
func Verifiers(ctx context.Context, clientID string) (*oidc.IDTokenVerifier, *oidc.IDTokenVerifier, error) {
	p, err := oidc.NewProvider(oidc.InsecureIssuerURLContext(ctx, "https://login.example.com/"), "https://login.example.com/tenant") // want:jwtclaims
	if err != nil {
		return nil, nil, err
	}
	lax := p.Verifier(&oidc.Config{ClientID: clientID, SkipExpiryCheck: true}) // want:jwtclaims
	strict := p.Verifier(&oidc.Config{ClientID: clientID})
	return lax, strict, nil
}

// Google validates a Google ID token.
func Google(ctx context.Context, raw, clientID string) (string, error) {
	if _, err := idtoken.Validate(ctx, raw, ""); err != nil { // want:jwtclaims
		return "", err
	}
	p, err := idtoken.Validate(ctx, raw, clientID)
	if err != nil {
		return "", err
	}
	return p.Subject, nil
}
