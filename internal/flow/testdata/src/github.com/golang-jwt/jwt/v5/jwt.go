package jwt

type Token struct {
	Raw   string
	Valid bool
}

type Keyfunc func(*Token) (any, error)

type ParserOption func()

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
