package jwt

import "github.com/lestrrat-go/jwx/v2/jwa"

type Token interface {
	Subject() string
	Issuer() string
	Audience() []string
}
type ParseOption interface{ parseOption() }

func Parse(s []byte, options ...ParseOption) (Token, error)                { return nil, nil }
func ParseString(s string, options ...ParseOption) (Token, error)          { return nil, nil }
func ParseInsecure(s []byte, options ...ParseOption) (Token, error)        { return nil, nil }
func WithKey(alg jwa.KeyAlgorithm, key interface{}) SignEncryptParseOption { return nil }
func WithVerify(v bool) ParseOption                                        { return nil }
func WithValidate(v bool) ParseOption                                      { return nil }

type ValidateOption interface{ ParseOption }

func WithKeySet(set interface{}, options ...interface{}) ParseOption { return nil }
func WithResetValidators(v bool) ValidateOption                      { return nil }
func WithAudience(s string) ValidateOption                           { return nil }
func WithIssuer(s string) ValidateOption                             { return nil }
func WithRequiredClaim(name string) ValidateOption                   { return nil }

type SignOption interface{ signOption() }
type SignEncryptParseOption interface {
	ParseOption
	SignOption
}

func Sign(t Token, options ...SignOption) ([]byte, error) { return nil, nil }
func Validate(t Token, options ...ValidateOption) error   { return nil }
