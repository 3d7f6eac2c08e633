package oauth2

type Token struct{ AccessToken string }

func (t *Token) Extra(key string) interface{} { return nil }
