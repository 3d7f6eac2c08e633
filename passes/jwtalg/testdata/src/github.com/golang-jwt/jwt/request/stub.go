package request

import (
	"net/http"

	"github.com/golang-jwt/jwt"
)

type Extractor interface {
	ExtractToken(*http.Request) (string, error)
}
type HeaderExtractor []string

func (e HeaderExtractor) ExtractToken(req *http.Request) (string, error) { return "", nil }

var OAuth2Extractor Extractor

type ParseFromRequestOption func(*fromRequestParser)
type fromRequestParser struct{}

func ParseFromRequest(req *http.Request, extractor Extractor, keyFunc jwt.Keyfunc, options ...ParseFromRequestOption) (*jwt.Token, error) {
	return nil, nil
}
func ParseFromRequestWithClaims(req *http.Request, extractor Extractor, claims jwt.Claims, keyFunc jwt.Keyfunc) (*jwt.Token, error) {
	return nil, nil
}
func WithClaims(claims jwt.Claims) ParseFromRequestOption  { return nil }
func WithParser(parser *jwt.Parser) ParseFromRequestOption { return nil }
