// Package memoiss memoizes go-oidc verifiers that skip the issuer check in
// fields, decodes the verified token's claims into a map and compares the
// issuer of that map in a helper (the pomerium azure shape).
package memoiss

import (
	"context"
	"errors"

	"github.com/coreos/go-oidc/v3/oidc"
)

type Checked struct {
	p        *oidc.Provider
	tenant   string
	verifier *oidc.IDTokenVerifier
}

func (c *Checked) Verify(ctx context.Context, raw string) (map[string]any, error) {
	token, err := c.get().Verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	claims := map[string]any{}
	if err := token.Claims(&claims); err != nil {
		return nil, err
	}
	if err := verifyIssuer(c.tenant, claims); err != nil {
		return nil, err
	}
	return claims, nil
}

func (c *Checked) get() *oidc.IDTokenVerifier {
	if c.verifier == nil {
		c.verifier = c.p.Verifier(&oidc.Config{ClientID: "app", SkipIssuerCheck: true})
	}
	return c.verifier
}

func verifyIssuer(tenant string, claims map[string]any) error { // want verifyIssuer:"checks iss"
	iss, ok := claims["iss"].(string)
	if !ok {
		return errors.New("missing issuer")
	}
	if iss != "https://login.example.com/"+tenant+"/v2.0" {
		return errors.New("invalid issuer")
	}
	return nil
}

// Unchecked decodes the claims the same way but compares no issuer.
type Unchecked struct {
	p        *oidc.Provider
	verifier *oidc.IDTokenVerifier
}

func (u *Unchecked) Verify(ctx context.Context, raw string) (map[string]any, error) {
	token, err := u.get().Verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	claims := map[string]any{}
	if err := token.Claims(&claims); err != nil {
		return nil, err
	}
	if err := logClaims(claims); err != nil {
		return nil, err
	}
	return claims, nil
}

func (u *Unchecked) get() *oidc.IDTokenVerifier {
	if u.verifier == nil {
		u.verifier = u.p.Verifier(&oidc.Config{ClientID: "app", SkipIssuerCheck: true}) // want `oidc.Config SkipIssuerCheck: true makes the verifier accept ID tokens of any issuer`
	}
	return u.verifier
}

func logClaims(claims map[string]any) error { return nil }
