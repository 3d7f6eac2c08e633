package jwt

type Claims interface{}
type MapClaims map[string]interface{}
type RegisteredClaims struct {
	Subject string
	Issuer  string
}
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
type Parser struct{ ValidMethods []string }

func NewParser(options ...ParserOption) *Parser { return &Parser{} }
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (*Token, []string, error) {
	return nil, nil, nil
}
func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
func (p *Parser) DecodeSegment(seg string) ([]byte, error) { return nil, nil }
func Parse(tokenString string, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc, options ...ParserOption) (*Token, error) {
	return nil, nil
}
func WithValidMethods(methods []string) ParserOption { return nil }
