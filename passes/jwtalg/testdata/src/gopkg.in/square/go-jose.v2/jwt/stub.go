package jwt

import "gopkg.in/square/go-jose.v2"

type Claims struct {
	Subject string
	Issuer  string
}

type JSONWebToken struct {
	Headers []jose.Header
}

func ParseSigned(s string) (*JSONWebToken, error)                         { return nil, nil }
func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error { return nil }
