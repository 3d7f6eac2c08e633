package jwt

import (
	"time"

	"github.com/lestrrat-go/jwx/v3/jwa"
	"github.com/lestrrat-go/jwx/v3/jwk"
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

func Parse(s []byte, options ...ParseOption) (Token, error)       { return nil, nil }
func ParseString(s string, options ...ParseOption) (Token, error) { return nil, nil }
func Validate(t Token, options ...ValidateOption) error           { return nil }
func WithKey(alg jwa.KeyAlgorithm, key interface{}) ParseOption   { return nil }
func WithKeySet(set jwk.Set, options ...interface{}) ParseOption  { return nil }
func WithAcceptableSkew(dur time.Duration) ValidateOption         { return nil }
func WithClock(c Clock) ValidateOption                            { return nil }
func WithIssuer(s string) ValidateOption                          { return nil }
