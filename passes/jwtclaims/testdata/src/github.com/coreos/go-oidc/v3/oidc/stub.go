package oidc

import "context"

type Config struct {
	ClientID                   string
	SkipClientIDCheck          bool
	SkipExpiryCheck            bool
	SkipIssuerCheck            bool
	InsecureSkipSignatureCheck bool
}
type IDToken struct {
	Subject  string
	Issuer   string
	Audience []string
}
type IDTokenVerifier struct{}
type RemoteKeySet struct{}
type Provider struct{}

func (t *IDToken) Claims(v interface{}) error                                       { return nil }
func (v *IDTokenVerifier) Verify(ctx context.Context, raw string) (*IDToken, error) { return nil, nil }

func NewVerifier(issuerURL string, keySet interface{}, config *Config) *IDTokenVerifier { return nil }
func NewRemoteKeySet(ctx context.Context, jwksURL string) *RemoteKeySet                 { return nil }
func InsecureIssuerURLContext(ctx context.Context, issuerURL string) context.Context    { return ctx }
func NewProvider(ctx context.Context, issuer string) (*Provider, error)                 { return nil, nil }
func (p *Provider) Verifier(config *Config) *IDTokenVerifier                            { return nil }

type KeySet interface {
	VerifySignature(ctx context.Context, jwt string) (payload []byte, err error)
}

func (r *RemoteKeySet) VerifySignature(ctx context.Context, jwt string) ([]byte, error) {
	return nil, nil
}
