package jwt

import (
	"time"

	"github.com/lestrrat-go/jwx/jwa"
)

type Token interface{ Subject() string }
type ParseOption interface{ parseOption() }

func Parse(s []byte, options ...ParseOption) (Token, error)              { return nil, nil }
func ParseString(s string, options ...ParseOption) (Token, error)        { return nil, nil }
func WithVerify(alg jwa.SignatureAlgorithm, key interface{}) ParseOption { return nil }
func WithValidate(b bool) ParseOption                                    { return nil }
func WithVerifyAuto(v bool) ParseOption                                  { return nil }

type ValidateOption interface{ ParseOption }

func WithAudience(s string) ValidateOption              { return nil }
func WithIssuer(s string) ValidateOption                { return nil }
func WithAcceptableSkew(d time.Duration) ValidateOption { return nil }
func Validate(t Token, options ...ValidateOption) error { return nil }
