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

// Tenant verifies access tokens of any issuer sharing the provider's keys,
// decodes their claims into a map and compares the issuer of that map with
// the tenant's in a helper (the pomerium azure shape): a near miss.
type Tenant struct {
	ID       string
	p        *oidc.Provider
	verifier *oidc.IDTokenVerifier
}

// Verify verifies raw and requires the tenant's issuer.
func (t *Tenant) Verify(ctx context.Context, raw string) (map[string]any, error) {
	token, err := t.get(ctx).Verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	claims := map[string]any{}
	if err := token.Claims(&claims); err != nil {
		return nil, err
	}
	if err := verifyIssuer(t.ID, claims); err != nil {
		return nil, err
	}
	return claims, nil
}

func (t *Tenant) get(ctx context.Context) *oidc.IDTokenVerifier {
	if t.verifier == nil {
		t.verifier = t.p.VerifierContext(ctx, &oidc.Config{ClientID: "app", SkipIssuerCheck: true})
	}
	return t.verifier
}

func verifyIssuer(tenant string, claims map[string]any) error {
	iss, ok := claims["iss"].(string)
	if !ok || iss != "https://login.microsoftonline.com/"+tenant+"/v2.0" {
		return errors.New("invalid issuer")
	}
	return nil
}
