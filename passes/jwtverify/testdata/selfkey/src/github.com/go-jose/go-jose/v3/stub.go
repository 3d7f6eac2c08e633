package jose

import "crypto"

type JSONWebKey struct {
	Key       interface{}
	KeyID     string
	Algorithm string
}

func (k *JSONWebKey) Thumbprint(hash crypto.Hash) ([]byte, error) { return nil, nil }
func (k *JSONWebKey) UnmarshalJSON(data []byte) error             { return nil }

type Header struct {
	KeyID      string
	JSONWebKey *JSONWebKey
	Algorithm  string
}

type Signature struct {
	Header    Header
	Protected Header
}

type JSONWebSignature struct{ Signatures []Signature }

func ParseSigned(s string) (*JSONWebSignature, error)                           { return nil, nil }
func (obj JSONWebSignature) Verify(verificationKey interface{}) ([]byte, error) { return nil, nil }
func (obj JSONWebSignature) UnsafePayloadWithoutVerification() []byte           { return nil }
