package jose

type JSONWebSignature struct{ payload []byte }

func (obj JSONWebSignature) Verify(verificationKey interface{}) ([]byte, error) { return nil, nil }
func (obj JSONWebSignature) UnsafePayloadWithoutVerification() []byte           { return nil }
func ParseSigned(s string) (*JSONWebSignature, error)                           { return nil, nil }
