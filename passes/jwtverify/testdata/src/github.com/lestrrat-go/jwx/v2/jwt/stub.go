package jwt

import (
	"time"

	"github.com/lestrrat-go/jwx/v2/jwa"
)

type Token interface {
	Subject() string
	Expiration() time.Time
}
type ParseOption interface{ parseOption() }

func Parse(s []byte, options ...ParseOption) (Token, error)         { return nil, nil }
func ParseString(s string, options ...ParseOption) (Token, error)   { return nil, nil }
func ParseInsecure(s []byte, options ...ParseOption) (Token, error) { return nil, nil }
func WithKey(alg jwa.KeyAlgorithm, key interface{}) ParseOption     { return nil }
func WithVerify(v bool) ParseOption                                 { return nil }
func WithValidate(v bool) ParseOption                               { return nil }
