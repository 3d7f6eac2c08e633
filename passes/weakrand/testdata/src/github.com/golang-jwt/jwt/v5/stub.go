package jwt

import (
	"crypto/rsa"
	"errors"
)

type Claims interface{}
type MapClaims map[string]interface{}
type RegisteredClaims struct {
	ID       string
	Subject  string
	Issuer   string
	Audience ClaimStrings
}
type ClaimStrings []string
type SigningMethod interface{ Alg() string }
type Token struct {
	Raw    string
	Method SigningMethod
	Header map[string]interface{}
	Claims Claims
	Valid  bool
}
type Keyfunc func(*Token) (interface{}, error)
type ParserOption func(*Parser)
type Parser struct {
	ValidMethods         []string
	SkipClaimsValidation bool
}

func NewParser(options ...ParserOption) *Parser { return &Parser{} }
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (*Token, []string, error) {
	return nil, nil, nil
}
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
func WithValidMethods(methods []string) ParserOption { return nil }

var (
	ErrTokenExpired          = errors.New("token is expired")
	ErrTokenSignatureInvalid = errors.New("token signature is invalid")
)

type ValidationError struct {
	Inner  error
	Errors uint32
}

func (e *ValidationError) Error() string { return "" }

const (
	ValidationErrorMalformed uint32 = 1 << iota
	ValidationErrorUnverifiable
	ValidationErrorSignatureInvalid
	ValidationErrorExpired
)

type Validator struct{}

func NewValidator(opts ...ParserOption) *Validator { return &Validator{} }
func (v *Validator) Validate(claims Claims) error  { return nil }

func WithoutClaimsValidation() ParserOption       { return nil }
func WithAudience(aud ...string) ParserOption     { return nil }
func WithAllAudiences(aud ...string) ParserOption { return nil }
func WithIssuer(iss string) ParserOption          { return nil }
func WithExpirationRequired() ParserOption        { return nil }

var SigningMethodRS256 SigningMethod

func NewWithClaims(method SigningMethod, claims Claims) *Token    { return &Token{} }
func (t *Token) SignedString(key interface{}) (string, error)     { return "", nil }
func ParseRSAPublicKeyFromPEM(key []byte) (*rsa.PublicKey, error) { return nil, nil }
