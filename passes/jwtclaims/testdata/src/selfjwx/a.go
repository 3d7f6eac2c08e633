// Package selfjwx signs with jwx and an RSA private key, then verifies.
package selfjwx

import (
	"crypto/rsa"

	"github.com/lestrrat-go/jwx/v2/jwa"
	"github.com/lestrrat-go/jwx/v2/jwt"
)

func Mint(t jwt.Token, priv *rsa.PrivateKey) ([]byte, error) {
	return jwt.Sign(t, jwt.WithKey(jwa.RS256, priv))
}

func Verify(b []byte, pub *rsa.PublicKey) {
	jwt.Parse(b, jwt.WithKey(jwa.RS256, pub))
}
