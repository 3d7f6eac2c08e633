package jwt

type Claims interface{}

type MapClaims map[string]any

type SigningMethod interface{ Alg() string }

type SigningMethodHMAC struct{ Name string }

func (m *SigningMethodHMAC) Alg() string { return m.Name }

var SigningMethodHS256 = &SigningMethodHMAC{"HS256"}

type Token struct {
	Raw    string
	Method SigningMethod
	Header map[string]any
	Claims Claims
	Valid  bool
}

func NewWithClaims(method SigningMethod, claims Claims) *Token {
	return &Token{Method: method, Claims: claims}
}

func (t *Token) SignedString(key any) (string, error) { return "", nil }
