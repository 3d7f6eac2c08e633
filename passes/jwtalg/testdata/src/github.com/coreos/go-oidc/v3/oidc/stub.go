package oidc

const (
	RS256 = "RS256"
	ES256 = "ES256"
)

type Config struct {
	ClientID                   string
	SupportedSigningAlgs       []string
	InsecureSkipSignatureCheck bool
}
