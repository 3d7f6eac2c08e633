// Package legacy exercises golang-jwt v4, the v3 path and dgrijalva/jwt-go.
package legacy

import (
	"crypto/rsa"
	"errors"
	"net/http"

	dgjwt "github.com/dgrijalva/jwt-go"
	jwt3 "github.com/golang-jwt/jwt"
	jwt3req "github.com/golang-jwt/jwt/request"
	jwt "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v4/request"
)

var (
	pub    *rsa.PublicKey
	secret []byte
)

// V4 package function with no options: fix appends WithValidMethods.
func V4(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (interface{}, error) { return secret, nil }) // want `jwt\.Parse accepts any algorithm.*add jwt\.WithValidMethods\(\[\]string\{"HS256", "HS384", "HS512"\}\)`
}

// V4Pinned uses WithValidMethods.
func V4Pinned(s string) (*jwt.Token, error) {
	return jwt.Parse(s, func(t *jwt.Token) (interface{}, error) { return secret, nil }, jwt.WithValidMethods([]string{"HS256"}))
}

// V4Struct sets Parser.ValidMethods in a literal.
func V4Struct(s string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: []string{"HS256"}}
	return p.Parse(s, func(t *jwt.Token) (interface{}, error) { return secret, nil })
}

// V4StructNil sets it to nil: no allow-list.
func V4StructNil(s string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: nil, SkipClaimsValidation: false}
	return p.Parse(s, func(t *jwt.Token) (interface{}, error) { return secret, nil }) // want `\(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

// V4StructNilPublic: the same parser with an RSA public key: not reported.
func V4StructNilPublic(s string) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: nil, SkipClaimsValidation: false}
	return p.Parse(s, func(t *jwt.Token) (interface{}, error) { return pub, nil })
}

// V4Assigned sets the field after building the parser.
func V4Assigned(s string) (*jwt.Token, error) {
	p := new(jwt.Parser)
	p.ValidMethods = []string{"HS256"}
	return p.Parse(s, func(t *jwt.Token) (interface{}, error) { return secret, nil })
}

// V4Request with a pinned parser.
func V4Request(r *http.Request) (*jwt.Token, error) {
	p := &jwt.Parser{ValidMethods: []string{"HS256"}}
	return request.ParseFromRequest(r, request.OAuth2Extractor, func(t *jwt.Token) (interface{}, error) { return secret, nil }, request.WithParser(p))
}

// V4RequestWithClaims has no options at all.
func V4RequestWithClaims(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequestWithClaims(r, request.OAuth2Extractor, &jwt.RegisteredClaims{}, func(t *jwt.Token) (interface{}, error) { return secret, nil }) // want `request\.ParseFromRequestWithClaims accepts any algorithm`
}

// V4RequestWithClaimsPublic: the same with an RSA public key: not reported.
func V4RequestWithClaimsPublic(r *http.Request) (*jwt.Token, error) {
	return request.ParseFromRequestWithClaims(r, request.OAuth2Extractor, &jwt.RegisteredClaims{}, func(t *jwt.Token) (interface{}, error) { return pub, nil })
}

// V3 has no options: check in the keyfunc or Parser.ValidMethods, no fix.
func V3(s string) (*jwt3.Token, error) {
	return jwt3.Parse(s, func(t *jwt3.Token) (interface{}, error) { return secret, nil }) // want `^jwt\.Parse accepts any algorithm the token names: no allow-list and the keyfunc ignores t\.Method; use &jwt3\.Parser\{ValidMethods: \[\]string\{"HS256", "HS384", "HS512"\}\}$`
}

// V3Public: the same with an RSA public key: the v3 RSA and HMAC verifiers
// type-assert the key too, so not reported.
func V3Public(s string) (*jwt3.Token, error) {
	return jwt3.Parse(s, func(t *jwt3.Token) (interface{}, error) { return pub, nil })
}

// V3Checked checks the method.
func V3Checked(s string) (*jwt3.Token, error) {
	return jwt3.Parse(s, func(t *jwt3.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt3.SigningMethodHMAC); !ok {
			return nil, errors.New("alg")
		}
		return secret, nil
	})
}

// V3Request with a parser that pins.
func V3Request(r *http.Request) (*jwt3.Token, error) {
	return jwt3req.ParseFromRequest(r, jwt3req.OAuth2Extractor, func(t *jwt3.Token) (interface{}, error) { return secret, nil },
		jwt3req.WithParser(&jwt3.Parser{ValidMethods: []string{"HS256"}}))
}

// Dgrijalva, unpinned.
func Dgrijalva(s string) (*dgjwt.Token, error) {
	return dgjwt.ParseWithClaims(s, &dgjwt.MapClaims{}, func(t *dgjwt.Token) (interface{}, error) { return secret, nil }) // want `jwt\.ParseWithClaims accepts any algorithm`
}

// DgrijalvaPublic: the same with an RSA public key: not reported.
func DgrijalvaPublic(s string) (*dgjwt.Token, error) {
	return dgjwt.ParseWithClaims(s, &dgjwt.MapClaims{}, func(t *dgjwt.Token) (interface{}, error) { return pub, nil })
}

// DgrijalvaNone signs with none.
func DgrijalvaNone() (string, error) {
	return dgjwt.New(dgjwt.SigningMethodNone).SignedString(dgjwt.UnsafeAllowNoneSignatureType) // want `jwt\.SigningMethodNone makes tokens` `jwt\.UnsafeAllowNoneSignatureType lets tokens`
}

// V3NoneAllowed lists none in the struct's allow-list.
func V3NoneAllowed(s string, kf jwt3.Keyfunc) (*jwt3.Token, error) {
	p := &jwt3.Parser{ValidMethods: []string{"RS256", "none"}} // want `the algorithm allow-list of jwt\.Parser\.ValidMethods includes "none"`
	return p.Parse(s, kf)
}

// V4NewParser: the fix goes to NewParser.
func V4NewParser(s string) (*jwt.Token, error) {
	p := jwt.NewParser()
	return p.Parse(s, func(t *jwt.Token) (interface{}, error) { return secret, nil }) // want `\(\*jwt\.Parser\)\.Parse accepts any algorithm`
}

// V4NewParserPublic: the same with an RSA public key: not reported.
func V4NewParserPublic(s string) (*jwt.Token, error) {
	p := jwt.NewParser()
	return p.Parse(s, func(t *jwt.Token) (interface{}, error) { return pub, nil })
}
