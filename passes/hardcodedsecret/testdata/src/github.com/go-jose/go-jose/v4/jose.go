// Package jose is a stub of github.com/go-jose/go-jose/v4.
package jose

type SignatureAlgorithm string

type KeyAlgorithm string

const (
	HS256  SignatureAlgorithm = "HS256"
	A128KW KeyAlgorithm       = "A128KW"
)

type SigningKey struct {
	Algorithm SignatureAlgorithm
	Key       any
}

type Recipient struct {
	Algorithm KeyAlgorithm
	Key       any
}

type JSONWebKey struct {
	Key       any
	KeyID     string
	Algorithm string
}

type Signer interface{}

type SignerOptions struct{}

func NewSigner(sig SigningKey, opts *SignerOptions) (Signer, error) { return nil, nil }
