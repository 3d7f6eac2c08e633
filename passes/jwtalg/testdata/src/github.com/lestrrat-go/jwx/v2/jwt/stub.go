package jwt

import (
	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwk"
	"github.com/lestrrat-go/jwx/v2/jws"
)

type Token interface{ Subject() string }

func New() Token { return nil }

type Option interface{ option() }
type (
	ParseOption = Option
	SignOption  = Option
)

func Parse(s []byte, options ...ParseOption) (Token, error)                      { return nil, nil }
func Sign(t Token, options ...SignOption) ([]byte, error)                        { return nil, nil }
func WithKey(alg jwa.KeyAlgorithm, key interface{}, suboptions ...Option) Option { return nil }
func WithKeySet(set jwk.Set, options ...interface{}) ParseOption                 { return nil }
func WithKeyProvider(v jws.KeyProvider) ParseOption                              { return nil }
func WithInsecureNoSignature() SignOption                                        { return nil }
