package jwt

import (
	"time"

	"github.com/lestrrat-go/jwx/jwa"
	"github.com/lestrrat-go/jwx/jwk"
)

type Token interface{ Subject() string }
type ParseOption interface{ parseOption() }
type ValidateOption interface {
	ParseOption
	validateOption()
}
type Clock interface{ Now() time.Time }
type ClockFunc func() time.Time

func (f ClockFunc) Now() time.Time { return f() }

func Parse(s []byte, options ...ParseOption) (Token, error)              { return nil, nil }
func Validate(t Token, options ...ValidateOption) error                  { return nil }
func WithVerify(alg jwa.SignatureAlgorithm, key interface{}) ParseOption { return nil }
func WithKeySet(set jwk.Set) ParseOption                                 { return nil }
func WithValidate(b bool) ParseOption                                    { return nil }
func WithAcceptableSkew(dur time.Duration) ValidateOption                { return nil }
func WithClock(c Clock) ValidateOption                                   { return nil }
