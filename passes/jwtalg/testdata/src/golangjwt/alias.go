package golangjwt

import jwtv5 "github.com/golang-jwt/jwt/v5"

// Aliased: the fix uses the file's import name.
func Aliased(s string) (*jwtv5.Token, error) {
	return jwtv5.ParseWithClaims(s, jwtv5.MapClaims{}, func(t *jwtv5.Token) (any, error) { return secret, nil }, jwtv5.WithoutClaimsValidation()) // want `jwt\.ParseWithClaims accepts any algorithm.*add jwtv5\.WithValidMethods\(\[\]string\{"HS256", "HS384", "HS512"\}\)`
}

// AliasedPublic: the same with an Ed25519 public key: not reported.
func AliasedPublic(s string) (*jwtv5.Token, error) {
	return jwtv5.ParseWithClaims(s, jwtv5.MapClaims{}, func(t *jwtv5.Token) (any, error) { return edPub, nil }, jwtv5.WithoutClaimsValidation())
}

// NewParserFix: the fix goes to NewParser.
func NewParserFix(s string) (*jwtv5.Token, error) {
	p := jwtv5.NewParser(
		jwtv5.WithJSONNumber(),
	)
	return p.Parse(s, func(t *jwtv5.Token) (any, error) { return secret, nil }) // want `\(\*jwt\.Parser\)\.Parse accepts any algorithm`
}
