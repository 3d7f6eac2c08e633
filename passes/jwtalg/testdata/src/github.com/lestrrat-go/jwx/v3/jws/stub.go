package jws

import (
	"context"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
)

type Headers interface {
	Algorithm() (jwa.SignatureAlgorithm, bool)
	KeyID() string
	Set(string, interface{}) error
}

func NewHeaders() Headers { return nil }

type Signature struct{}

func (s *Signature) ProtectedHeaders() Headers { return nil }

type Message struct{}

func (m *Message) Payload() []byte          { return nil }
func (m *Message) Signatures() []*Signature { return nil }

type Option interface{ option() }
type (
	SignOption          = Option
	VerifyOption        = Option
	SignVerifyOption    = Option
	WithKeySuboption    = Option
	WithKeySetSuboption = Option
)

type KeySink interface {
	Key(jwa.SignatureAlgorithm, interface{})
}
type KeyProvider interface {
	FetchKeys(context.Context, KeySink, *Signature, *Message) error
}
type KeyProviderFunc func(context.Context, KeySink, *Signature, *Message) error

func (kp KeyProviderFunc) FetchKeys(ctx context.Context, sink KeySink, sig *Signature, msg *Message) error {
	return kp(ctx, sink, sig, msg)
}

func Parse(src []byte) (*Message, error)                         { return nil, nil }
func Verify(buf []byte, options ...VerifyOption) ([]byte, error) { return nil, nil }
func Sign(payload []byte, options ...SignOption) ([]byte, error) { return nil, nil }
func WithKey(alg jwa.KeyAlgorithm, key interface{}, options ...WithKeySuboption) SignVerifyOption {
	return nil
}
func WithKeySet(set jwk.Set, options ...WithKeySetSuboption) VerifyOption { return nil }
func WithKeyProvider(kp KeyProvider) VerifyOption                         { return nil }
func WithInferAlgorithmFromKey(v bool) WithKeySetSuboption                { return nil }
func WithRequireKid(v bool) WithKeySetSuboption                           { return nil }
func WithProtectedHeaders(h Headers) WithKeySuboption                     { return nil }
func WithInsecureNoSignature(options ...WithKeySuboption) SignOption      { return nil }
