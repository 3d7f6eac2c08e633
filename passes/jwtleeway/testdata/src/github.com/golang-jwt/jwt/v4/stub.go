package jwt

import "time"

var TimeFunc = time.Now

type Claims interface{ Valid() error }
type Token struct{ Valid bool }
type Keyfunc func(*Token) (interface{}, error)

func Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }
