package jwt

type Claims interface{}
type MapClaims map[string]interface{}
type RegisteredClaims struct {
	Subject string
	Issuer  string
}

type SigningMethod interface {
	Alg() string
}

type SigningMethodRSA struct{ Name string }
type SigningMethodHMAC struct{ Name string }
type SigningMethodECDSA struct{ Name string }
type SigningMethodEd25519 struct{}
type signingMethodNone struct{}
type unsafeNoneMagicConstant string

func (m *SigningMethodRSA) Alg() string     { return m.Name }
func (m *SigningMethodHMAC) Alg() string    { return m.Name }
func (m *SigningMethodECDSA) Alg() string   { return m.Name }
func (m *SigningMethodEd25519) Alg() string { return "EdDSA" }
func (m *signingMethodNone) Alg() string    { return "none" }

var (
	SigningMethodRS256 = &SigningMethodRSA{"RS256"}
	SigningMethodHS256 = &SigningMethodHMAC{"HS256"}
	SigningMethodES256 = &SigningMethodECDSA{"ES256"}
	SigningMethodEdDSA = &SigningMethodEd25519{}
	SigningMethodNone  = &signingMethodNone{}
)

const UnsafeAllowNoneSignatureType unsafeNoneMagicConstant = "none signing method allowed"

type Token struct {
	Raw       string
	Method    SigningMethod
	Header    map[string]interface{}
	Claims    Claims
	Signature string
	Valid     bool
}

func New(method SigningMethod) *Token { return &Token{Method: method} }
func NewWithClaims(method SigningMethod, claims Claims) *Token {
	return &Token{Method: method, Claims: claims}
}
func (t *Token) SignedString(key interface{}) (string, error) { return "", nil }

type Keyfunc func(*Token) (interface{}, error)

type Parser struct {
	ValidMethods         []string
	SkipClaimsValidation bool
}

func (p *Parser) Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }
func (p *Parser) ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
func (p *Parser) ParseUnverified(tokenString string, claims Claims) (*Token, []string, error) {
	return nil, nil, nil
}

func Parse(tokenString string, keyFunc Keyfunc) (*Token, error) { return nil, nil }
func ParseWithClaims(tokenString string, claims Claims, keyFunc Keyfunc) (*Token, error) {
	return nil, nil
}
