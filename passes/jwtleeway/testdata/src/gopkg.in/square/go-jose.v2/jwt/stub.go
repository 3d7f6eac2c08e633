package jwt

import "time"

const DefaultLeeway = 1.0 * time.Minute

type Claims struct {
	Issuer string
}
type JSONWebToken struct{}
type Expected struct {
	Issuer string
	Time   time.Time
}

func ParseSigned(s string) (*JSONWebToken, error)                          { return nil, nil }
func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error  { return nil }
func (e Expected) WithTime(t time.Time) Expected                           { return e }
func (c Claims) Validate(e Expected) error                                 { return nil }
func (c Claims) ValidateWithLeeway(e Expected, leeway time.Duration) error { return nil }
