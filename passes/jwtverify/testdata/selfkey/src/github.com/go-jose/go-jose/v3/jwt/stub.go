package jwt

import "github.com/go-jose/go-jose/v3"

type Claims struct {
	Subject string
	Issuer  string
}
type JSONWebToken struct{ Headers []jose.Header }

func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error         { return nil }
func (t *JSONWebToken) UnsafeClaimsWithoutVerification(dest ...interface{}) error { return nil }
func ParseSigned(s string) (*JSONWebToken, error)                                 { return nil, nil }
