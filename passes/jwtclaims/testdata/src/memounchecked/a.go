// Package memounchecked is package memo without the audience comparison:
// the verifier memoized in a field accepts ID tokens of any client.
package memounchecked

import (
	"context"
	"errors"
	"slices"
	"sync"

	"github.com/coreos/go-oidc/v3/oidc"
)

type Provider struct {
	issuer, jwksURL string

	mu       sync.Mutex
	verifier *oidc.IDTokenVerifier
}

func (p *Provider) Verify(ctx context.Context, raw string) (map[string]any, error) {
	v, err := p.getVerifier(ctx)
	if err != nil {
		return nil, err
	}
	tok, err := v.Verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	claims := map[string]any{}
	if err := tok.Claims(&claims); err != nil {
		return nil, err
	}
	return claims, nil
}

func (p *Provider) getVerifier(ctx context.Context) (*oidc.IDTokenVerifier, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.verifier != nil {
		return p.verifier, nil
	}
	cfg := &oidc.Config{SkipClientIDCheck: true} // want `oidc.Config SkipClientIDCheck: true makes the verifier accept ID tokens issued to any client`
	if p.jwksURL != "" {
		p.verifier = oidc.NewVerifier(p.issuer, oidc.NewRemoteKeySet(ctx, p.jwksURL), cfg)
		return p.verifier, nil
	}
	pp, err := oidc.NewProvider(ctx, p.issuer)
	if err != nil {
		return nil, err
	}
	p.verifier = pp.Verifier(cfg)
	return p.verifier, nil
}

// Checked is a near miss in the same package: its own memoized verifier,
// built from another configuration, has its audience compared; that does
// not bind Provider's verifier.
type Checked struct {
	issuer   string
	verifier *oidc.IDTokenVerifier
}

func (c *Checked) Verify(ctx context.Context, raw, want string) (*oidc.IDToken, error) {
	tok, err := c.get(ctx).Verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(tok.Audience, want) {
		return nil, errors.New("audience not allowed")
	}
	return tok, nil
}

func (c *Checked) get(ctx context.Context) *oidc.IDTokenVerifier {
	if c.verifier == nil {
		checkedCfg := &oidc.Config{SkipClientIDCheck: true}
		c.verifier = oidc.NewVerifier(c.issuer, oidc.NewRemoteKeySet(ctx, c.issuer+"/keys"), checkedCfg)
	}
	return c.verifier
}
