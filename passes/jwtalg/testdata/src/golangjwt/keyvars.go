package golangjwt

import "github.com/golang-jwt/jwt/v5"

// KeyVarPublic returns a public key held in an interface variable, of
// one kind or another: not reported.
func KeyVarPublic(raw string, ec bool) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) {
		var key any = pub
		if ec {
			key = ecPub
		}
		return key, nil
	})
}

// KeyVarMixed holds a public key or a secret in the variable: reported.
func KeyVarMixed(raw string, legacy bool) (*jwt.Token, error) {
	return jwt.Parse(raw, func(t *jwt.Token) (any, error) { // want `and the keyfunc returns \[\]byte secrets and public keys`
		var key any = pub
		if legacy {
			key = secret
		}
		return key, nil
	})
}
