package jose

type SignatureAlgorithm string

const (
	RS256 SignatureAlgorithm = "RS256"
	ES256 SignatureAlgorithm = "ES256"
)

type JSONWebSignature struct{}

func ParseSigned(signature string, signatureAlgorithms []SignatureAlgorithm) (*JSONWebSignature, error) {
	return nil, nil
}
func (obj JSONWebSignature) Verify(verificationKey interface{}) ([]byte, error) { return nil, nil }
