package jwt

import "github.com/go-jose/go-jose/v4"

type JSONWebToken struct{}

func ParseSigned(s string, signatureAlgorithms []jose.SignatureAlgorithm) (*JSONWebToken, error) {
	return nil, nil
}
func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error { return nil }
