package jwt

import "errors"

type Claims interface{}
type MapClaims map[string]any
type Token struct {
	Raw    string
	Claims Claims
	Valid  bool
}
type Keyfunc func(*Token) (any, error)
type ParserOption func()

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

var (
	ErrTokenExpired          = errors.New("token is expired")
	ErrTokenSignatureInvalid = errors.New("token signature is invalid")
)

type SigningMethod interface{ Alg() string }

var SigningMethodHS256 SigningMethod

func NewWithClaims(method SigningMethod, claims Claims) *Token { return &Token{} }
func (t *Token) SignedString(key any) (string, error)          { return "", nil }
