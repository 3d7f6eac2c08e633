// Package memo builds its go-oidc verifier lazily in a getter that keeps it
// in a struct field, and verifies in another method, which compares the
// audience by hand through a helper (the pomerium extjwt shape): the
// verifier is followed by the flow engine, not by the resolver.
package memo

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

func (p *Provider) Verify(ctx context.Context, raw string, allowed []string) (map[string]any, error) {
	v, err := p.getVerifier(ctx)
	if err != nil {
		return nil, err
	}
	tok, err := v.Verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	if !audienceMatches(tok.Audience, allowed) {
		return nil, errors.New("audience not allowed")
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
	cfg := &oidc.Config{SkipClientIDCheck: true}
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

func audienceMatches(have, want []string) bool {
	for _, h := range have {
		if slices.Contains(want, h) {
			return true
		}
	}
	return false
}
