package jwt

type Token struct{}

func (t *Token) Header() map[string]string          { return nil }
func (t *Token) Claims() []byte                     { return nil }
func (t *Token) DecodeClaims(dst interface{}) error { return nil }

type Verifier interface{}

func ParseNoVerify(raw []byte) (*Token, error)            { return nil, nil }
func Parse(raw []byte, verifier Verifier) (*Token, error) { return nil, nil }
