package jwt

import (
	"crypto"
	"time"
)

type Claims interface{}
type MapClaims map[string]interface{}
type Token struct {
	Header map[string]interface{}
	Claims Claims
	Valid  bool
}
type Keyfunc func(*Token) (interface{}, error)
type ParserOption func(*Parser)
type Parser struct{}
type VerificationKey interface{ crypto.PublicKey | []uint8 }
type VerificationKeySet struct{ Keys []VerificationKey }

func NewParser(options ...ParserOption) *Parser                             { return &Parser{} }
func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
func WithValidMethods(methods []string) ParserOption           { return nil }
func WithLeeway(leeway time.Duration) ParserOption             { return nil }
func WithTimeFunc(f func() time.Time) ParserOption             { return nil }
func WithIssuer(iss string) ParserOption                       { return nil }
func ParseRSAPublicKeyFromPEM(key []byte) (interface{}, error) { return nil, nil }
