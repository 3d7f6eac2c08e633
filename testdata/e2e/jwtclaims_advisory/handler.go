// Package jwtclaims_advisory holds the shapes of published token
// validation advisories, against the real libraries: jwtclaims cases.
package jwtclaims_advisory

import (
	"context"
	"encoding/json"
	"errors"

	keyfunc "github.com/MicahParks/keyfunc/v3"
	"github.com/coreos/go-oidc/v3/oidc"
	"github.com/golang-jwt/jwt/v5"
)

// ClientFromToken builds the verifier for the audience the token names.
func ClientFromToken(ctx context.Context, p *oidc.Provider, raw string) (*oidc.IDToken, error) {
	var c jwt.RegisteredClaims
	if _, _, err := jwt.NewParser().ParseUnverified(raw, &c); err != nil {
		return nil, err
	}
	if len(c.Audience) == 0 {
		return nil, errors.New("no audience")
	}
	return p.Verifier(&oidc.Config{ClientID: c.Audience[0]}).Verify(ctx, raw) // want:jwtclaims
}

// ClientConfigured is the same with the configured client ID.
func ClientConfigured(ctx context.Context, p *oidc.Provider, raw, clientID string) (*oidc.IDToken, error) {
	return p.Verifier(&oidc.Config{ClientID: clientID}).Verify(ctx, raw)
}

// Config is a service's configuration.
type Config struct {
	JWKSURL, Audience string
}

// Optional binds the audience only when it is configured.
func Optional(cfg Config, s string) (*jwt.Token, error) {
	k, err := keyfunc.NewDefault([]string{cfg.JWKSURL})
	if err != nil {
		return nil, err
	}
	opts := []jwt.ParserOption{jwt.WithValidMethods([]string{"RS256"})}
	if cfg.Audience != "" {
		opts = append(opts, jwt.WithAudience(cfg.Audience))
	}
	return jwt.Parse(s, k.Keyfunc, opts...) // want:jwtclaims
}

// Required always binds the audience.
func Required(cfg Config, s string) (*jwt.Token, error) {
	k, err := keyfunc.NewDefault([]string{cfg.JWKSURL})
	if err != nil {
		return nil, err
	}
	return jwt.Parse(s, k.Keyfunc, jwt.WithValidMethods([]string{"RS256"}), jwt.WithAudience(cfg.Audience))
}

type claims struct {
	Subject string `json:"sub"`
	Expiry  int64  `json:"exp"`
}

// SignatureOnly checks the signature and trusts the payload.
func SignatureOnly(ctx context.Context, raw string) (string, error) {
	ks := oidc.NewRemoteKeySet(ctx, "https://idp.example.com/keys")
	payload, err := ks.VerifySignature(ctx, raw) // want:jwtclaims
	if err != nil {
		return "", err
	}
	var c claims
	if err := json.Unmarshal(payload, &c); err != nil {
		return "", err
	}
	return "user:" + c.Subject, nil
}

// HandChecked verifies with the remote keys and compares the issuer.
func HandChecked(cfg Config, s string) (string, error) {
	k, err := keyfunc.NewDefault([]string{cfg.JWKSURL})
	if err != nil {
		return "", err
	}
	var c jwt.RegisteredClaims
	if _, err := jwt.ParseWithClaims(s, &c, k.Keyfunc, jwt.WithValidMethods([]string{"RS256"})); err != nil {
		return "", err
	}
	if c.Issuer != "https://idp.example.com" {
		return "", errors.New("wrong issuer")
	}
	return c.Subject, nil
}
