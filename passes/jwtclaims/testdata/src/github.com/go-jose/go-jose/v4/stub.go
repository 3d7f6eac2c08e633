package jose

type JSONWebSignature struct{ payload []byte }

func (obj JSONWebSignature) Verify(verificationKey interface{}) ([]byte, error) { return nil, nil }
func (obj JSONWebSignature) UnsafePayloadWithoutVerification() []byte           { return nil }
func ParseSigned(s string) (*JSONWebSignature, error)                           { return nil, nil }

type SignatureAlgorithm string

const RS256 = SignatureAlgorithm("RS256")

type SigningKey struct {
	Algorithm SignatureAlgorithm
	Key       interface{}
}
type Signer interface{}
type SignerOptions struct{}

func NewSigner(sig SigningKey, opts *SignerOptions) (Signer, error) { return nil, nil }

type JSONWebKey struct{ Key interface{} }
type JSONWebKeySet struct{ Keys []JSONWebKey }
