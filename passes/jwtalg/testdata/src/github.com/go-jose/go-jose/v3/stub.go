package jose

type SignatureAlgorithm string

const (
	RS256 SignatureAlgorithm = "RS256"
	HS256 SignatureAlgorithm = "HS256"
)

type Header struct {
	KeyID      string
	Algorithm  string
	JSONWebKey *JSONWebKey
}

type Signature struct {
	Header    Header
	Protected Header
}

type JSONWebSignature struct {
	Signatures []Signature
}

func ParseSigned(signature string) (*JSONWebSignature, error)                   { return nil, nil }
func (obj JSONWebSignature) Verify(verificationKey interface{}) ([]byte, error) { return nil, nil }
func (obj JSONWebSignature) DetachedVerify(payload []byte, verificationKey interface{}) error {
	return nil
}

type JSONWebKey struct {
	Key       interface{}
	KeyID     string
	Algorithm string
}

type JSONWebKeySet struct {
	Keys []JSONWebKey
}

func (s *JSONWebKeySet) Key(kid string) []JSONWebKey { return nil }
