package keyfunc

import jwt "github.com/golang-jwt/jwt/v5"

type Keyfunc interface {
	Keyfunc(token *jwt.Token) (interface{}, error)
}

func NewDefault(urls []string) (Keyfunc, error) { return nil, nil }
