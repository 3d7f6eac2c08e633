// Package selfsigned mints its own RSA-signed tokens and verifies them: the
// RSA public key is ours, an ECDSA one is not.
package selfsigned

import (
	"crypto/ecdsa"
	"crypto/rsa"

	jose "github.com/go-jose/go-jose/v4"
	"github.com/golang-jwt/jwt/v5"
)

type service struct {
	priv  *rsa.PrivateKey
	ecPub *ecdsa.PublicKey
}

func (s *service) Mint(c jwt.MapClaims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodRS256, c).SignedString(s.priv)
}

func (s *service) Verify(raw string) {
	jwt.Parse(raw, func(*jwt.Token) (interface{}, error) { return &s.priv.PublicKey, nil })
	jwt.Parse(raw, func(*jwt.Token) (interface{}, error) { return s.ecPub, nil }) // want `public key of another party`
}

// go-jose: signing with an interface-typed key resolved through a variable.
func joseSigner(k *rsa.PrivateKey) {
	var key interface{} = k
	jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: key}, nil)
}
