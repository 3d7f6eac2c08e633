package jwt

import "time"

type Claims struct {
	Subject string
	Issuer  string
	Expiry  *NumericDate
}
type NumericDate int64
type JSONWebToken struct{ Headers []interface{} }

func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error         { return nil }
func (t *JSONWebToken) UnsafeClaimsWithoutVerification(dest ...interface{}) error { return nil }
func ParseSigned(s string) (*JSONWebToken, error)                                 { return nil, nil }

type Expected struct {
	Issuer      string
	AnyAudience []string
	Time        time.Time
}

func (c Claims) Validate(e Expected) error                                 { return nil }
func (c Claims) ValidateWithLeeway(e Expected, leeway time.Duration) error { return nil }
