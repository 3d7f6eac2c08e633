package jwt

type Claims struct {
	Subject string
	Issuer  string
}
type JSONWebToken struct{ Headers []interface{} }

func (t *JSONWebToken) Claims(key interface{}, dest ...interface{}) error         { return nil }
func (t *JSONWebToken) UnsafeClaimsWithoutVerification(dest ...interface{}) error { return nil }
func ParseSigned(s string) (*JSONWebToken, error)                                 { return nil, nil }
