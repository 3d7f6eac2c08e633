// Package josepkg exercises go-jose's allow-lists.
package josepkg

import (
	"crypto/rsa"
	"errors"

	jose3 "github.com/go-jose/go-jose/v3"
	jwt3 "github.com/go-jose/go-jose/v3/jwt"
	jose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"
	sqjose "gopkg.in/square/go-jose.v2"
	sqjwt "gopkg.in/square/go-jose.v2/jwt"
)

var (
	pub    *rsa.PublicKey
	secret []byte
)

// V3Bytes verifies a v3 token with a []byte key.
func V3Bytes(s string) (*jwt3.Claims, error) {
	tok, err := jwt3.ParseSigned(s) // want `^jwt\.ParseSigned of go-jose/go-jose/v3 pins no algorithm, and Claims verifies with a \[\]byte, usable as an HS256 secret; pin algorithms with go-jose v4's ParseSigned$`
	if err != nil {
		return nil, err
	}
	var c jwt3.Claims
	if err := tok.Claims(secret, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// V3PublicKey verifies with an RSA key: the key type pins the family.
func V3PublicKey(s string) (*jwt3.Claims, error) {
	tok, err := jwt3.ParseSigned(s)
	if err != nil {
		return nil, err
	}
	var c jwt3.Claims
	if err := tok.Claims(pub, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// V3Checked checks the header's alg before verifying.
func V3Checked(s string) (*jwt3.Claims, error) {
	tok, err := jwt3.ParseSigned(s)
	if err != nil {
		return nil, err
	}
	if len(tok.Headers) != 1 || tok.Headers[0].Algorithm != string(jose3.HS256) {
		return nil, errors.New("unexpected alg")
	}
	var c jwt3.Claims
	if err := tok.Claims(secret, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// V3JWK verifies a JWS with a JSONWebKey holding a []byte, parsed elsewhere.
func V3JWK(sig *jose3.JSONWebSignature) ([]byte, error) {
	return sig.Verify(&jose3.JSONWebKey{Key: secret, KeyID: "hmac"}) // want `^\(jose\.JSONWebSignature\)\.Verify of go-jose/go-jose/v3 verifies with a \*jose\.JSONWebKey holding a \[\]byte, usable as an HS256 secret, no algorithm pinned; pin algorithms with go-jose v4's ParseSigned$`
}

// SquareMixed verifies with a key set mixing secrets and public keys.
func SquareMixed(s string) (sqjwt.Claims, error) {
	set := sqjose.JSONWebKeySet{Keys: []sqjose.JSONWebKey{
		{Key: secret, KeyID: "hmac"},
		{Key: pub, KeyID: "rsa"},
	}}
	tok, err := sqjwt.ParseSigned(s) // want `^jwt\.ParseSigned of square/go-jose\.v2 pins no algorithm, and Claims verifies with a key set of HMAC secrets and public keys \(algorithm confusion\)`
	if err != nil {
		return sqjwt.Claims{}, err
	}
	var c sqjwt.Claims
	err = tok.Claims(set, &c)
	return c, err
}

// SquarePublicSet has public keys only.
func SquarePublicSet(s string) (sqjwt.Claims, error) {
	set := &sqjose.JSONWebKeySet{Keys: []sqjose.JSONWebKey{{Key: pub, KeyID: "rsa"}}}
	tok, err := sqjwt.ParseSigned(s)
	if err != nil {
		return sqjwt.Claims{}, err
	}
	var c sqjwt.Claims
	err = tok.Claims(set, &c)
	return c, err
}

// V4 requires an allow-list: none in it is reported.
func V4(s string) (*jwt.JSONWebToken, error) {
	if _, err := jose.ParseSigned(s, []jose.SignatureAlgorithm{jose.RS256, "none"}); err != nil { // want `the algorithm allow-list of jose\.ParseSigned includes "none"`
		return nil, err
	}
	return jwt.ParseSigned(s, []jose.SignatureAlgorithm{jose.RS256, jose.ES256})
}
