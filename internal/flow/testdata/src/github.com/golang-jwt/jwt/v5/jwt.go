package jwt

type Token struct {
	Raw    string
	Claims Claims
	Method SigningMethod
	Header map[string]any
	Valid  bool
}

type SigningMethod interface {
	Alg() string
}

type SigningMethodHMAC struct{ Name string }

func (m *SigningMethodHMAC) Alg() string { return m.Name }

type Keyfunc func(*Token) (any, error)

type ParserOption func()

func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}

type Claims interface{}

type MapClaims map[string]any

type RegisteredClaims struct {
	Subject string
}

type Parser struct{}

func NewParser(options ...ParserOption) *Parser { return &Parser{} }

func (p *Parser) ParseUnverified(tokenString string, claims Claims) (*Token, []string, error) {
	return nil, nil, nil
}

func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
func (t *Token) SignedString(key any) (string, error) { return "", nil }

// SignedKey uses the library's own key sink: the library is not followed
// for it.
func SignedKey(t *Token, key string) (string, error) { return t.SignedString([]byte(key)) }
