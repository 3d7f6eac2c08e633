// Package jwt is a stub of github.com/golang-jwt/jwt/v5.
package jwt

import "crypto/rsa"

type Claims interface{}

type MapClaims map[string]any

type Token struct {
	Raw    string
	Method SigningMethod
}

type Keyfunc func(*Token) (any, error)

type SigningMethod interface {
	Verify(signingString string, sig []byte, key any) error
	Sign(signingString string, key any) ([]byte, error)
	Alg() string
}

type SigningMethodHMAC struct{}

func (m *SigningMethodHMAC) Verify(signingString string, sig []byte, key any) error { return nil }
func (m *SigningMethodHMAC) Sign(signingString string, key any) ([]byte, error)     { return nil, nil }
func (m *SigningMethodHMAC) Alg() string                                            { return "HS256" }

var SigningMethodHS256 = &SigningMethodHMAC{}

func NewWithClaims(m SigningMethod, c Claims) *Token { return &Token{Method: m} }

func (t *Token) SignedString(key any) (string, error) { return "", nil }

type ParserOption func(*Parser)

type Parser struct{}

func Parse(s string, kf Keyfunc, opts ...ParserOption) (*Token, error) { return nil, nil }

func ParseWithClaims(s string, c Claims, kf Keyfunc, opts ...ParserOption) (*Token, error) {
	return nil, nil
}

func ParseRSAPrivateKeyFromPEM(key []byte) (*rsa.PrivateKey, error) { return nil, nil }

func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error) { return nil, nil }

type unsafeNoneMagicConstant string

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"
