package jwtclaims_oidc

import (
	"context"
	"errors"
	"slices"
	"sync"

	"github.com/coreos/go-oidc/v3/oidc"
)

// Memo verifies tokens of an external issuer with a verifier it builds on
// first use and keeps in a field; Verify compares the audience with an
// allow-list through a helper (the pomerium extjwt shape): a near miss.
type Memo struct {
	Issuer, JWKSURL string

	mu       sync.Mutex
	verifier *oidc.IDTokenVerifier
}

// Verify verifies raw and requires one of the allowed audiences.
func (m *Memo) Verify(ctx context.Context, raw string, allowed []string) (*oidc.IDToken, error) {
	v, err := m.getVerifier(ctx)
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
	return tok, nil
}

func (m *Memo) getVerifier(ctx context.Context) (*oidc.IDTokenVerifier, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.verifier != nil {
		return m.verifier, nil
	}
	cfg := &oidc.Config{SkipClientIDCheck: true, SupportedSigningAlgs: []string{oidc.RS256}}
	if m.JWKSURL != "" {
		m.verifier = oidc.NewVerifier(m.Issuer, oidc.NewRemoteKeySet(ctx, m.JWKSURL), cfg)
		return m.verifier, nil
	}
	p, err := oidc.NewProvider(ctx, m.Issuer)
	if err != nil {
		return nil, err
	}
	m.verifier = p.Verifier(cfg)
	return m.verifier, nil
}

func audienceMatches(have, want []string) bool {
	for _, h := range have {
		if slices.Contains(want, h) {
			return true
		}
	}
	return false
}

// MemoAny is Memo without the audience comparison: it accepts ID tokens
// issued to any client.
type MemoAny struct {
	Issuer   string
	verifier *oidc.IDTokenVerifier
}

// Verify verifies raw.
func (m *MemoAny) Verify(ctx context.Context, raw string) (*oidc.IDToken, error) {
	return m.get(ctx).Verify(ctx, raw)
}

func (m *MemoAny) get(ctx context.Context) *oidc.IDTokenVerifier {
	if m.verifier == nil {
		anyCfg := &oidc.Config{SkipClientIDCheck: true} // want:jwtclaims
		m.verifier = oidc.NewVerifier(m.Issuer, oidc.NewRemoteKeySet(ctx, m.Issuer+"/keys"), anyCfg)
	}
	return m.verifier
}
