// Package twin holds the same go-oidc shape in two files: both get the
// same answer, whatever unrelated code of the package reads.
package twin

import (
	"context"
	"errors"
	"slices"

	"github.com/coreos/go-oidc/v3/oidc"
)

func verifyA(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	v := p.Verifier(&oidc.Config{ClientID: "app", SkipIssuerCheck: true}) // want `oidc.Config SkipIssuerCheck: true makes the verifier accept ID tokens of any issuer`
	return v.Verify(ctx, raw)
}

// The issuer of the verified token is compared: not reported.
func verifyChecked(ctx context.Context, p *oidc.Provider, raw, want string) (*oidc.IDToken, error) { // want verifyChecked:"checks iss"
	v := p.Verifier(&oidc.Config{ClientID: "app", SkipIssuerCheck: true})
	tok, err := v.Verify(ctx, raw)
	if err != nil {
		return nil, err
	}
	if tok.Issuer != want {
		return nil, errors.New("wrong issuer")
	}
	return tok, nil
}

var allowedIssuers = []string{"https://login.example.com/tenant-a/v2.0", "https://login.example.com/tenant-b/v2.0"}

// The issuer is checked against a fixed list before the provider is built
// for it: not reported.
func tenant(ctx context.Context, iss, raw string) (*oidc.IDToken, error) {
	if !slices.Contains(allowedIssuers, iss) {
		return nil, errors.New("issuer not allowed")
	}
	p, err := oidc.NewProvider(ctx, iss)
	if err != nil {
		return nil, err
	}
	return p.Verifier(&oidc.Config{ClientID: "app", SkipIssuerCheck: true}).Verify(ctx, raw)
}

// The same without the check: reported.
func tenantUnchecked(ctx context.Context, iss, raw string) (*oidc.IDToken, error) {
	p, err := oidc.NewProvider(ctx, iss)
	if err != nil {
		return nil, err
	}
	return p.Verifier(&oidc.Config{ClientID: "app", SkipIssuerCheck: true}).Verify(ctx, raw) // want `oidc.Config SkipIssuerCheck: true`
}

// A verifier kept in a field, its tokens' issuer compared in another method.
type server struct{ v *oidc.IDTokenVerifier }

func newServer(p *oidc.Provider) *server {
	return &server{v: p.Verifier(&oidc.Config{ClientID: "app", SkipIssuerCheck: true})}
}

func (s *server) check(ctx context.Context, raw string) error {
	tok, err := s.v.Verify(ctx, raw)
	if err != nil {
		return err
	}
	if !slices.Contains(allowedIssuers, tok.Issuer) {
		return errors.New("issuer not allowed")
	}
	return nil
}

// A configuration in a variable, set by assignment.
func verifyVar(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	cfg := oidc.Config{ClientID: "app"}
	cfg.SkipIssuerCheck = true // want `oidc.Config SkipIssuerCheck: true`
	return p.Verifier(&cfg).Verify(ctx, raw)
}
