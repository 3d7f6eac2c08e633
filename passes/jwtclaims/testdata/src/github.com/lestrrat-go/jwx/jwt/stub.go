package jwt

import "github.com/lestrrat-go/jwx/jwa"

type Token interface{ Subject() string }
type ParseOption interface{ parseOption() }

func Parse(s []byte, options ...ParseOption) (Token, error)              { return nil, nil }
func ParseString(s string, options ...ParseOption) (Token, error)        { return nil, nil }
func WithVerify(alg jwa.SignatureAlgorithm, key interface{}) ParseOption { return nil }
func WithValidate(b bool) ParseOption                                    { return nil }
func WithVerifyAuto(v bool) ParseOption                                  { return nil }

func WithAudience(s string) ParseOption { return nil }
func WithIssuer(s string) ParseOption   { return nil }
