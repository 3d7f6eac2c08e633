package jws

import (
	"github.com/lestrrat-go/jwx/v2/cert"
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
)

type Headers interface {
	KeyID() string
	Algorithm() jwa.SignatureAlgorithm
	JWK() jwk.Key
	X509CertChain() *cert.Chain
}
type Signature struct{}

func (s *Signature) ProtectedHeaders() Headers { return nil }

type Message struct{}

func (m *Message) Payload() []byte          { return nil }
func (m *Message) Signatures() []*Signature { return nil }

type VerifyOption interface{ verifyOption() }

func Parse(src []byte) (*Message, error)                         { return nil, nil }
func Verify(buf []byte, options ...VerifyOption) ([]byte, error) { return nil, nil }
func WithKey(alg jwa.KeyAlgorithm, key interface{}) VerifyOption { return nil }
