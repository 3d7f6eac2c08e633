package oidc

import "context"

type Config struct {
	ClientID                   string
	SkipClientIDCheck          bool
	InsecureSkipSignatureCheck bool
}
type IDToken struct{ Subject string }
type IDTokenVerifier struct{}

func (v *IDTokenVerifier) Verify(ctx context.Context, raw string) (*IDToken, error) { return nil, nil }

func NewVerifier(issuerURL string, keySet interface{}, config *Config) *IDTokenVerifier { return nil }
