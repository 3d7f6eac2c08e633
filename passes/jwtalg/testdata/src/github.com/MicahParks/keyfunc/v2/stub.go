package keyfunc

import "github.com/golang-jwt/jwt/v5"

type JWKS struct{}
type Options struct{}

func Get(jwksURL string, options Options) (*JWKS, error)      { return nil, nil }
func (j *JWKS) Keyfunc(token *jwt.Token) (interface{}, error) { return nil, nil }

var _ = jwt.Parse
